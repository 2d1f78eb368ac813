#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace scim {

// What the request thread captures for one log event. The log writer turns it into a stored row (redaction,
// bounds, description) off the request path. Buffers are copied, not shared with the request: a record waits a
// few milliseconds for its batch, and keeping the request's own buffers alive that long costs the request thread
// more (cold allocations) than one compact copy.
struct LogRecord
{
    enum class Kind
    {
        Request,
        SessionsRevoked
    };

    Kind kind = Kind::Request;
    quint64 transactionId = 0; // the request's, while the record waits for its batch (not stored)
    qint64 key = 0;
    qint64 dateMs = 0;
    QString connectionId;
    QString connectionName;
    QString strategy;
    QByteArray method;
    QString subPath; // what follows /scim/v2/connections/{id} (the full path is rebuilt from it)
    QList<QPair<QString, QString>> query;
    QByteArray headers; // "name: value" lines, without authorization, cookie and proxy-authorization
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
