#include "http/HttpResponder.h"

#include "http/HttpConnection.h"

namespace scim {

HttpResponder::HttpResponder(HttpConnection *connection, quint64 sequence)
    : m_connection(connection)
    , m_sequence(sequence)
{}

void HttpResponder::send(const HttpResponse &response) const
{
    if (m_connection)
        m_connection->respond(m_sequence, response);
}

} // namespace scim
