#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace scim {

// A transport-free HTTP request: what the SCIM service and the Management API consume.
struct HttpRequest
{
    // Which socket the request came in on: the main (SCIM) listener, or the --admin-listen one.
    enum class Listener : quint8
    {
        Main,
        Admin
    };

    QByteArray method;                            // upper-case, e.g. "GET"
    QString path;                                 // percent-decoded path without the query
    QList<QPair<QString, QString>> query;         // decoded query items, in order
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QHostAddress peer;
    Listener listener = Listener::Main;

    QByteArray header(const QByteArray &lowerCaseName) const;
    bool hasQueryItem(const QString &name) const;
    // Query parameter names are compared case-insensitively (SCIM clients vary: startIndex/startindex).
    QString queryItem(const QString &name) const;
};

} // namespace scim
