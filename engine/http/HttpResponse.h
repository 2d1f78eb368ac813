#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace scim {

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject &object, const QByteArray &contentType);
    static HttpResponse json(int status, const QJsonArray &array, const QByteArray &contentType);
    static HttpResponse empty(int status);

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    static QByteArray reasonPhrase(int status);
};

} // namespace scim
