#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "server/EngineOptions.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace scim {

class AuthFailureThrottle;
class CommitPipeline;
class ConnectionRateLimiter;
class DomainEventBus;
class HttpServer;
class LogPushHub;
class PgChangeListener;
class PostgresStore;
class LogStreamDispatcher;
class LogsApi;
class RequestLog;
class ManagementApi;
class SecurityEvents;
class ProfileService;
class ScimService;
class SessionRevocation;
class StatsEndpoints;
class Store;
class TokenService;

// The whole engine: store, token service, SCIM service and Management API behind one HTTP server, with the
// commit pipeline in between. Lives on one thread (the headless binary's main thread, or a worker thread in the
// console).
class Engine : public QObject
{
    Q_OBJECT

public:
    explicit Engine(EngineOptions options, QObject *parent = nullptr);
    ~Engine() override;

    // Opens the database and starts listening. On failure returns false and sets errorString().
    bool start();
    QString errorString() const { return m_error; }

    quint16 serverPort() const;
    QString baseUrl() const;   // http(s)://HOST:PORT as actually bound
    QString publicUrl() const; // what clients are told
    // The --admin-listen listener (0 / empty without it).
    quint16 adminPort() const;
    QString adminBaseUrl() const;
    // What the admin should know after start(): an exposed plain-HTTP Management API, a key file others can read.
    QStringList warnings() const { return m_warnings; }
    // The certificate in use ("CN=…, issued by …, valid until …"), empty without TLS.
    QString tlsSummary() const { return m_tlsSummary; }
    // Reads --tls-cert/--tls-key again (SIGHUP). A pair that does not load or check out is refused and the one in
    // use stays; `message` says which happened. New connections get the new pair; open ones keep theirs.
    bool reloadTls(QString *message);
    // Stops accepting, finishes in-flight requests, flushes and closes the database; emits stopped().
    void stop();

    // Null when request logging is off.
    RequestLog *requestLog() const { return m_requestLog; }
    // This instance's name and whether it does the work that runs once per database (always, with SQLite).
    QString instanceName() const;
    bool isLeader() const { return m_leader; }

Q_SIGNALS:
    void stopped();
    void leadershipChanged(bool leader);

private:
    // The transport-free entry point, called by the commit pipeline for each request.
    HttpResponse handle(const HttpRequest &request, quint64 transactionId);
    bool isAdmin(const HttpRequest &request) const;
    HttpResponse renderError(int status, const QString &message, const HttpRequest &request) const;
    void closeStore();
    HttpResponse handleScim(const HttpRequest &request, const QString &connectionId, const QString &subPath,
                            quint64 transactionId);
    HttpResponse handleManagement(const HttpRequest &request);
    HttpServer *createServer(HttpRequest::Listener listener);
    void serverStopped();
    HttpResponse engineInfo() const;
    // Several instances on one PostgreSQL database: what another instance changed, and who leads.
    void startListening();
    void changedElsewhere(const QString &table, const QString &id);
    void everythingChangedElsewhere();
    void setLeader(bool leader);

    EngineOptions m_options;
    QString m_error;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<ProfileService> m_profiles;
    std::unique_ptr<ScimService> m_scim;
    std::unique_ptr<ManagementApi> m_management;
    CommitPipeline *m_pipeline = nullptr;
    HttpServer *m_http = nullptr;
    HttpServer *m_adminHttp = nullptr;
    int m_runningServers = 0;
    std::unique_ptr<ConnectionRateLimiter> m_rateLimiter;
    std::unique_ptr<AuthFailureThrottle> m_authThrottle;
    QStringList m_warnings;
    QString m_tlsSummary;
    RequestLog *m_requestLog = nullptr;
    LogPushHub *m_push = nullptr;
    LogStreamDispatcher *m_dispatcher = nullptr;
    DomainEventBus *m_events = nullptr;
    SessionRevocation *m_sessions = nullptr;
    SecurityEvents *m_securityEvents = nullptr;
    std::unique_ptr<LogsApi> m_logsApi;
    std::unique_ptr<StatsEndpoints> m_stats;
    PgChangeListener *m_listener = nullptr;
    PostgresStore *m_postgres = nullptr; // m_store, when it is PostgreSQL
    QTimer *m_recheckProfiles = nullptr;
    bool m_leader = true;
    QString m_publicUrl;
};

} // namespace scim
