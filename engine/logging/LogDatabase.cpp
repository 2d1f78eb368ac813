#include "LogDatabase.h"

#include "StoreError.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

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
    if (!m_db.transaction())
        throw StoreError(StoreError::Kind::Failure, m_db.lastError().text());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO logs (") + kColumns +
                  QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const LogRow &row : rows) {
        query.bindValue(0, row.key);
        query.bindValue(1, row.dateMs);
        query.bindValue(2, row.type);
        query.bindValue(3, text(row.description));
        query.bindValue(4, text(row.connectionId));
        query.bindValue(5, text(row.connectionName));
        query.bindValue(6, text(row.strategy));
        query.bindValue(7, text(row.userId));
        query.bindValue(8, text(row.userName));
        query.bindValue(9, text(row.action));
        query.bindValue(10, text(row.method));
        query.bindValue(11, row.status);
        query.bindValue(12, row.durationUs);
        query.bindValue(13, text(row.tokenId));
        query.bindValue(14, text(row.ip));
        query.bindValue(15, text(row.path));
        query.bindValue(16, text(row.userAgent));
        query.bindValue(17, row.query.isEmpty() ? QVariant() : QVariant(row.query));
        query.bindValue(18, row.headers);
        query.bindValue(19, row.requestBody.isEmpty() ? QVariant() : QVariant(row.requestBody));
        query.bindValue(20, row.responseBody.isEmpty() ? QVariant() : QVariant(row.responseBody));
        query.bindValue(21, row.extra.isEmpty() ? QVariant() : QVariant(row.extra));
        if (!query.exec()) {
            const QString error = query.lastError().text();
            m_db.rollback();
            throw StoreError(StoreError::Kind::Failure, error);
        }
    }
    if (!m_db.commit())
        throw StoreError(StoreError::Kind::Failure, m_db.lastError().text());
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

QList<LogStreamRecord> LogDatabase::logStreams()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, name, type, status, filters, sink, cursor, failures, last_error,"
                                   " created_at, updated_at FROM log_streams ORDER BY created_at, id")))
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

std::optional<LogStreamRecord> LogDatabase::logStream(const QString &id)
{
    for (const LogStreamRecord &stream : logStreams()) {
        if (stream.id == id)
            return stream;
    }
    return std::nullopt;
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
