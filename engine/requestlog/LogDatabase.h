#pragma once

#include "requestlog/LogBlock.h"
#include "requestlog/LogStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace scim {

// The request log's own SQLite file (WAL), next to the engine database, so that writing logs never competes
// with SCIM writes for the database lock. One instance per thread: the writer thread appends and prunes, the
// engine thread reads and keeps the log-stream table.
class LogDatabase final : public LogStore
{
public:
    explicit LogDatabase(const QString &path); // throws StoreError
    ~LogDatabase() override;
    LogDatabase(const LogDatabase &) = delete;
    LogDatabase &operator=(const LogDatabase &) = delete;

    static QString pathFor(const QString &engineDatabasePath);

    // Keys are the ones the rows carry (one engine writes the file).
    qint64 insert(QList<LogRow> &rows) override;
    void insert(const QList<LogRow> &rows);
    qint64 maxKey() override;
    qint64 count() override;
    // Deletes at most `limit` of the oldest events with a key below `key`; returns how many.
    int deleteBefore(qint64 key, int limit) override;
    // The key of the event `n` places after the oldest (0-based), if there are that many.
    std::optional<qint64> keyAtOffset(qint64 n) override;

    QList<LogRow> after(qint64 key, int take) override;
    QList<LogRow> search(const LogFilterSql &filter, bool ascending, qint64 offset, int limit) override;
    QList<LogRow> before(qint64 key, const LogFilterSql &filter, int limit) override;
    qint64 count(const LogFilterSql &filter) override;
    std::optional<LogRow> byKey(qint64 key) override;

    QList<Count> counts(qint64 granularityMs, qint64 fromMs, qint64 toMs, const QString &connectionId) override;
    QList<Latest> latest(const QString &connectionId = {}) override;
    void ensureCounts() override;

    QList<LogStreamRecord> logStreams() override;
    std::optional<LogStreamRecord> logStream(const QString &id) override;
    void saveLogStream(const LogStreamRecord &stream) override;
    bool deleteLogStream(const QString &id) override;

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
    // A statement of applyCounts(), prepared on first use and kept: every batch runs them.
    QSqlQuery &prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql);

    bool m_countsReady = false;

    QString m_connectionName;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_delete = nullptr;
    std::unique_ptr<QSqlQuery> m_countUpsert;
    std::unique_ptr<QSqlQuery> m_countPrune;
    std::unique_ptr<QSqlQuery> m_latestUpsert;
    std::unique_ptr<QSqlQuery> m_latestFailure;
    LogBlock::Encoder m_encoder;
    QSqlDatabase m_db;
};

} // namespace scim
