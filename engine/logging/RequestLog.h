#pragma once

#include "LogIdGenerator.h"
#include "LogRecord.h"
#include "LogRetention.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>

namespace scim {

class LogStore;
class LogWriter;
class Store;
struct HttpRequest;
struct HttpResponse;
struct ScimRequestInfo;

// The request log on the engine thread: captures each SCIM request cheaply, hands records to the writer thread
// once the group-commit batch they belong to is committed (a failed commit is logged as the 503 the client
// got), and tells listeners when new events are readable.
class RequestLog : public QObject
{
    Q_OBJECT

public:
    RequestLog(Store &store, const QString &engineDatabasePath, LogRetention retention, QObject *parent = nullptr);
    ~RequestLog() override;

    void record(const HttpRequest &request, const QString &connectionId, const QString &subPath,
                const HttpResponse &response, const ScimRequestInfo &info, qint64 durationNs);
    void recordSessionsRevoked(const HttpRequest &request, const QString &connectionId, const QString &userId,
                               const QString &userName, const QJsonObject &extra);
    // Group commit: records of a batch wait for its outcome.
    void batchFinished(bool committed);
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

Q_SIGNALS:
    void eventsStored(qint64 lastKey);
    // A deactivation was committed (its revoke-sessions event is on its way to the log).
    void sessionsRevoked(const QString &connectionId, const QString &userId, const QJsonObject &extra);

private:
    LogRecord begin(const HttpRequest &request, const QString &connectionId);
    void submit(LogRecord record);
    void release(QList<LogRecord> records);

    Store &m_store;
    std::unique_ptr<LogStore> m_reader;
    LogWriter *m_writer = nullptr;
    LogIdGenerator m_ids;
    QList<LogRecord> m_pending;
    QHash<QString, QPair<QString, QString>> m_connections; // id → (name, strategy)
    qint64 m_lastStored = 0;
};

} // namespace scim
