#include "RequestLog.h"

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "LogStore.h"
#include "LogWriter.h"
#include "ScimRequestInfo.h"
#include "Store.h"

#include <QDateTime>

namespace scim {

RequestLog::RequestLog(Store &store, const QString &engineDatabasePath, LogRetention retention, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_reader = LogStore::open(engineDatabasePath); // creates the schema before the writer opens it
    m_lastStored = m_reader->maxKey();
    m_ids.seed(m_lastStored);
    m_writer = new LogWriter(engineDatabasePath, retention, this);
    connect(m_writer, &LogWriter::stored, this, [this](qint64 lastKey) {
        if (lastKey <= m_lastStored)
            return;
        m_lastStored = lastKey;
        Q_EMIT eventsStored(lastKey);
    });
    m_writer->start();
}

RequestLog::~RequestLog()
{
    stop();
}

LogRecord RequestLog::begin(const HttpRequest &request, const QString &connectionId)
{
    LogRecord record;
    record.dateMs = QDateTime::currentMSecsSinceEpoch();
    record.key = m_ids.next(record.dateMs);
    record.connectionId = connectionId;
    auto it = m_connections.constFind(connectionId);
    if (it == m_connections.constEnd()) {
        QPair<QString, QString> names;
        if (const std::optional<Connection> connection = m_store.connection(connectionId))
            names = {connection->name, connection->strategy};
        it = m_connections.insert(connectionId, names);
    }
    record.connectionName = it->first;
    record.strategy = it->second;
    record.method = request.method;
    record.query = request.query;
    qsizetype size = 0;
    for (const auto &[name, value] : request.headers)
        size += name.size() + value.size() + 3;
    record.headers.reserve(size);
    for (const auto &[name, value] : request.headers) {
        if (name == "authorization" || name == "cookie" || name == "proxy-authorization")
            continue; // secrets never even reach the queue
        record.headers.append(name).append(": ", 2).append(value).append('\n');
    }
    if (!request.body.isEmpty())
        record.requestBody = QByteArray(request.body.constData(), request.body.size());
    record.peer = request.peer;
    return record;
}

void RequestLog::record(const HttpRequest &request, const QString &connectionId, const QString &subPath,
                        const HttpResponse &response, const ScimRequestInfo &info, qint64 durationNs)
{
    LogRecord record = begin(request, connectionId);
    record.subPath = subPath;
    record.status = response.status;
    // Successful reads are logged without their response body (docs/logs.md); the rest keep a copy.
    const bool read = request.method == "GET" || subPath.endsWith(QLatin1String(".search"));
    if ((response.status >= 400 || !read) && !response.body.isEmpty())
        record.responseBody = QByteArray(response.body.constData(), response.body.size());
    record.tokenId = info.tokenId;
    record.userId = info.userId;
    record.userName = info.userName;
    record.durationNs = durationNs;
    submit(std::move(record));
}

void RequestLog::recordSessionsRevoked(const HttpRequest &request, const QString &connectionId, const QString &userId,
                                       const QString &userName, const QJsonObject &extra)
{
    LogRecord record = begin(request, connectionId);
    record.kind = LogRecord::Kind::SessionsRevoked;
    record.subPath = request.path.mid(QStringLiteral("/scim/v2/connections/").size() + connectionId.size());
    record.status = 200;
    record.requestBody.clear();
    record.userId = userId;
    record.userName = userName;
    record.extra = extra;
    submit(std::move(record));
}

void RequestLog::submit(LogRecord record)
{
    if (m_store.inBatch()) {
        m_pending.append(std::move(record));
        return;
    }
    if (record.kind == LogRecord::Kind::SessionsRevoked) {
        release({std::move(record)});
        return;
    }
    m_writer->enqueue(record);
}

void RequestLog::release(QList<LogRecord> records)
{
    QList<LogRecord> revoked;
    for (const LogRecord &record : std::as_const(records)) {
        if (record.kind == LogRecord::Kind::SessionsRevoked)
            revoked.append(record);
    }
    m_writer->enqueue(records);
    for (const LogRecord &record : std::as_const(revoked))
        Q_EMIT sessionsRevoked(record.connectionId, record.userId, record.extra);
}

void RequestLog::batchFinished(bool committed)
{
    if (m_pending.isEmpty())
        return;
    QList<LogRecord> records = std::exchange(m_pending, {});
    m_pending.reserve(qMax<qsizetype>(64, records.size())); // no regrowth while the next batch is captured
    if (!committed) {
        // The clients were told 503; the log says what they heard.
        for (LogRecord &record : records) {
            if (record.kind == LogRecord::Kind::SessionsRevoked)
                continue;
            record.status = 503;
            record.responseBody = QByteArrayLiteral(
                R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"503","detail":"The change could not be saved; please retry"})");
        }
        // Nothing was stored, so nobody was deactivated.
        records.removeIf([](const LogRecord &record) { return record.kind == LogRecord::Kind::SessionsRevoked; });
    }
    release(std::move(records));
}

void RequestLog::storedElsewhere(qint64 lastKey)
{
    if (lastKey <= m_lastStored)
        return;
    m_lastStored = lastKey;
    Q_EMIT eventsStored(lastKey);
}

void RequestLog::setRetentionEnabled(bool enabled)
{
    if (m_writer)
        m_writer->setRetentionEnabled(enabled);
}

void RequestLog::flush()
{
    if (!m_pending.isEmpty())
        release(std::exchange(m_pending, {}));
    m_writer->flush();
    const qint64 stored = m_reader->maxKey();
    if (stored > m_lastStored) {
        m_lastStored = stored;
        Q_EMIT eventsStored(stored);
    }
}

void RequestLog::stop()
{
    if (!m_writer)
        return;
    if (!m_pending.isEmpty())
        m_writer->enqueue(std::exchange(m_pending, {}));
    m_writer->stopAndWait();
}

} // namespace scim
