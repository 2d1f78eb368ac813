#include "requestlog/postgres/PostgresLogStore.h"

#include "requestlog/LogId.h"
#include "storage/StoreError.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PostgresSchema.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QtEndian>

#include <libpq-fe.h>

namespace scim {

namespace {

constexpr qint64 kDayMs = 86400 * 1000;

const QString kColumns = QStringLiteral(
    "key, date_ms, type, description, connection_id, connection, strategy, user_id, user_name, action, method,"
    " status, duration_us, token_id, ip, path, user_agent, query, headers, request_body, response_body, extra");

LogRow rowFrom(const PgResult &rows, int row)
{
    LogRow log;
    log.key = rows.integer(row, 0);
    log.dateMs = rows.integer(row, 1);
    log.type = rows.text(row, 2);
    log.description = rows.text(row, 3);
    log.connectionId = rows.text(row, 4);
    log.connectionName = rows.text(row, 5);
    log.strategy = rows.text(row, 6);
    log.userId = rows.text(row, 7);
    log.userName = rows.text(row, 8);
    log.action = rows.text(row, 9);
    log.method = rows.text(row, 10);
    log.status = int(rows.integer(row, 11));
    log.durationUs = rows.integer(row, 12);
    log.tokenId = rows.text(row, 13);
    log.ip = rows.text(row, 14);
    log.path = rows.text(row, 15);
    log.userAgent = rows.text(row, 16);
    log.query = rows.bytes(row, 17);
    log.headers = rows.bytes(row, 18);
    log.requestBody = rows.bytes(row, 19);
    log.responseBody = rows.bytes(row, 20);
    log.extra = rows.bytes(row, 21);
    return log;
}

// COPY … (FORMAT binary): a tuple is a 16-bit field count, then per field a 32-bit length (-1 for NULL) and bytes.
void appendInt16(QByteArray &out, qint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    out.append(bytes, 2);
}

void appendInt32(QByteArray &out, qint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendBigint(QByteArray &out, qint64 value)
{
    appendInt32(out, 8);
    char bytes[8];
    qToBigEndian(value, bytes);
    out.append(bytes, 8);
}

void appendInt(QByteArray &out, qint32 value)
{
    appendInt32(out, 4);
    appendInt32(out, value);
}

// PostgreSQL text cannot hold U+0000; the event keeps U+FFFD in its place.
void appendText(QByteArray &out, const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    if (utf8.contains('\0'))
        utf8.replace(QByteArrayView("\0", 1), QByteArrayView("\xEF\xBF\xBD"));
    appendInt32(out, qint32(utf8.size()));
    out.append(utf8);
}

void appendBytes(QByteArray &out, const QByteArray &value)
{
    if (value.isEmpty()) {
        appendInt32(out, -1);
        return;
    }
    appendInt32(out, qint32(value.size()));
    out.append(value);
}

QString partitionName(qint64 day)
{
    return QStringLiteral("logs_") +
           QDateTime::fromMSecsSinceEpoch(day * kDayMs, Qt::UTC).toString(QStringLiteral("yyyyMMdd"));
}

PgParams paramsFrom(const QVariantList &values)
{
    PgParams params;
    for (const QVariant &value : values) {
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            params.integer(value.toLongLong());
            break;
        case QMetaType::QByteArray:
            params.bytes(value.toByteArray());
            break;
        default:
            params.text(value.toString());
            break;
        }
    }
    return params;
}

} // namespace

PostgresLogStore::PostgresLogStore(const QString &url)
    : m_pg(std::make_unique<PgConnection>(url, QStringLiteral("scim-engine logs")))
{
    PostgresSchema::migrate(*m_pg);
    // Log batches do not wait for their WAL flush (the SQLite log does not fsync each commit either): a server crash
    // may lose the last few hundred milliseconds of log events, never a SCIM write (those commit synchronously) and
    // never the order of what is kept. It keeps the log's fsyncs from queueing with the requests' commits.
    m_pg->command(QStringLiteral("SET synchronous_commit = off"));
}

PostgresLogStore::~PostgresLogStore() = default;

QString PostgresLogStore::dialect(const QString &clause, int firstParameter)
{
    QString out;
    out.reserve(clause.size() + 16);
    int parameter = firstParameter;
    for (qsizetype i = 0; i < clause.size(); ++i) {
        const QChar c = clause.at(i);
        if (c == QLatin1Char('?')) {
            out += QLatin1Char('$') + QString::number(parameter++);
        } else if (c == QLatin1Char('\'')) {
            // A literal (only ever '\\' after ESCAPE): copy it whole.
            const qsizetype end = clause.indexOf(QLatin1Char('\''), i + 1);
            const qsizetype stop = end < 0 ? clause.size() - 1 : end;
            out += clause.mid(i, stop - i + 1);
            i = stop;
        } else {
            out += c;
        }
    }
    out.replace(QLatin1String(" LIKE "), QLatin1String(" ILIKE "));
    // ESCAPE '\' is standard SQL; PostgreSQL reads the literal as written (standard_conforming_strings).
    return out;
}

void PostgresLogStore::ensurePartitions(qint64 firstKey, qint64 lastKey)
{
    const qint64 firstDay = LogId::milliseconds(firstKey) / kDayMs;
    // The next day's partition is made ahead, so the writer seldom meets a missing one at midnight.
    const qint64 lastDay = LogId::milliseconds(lastKey) / kDayMs + 1;
    for (qint64 day = firstDay; day <= lastDay; ++day) {
        if (m_partitions.contains(day))
            continue;
        // Called with log_head locked: no other writer creates or drops partitions meanwhile.
        m_pg->command(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 PARTITION OF logs FOR VALUES FROM (%2) TO (%3)")
                          .arg(partitionName(day))
                          .arg(LogId::keyForMilliseconds(day * kDayMs))
                          .arg(LogId::keyForMilliseconds((day + 1) * kDayMs)));
        m_partitions.insert(day);
    }
}

void PostgresLogStore::copyRows(const QList<LogRow> &rows)
{
    QByteArray data;
    data.reserve(rows.size() * 512);
    data.append("PGCOPY\n\377\r\n\0", 11);
    appendInt32(data, 0); // flags
    appendInt32(data, 0); // header extension length
    for (const LogRow &row : rows) {
        appendInt16(data, 22);
        appendBigint(data, row.key);
        appendBigint(data, row.dateMs);
        appendText(data, row.type);
        appendText(data, row.description);
        appendText(data, row.connectionId);
        appendText(data, row.connectionName);
        appendText(data, row.strategy);
        appendText(data, row.userId);
        appendText(data, row.userName);
        appendText(data, row.action);
        appendText(data, row.method);
        appendInt(data, row.status);
        appendBigint(data, row.durationUs);
        appendText(data, row.tokenId);
        appendText(data, row.ip);
        appendText(data, row.path);
        appendText(data, row.userAgent);
        appendBytes(data, row.query);
        appendBytes(data, row.headers);
        appendBytes(data, row.requestBody);
        appendBytes(data, row.responseBody);
        appendBytes(data, row.extra);
    }
    appendInt16(data, -1);

    pg_conn *conn = m_pg->handle();
    const QByteArray sql =
        QByteArrayLiteral("COPY logs (") + kColumns.toUtf8() + QByteArrayLiteral(") FROM STDIN (FORMAT binary)");
    PGresult *started = PQexec(conn, sql.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    const QString startError = QString::fromUtf8(PQresultErrorMessage(started)).trimmed();
    PQclear(started);
    if (!copying)
        throw StoreError(StoreError::Kind::Failure, QStringLiteral("Cannot store log events: %1").arg(startError));
    const bool sent = PQputCopyData(conn, data.constData(), int(data.size())) == 1 && PQputCopyEnd(conn, nullptr) == 1;
    PGresult *result = PQgetResult(conn);
    const bool ok = sent && PQresultStatus(result) == PGRES_COMMAND_OK;
    const QString error = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(conn)).trimmed();
    PQclear(result);
    while (PGresult *extra = PQgetResult(conn))
        PQclear(extra);
    if (!ok)
        throw StoreError(StoreError::Kind::Failure, QStringLiteral("Cannot store log events: %1").arg(error));
}

qint64 PostgresLogStore::insert(QList<LogRow> &rows)
{
    if (rows.isEmpty())
        return maxKey();
    m_pg->beginLazily();
    try {
        // The row lock on log_head is the turn: held to the commit, released after it is visible.
        qint64 last = m_pg->exec("SELECT last_key FROM log_head WHERE id = 1 FOR UPDATE").integer(0, 0);
        for (LogRow &row : rows) {
            last = qMax(last + 1, LogId::keyForMilliseconds(row.dateMs));
            row.key = last;
        }
        ensurePartitions(rows.constFirst().key, last);
        copyRows(rows);
        m_pg->pipeline({
            // The batch's statistics, read back from the rows just copied (they are in the server's cache).
            {"INSERT INTO log_counts AS c SELECT g.ms, l.date_ms - l.date_ms % g.ms, l.connection_id, l.action,"
             " count(*) FILTER (WHERE l.status < 400), count(*) FILTER (WHERE l.status >= 400) FROM logs l"
             " CROSS JOIN (VALUES (60000::bigint), (3600000::bigint)) AS g(ms)"
             " WHERE l.key >= $1 AND l.key <= $2 AND l.action <> 'revoke-sessions' GROUP BY 1, 2, 3, 4"
             " ON CONFLICT (granularity, bucket_ms, connection_id, action) DO UPDATE"
             " SET success = c.success + excluded.success, failure = c.failure + excluded.failure",
             PgParams().integer(rows.constFirst().key).integer(last)},
            {"UPDATE log_head SET last_key = $1, count = count + $2 WHERE id = 1",
             PgParams().integer(last).integer(rows.size())},
            {"SELECT pg_notify('scim_logs', $1)", PgParams().text(QString::number(last))},
        });
        const PgResult committed = m_pg->execDynamic(QStringLiteral("COMMIT"));
        Q_UNUSED(committed)
        if (m_pg->inTransaction() || m_pg->transactionFailed())
            throw StoreError(StoreError::Kind::Failure, QStringLiteral("The log batch was not committed"));
        return last;
    } catch (...) {
        if (m_pg->beginPending())
            m_pg->cancelLazyBegin();
        if (m_pg->inTransaction() || m_pg->transactionFailed()) {
            try {
                m_pg->command(QStringLiteral("ROLLBACK"));
            } catch (...) {
            }
        }
        m_partitions.clear(); // a partition created in the rolled-back transaction is gone again
        throw;
    }
}

qint64 PostgresLogStore::maxKey()
{
    return m_pg->exec("SELECT last_key FROM log_head WHERE id = 1").integer(0, 0);
}

qint64 PostgresLogStore::count()
{
    return m_pg->exec("SELECT count FROM log_head WHERE id = 1").integer(0, 0);
}

int PostgresLogStore::deleteBefore(qint64 key, int limit)
{
    // Whole days below the key: DROP is as cheap for a million events as for one. They are counted first, outside
    // the turn on log_head (no writer adds to a day wholly below its newest key), so other instances' writers do
    // not wait for the count.
    QList<QPair<QString, qint64>> doomed;
    const PgResult partitions =
        m_pg->exec("SELECT c.relname::text, pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i"
                   " JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'logs'::regclass ORDER BY 1");
    for (int row = 0; row < partitions.rows(); ++row) {
        // "FOR VALUES FROM ('…') TO ('…')": the upper bound is the last number.
        const QString bound = partitions.text(row, 1);
        const qsizetype to = bound.lastIndexOf(QLatin1String("TO ("));
        const qint64 upper = bound.mid(to + 4).remove(QLatin1Char('\'')).remove(QLatin1Char(')')).toLongLong();
        if (to < 0 || upper > key || upper > maxKey())
            continue;
        const QString name = partitions.text(row, 0);
        doomed.append({name, m_pg->execDynamic(QStringLiteral("SELECT count(*) FROM ") + name).integer(0, 0)});
    }
    // The statistics of those days, also counted before the turn (into a table of this session), to be
    // subtracted with the drop.
    const bool dropping = !doomed.isEmpty();
    if (dropping) {
        QString gone = QStringLiteral("CREATE TEMP TABLE log_counts_gone AS SELECT g.ms AS granularity,"
                                      " l.date_ms - l.date_ms % g.ms AS bucket_ms, l.connection_id, l.action,"
                                      " count(*) FILTER (WHERE l.status < 400) AS success,"
                                      " count(*) FILTER (WHERE l.status >= 400) AS failure FROM (");
        for (qsizetype i = 0; i < doomed.size(); ++i) {
            if (i > 0)
                gone += QStringLiteral(" UNION ALL ");
            gone += QStringLiteral("SELECT date_ms, connection_id, action, status FROM ") + doomed.at(i).first;
        }
        gone += QStringLiteral(") l CROSS JOIN (VALUES (60000::bigint), (3600000::bigint)) AS g(ms)"
                               " WHERE l.action <> 'revoke-sessions' GROUP BY 1, 2, 3, 4");
        m_pg->command(QStringLiteral("DROP TABLE IF EXISTS log_counts_gone"));
        m_pg->command(gone);
    }
    qint64 deleted = 0;
    m_pg->beginLazily();
    try {
        m_pg->exec("SELECT 1 FROM log_head WHERE id = 1 FOR UPDATE");
        if (dropping) {
            m_pg->command(QStringLiteral("UPDATE log_counts c SET success = c.success - g.success,"
                                         " failure = c.failure - g.failure FROM log_counts_gone g"
                                         " WHERE c.granularity = g.granularity AND c.bucket_ms = g.bucket_ms"
                                         " AND c.connection_id = g.connection_id AND c.action = g.action"));
        }
        for (const auto &[name, count] : std::as_const(doomed)) {
            m_pg->command(QStringLiteral("DROP TABLE IF EXISTS ") + name);
            deleted += count;
        }
        if (deleted < limit) {
            // The events deleted one by one take their counts with them in the same statement.
            deleted += m_pg->exec("WITH deleted AS (DELETE FROM logs WHERE key IN (SELECT key FROM logs WHERE key < $1"
                                  " ORDER BY key LIMIT $2) RETURNING date_ms, connection_id, action, status),"
                                  " gone AS (SELECT g.ms, d.date_ms - d.date_ms % g.ms AS bucket, d.connection_id,"
                                  " d.action, count(*) FILTER (WHERE d.status < 400) AS success,"
                                  " count(*) FILTER (WHERE d.status >= 400) AS failure FROM deleted d"
                                  " CROSS JOIN (VALUES (60000::bigint), (3600000::bigint)) AS g(ms)"
                                  " WHERE d.action <> 'revoke-sessions' GROUP BY 1, 2, 3, 4),"
                                  " counted AS (UPDATE log_counts c SET success = c.success - gone.success,"
                                  " failure = c.failure - gone.failure FROM gone WHERE c.granularity = gone.ms"
                                  " AND c.bucket_ms = gone.bucket AND c.connection_id = gone.connection_id"
                                  " AND c.action = gone.action)"
                                  " SELECT count(*) FROM deleted",
                                  PgParams().integer(key).integer(limit - deleted))
                           .integer(0, 0);
        }
        // Buckets whose events are all gone: the events below the key are dated at most its time, so only the
        // buckets up to it can have emptied.
        m_pg->exec("DELETE FROM log_counts WHERE granularity IN (60000, 3600000) AND bucket_ms <= $1"
                   " AND success <= 0 AND failure <= 0",
                   PgParams().integer(LogId::milliseconds(key)));
        m_pg->exec("UPDATE log_head SET count = greatest(count - $1, 0) WHERE id = 1", PgParams().integer(deleted));
        m_pg->execDynamic(QStringLiteral("COMMIT"));
        if (dropping)
            m_pg->command(QStringLiteral("DROP TABLE IF EXISTS log_counts_gone"));
    } catch (...) {
        if (m_pg->beginPending())
            m_pg->cancelLazyBegin();
        if (m_pg->inTransaction() || m_pg->transactionFailed())
            m_pg->command(QStringLiteral("ROLLBACK"));
        throw;
    }
    m_partitions.clear();
    return int(qMin<qint64>(deleted, std::numeric_limits<int>::max()));
}

std::optional<qint64> PostgresLogStore::keyAtOffset(qint64 n)
{
    const PgResult rows = m_pg->exec("SELECT key FROM logs ORDER BY key OFFSET $1 LIMIT 1", PgParams().integer(n));
    if (rows.rows() == 0)
        return std::nullopt;
    return rows.integer(0, 0);
}

QList<LogRow> PostgresLogStore::select(const QString &sqlTail, const QVariantList &values)
{
    const PgResult rows = m_pg->execDynamic(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM logs ") + sqlTail, paramsFrom(values));
    QList<LogRow> result;
    result.reserve(rows.rows());
    for (int row = 0; row < rows.rows(); ++row)
        result.append(rowFrom(rows, row));
    return result;
}

QList<LogRow> PostgresLogStore::after(qint64 key, int take)
{
    return select(QStringLiteral("WHERE key > $1 ORDER BY key LIMIT $2"), {key, take});
}

QList<LogRow> PostgresLogStore::search(const LogFilterSql &filter, bool ascending, qint64 offset, int limit)
{
    QVariantList values = filter.values;
    const int next = int(values.size()) + 1;
    values << limit << offset;
    return select((filter.clause.isEmpty() ? QString() : QStringLiteral("WHERE ") + dialect(filter.clause, 1)) +
                      (ascending ? QStringLiteral(" ORDER BY key ASC") : QStringLiteral(" ORDER BY key DESC")) +
                      QStringLiteral(" LIMIT $%1 OFFSET $%2").arg(next).arg(next + 1),
                  values);
}

QList<LogRow> PostgresLogStore::before(qint64 key, const LogFilterSql &filter, int limit)
{
    QVariantList values{key};
    values += filter.values;
    values << limit;
    return select(QStringLiteral("WHERE key < $1") +
                      (filter.clause.isEmpty()
                           ? QString()
                           : QStringLiteral(" AND (") + dialect(filter.clause, 2) + QLatin1Char(')')) +
                      QStringLiteral(" ORDER BY key DESC LIMIT $%1").arg(values.size()),
                  values);
}

qint64 PostgresLogStore::count(const LogFilterSql &filter)
{
    return m_pg
        ->execDynamic(QStringLiteral("SELECT count(*) FROM logs") +
                          (filter.clause.isEmpty() ? QString() : QStringLiteral(" WHERE ") + dialect(filter.clause, 1)),
                      paramsFrom(filter.values))
        .integer(0, 0);
}

std::optional<LogRow> PostgresLogStore::byKey(qint64 key)
{
    const QList<LogRow> rows = select(QStringLiteral("WHERE key = $1"), {key});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

QList<LogStreamRecord> PostgresLogStore::selectStreams(const QString &where, const QString &id)
{
    PgParams params;
    if (!id.isNull())
        params.text(id);
    const PgResult rows = m_pg->execDynamic(
        QStringLiteral("SELECT id, name, type, status, filters, sink, cursor, failures, last_error, created_at,"
                       " updated_at, last_delivered_at, suspended_at FROM log_streams ") +
            where + QStringLiteral(" ORDER BY created_at, id"),
        params);
    QList<LogStreamRecord> streams;
    for (int row = 0; row < rows.rows(); ++row) {
        LogStreamRecord stream;
        stream.id = rows.text(row, 0);
        stream.name = rows.text(row, 1);
        stream.type = rows.text(row, 2);
        stream.status = rows.text(row, 3);
        stream.filters = QJsonDocument::fromJson(rows.bytes(row, 4)).array();
        stream.sink = QJsonDocument::fromJson(rows.bytes(row, 5)).object();
        stream.cursor = rows.integer(row, 6);
        stream.failures = int(rows.integer(row, 7));
        stream.lastError = rows.text(row, 8);
        stream.createdAt = QDateTime::fromString(rows.text(row, 9), Qt::ISODateWithMs);
        stream.updatedAt = QDateTime::fromString(rows.text(row, 10), Qt::ISODateWithMs);
        stream.lastDeliveredAt = QDateTime::fromString(rows.text(row, 11), Qt::ISODateWithMs);
        stream.suspendedAt = QDateTime::fromString(rows.text(row, 12), Qt::ISODateWithMs);
        streams.append(stream);
    }
    return streams;
}

QList<LogStreamRecord> PostgresLogStore::logStreams()
{
    return selectStreams(QString(), QString());
}

std::optional<LogStreamRecord> PostgresLogStore::logStream(const QString &id)
{
    const QList<LogStreamRecord> streams = selectStreams(QStringLiteral("WHERE id = $1"), id);
    if (streams.isEmpty())
        return std::nullopt;
    return streams.constFirst();
}

void PostgresLogStore::saveLogStream(const LogStreamRecord &stream)
{
    m_pg->exec("INSERT INTO log_streams (id, name, type, status, filters, sink, cursor, failures, last_error,"
               " created_at, updated_at, last_delivered_at, suspended_at)"
               " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"
               " ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, status = excluded.status,"
               " filters = excluded.filters, sink = excluded.sink, cursor = excluded.cursor,"
               " failures = excluded.failures, last_error = excluded.last_error, created_at = excluded.created_at,"
               " updated_at = excluded.updated_at, last_delivered_at = excluded.last_delivered_at,"
               " suspended_at = excluded.suspended_at",
               PgParams()
                   .text(stream.id)
                   .text(stream.name)
                   .text(stream.type)
                   .text(stream.status)
                   .text(QString::fromUtf8(QJsonDocument(stream.filters).toJson(QJsonDocument::Compact)))
                   .text(QString::fromUtf8(QJsonDocument(stream.sink).toJson(QJsonDocument::Compact)))
                   .integer(stream.cursor)
                   .integer(stream.failures)
                   .text(stream.lastError.isNull() ? QStringLiteral("") : stream.lastError)
                   .text(stream.createdAt.toUTC().toString(Qt::ISODateWithMs))
                   .text(stream.updatedAt.toUTC().toString(Qt::ISODateWithMs))
                   .text(stream.lastDeliveredAt.isValid() ? stream.lastDeliveredAt.toUTC().toString(Qt::ISODateWithMs)
                                                          : QStringLiteral(""))
                   .text(stream.suspendedAt.isValid() ? stream.suspendedAt.toUTC().toString(Qt::ISODateWithMs)
                                                      : QStringLiteral("")));
}

bool PostgresLogStore::deleteLogStream(const QString &id)
{
    return m_pg->exec("DELETE FROM log_streams WHERE id = $1", PgParams().text(id)).affected() > 0;
}

QList<LogStore::Count> PostgresLogStore::counts(qint64 granularityMs, qint64 fromMs, qint64 toMs,
                                                const QString &connectionId)
{
    const PgResult rows =
        connectionId.isEmpty()
            ? m_pg->exec("SELECT bucket_ms, connection_id, action, success, failure FROM log_counts"
                         " WHERE granularity = $1 AND bucket_ms >= $2 AND bucket_ms < $3",
                         PgParams().integer(granularityMs).integer(fromMs).integer(toMs))
            : m_pg->exec("SELECT bucket_ms, connection_id, action, success, failure FROM log_counts"
                         " WHERE granularity = $1 AND connection_id = $4 AND bucket_ms >= $2 AND bucket_ms < $3",
                         PgParams().integer(granularityMs).integer(fromMs).integer(toMs).text(connectionId));
    QList<Count> result;
    result.reserve(rows.rows());
    for (int row = 0; row < rows.rows(); ++row)
        result.append(Count{rows.integer(row, 0), rows.text(row, 1), rows.text(row, 2), rows.integer(row, 3),
                            rows.integer(row, 4)});
    return result;
}

QList<LogStore::Latest> PostgresLogStore::latest(const QString &connectionId)
{
    // Each connection's newest request, and newest failure, read backwards from the end of its index range.
    PgParams params;
    // The connections with counted events, from the hourly counts rather than from every event.
    QString connections = QStringLiteral("SELECT DISTINCT connection_id FROM log_counts WHERE granularity = 3600000");
    if (!connectionId.isEmpty()) {
        connections = QStringLiteral("SELECT $1::text AS connection_id");
        params.text(connectionId);
    }
    const PgResult rows = m_pg->execDynamic(
        QStringLiteral("SELECT c.connection_id, l.key, l.date_ms, l.status, l.action, f.key, f.date_ms, f.status,"
                       " f.action, f.description FROM (") +
            connections +
            QStringLiteral(") c CROSS JOIN LATERAL (SELECT key, date_ms, status, action FROM logs"
                           " WHERE connection_id = c.connection_id AND action <> 'revoke-sessions'"
                           " ORDER BY key DESC LIMIT 1) l"
                           " LEFT JOIN LATERAL (SELECT key, date_ms, status, action, description FROM logs"
                           " WHERE connection_id = c.connection_id AND action <> 'revoke-sessions' AND status >= 400"
                           " ORDER BY key DESC LIMIT 1) f ON true"),
        params);
    QList<Latest> result;
    result.reserve(rows.rows());
    for (int row = 0; row < rows.rows(); ++row) {
        Latest entry;
        entry.connectionId = rows.text(row, 0);
        entry.key = rows.integer(row, 1);
        entry.dateMs = rows.integer(row, 2);
        entry.status = int(rows.integer(row, 3));
        entry.action = rows.text(row, 4);
        if (!rows.isNull(row, 5)) {
            entry.failureKey = rows.integer(row, 5);
            entry.failureDateMs = rows.integer(row, 6);
            entry.failureStatus = int(rows.integer(row, 7));
            entry.failureAction = rows.text(row, 8);
            entry.failureDescription = rows.text(row, 9);
        }
        result.append(entry);
    }
    return result;
}

} // namespace scim
