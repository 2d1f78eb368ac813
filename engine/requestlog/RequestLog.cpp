#include "requestlog/RequestLog.h"

#include "common/DomainEvent.h"
#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "protocol/ScimRequestInfo.h"
#include "requestlog/LogStore.h"
#include "requestlog/LogWriter.h"
#include "storage/Store.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace scim {

RequestLog::RequestLog(Store &store, const LogStore::Opener &open, LogRetention retention, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_reader = open(); // creates the schema before the writer opens it
    m_lastStored = m_reader->maxKey();
    m_ids.seed(m_lastStored);
    m_writer = new LogWriter(open, retention, this);
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

QByteArray RequestLog::redactedCredential(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space < 0)
        return QByteArrayLiteral("[redacted]");
    const QByteArray credential = trimmed.mid(space + 1).trimmed();
    // The first four characters name the kind of credential (tok_ for ours) and reveal nothing of the secret.
    return trimmed.left(space) + ' ' + credential.left(qMin<qsizetype>(4, credential.size() / 4)) + "…[redacted]";
}

LogRecord RequestLog::begin(const HttpRequest &request, const QString &connectionId)
{
    LogRecord record;
    record.dateMs = QDateTime::currentMSecsSinceEpoch();
    record.key = m_ids.next(record.dateMs);
    record.connectionId = connectionId;
    const QPair<QString, QString> &names = connectionNames(connectionId);
    record.connectionName = names.first;
    record.strategy = names.second;
    record.method = request.method;
    record.query = request.query;
    qsizetype size = 0;
    for (const auto &[name, value] : request.headers)
        size += name.size() + value.size() + 3;
    record.headers.reserve(size);
    for (const auto &[name, value] : request.headers) {
        if (name == "authorization" || name == "proxy-authorization") {
            // Secrets never even reach the queue, but that a credential was sent, and which kind, is what a failed
            // authentication is diagnosed with: "Bearer tok_…[redacted]".
            record.headers.append(name).append(": ", 2).append(redactedCredential(value)).append('\n');
            continue;
        }
        if (name == "cookie") {
            record.headers.append("cookie: [redacted]\n");
            continue;
        }
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
    record.transactionId = info.transactionId;
    record.tokenId = info.tokenId;
    record.userId = info.userId;
    record.userName = info.userName;
    record.durationNs = durationNs;
    // What the request sent that its writes did not store as declared attributes (docs/schemas.md).
    if (!info.ignoredAttributes.isEmpty())
        record.extra.insert(QStringLiteral("ignored_attributes"), QJsonArray::fromStringList(info.ignoredAttributes));
    if (!info.undeclaredAttributes.isEmpty())
        record.extra.insert(QStringLiteral("undeclared_attributes"),
                            QJsonArray::fromStringList(info.undeclaredAttributes));
    submit(std::move(record));
}

const QPair<QString, QString> &RequestLog::connectionNames(const QString &connectionId)
{
    auto it = m_connections.constFind(connectionId);
    if (it == m_connections.constEnd()) {
        QPair<QString, QString> names;
        if (const std::optional<Connection> connection = m_store.connection(connectionId))
            names = {connection->name, connection->strategy};
        it = m_connections.insert(connectionId, names);
    }
    return *it;
}

void RequestLog::recordEvent(const DomainEvent &event)
{
    if (event.kind != DomainEvent::Kind::SessionsRevoked)
        return;
    LogRecord record;
    record.kind = LogRecord::Kind::SessionsRevoked;
    record.transactionId = event.transactionId;
    record.dateMs = QDateTime::currentMSecsSinceEpoch();
    record.key = m_ids.next(record.dateMs);
    record.connectionId = event.connectionId;
    record.status = 200;
    record.userId = event.resourceId;
    record.extra = event.details;
    // The request that deactivated the user is still waiting for its batch (the event bus hears of the commit
    // before the log does); its record gives the request line and headers.
    const auto request = std::find_if(m_pending.crbegin(), m_pending.crend(), [&event](const LogRecord &pending) {
        return pending.kind == LogRecord::Kind::Request && pending.transactionId == event.transactionId;
    });
    if (request != m_pending.crend()) {
        record.connectionName = request->connectionName;
        record.strategy = request->strategy;
        record.method = request->method;
        record.subPath = request->subPath;
        record.query = request->query;
        record.headers = request->headers;
        record.peer = request->peer;
        record.userName = request->userId == event.resourceId ? request->userName : QString();
    } else {
        const QPair<QString, QString> &names = connectionNames(event.connectionId);
        record.connectionName = names.first;
        record.strategy = names.second;
    }
    submit(std::move(record));
}

void RequestLog::submit(LogRecord record)
{
    if (m_inBatch)
        m_pending.append(std::move(record));
    else
        m_writer->enqueue(record);
}

void RequestLog::batchCommitted()
{
    m_inBatch = false;
    if (m_pending.isEmpty())
        return;
    QList<LogRecord> records = std::exchange(m_pending, {});
    m_pending.reserve(qMax<qsizetype>(64, records.size())); // no regrowth while the next batch is captured
    m_writer->enqueue(records);
}

void RequestLog::batchDiscarded()
{
    // The requests are handled (and recorded) again.
    m_inBatch = false;
    m_pending.clear();
}

void RequestLog::batchRolledBack(const std::function<HttpResponse(quint64)> &answerOf)
{
    m_inBatch = false;
    if (m_pending.isEmpty())
        return;
    QList<LogRecord> records = std::exchange(m_pending, {});
    // The log says what the clients heard instead.
    for (LogRecord &record : records) {
        const HttpResponse answer = answerOf(record.transactionId);
        record.status = answer.status;
        record.responseBody = answer.body;
    }
    m_writer->enqueue(records);
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
        m_writer->enqueue(std::exchange(m_pending, {}));
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
