#pragma once

#include "requestlog/LogStore.h"

#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace scim {

class PgConnection;

// The request log in PostgreSQL (the engine's own database), shared by every instance. One row per event in
// day partitions of the log key, so searches use the server's indexes and planner and retention by age drops
// whole partitions. Keys are assigned when a batch is stored, under the row lock of `log_head`: the writers of
// all instances take turns, each batch's keys follow the previous batch's, and a reader that sees a key has
// seen every smaller one (the lock is released only after the commit is visible). So checkpoint paging and the
// push channel never skip or repeat an event across instances. docs/deployment.md has the measurements.
// One instance per thread.
class PostgresLogStore final : public LogStore
{
public:
    explicit PostgresLogStore(const QString &url); // throws StoreError
    ~PostgresLogStore() override;
    PostgresLogStore(const PostgresLogStore &) = delete;
    PostgresLogStore &operator=(const PostgresLogStore &) = delete;

    // Stores `rows` in one transaction and gives them their keys (in order, above every stored key and at least
    // the key of their date); returns the last key, and tells every instance (NOTIFY scim_logs).
    qint64 insert(QList<LogRow> &rows) override;
    qint64 maxKey() override;
    qint64 count() override;
    // Deletes the events with a key below `key`: whole day partitions are dropped, and at most `limit` events
    // of the partition that straddles `key`. Returns how many events went.
    int deleteBefore(qint64 key, int limit) override;
    std::optional<qint64> keyAtOffset(qint64 n) override;

    QList<LogRow> after(qint64 key, int take) override;
    QList<LogRow> search(const LogFilterSql &filter, bool ascending, qint64 offset, int limit) override;
    QList<LogRow> before(qint64 key, const LogFilterSql &filter, int limit) override;
    qint64 count(const LogFilterSql &filter) override;
    std::optional<LogRow> byKey(qint64 key) override;

    QList<LogStreamRecord> logStreams() override;
    std::optional<LogStreamRecord> logStream(const QString &id) override;
    void saveLogStream(const LogStreamRecord &stream) override;
    bool deleteLogStream(const QString &id) override;

    // Kept per minute and hour in log_counts by insert() and deleteBefore(), in their transactions (schema
    // version 5 counted the events stored before); ensureCounts() has nothing to do.
    QList<Count> counts(qint64 granularityMs, qint64 fromMs, qint64 toMs, const QString &connectionId) override;
    QList<Latest> latest(const QString &connectionId = {}) override;
    void ensureCounts() override {}

    // The filter's SQL (written for the SQLite log) in PostgreSQL's dialect: $n parameters, ILIKE (SQLite's LIKE
    // ignores ASCII case).
    static QString dialect(const QString &clause, int firstParameter);

private:
    void ensurePartitions(qint64 firstKey, qint64 lastKey);
    void copyRows(const QList<LogRow> &rows);
    QList<LogRow> select(const QString &sqlTail, const QVariantList &values);
    QList<LogStreamRecord> selectStreams(const QString &where, const QString &id);

    std::unique_ptr<PgConnection> m_pg;
    QSet<qint64> m_partitions; // UTC day numbers (ms / 86400000) known to exist
};

} // namespace scim
