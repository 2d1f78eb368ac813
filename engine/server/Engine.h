#pragma once

#include "EngineOptions.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace scim {

class BackchannelLogout;
class PgChangeListener;
class PostgresStore;
class HttpServer;
class LogPushHub;
class LogStreamDispatcher;
class LogsApi;
class RequestLog;
class ManagementApi;
class ProfileService;
class ScimService;
class Store;
class TokenService;

// The whole engine: store, token service, SCIM service and Management API behind one HTTP server.
// Lives on one thread (the headless binary's main thread, or a worker thread in the console).
class Engine : public QObject
{
    Q_OBJECT

public:
    explicit Engine(EngineOptions options, QObject *parent = nullptr);
    ~Engine() override;

    // Opens the database and starts listening. On failure returns false and sets errorString().
    bool start();
    QString errorString() const { return m_error; }

    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    QString baseUrl() const;   // http://HOST:PORT as actually bound
    QString publicUrl() const; // what clients are told
    const EngineOptions &options() const { return m_options; }

    // The transport-free entry point (the HTTP server calls this; tests may too).
    HttpResponse handle(const HttpRequest &request);

    // Stops accepting, finishes in-flight requests, flushes and closes the database; emits stopped().
    void stop();

    ScimService *scimService() const { return m_scim.get(); }
    // Null when request logging is off.
    RequestLog *requestLog() const { return m_requestLog; }
    // This instance's name and whether it does the work that runs once per database (always with SQLite).
    QString instanceName() const;
    bool isLeader() const { return m_leader; }

Q_SIGNALS:
    void stopped();
    void leadershipChanged(bool leader);

private:
    bool isAdmin(const HttpRequest &request) const;
    HttpResponse renderError(int status, const QString &message, const HttpRequest &request) const;
    void closeStore();
    HttpResponse handleScim(const HttpRequest &request, const QString &connectionId, const QString &subPath);
    void revokeSessions(const QString &connectionId, const QString &userId, const QJsonObject &extra);
    HttpResponse engineInfo() const;
    // Several instances on one PostgreSQL database: what another instance changed, and who leads.
    void startListening(PostgresStore &store);
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
    HttpServer *m_http = nullptr;
    RequestLog *m_requestLog = nullptr;
    LogPushHub *m_push = nullptr;
    LogStreamDispatcher *m_dispatcher = nullptr;
    BackchannelLogout *m_backchannel = nullptr;
    std::unique_ptr<LogsApi> m_logsApi;
    PgChangeListener *m_listener = nullptr;
    PostgresStore *m_postgres = nullptr; // m_store, when it is PostgreSQL
    QTimer *m_recheckProfiles = nullptr;
    bool m_leader = true;
    QString m_publicUrl;
};

} // namespace scim
