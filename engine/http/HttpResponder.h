#pragma once

#include "common/HttpResponse.h"

#include <QPointer>

namespace scim {

class HttpConnection;

// Answers one request, now or later: a connection writes its answers in the order the requests came, so an answer
// that is not ready holds back those after it. Sending to a connection that has gone away does nothing.
class HttpResponder
{
public:
    HttpResponder() = default;

    void send(const HttpResponse &response) const;

private:
    friend class HttpConnection;
    HttpResponder(HttpConnection *connection, quint64 sequence);

    QPointer<HttpConnection> m_connection;
    quint64 m_sequence = 0;
};

} // namespace scim
