#pragma once

#include "common/BatchListener.h"
#include "requestlog/LogIdGenerator.h"
#include "requestlog/LogRecord.h"
#include "requestlog/LogRetention.h"
#include "requestlog/LogStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>

namespace scim {

class LogWriter;
class Store;
struct DomainEvent;
struct HttpRequest;
struct ScimRequestInfo;

// The request log on the engine thread: captures each SCIM request cheaply, hands records to the writer thread
// once the group-commit batch they belong to is committed (after a rolled-back batch, each request is logged with
// the answer the commit pipeline gave instead), and tells listeners when new events are readable.
class RequestLog : public QObject, public BatchListener
{
    Q_OBJECT

public:
    // `open` makes a log store; called here for the engine thread's reads and on the writer's thread for its own.
    RequestLog(Store &store, const LogStore::Opener &open, LogRetention retention, QObject *parent = nullptr);
    ~RequestLog() override;

    void record(const HttpRequest &request, const QString &connectionId, const QString &subPath,
                const HttpResponse &response, const ScimRequestInfo &info, qint64 durationNs);
    // A committed domain event: SessionsRevoked becomes the revoke-sessions event of the request that caused it
    // (same request line and headers, no bodies); other kinds are not logged.
    void recordEvent(const DomainEvent &event);
    // Group commit: records of a batch wait for its outcome.
    void batchBegan() override { m_inBatch = true; }
    void batchCommitted() override;
    void batchDiscarded() override;
    void batchRolledBack(const std::function<HttpResponse(quint64)> &answerOf) override;
    // Connection names are cached; the Management API calls this when connections change.
    void forgetConnections() { m_connections.clear(); }

    // Blocks until every recorded event is stored (tests, shutdown).
    void flush();
    void stop();

    // The engine thread's read access to the log database (Management API, push, log streams).
    LogStore &database() { return *m_reader; }
    // Another engine instance on the same database stored events up to `lastKey`.
    void storedElsewhere(qint64 lastKey);
    // Whether this instance enforces retention (the leader, with PostgreSQL).
    void setRetentionEnabled(bool enabled);
    qint64 lastStoredKey() const { return m_lastStored; }

    // An Authorization value as the log shows it: the scheme and at most four leading characters.
    static QByteArray redactedCredential(const QByteArray &value);

Q_SIGNALS:
    void eventsStored(qint64 lastKey);

private:
    LogRecord begin(const HttpRequest &request, const QString &connectionId);
    // The connection's name and strategy, cached.
    const QPair<QString, QString> &connectionNames(const QString &connectionId);
    void submit(LogRecord record);
    void release(QList<LogRecord> records);

    Store &m_store;
    std::unique_ptr<LogStore> m_reader;
    LogWriter *m_writer = nullptr;
    LogIdGenerator m_ids;
    QList<LogRecord> m_pending;
    bool m_inBatch = false;
    QHash<QString, QPair<QString, QString>> m_connections; // id → (name, strategy)
    qint64 m_lastStored = 0;
};

} // namespace scim
