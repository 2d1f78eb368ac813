#pragma once

#include <functional>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace scim {

class ResponseStream;

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // When set, the response is streamed: the head goes out at once (no Content-Length, Connection: close) and
    // the handler receives the open stream. Nothing is held for a batch commit.
    std::function<void(ResponseStream *)> stream;

    static HttpResponse json(int status, const QJsonObject &object, const QByteArray &contentType);
    static HttpResponse json(int status, const QJsonArray &array, const QByteArray &contentType);
    static HttpResponse empty(int status);

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    static QByteArray reasonPhrase(int status);
};

} // namespace scim
