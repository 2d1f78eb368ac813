#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace scim {

// What the request thread captures for one log event: raw and cheap to take (implicitly shared copies). The
// log writer turns it into a stored row (redaction, bounds, description) off the request path.
struct LogRecord
{
    enum class Kind
    {
        Request,
        SessionsRevoked
    };

    Kind kind = Kind::Request;
    qint64 key = 0;
    qint64 dateMs = 0;
    QString connectionId;
    QString connectionName;
    QString strategy;
    QByteArray method;
    QString path;    // full request path, /scim/v2/connections/{id}/…
    QString subPath; // what follows the connection's base path
    QList<QPair<QString, QString>> query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray requestBody;
    int status = 0;
    QByteArray responseBody;
    QHostAddress peer;
    QString tokenId;
    QString userId;
    QString userName;
    qint64 durationNs = 0;
    QJsonObject extra; // kind-specific details (e.g. the back-channel logout outcome)
};

} // namespace scim
