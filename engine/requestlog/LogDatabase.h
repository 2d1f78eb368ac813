#pragma once

#include "requestlog/LogBlock.h"
#include "requestlog/LogFilterSql.h"
#include "requestlog/LogRow.h"
#include "requestlog/LogStreamRecord.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace scim {

// The request log's own SQLite file (WAL), next to the engine database, so that writing logs never competes
// with SCIM writes for the database lock. One instance per thread: the writer thread appends and prunes, the
// engine thread reads and keeps the log-stream table.
class LogDatabase
{
public:
    explicit LogDatabase(const QString &path); // throws StoreError
    ~LogDatabase();
    LogDatabase(const LogDatabase &) = delete;
    LogDatabase &operator=(const LogDatabase &) = delete;

    static QString pathFor(const QString &engineDatabasePath);

    void insert(const QList<LogRow> &rows);
    qint64 maxKey();
    qint64 count();
    // Deletes at most `limit` of the oldest events with a key below `key`; returns how many.
    int deleteBefore(qint64 key, int limit);
    // The key of the event `n` places after the oldest (0-based), if there are that many.
    std::optional<qint64> keyAtOffset(qint64 n);

    QList<LogRow> after(qint64 key, int take);
    QList<LogRow> search(const LogFilterSql &filter, bool ascending, qint64 offset, int limit);
    QList<LogRow> before(qint64 key, const LogFilterSql &filter, int limit);
    qint64 count(const LogFilterSql &filter);
    std::optional<LogRow> byKey(qint64 key);

    // Requests per time bucket, connection and action, kept by the writer with every batch (and counted once for
    // a log from before they existed), so that statistics never read events one by one. Retention subtracts what
    // it deletes: the counts are always those of the events the log holds. `revoke-sessions` events are not
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
    QList<Count> counts(qint64 granularityMs, qint64 fromMs, qint64 toMs, const QString &connectionId);
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
    QList<Latest> latest(const QString &connectionId = {});
    // The writer's first call: counts the events of a log written before counts existed (once, in one
    // transaction). Until then insert() does not count, so nothing is counted twice.
    void ensureCounts();

    QList<LogStreamRecord> logStreams();
    std::optional<LogStreamRecord> logStream(const QString &id);
    void saveLogStream(const LogStreamRecord &stream);
    bool deleteLogStream(const QString &id);

private:
    sqlite3 *handle();
    void check(int rc);
    void migrateRowTable();
    // Appends rows as blocks inside the caller's transaction.
    void insertBlocks(const QList<LogRow> &rows);
    void writeBlock();
    void deleteBlock(qint64 firstKey);
    QList<LogRow> select(const QString &sqlTail, const QVariantList &values);
    QList<LogStreamRecord> selectStreams(const QString &where, const QVariantList &values);
    void exec(const QString &sql);
    void createCountTables();
    class CountDelta;
    void applyCounts(const CountDelta &delta);

    bool m_countsReady = false;

    QString m_connectionName;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_delete = nullptr;
    LogBlock::Encoder m_encoder;
    QSqlDatabase m_db;
};

} // namespace scim
