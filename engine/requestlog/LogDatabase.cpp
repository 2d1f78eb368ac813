#include "requestlog/LogDatabase.h"

#include "requestlog/LogBlockTable.h"
#include "storage/StoreError.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace scim {

namespace {
QAtomicInteger<int> g_instances;

const QString kColumns = QStringLiteral(
    "key, date_ms, type, description, connection_id, connection, strategy, user_id, user_name, action, method,"
    " status, duration_us, token_id, ip, path, user_agent, query, headers, request_body, response_body, extra");

QString text(const QString &value)
{
    return value.isNull() ? QLatin1String("") : value;
}

LogRow rowFrom(const QSqlQuery &query)
{
    LogRow row;
    row.key = query.value(0).toLongLong();
    row.dateMs = query.value(1).toLongLong();
    row.type = query.value(2).toString();
    row.description = query.value(3).toString();
    row.connectionId = query.value(4).toString();
    row.connectionName = query.value(5).toString();
    row.strategy = query.value(6).toString();
    row.userId = query.value(7).toString();
    row.userName = query.value(8).toString();
    row.action = query.value(9).toString();
    row.method = query.value(10).toString();
    row.status = query.value(11).toInt();
    row.durationUs = query.value(12).toLongLong();
    row.tokenId = query.value(13).toString();
    row.ip = query.value(14).toString();
    row.path = query.value(15).toString();
    row.userAgent = query.value(16).toString();
    row.query = query.value(17).toByteArray();
    row.headers = query.value(18).toByteArray();
    row.requestBody = query.value(19).toByteArray();
    row.responseBody = query.value(20).toByteArray();
    row.extra = query.value(21).toByteArray();
    return row;
}

QString isoDate(const QDateTime &value)
{
    return value.toUTC().toString(Qt::ISODateWithMs);
}

bool counted(QStringView action)
{
    return action != QLatin1String("revoke-sessions");
}

struct CountKey
{
    qint64 granularity;
    qint64 bucket;
    QString connection;
    QString action;
    bool operator==(const CountKey &other) const = default;
};

size_t qHash(const CountKey &key, size_t seed)
{
    return qHashMulti(seed, key.granularity, key.bucket, key.connection, key.action);
}
} // namespace

// What a batch (or a retention round) adds to the counts: per granularity, bucket, connection and action.
class LogDatabase::CountDelta
{
public:
    using Key = CountKey;
    struct Value
    {
        qint64 success = 0;
        qint64 failure = 0;
    };
    struct Newest
    {
        qint64 key = 0;
        qint64 dateMs = 0;
        int status = 0;
        QString action;
        QString description;
    };

    void add(qint64 dateMs, const QString &connectionId, const QString &action, bool failure, int sign)
    {
        for (const qint64 granularity : {kMinuteMs, kHourMs}) {
            Value &value = m_values[Key{granularity, dateMs - dateMs % granularity, connectionId, action}];
            (failure ? value.failure : value.success) += sign;
        }
    }
    void addRow(const LogRow &row)
    {
        if (!counted(row.action))
            return;
        const bool failure = row.status >= 400;
        add(row.dateMs, row.connectionId, row.action, failure, 1);
        const Newest newest{row.key, row.dateMs, row.status, row.action, row.description};
        Newest &last = m_last[row.connectionId];
        if (row.key > last.key)
            last = newest;
        if (failure) {
            Newest &lastFailure = m_lastFailure[row.connectionId];
            if (row.key > lastFailure.key)
                lastFailure = newest;
        }
    }
    void removeEvent(const LogBlock::Event &event)
    {
        const QString action = QString::fromUtf8(event.fields[LogBlock::Action]);
        if (counted(action))
            add(event.dateMs, QString::fromUtf8(event.fields[LogBlock::ConnectionId]), action, event.status >= 400, -1);
    }
    bool isEmpty() const { return m_values.isEmpty() && m_last.isEmpty(); }

    QHash<Key, Value> m_values;
    QHash<QString, Newest> m_last;
    QHash<QString, Newest> m_lastFailure;
};

LogDatabase::LogDatabase(const QString &path)
    : m_connectionName(QStringLiteral("scim-logs-%1").arg(g_instances.fetchAndAddRelaxed(1)))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        throw StoreError(StoreError::Kind::Failure,
                         QStringLiteral("Cannot open the log database %1: %2").arg(path, m_db.lastError().text()));
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    // Fewer, larger checkpoints: each one syncs the file, and the writer thread is the only one paying for them.
    exec(QStringLiteral("PRAGMA wal_autocheckpoint=8000"));
    // Events are stored in blocks (LogBlock); `logs` is the virtual table that reads them back as rows.
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS log_blocks ("
                        " first_key INTEGER PRIMARY KEY, last_key INTEGER NOT NULL, count INTEGER NOT NULL,"
                        " min_date_ms INTEGER NOT NULL, max_date_ms INTEGER NOT NULL, connections BLOB NOT NULL,"
                        " users BLOB NOT NULL, data BLOB NOT NULL)"));
    migrateRowTable();
    if (LogBlockTable::registerOn(handle()) != SQLITE_OK)
        throw StoreError(StoreError::Kind::Failure, QStringLiteral("Cannot register the logs table"));
    createCountTables();
    exec(
        QStringLiteral("CREATE TABLE IF NOT EXISTS log_streams ("
                       " id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,"
                       " filters TEXT NOT NULL, sink TEXT NOT NULL, cursor INTEGER NOT NULL, failures INTEGER NOT NULL,"
                       " last_error TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"));
    // Columns added later (a log database from an older engine lacks them).
    QSqlQuery columns(m_db);
    if (!columns.exec(QStringLiteral("PRAGMA table_info(log_streams)")))
        throw StoreError(StoreError::Kind::Failure, columns.lastError().text());
    QStringList names;
    while (columns.next())
        names << columns.value(1).toString();
    columns.finish();
    for (const char *column : {"last_delivered_at", "suspended_at"}) {
        if (!names.contains(QLatin1String(column))) {
            QSqlQuery alter(m_db);
            // Both threads' instances may race here; the loser's "duplicate column" is harmless.
            alter.exec(QStringLiteral("ALTER TABLE log_streams ADD COLUMN %1 TEXT").arg(QLatin1String(column)));
        }
    }
}

LogDatabase::~LogDatabase()
{
    if (m_insert)
        sqlite3_finalize(m_insert);
    if (m_delete)
        sqlite3_finalize(m_delete);
    m_countUpsert.reset();
    m_countPrune.reset();
    m_latestUpsert.reset();
    m_latestFailure.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString LogDatabase::pathFor(const QString &engineDatabasePath)
{
    return engineDatabasePath + QStringLiteral("-logs");
}

void LogDatabase::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw StoreError(StoreError::Kind::Failure, query.lastError().text());
}

sqlite3 *LogDatabase::handle()
{
    const QVariant handle = m_db.driver()->handle();
    sqlite3 *sqlite = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                          ? *static_cast<sqlite3 *const *>(handle.data())
                          : nullptr;
    if (!sqlite)
        throw StoreError(StoreError::Kind::Failure, QStringLiteral("The log database has no SQLite handle"));
    return sqlite;
}

void LogDatabase::check(int rc)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw StoreError(StoreError::Kind::Failure, QString::fromUtf8(sqlite3_errmsg(handle())));
}

void LogDatabase::migrateRowTable()
{
    // Before log blocks, every event was a row of a real `logs` table: move them into blocks once.
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'logs'")))
        throw StoreError(StoreError::Kind::Failure, probe.lastError().text());
    if (!probe.next())
        return;
    probe.finish();
    sqlite3 *sqlite = handle();
    check(sqlite3_exec(sqlite, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr));
    try {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM logs ORDER BY key")))
            throw StoreError(StoreError::Kind::Failure, query.lastError().text());
        QList<LogRow> rows;
        while (query.next()) {
            rows.append(rowFrom(query));
            if (rows.size() == LogBlock::kMaxEvents)
                insertBlocks(std::exchange(rows, {}));
        }
        insertBlocks(rows);
        query.finish();
        check(sqlite3_exec(sqlite, "DROP TABLE logs", nullptr, nullptr, nullptr));
        check(sqlite3_exec(sqlite, "COMMIT", nullptr, nullptr, nullptr));
    } catch (...) {
        m_encoder.clear();
        sqlite3_exec(sqlite, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

void LogDatabase::createCountTables()
{
    sqlite3 *sqlite = handle();
    // IMMEDIATE: the writer's and the engine thread's instances open the file at the same time.
    check(sqlite3_exec(sqlite, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr));
    try {
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS log_counts ("
                            " granularity INTEGER NOT NULL, bucket_ms INTEGER NOT NULL, connection_id TEXT NOT NULL,"
                            " action TEXT NOT NULL, success INTEGER NOT NULL, failure INTEGER NOT NULL,"
                            " PRIMARY KEY (granularity, bucket_ms, connection_id, action)) WITHOUT ROWID"));
        exec(QStringLiteral("CREATE INDEX IF NOT EXISTS log_counts_by_connection"
                            " ON log_counts (granularity, connection_id, bucket_ms)"));
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS log_latest (connection_id TEXT PRIMARY KEY,"
                            " last_key INTEGER NOT NULL, last_date_ms INTEGER NOT NULL, last_status INTEGER NOT NULL,"
                            " last_action TEXT NOT NULL, failure_key INTEGER NOT NULL DEFAULT 0,"
                            " failure_date_ms INTEGER NOT NULL DEFAULT 0, failure_status INTEGER NOT NULL DEFAULT 0,"
                            " failure_action TEXT NOT NULL DEFAULT '', failure_description TEXT NOT NULL DEFAULT '')"));
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS log_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
        QSqlQuery meta(m_db);
        if (!meta.exec(QStringLiteral("SELECT value FROM log_meta WHERE key = 'counts'")))
            throw StoreError(StoreError::Kind::Failure, meta.lastError().text());
        m_countsReady = meta.next();
        meta.finish();
        if (!m_countsReady) {
            // A new log has nothing to count; one with events waits for the writer's ensureCounts().
            QSqlQuery blocks(m_db);
            if (!blocks.exec(QStringLiteral("SELECT 1 FROM log_blocks LIMIT 1")))
                throw StoreError(StoreError::Kind::Failure, blocks.lastError().text());
            const bool empty = !blocks.next();
            blocks.finish();
            if (empty) {
                exec(QStringLiteral("INSERT INTO log_meta (key, value) VALUES ('counts', '1')"));
                m_countsReady = true;
            }
        }
        check(sqlite3_exec(sqlite, "COMMIT", nullptr, nullptr, nullptr));
    } catch (...) {
        sqlite3_exec(sqlite, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

void LogDatabase::ensureCounts()
{
    if (m_countsReady)
        return;
    sqlite3 *sqlite = handle();
    check(sqlite3_exec(sqlite, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr));
    try {
        QSqlQuery meta(m_db);
        if (!meta.exec(QStringLiteral("SELECT value FROM log_meta WHERE key = 'counts'")))
            throw StoreError(StoreError::Kind::Failure, meta.lastError().text());
        const bool done = meta.next();
        meta.finish();
        if (!done) {
            exec(QStringLiteral("DELETE FROM log_counts"));
            exec(QStringLiteral("DELETE FROM log_latest"));
            QSqlQuery blocks(m_db);
            blocks.setForwardOnly(true);
            if (!blocks.exec(QStringLiteral("SELECT data FROM log_blocks ORDER BY first_key")))
                throw StoreError(StoreError::Kind::Failure, blocks.lastError().text());
            CountDelta delta;
            std::vector<LogBlock::Event> events;
            while (blocks.next()) {
                const QByteArray data = blocks.value(0).toByteArray();
                if (!LogBlock::decode(data, events))
                    throw StoreError(StoreError::Kind::Failure, QStringLiteral("A log block is damaged"));
                for (const LogBlock::Event &event : events)
                    delta.addRow(event.toRow());
            }
            blocks.finish();
            applyCounts(delta);
            exec(QStringLiteral("INSERT INTO log_meta (key, value) VALUES ('counts', '1')"));
        }
        check(sqlite3_exec(sqlite, "COMMIT", nullptr, nullptr, nullptr));
        m_countsReady = true;
    } catch (...) {
        sqlite3_exec(sqlite, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

QSqlQuery &LogDatabase::prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql)
{
    if (!slot) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        if (!query->prepare(sql))
            throw StoreError(StoreError::Kind::Failure, query->lastError().text());
        slot = std::move(query);
    }
    return *slot;
}

void LogDatabase::applyCounts(const CountDelta &delta)
{
    if (delta.isEmpty())
        return;
    QSqlQuery &upsert =
        prepared(m_countUpsert,
                 QStringLiteral("INSERT INTO log_counts (granularity, bucket_ms, connection_id, action, success,"
                                " failure) VALUES (?,?,?,?,?,?) ON CONFLICT (granularity, bucket_ms, connection_id,"
                                " action) DO UPDATE SET success = success + excluded.success,"
                                " failure = failure + excluded.failure"));
    bool removed = false;
    for (auto it = delta.m_values.cbegin(); it != delta.m_values.cend(); ++it) {
        if (it->success == 0 && it->failure == 0)
            continue;
        removed = removed || it->success < 0 || it->failure < 0;
        upsert.addBindValue(it.key().granularity);
        upsert.addBindValue(it.key().bucket);
        upsert.addBindValue(text(it.key().connection));
        upsert.addBindValue(text(it.key().action));
        upsert.addBindValue(it->success);
        upsert.addBindValue(it->failure);
        if (!upsert.exec())
            throw StoreError(StoreError::Kind::Failure, upsert.lastError().text());
    }
    if (removed) {
        // Buckets whose events retention removed altogether.
        QSqlQuery &prune = prepared(
            m_countPrune, QStringLiteral("DELETE FROM log_counts WHERE granularity = ? AND bucket_ms = ?"
                                         " AND connection_id = ? AND action = ? AND success <= 0 AND failure <= 0"));
        for (auto it = delta.m_values.cbegin(); it != delta.m_values.cend(); ++it) {
            if (it->success >= 0 && it->failure >= 0)
                continue;
            prune.addBindValue(it.key().granularity);
            prune.addBindValue(it.key().bucket);
            prune.addBindValue(text(it.key().connection));
            prune.addBindValue(text(it.key().action));
            if (!prune.exec())
                throw StoreError(StoreError::Kind::Failure, prune.lastError().text());
        }
    }
    QSqlQuery &last = prepared(
        m_latestUpsert, QStringLiteral("INSERT INTO log_latest (connection_id, last_key, last_date_ms, last_status,"
                                       " last_action) VALUES (?,?,?,?,?) ON CONFLICT (connection_id) DO UPDATE SET"
                                       " last_key = excluded.last_key, last_date_ms = excluded.last_date_ms,"
                                       " last_status = excluded.last_status, last_action = excluded.last_action"
                                       " WHERE excluded.last_key > log_latest.last_key"));
    for (auto it = delta.m_last.cbegin(); it != delta.m_last.cend(); ++it) {
        last.addBindValue(text(it.key()));
        last.addBindValue(it->key);
        last.addBindValue(it->dateMs);
        last.addBindValue(it->status);
        last.addBindValue(text(it->action));
        if (!last.exec())
            throw StoreError(StoreError::Kind::Failure, last.lastError().text());
    }
    QSqlQuery &failure =
        prepared(m_latestFailure,
                 QStringLiteral("UPDATE log_latest SET failure_key = ?, failure_date_ms = ?, failure_status = ?,"
                                " failure_action = ?, failure_description = ? WHERE connection_id = ?"
                                " AND failure_key < ?"));
    for (auto it = delta.m_lastFailure.cbegin(); it != delta.m_lastFailure.cend(); ++it) {
        failure.addBindValue(it->key);
        failure.addBindValue(it->dateMs);
        failure.addBindValue(it->status);
        failure.addBindValue(text(it->action));
        failure.addBindValue(text(it->description));
        failure.addBindValue(text(it.key()));
        failure.addBindValue(it->key);
        if (!failure.exec())
            throw StoreError(StoreError::Kind::Failure, failure.lastError().text());
    }
}

QList<LogDatabase::Count> LogDatabase::counts(qint64 granularityMs, qint64 fromMs, qint64 toMs,
                                              const QString &connectionId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (connectionId.isEmpty()) {
        query.prepare(QStringLiteral("SELECT bucket_ms, connection_id, action, success, failure FROM log_counts"
                                     " WHERE granularity = ? AND bucket_ms >= ? AND bucket_ms < ?"));
        query.addBindValue(granularityMs);
        query.addBindValue(fromMs);
        query.addBindValue(toMs);
    } else {
        query.prepare(QStringLiteral("SELECT bucket_ms, connection_id, action, success, failure FROM log_counts"
                                     " WHERE granularity = ? AND connection_id = ? AND bucket_ms >= ?"
                                     " AND bucket_ms < ?"));
        query.addBindValue(granularityMs);
        query.addBindValue(connectionId);
        query.addBindValue(fromMs);
        query.addBindValue(toMs);
    }
    if (!query.exec())
        throw StoreError(StoreError::Kind::Failure, query.lastError().text());
    QList<Count> result;
    while (query.next())
        result.append(Count{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toLongLong(), query.value(4).toLongLong()});
    return result;
}

QList<LogDatabase::Latest> LogDatabase::latest(const QString &connectionId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT connection_id, last_key, last_date_ms, last_status, last_action, failure_key,"
                                 " failure_date_ms, failure_status, failure_action, failure_description"
                                 " FROM log_latest") +
                  (connectionId.isEmpty() ? QString() : QStringLiteral(" WHERE connection_id = ?")));
    if (!connectionId.isEmpty())
        query.addBindValue(connectionId);
    if (!query.exec())
        throw StoreError(StoreError::Kind::Failure, query.lastError().text());
    QList<Latest> result;
    while (query.next())
        result.append(Latest{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                             query.value(3).toInt(), query.value(4).toString(), query.value(5).toLongLong(),
                             query.value(6).toLongLong(), query.value(7).toInt(), query.value(8).toString(),
                             query.value(9).toString()});
    return result;
}

qint64 LogDatabase::insert(QList<LogRow> &rows)
{
    insert(std::as_const(rows));
    qint64 last = 0;
    for (const LogRow &row : std::as_const(rows))
        last = qMax(last, row.key);
    return last;
}

void LogDatabase::insert(const QList<LogRow> &rows)
{
    if (rows.isEmpty())
        return;
    sqlite3 *sqlite = handle();
    check(sqlite3_exec(sqlite, "BEGIN", nullptr, nullptr, nullptr));
    try {
        insertBlocks(rows);
        if (m_countsReady) {
            CountDelta delta;
            for (const LogRow &row : rows)
                delta.addRow(row);
            applyCounts(delta);
        }
        check(sqlite3_exec(sqlite, "COMMIT", nullptr, nullptr, nullptr));
    } catch (...) {
        m_encoder.clear();
        sqlite3_exec(sqlite, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

void LogDatabase::insertBlocks(const QList<LogRow> &rows)
{
    if (rows.isEmpty())
        return;
    // Blocks must not overlap (LogBlockTable): the writer hands rows over in log id order, sort if not.
    QList<LogRow> sorted;
    const QList<LogRow> *ordered = &rows;
    if (!std::is_sorted(rows.cbegin(), rows.cend(), [](const LogRow &a, const LogRow &b) { return a.key < b.key; })) {
        sorted = rows;
        std::sort(sorted.begin(), sorted.end(), [](const LogRow &a, const LogRow &b) { return a.key < b.key; });
        ordered = &sorted;
    }
    for (const LogRow &row : *ordered) {
        m_encoder.add(row);
        if (m_encoder.isFull())
            writeBlock();
    }
    writeBlock();
}

void LogDatabase::writeBlock()
{
    if (m_encoder.isEmpty())
        return;
    sqlite3 *sqlite = handle();
    if (!m_insert) {
        static const char sql[] = "INSERT INTO log_blocks (first_key, last_key, count, min_date_ms, max_date_ms,"
                                  " connections, users, data) VALUES (?,?,?,?,?,?,?,?)";
        check(sqlite3_prepare_v3(sqlite, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr));
    }
    const QByteArray connections = m_encoder.connections();
    const QByteArray data = m_encoder.data();
    sqlite3_bind_int64(m_insert, 1, m_encoder.firstKey());
    sqlite3_bind_int64(m_insert, 2, m_encoder.lastKey());
    sqlite3_bind_int(m_insert, 3, m_encoder.count());
    sqlite3_bind_int64(m_insert, 4, m_encoder.minDateMs());
    sqlite3_bind_int64(m_insert, 5, m_encoder.maxDateMs());
    sqlite3_bind_blob(m_insert, 6, connections.constData(), int(connections.size()), SQLITE_STATIC);
    sqlite3_bind_blob(m_insert, 7, m_encoder.users().constData(), int(m_encoder.users().size()), SQLITE_STATIC);
    sqlite3_bind_blob(m_insert, 8, data.constData(), int(data.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(m_insert);
    sqlite3_reset(m_insert);
    sqlite3_clear_bindings(m_insert);
    m_encoder.clear();
    check(rc);
}

qint64 LogDatabase::maxKey()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT max(last_key) FROM log_blocks")) || !query.next())
        throw StoreError(StoreError::Kind::Failure, query.lastError().text());
    return query.value(0).toLongLong();
}

qint64 LogDatabase::count()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT coalesce(sum(count), 0) FROM log_blocks")) || !query.next())
        throw StoreError(StoreError::Kind::Failure, query.lastError().text());
    return query.value(0).toLongLong();
}

int LogDatabase::deleteBefore(qint64 key, int limit)
{
    sqlite3 *sqlite = handle();
    QSqlQuery oldest(m_db);
    oldest.setForwardOnly(true);
    int deleted = 0;
    CountDelta removed;
    std::vector<LogBlock::Event> gone;
    QSqlQuery read(m_db);
    read.prepare(QStringLiteral("SELECT data FROM log_blocks WHERE first_key = ?"));
    check(sqlite3_exec(sqlite, "BEGIN", nullptr, nullptr, nullptr));
    try {
        while (deleted < limit) {
            if (!oldest.exec(QStringLiteral("SELECT first_key, last_key, count FROM log_blocks ORDER BY first_key"
                                            " LIMIT 1")))
                throw StoreError(StoreError::Kind::Failure, oldest.lastError().text());
            if (!oldest.next() || oldest.value(0).toLongLong() >= key)
                break;
            const qint64 firstKey = oldest.value(0).toLongLong();
            const qint64 lastKey = oldest.value(1).toLongLong();
            const int count = oldest.value(2).toInt();
            oldest.finish();
            if (lastKey < key && count <= limit - deleted) {
                if (m_countsReady) {
                    // The counts follow what the log holds.
                    read.addBindValue(firstKey);
                    if (!read.exec() || !read.next())
                        throw StoreError(StoreError::Kind::Failure, read.lastError().text());
                    const QByteArray data = read.value(0).toByteArray();
                    read.finish();
                    if (LogBlock::decode(data, gone)) {
                        for (const LogBlock::Event &event : gone)
                            removed.removeEvent(event);
                    }
                }
                deleteBlock(firstKey);
                deleted += count;
                continue;
            }
            // The block straddles the limit: keep its newer events in a block of their own.
            read.addBindValue(firstKey);
            if (!read.exec() || !read.next())
                throw StoreError(StoreError::Kind::Failure, read.lastError().text());
            const QByteArray data = read.value(0).toByteArray();
            read.finish();
            std::vector<LogBlock::Event> events;
            if (!LogBlock::decode(data, events))
                throw StoreError(StoreError::Kind::Failure, QStringLiteral("A log block is damaged"));
            QList<LogRow> kept;
            for (const LogBlock::Event &event : events) {
                if (event.key < key && deleted < limit) {
                    ++deleted;
                    removed.removeEvent(event);
                } else {
                    kept.append(event.toRow());
                }
            }
            deleteBlock(firstKey);
            insertBlocks(kept);
            break;
        }
        if (m_countsReady)
            applyCounts(removed);
        check(sqlite3_exec(sqlite, "COMMIT", nullptr, nullptr, nullptr));
    } catch (...) {
        m_encoder.clear();
        sqlite3_exec(sqlite, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    return deleted;
}

void LogDatabase::deleteBlock(qint64 firstKey)
{
    sqlite3 *sqlite = handle();
    if (!m_delete)
        check(sqlite3_prepare_v3(sqlite, "DELETE FROM log_blocks WHERE first_key = ?", -1, SQLITE_PREPARE_PERSISTENT,
                                 &m_delete, nullptr));
    sqlite3_bind_int64(m_delete, 1, firstKey);
    const int rc = sqlite3_step(m_delete);
    sqlite3_reset(m_delete);
    check(rc);
}

std::optional<qint64> LogDatabase::keyAtOffset(qint64 n)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT first_key, count FROM log_blocks ORDER BY first_key")))
        throw StoreError(StoreError::Kind::Failure, query.lastError().text());
    qint64 before = 0;
    while (query.next()) {
        const qint64 count = query.value(1).toLongLong();
        if (before + count > n) {
            const QList<LogRow> rows = select(QStringLiteral("WHERE key >= ? ORDER BY key LIMIT 1 OFFSET ?"),
                                              {query.value(0).toLongLong(), n - before});
            if (rows.isEmpty())
                return std::nullopt;
            return rows.constFirst().key;
        }
        before += count;
    }
    return std::nullopt;
}

QList<LogRow> LogDatabase::select(const QString &sqlTail, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM logs ") + sqlTail);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw StoreError(StoreError::Kind::Failure, query.lastError().text());
    QList<LogRow> rows;
    while (query.next())
        rows.append(rowFrom(query));
    return rows;
}

QList<LogRow> LogDatabase::after(qint64 key, int take)
{
    return select(QStringLiteral("WHERE key > ? ORDER BY key LIMIT ?"), {key, take});
}

QList<LogRow> LogDatabase::search(const LogFilterSql &filter, bool ascending, qint64 offset, int limit)
{
    QVariantList values = filter.values;
    values << limit << offset;
    return select((filter.clause.isEmpty() ? QString() : QStringLiteral("WHERE ") + filter.clause) +
                      (ascending ? QStringLiteral(" ORDER BY key ASC") : QStringLiteral(" ORDER BY key DESC")) +
                      QStringLiteral(" LIMIT ? OFFSET ?"),
                  values);
}

QList<LogRow> LogDatabase::before(qint64 key, const LogFilterSql &filter, int limit)
{
    QVariantList values{key};
    values += filter.values;
    values << limit;
    return select(
        QStringLiteral("WHERE key < ?") +
            (filter.clause.isEmpty() ? QString() : QStringLiteral(" AND (") + filter.clause + QLatin1Char(')')) +
            QStringLiteral(" ORDER BY key DESC LIMIT ?"),
        values);
}

qint64 LogDatabase::count(const LogFilterSql &filter)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM logs") +
                  (filter.clause.isEmpty() ? QString() : QStringLiteral(" WHERE ") + filter.clause));
    for (const QVariant &value : filter.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        throw StoreError(StoreError::Kind::Failure, query.lastError().text());
    return query.value(0).toLongLong();
}

std::optional<LogRow> LogDatabase::byKey(qint64 key)
{
    const QList<LogRow> rows = select(QStringLiteral("WHERE key = ?"), {key});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

QList<LogStreamRecord> LogDatabase::selectStreams(const QString &where, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, name, type, status, filters, sink, cursor, failures, last_error,"
                                 " created_at, updated_at, last_delivered_at, suspended_at FROM log_streams ") +
                  where + QStringLiteral(" ORDER BY created_at, id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw StoreError(StoreError::Kind::Failure, query.lastError().text());
    QList<LogStreamRecord> streams;
    while (query.next()) {
        LogStreamRecord stream;
        stream.id = query.value(0).toString();
        stream.name = query.value(1).toString();
        stream.type = query.value(2).toString();
        stream.status = query.value(3).toString();
        stream.filters = QJsonDocument::fromJson(query.value(4).toByteArray()).array();
        stream.sink = QJsonDocument::fromJson(query.value(5).toByteArray()).object();
        stream.cursor = query.value(6).toLongLong();
        stream.failures = query.value(7).toInt();
        stream.lastError = query.value(8).toString();
        stream.createdAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
        stream.updatedAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
        stream.lastDeliveredAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
        stream.suspendedAt = QDateTime::fromString(query.value(12).toString(), Qt::ISODateWithMs);
        streams.append(stream);
    }
    return streams;
}

QList<LogStreamRecord> LogDatabase::logStreams()
{
    return selectStreams(QString(), {});
}

std::optional<LogStreamRecord> LogDatabase::logStream(const QString &id)
{
    const QList<LogStreamRecord> streams = selectStreams(QStringLiteral("WHERE id = ?"), {id});
    if (streams.isEmpty())
        return std::nullopt;
    return streams.constFirst();
}

void LogDatabase::saveLogStream(const LogStreamRecord &stream)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO log_streams (id, name, type, status, filters, sink, cursor,"
                                 " failures, last_error, created_at, updated_at, last_delivered_at, suspended_at)"
                                 " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    query.addBindValue(stream.id);
    query.addBindValue(stream.name);
    query.addBindValue(stream.type);
    query.addBindValue(stream.status);
    query.addBindValue(QJsonDocument(stream.filters).toJson(QJsonDocument::Compact));
    query.addBindValue(QJsonDocument(stream.sink).toJson(QJsonDocument::Compact));
    query.addBindValue(stream.cursor);
    query.addBindValue(stream.failures);
    query.addBindValue(text(stream.lastError));
    query.addBindValue(isoDate(stream.createdAt));
    query.addBindValue(isoDate(stream.updatedAt));
    query.addBindValue(stream.lastDeliveredAt.isValid() ? QVariant(isoDate(stream.lastDeliveredAt))
                                                        : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(stream.suspendedAt.isValid() ? QVariant(isoDate(stream.suspendedAt))
                                                    : QVariant(QMetaType::fromType<QString>()));
    if (!query.exec())
        throw StoreError(StoreError::Kind::Failure, query.lastError().text());
}

bool LogDatabase::deleteLogStream(const QString &id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM log_streams WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        throw StoreError(StoreError::Kind::Failure, query.lastError().text());
    return query.numRowsAffected() > 0;
}

} // namespace scim
