#include "LogDatabase.h"

#include "StoreError.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

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
} // namespace

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
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS logs ("
                        " key INTEGER PRIMARY KEY, date_ms INTEGER NOT NULL, type TEXT NOT NULL,"
                        " description TEXT NOT NULL, connection_id TEXT NOT NULL, connection TEXT NOT NULL,"
                        " strategy TEXT NOT NULL, user_id TEXT NOT NULL, user_name TEXT NOT NULL,"
                        " action TEXT NOT NULL, method TEXT NOT NULL, status INTEGER NOT NULL,"
                        " duration_us INTEGER NOT NULL, token_id TEXT NOT NULL, ip TEXT NOT NULL, path TEXT NOT NULL,"
                        " user_agent TEXT NOT NULL, query BLOB, headers BLOB, request_body BLOB,"
                        " response_body BLOB, extra BLOB)"));
    // Per-connection and per-user history are the common searches; everything else scans newest-first.
    exec(QStringLiteral("CREATE INDEX IF NOT EXISTS logs_connection ON logs (connection_id, key)"));
    exec(QStringLiteral("CREATE INDEX IF NOT EXISTS logs_user ON logs (user_id, key)"));
    exec(
        QStringLiteral("CREATE TABLE IF NOT EXISTS log_streams ("
                       " id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,"
                       " filters TEXT NOT NULL, sink TEXT NOT NULL, cursor INTEGER NOT NULL, failures INTEGER NOT NULL,"
                       " last_error TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"));
}

LogDatabase::~LogDatabase()
{
    if (m_insert)
        sqlite3_finalize(m_insert);
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

void LogDatabase::insert(const QList<LogRow> &rows)
{
    if (rows.isEmpty())
        return;
    // The writer's hot path talks to SQLite directly: binding UTF-8 bytes without QVariant or UTF-16 round trips
    // costs a fraction of QSqlQuery's per-column overhead.
    const QVariant handle = m_db.driver()->handle();
    sqlite3 *sqlite = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                          ? *static_cast<sqlite3 *const *>(handle.data())
                          : nullptr;
    if (!sqlite)
        throw StoreError(StoreError::Kind::Failure, QStringLiteral("The log database has no SQLite handle"));
    auto check = [sqlite](int rc) {
        if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
            throw StoreError(StoreError::Kind::Failure, QString::fromUtf8(sqlite3_errmsg(sqlite)));
    };
    if (!m_insert) {
        const QByteArray sql = QByteArrayLiteral("INSERT INTO logs (") + kColumns.toUtf8() +
                               QByteArrayLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        check(sqlite3_prepare_v3(sqlite, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_insert,
                                 nullptr));
    }
    check(sqlite3_exec(sqlite, "BEGIN", nullptr, nullptr, nullptr));
    try {
        for (const LogRow &row : rows) {
            // Keep the UTF-8 copies alive until the step: they are bound without copying.
            const QByteArray texts[] = {
                row.type.toUtf8(),     row.description.toUtf8(), row.connectionId.toUtf8(), row.connectionName.toUtf8(),
                row.strategy.toUtf8(), row.userId.toUtf8(),      row.userName.toUtf8(),     row.action.toUtf8(),
                row.method.toUtf8(),   row.tokenId.toUtf8(),     row.ip.toUtf8(),           row.path.toUtf8(),
                row.userAgent.toUtf8()};
            auto bindText = [this](int index, const QByteArray &bytes) {
                sqlite3_bind_text(m_insert, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
            };
            auto bindBlob = [this](int index, const QByteArray &bytes) {
                if (bytes.isEmpty())
                    sqlite3_bind_null(m_insert, index);
                else
                    sqlite3_bind_blob(m_insert, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
            };
            sqlite3_bind_int64(m_insert, 1, row.key);
            sqlite3_bind_int64(m_insert, 2, row.dateMs);
            bindText(3, texts[0]);
            bindText(4, texts[1]);
            bindText(5, texts[2]);
            bindText(6, texts[3]);
            bindText(7, texts[4]);
            bindText(8, texts[5]);
            bindText(9, texts[6]);
            bindText(10, texts[7]);
            bindText(11, texts[8]);
            sqlite3_bind_int(m_insert, 12, row.status);
            sqlite3_bind_int64(m_insert, 13, row.durationUs);
            bindText(14, texts[9]);
            bindText(15, texts[10]);
            bindText(16, texts[11]);
            bindText(17, texts[12]);
            bindBlob(18, row.query);
            sqlite3_bind_blob(m_insert, 19, row.headers.constData(), int(row.headers.size()), SQLITE_STATIC);
            bindBlob(20, row.requestBody);
            bindBlob(21, row.responseBody);
            bindBlob(22, row.extra);
            const int rc = sqlite3_step(m_insert);
            sqlite3_reset(m_insert);
            check(rc);
        }
        sqlite3_clear_bindings(m_insert);
        check(sqlite3_exec(sqlite, "COMMIT", nullptr, nullptr, nullptr));
    } catch (...) {
        sqlite3_clear_bindings(m_insert);
        sqlite3_exec(sqlite, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

qint64 LogDatabase::maxKey()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT max(key) FROM logs")) || !query.next())
        throw StoreError(StoreError::Kind::Failure, query.lastError().text());
    return query.value(0).toLongLong();
}

qint64 LogDatabase::count()
{
    return count(LogFilterSql{});
}

int LogDatabase::deleteBefore(qint64 key, int limit)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("DELETE FROM logs WHERE key IN (SELECT key FROM logs WHERE key < ? ORDER BY key LIMIT ?)"));
    query.addBindValue(key);
    query.addBindValue(limit);
    if (!query.exec())
        throw StoreError(StoreError::Kind::Failure, query.lastError().text());
    return query.numRowsAffected();
}

std::optional<qint64> LogDatabase::keyAtOffset(qint64 n)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT key FROM logs ORDER BY key LIMIT 1 OFFSET ?"));
    query.addBindValue(n);
    if (!query.exec())
        throw StoreError(StoreError::Kind::Failure, query.lastError().text());
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
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
                                 " created_at, updated_at FROM log_streams ") +
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
                                 " failures, last_error, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
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
