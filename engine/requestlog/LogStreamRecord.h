#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace scim {

// An outbound log stream (Auth0's shape) and its delivery state.
struct LogStreamRecord
{
    QString id;
    QString name;
    QString type = QStringLiteral("http");
    QString status = QStringLiteral("active"); // active | paused | suspended
    QJsonArray filters;
    QJsonObject sink;
    qint64 cursor = 0; // key of the last event delivered
    int failures = 0;  // consecutive failed deliveries
    QString lastError;
    QDateTime lastDeliveredAt; // the last acknowledged batch; invalid: never
    QDateTime suspendedAt;     // when the engine suspended it (lastError says why); invalid: not suspended
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace scim
