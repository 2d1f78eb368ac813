#pragma once

#include "models/logs/LogEventId.h"

#include <QJsonObject>

namespace scim {

class LogStringPool;

// One row of the log viewer: the summary of a log event, about 64 bytes. Strings are indices into a LogStringPool;
// the full event (bodies, headers) is fetched on demand with GET /api/v2/logs/{id}.
struct LogEntry
{
    LogEventId id;
    qint64 dateMs = 0;       // ms since the epoch (UTC)
    float durationMs = -1.f; // -1: not recorded
    quint16 status = 0;
    bool failure = false;            // type fscim
    bool pathEndsWithUserId = false; // path = pool[path] + "/" + pool[userId] (saves a string per user path)
    quint32 connection = 0;
    quint32 connectionId = 0;
    quint32 action = 0;
    quint32 method = 0;
    quint32 path = 0;
    quint32 userName = 0;
    quint32 userId = 0;
    quint32 ip = 0;

    static LogEntry fromJson(const QJsonObject &event, LogStringPool &pool);

    QString pathString(const LogStringPool &pool) const;
    QString userString(const LogStringPool &pool) const; // user name, else user id
    // The row as a flat JSON object (what the JSON Lines export writes).
    QJsonObject toSummaryJson(const LogStringPool &pool) const;
    QString dateString() const; // ISO 8601 UTC with milliseconds
};

} // namespace scim
