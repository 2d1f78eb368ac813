#pragma once

#include "requestlog/LogFilterSql.h"
#include "requestlog/LogRow.h"
#include "requestlog/LogStreamRecord.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace scim {

// Where request log events and log streams are kept: the SQLite log file next to an SQLite engine database
// (LogDatabase), or the engine's PostgreSQL database (PostgresLogStore). One instance per thread.
class LogStore
{
public:
    // Opens a log store for the calling thread (the engine wiring knows which kind; see server/Backends).
    using Opener = std::function<std::unique_ptr<LogStore>()>;

    virtual ~LogStore() = default;

    // Stores `rows` (in one transaction); their keys may be reassigned to keep keys in commit order across
    // instances. Returns the largest key stored.
    virtual qint64 insert(QList<LogRow> &rows) = 0;
    virtual qint64 maxKey() = 0;
    virtual qint64 count() = 0;
    // Deletes events with a key below `key` (at most `limit` of them where that bounds the work); returns how many.
    virtual int deleteBefore(qint64 key, int limit) = 0;
    // The key of the event `n` places after the oldest (0-based), if there are that many.
    virtual std::optional<qint64> keyAtOffset(qint64 n) = 0;

    virtual QList<LogRow> after(qint64 key, int take) = 0;
    virtual QList<LogRow> search(const LogFilterSql &filter, bool ascending, qint64 offset, int limit) = 0;
    virtual QList<LogRow> before(qint64 key, const LogFilterSql &filter, int limit) = 0;
    virtual qint64 count(const LogFilterSql &filter) = 0;
    virtual std::optional<LogRow> byKey(qint64 key) = 0;

    virtual QList<LogStreamRecord> logStreams() = 0;
    virtual std::optional<LogStreamRecord> logStream(const QString &id) = 0;
    virtual void saveLogStream(const LogStreamRecord &stream) = 0;
    virtual bool deleteLogStream(const QString &id) = 0;

    // Requests per time bucket, connection and action, kept with every insert (and counted once for a log from
    // before they existed), so that statistics never read events one by one. Retention subtracts what it
    // deletes: the counts are always those of the events the log holds. `revoke-sessions` events are not
    // requests and are not counted.
    static constexpr qint64 kMinuteMs = 60000;
    static constexpr qint64 kHourMs = 3600000;
    struct Count
    {
        qint64 bucketMs = 0;
        QString connectionId;
        QString action;
        qint64 success = 0;
        qint64 failure = 0;
    };
    // Buckets of `granularityMs` (kMinuteMs or kHourMs) starting in [fromMs, toMs); `connectionId` empty: all.
    virtual QList<Count> counts(qint64 granularityMs, qint64 fromMs, qint64 toMs, const QString &connectionId) = 0;
    // The newest request and the newest failed request of each connection.
    struct Latest
    {
        QString connectionId;
        qint64 key = 0;
        qint64 dateMs = 0;
        int status = 0;
        QString action;
        qint64 failureKey = 0; // 0: no failure yet
        qint64 failureDateMs = 0;
        int failureStatus = 0;
        QString failureAction;
        QString failureDescription;
    };
    virtual QList<Latest> latest(const QString &connectionId = {}) = 0;
    // The writer's first call: counts the events of a log written before counts existed (once, in one
    // transaction). Until then insert() does not count, so nothing is counted twice.
    virtual void ensureCounts() = 0;
};

} // namespace scim
