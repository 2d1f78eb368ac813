#include "server/Engine.h"

#include "auth/TokenService.h"
#include "common/ConstantTime.h"
#include "common/DomainEventBus.h"
#include "common/Limits.h"
#include "events/SecurityEventStore.h"
#include "events/SecurityEvents.h"
#include "http/HttpServer.h"
#include "http/TlsCredentials.h"
#include "management/LogPushHub.h"
#include "management/LogStreamDispatcher.h"
#include "management/LogsApi.h"
#include "management/ManagementApi.h"
#include "management/StatsEndpoints.h"
#include "mapping/ProfileService.h"
#include "protocol/ConnectionRateLimiter.h"
#include "protocol/ScimMessages.h"
#include "protocol/ScimService.h"
#include "protocol/schema/SchemaRegistry.h"
#include "protocol/schema/ScimError.h"
#include "requestlog/LogDatabase.h"
#include "requestlog/RequestLog.h"
#include "server/AuthFailureThrottle.h"
#include "server/Backends.h"
#include "server/CommitPipeline.h"
#include "sessions/SessionRevocation.h"
#include "storage/StoreError.h"
#include "storage/postgres/PgChangeListener.h"
#include "storage/postgres/PostgresStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSysInfo>
#include <QUrl>

namespace scim {

namespace {
const QString kScimPrefix = QStringLiteral("/scim/v2/connections/");
const QString kApiPrefix = QStringLiteral("/api/v2");

// "/scim/v2/connections/{id}/rest": the connection id and "/rest" (empty when nothing follows the id).
std::pair<QString, QString> splitScimPath(const QString &path)
{
    const qsizetype idEnd = path.indexOf(QLatin1Char('/'), kScimPrefix.size());
    return {path.mid(kScimPrefix.size(), idEnd < 0 ? -1 : idEnd - kScimPrefix.size()),
            idEnd < 0 ? QString() : path.mid(idEnd)};
}
} // namespace

Engine::Engine(EngineOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

Engine::~Engine()
{
    closeStore();
}

bool Engine::start()
{
    // TLS first: a certificate that does not load must not leave a half-started engine behind.
    QSslConfiguration tls;
    if (m_options.tls()) {
        const TlsCredentials::Result loaded = TlsCredentials::load(m_options.tlsCertificatePath, m_options.tlsKeyPath);
        if (!loaded.ok()) {
            m_error = loaded.error;
            return false;
        }
        tls = loaded.configuration;
        m_tlsSummary = loaded.summary();
        m_warnings += loaded.warnings;
    }
    try {
        m_store = Backends::openStore(m_options.databasePath);
    } catch (const StoreError &error) {
        m_error = error.message();
        return false;
    }
    m_tokens = std::make_unique<TokenService>(*m_store);
    m_profiles = std::make_unique<ProfileService>(*m_store, SchemaRegistry::standard().users());
    m_scim = std::make_unique<ScimService>(*m_store, *m_tokens, SchemaRegistry::standard());
    m_scim->setUserProjector(m_profiles.get());
    m_events = new DomainEventBus(this);
    m_scim->setEventBus(m_events);
    m_rateLimiter = std::make_unique<ConnectionRateLimiter>(*m_store);
    m_scim->setRateLimiter(m_rateLimiter.get());
    m_authThrottle = std::make_unique<AuthFailureThrottle>(m_options.authFailuresPerMinute);
    m_management = std::make_unique<ManagementApi>(*m_store, *m_tokens);
    m_management->setProfileService(m_profiles.get());
    m_management->setScimService(m_scim.get());
    m_postgres = dynamic_cast<PostgresStore *>(m_store.get());
    if (m_postgres) {
        // A follower until the listener wins the leader lock (at once, when no other instance holds it).
        m_leader = false;
        m_profiles->setRecomputeEnabled(false);
    }
    try {
        m_profiles->resumePendingWork();
        // Deactivations end sessions through the event bus, whether or not requests are logged.
        m_sessions = new SessionRevocation(*m_store, *m_events, this);
        m_sessions->setRetryBaseMs(m_options.deliveryRetryMs);
        if (m_options.requestLog) {
            const QString location = m_options.databasePath;
            m_requestLog = new RequestLog(
                *m_store, [location] { return Backends::openLogStore(location); }, m_options.logRetention, this);
            m_push = new LogPushHub(m_requestLog->database(), this);
            m_dispatcher = new LogStreamDispatcher(m_requestLog->database(), this);
            m_dispatcher->setRetryBaseMs(m_options.deliveryRetryMs);
            m_logsApi = std::make_unique<LogsApi>(*m_requestLog, *m_push, *m_dispatcher);
            m_stats = std::make_unique<StatsEndpoints>(*m_store, m_requestLog->database());
            connect(m_requestLog, &RequestLog::eventsStored, m_push, &LogPushHub::eventsStored);
            connect(m_requestLog, &RequestLog::eventsStored, m_dispatcher, &LogStreamDispatcher::wake);
            connect(m_events, &DomainEventBus::committed, m_requestLog, &RequestLog::recordEvent);
            m_dispatcher->setEnabled(m_leader);
            m_requestLog->setRetentionEnabled(m_leader);
            m_dispatcher->wake(); // streams left behind by the previous run
            // RFC 9967 security events follow the domain events; their streams live with the log streams, their
            // change queue and key in the log database (SQLite) or the shared PostgreSQL database. There every
            // instance stores the changes its requests made and may deliver; a lease per stream makes one
            // instance at a time do so (PostgresSecurityEventStore).
            {
                m_securityEvents = new SecurityEvents(Backends::openSecurityEventStore(m_options.databasePath),
                                                      m_requestLog->database(), *m_events, this);
                m_securityEvents->setRetryBaseMs(m_options.deliveryRetryMs);
                if (m_postgres)
                    m_securityEvents->setPollIntervalMs(5000);
                m_securityEvents->setRetentionDays(m_options.logRetention.days);
                m_logsApi->setSecurityEvents(m_securityEvents);
                m_scim->setSecurityEvents(m_securityEvents->serviceProviderConfig());
                connect(m_securityEvents, &SecurityEvents::serviceProviderConfigChanged, this,
                        [this](const QJsonObject &securityEvents) { m_scim->setSecurityEvents(securityEvents); });
            }
        }
        if (m_postgres)
            startListening();
    } catch (const StoreError &error) {
        m_error = error.message();
        closeStore();
        return false;
    }
    // The log endpoints share the Management API's router (and say so when logging is off).
    if (m_logsApi) {
        m_logsApi->addRoutes(m_management->router());
        m_stats->addRoutes(m_management->router());
    } else
        LogsApi::addDisabledRoutes(m_management->router());

    const auto renderer = [this](int status, const QString &message, const HttpRequest &request) {
        return renderError(status, message, request);
    };
    // Requests that arrive together share one transaction (group commit): see CommitPipeline.
    m_pipeline = new CommitPipeline(
        [this](const HttpRequest &request, quint64 transactionId) { return handle(request, transactionId); }, this);
    m_pipeline->setTransaction([this] { m_store->beginBatch(); }, [this] { return m_store->commitBatch(); });
    m_pipeline->setErrorRenderer(renderer);
    if (m_postgres) {
        // Several instances on one database can deadlock (or conflict) with each other: such a batch runs again.
        PostgresStore *store = m_postgres;
        m_pipeline->setRetry([store] { return store->batchNeedsRetry(); }, [store] { store->rollbackBatch(); });
        // Every read is a round trip to the server: a batch's GETs read in one (what the engine did before is
        // in docs/benchmark.md, "Reading ahead on PostgreSQL").
        m_pipeline->setReadAhead([this, store](const QList<HttpRequest> &requests) {
            QList<ReadAheadKey> keys;
            for (const HttpRequest &request : requests) {
                if (!request.path.startsWith(kScimPrefix) ||
                    (m_options.adminListen && request.listener == HttpRequest::Listener::Admin))
                    continue;
                const auto [connectionId, rest] = splitScimPath(request.path);
                if (std::optional<ReadAheadKey> key = m_scim->readAheadKey(request, connectionId, rest))
                    keys.append(std::move(*key));
            }
            store->readAhead(keys); // also when empty: what an earlier batch read is not served again
        });
    }
    // The bus first: revoke-sessions records join the batch's records before the log releases them.
    m_pipeline->addListener(m_events);
    if (m_requestLog)
        m_pipeline->addListener(m_requestLog);
    if (m_securityEvents)
        m_pipeline->addListener(m_securityEvents->batchListener());
    m_http = createServer(HttpRequest::Listener::Main);
    if (m_options.adminListen)
        m_adminHttp = createServer(HttpRequest::Listener::Admin);
    for (HttpServer *server : {m_http, m_adminHttp}) {
        if (!server)
            continue;
        server->setErrorRenderer(renderer);
        if (!tls.isNull())
            server->setTlsConfiguration(tls);
        const bool admin = server == m_adminHttp;
        const QString host = admin ? m_options.adminListenHost : m_options.listenHost;
        const quint16 port = admin ? m_options.adminPort : m_options.port;
        if (!server->listen(admin ? m_options.adminListenAddress : m_options.listenAddress, port)) {
            m_error = QStringLiteral("Cannot listen on %1:%2: %3").arg(host).arg(port).arg(server->errorString());
            delete m_http;
            m_http = nullptr;
            delete m_adminHttp;
            m_adminHttp = nullptr;
            closeStore();
            return false;
        }
    }
    // Whoever reaches the Management API can mint SCIM tokens: say so when it is exposed without TLS.
    const QHostAddress &management = m_options.adminListen ? m_options.adminListenAddress : m_options.listenAddress;
    if (!m_options.tls() && !management.isLoopback())
        m_warnings.append(
            QStringLiteral("The Management API is served without TLS on %1, which is not a loopback address: the "
                           "admin token and the SCIM tokens it creates cross the network in clear text. Serve HTTPS "
                           "(--tls-cert, --tls-key), or move the Management API to a loopback address with "
                           "--admin-listen 127.0.0.1:PORT.")
                .arg(m_options.adminListen ? m_options.adminListenHost : m_options.listenHost));
    m_publicUrl = m_options.publicUrl.isEmpty() ? baseUrl() : m_options.publicUrl;
    m_scim->setPublicBaseUrl(m_publicUrl);
    m_management->setPublicBaseUrl(m_publicUrl);
    m_management->setTenantName(QUrl(m_publicUrl).host());
    if (m_logsApi)
        m_logsApi->setPublicBaseUrl(m_publicUrl);
    if (m_sessions)
        m_sessions->setIssuer(m_publicUrl);
    if (m_securityEvents)
        m_securityEvents->setIssuer(m_publicUrl);
    for (HttpServer *server : {m_http, m_adminHttp}) {
        if (!server)
            continue;
        ++m_runningServers;
        connect(server, &HttpServer::shutdownComplete, this, &Engine::serverStopped);
    }
    return true;
}

HttpServer *Engine::createServer(HttpRequest::Listener listener)
{
    auto *server = new HttpServer(
        [this](const HttpRequest &request, const HttpResponder &responder) {
            if (m_pipeline)
                m_pipeline->handle(request, responder);
            else
                responder.send(renderError(503, QStringLiteral("The engine is shutting down"), request));
        },
        this);
    server->setListener(listener);
    // The largest body we accept anywhere; SCIM enforces its own 1 MiB limit with a SCIM error.
    server->setMaxBodySize(Limits::kMaxRequestBodyBytes);
    server->setHeaderTimeout(m_options.headerTimeoutMs);
    server->setConnectionLimits(m_options.maxConnections, m_options.maxConnectionsPerAddress);
    return server;
}

void Engine::serverStopped()
{
    if (--m_runningServers > 0)
        return;
    closeStore();
    Q_EMIT stopped();
}

bool Engine::reloadTls(QString *message)
{
    if (!m_options.tls()) {
        *message = QStringLiteral("tls: not serving TLS (no --tls-cert); nothing to reload");
        return false;
    }
    const TlsCredentials::Result loaded = TlsCredentials::load(m_options.tlsCertificatePath, m_options.tlsKeyPath);
    if (!loaded.ok()) {
        *message = QStringLiteral("tls: reload refused, still serving %1: %2").arg(m_tlsSummary, loaded.error);
        return false;
    }
    for (HttpServer *server : {m_http, m_adminHttp}) {
        if (server)
            server->setTlsConfiguration(loaded.configuration);
    }
    const bool unchanged = loaded.summary() == m_tlsSummary;
    m_tlsSummary = loaded.summary();
    *message = QStringLiteral("tls: reloaded, new connections get %1").arg(m_tlsSummary);
    // systemd copies LoadCredential= files once, when the service starts (systemd 252 in Debian 12 cannot refresh
    // them): a reload after renewing the originals reads the old copies. Say so instead of a silent success.
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (unchanged && !credentials.isEmpty() &&
        QFileInfo(m_options.tlsCertificatePath).absoluteFilePath().startsWith(QDir(credentials).absolutePath() + u'/'))
        *message += QStringLiteral("\ntls: warning: the certificate is unchanged: %1 is the copy systemd made when the "
                                   "service started (LoadCredential=), which a reload does not renew; restart the "
                                   "service (systemctl restart scim-engine) to serve renewed files")
                        .arg(m_options.tlsCertificatePath);
    for (const QString &warning : loaded.warnings)
        *message += QStringLiteral("\ntls: warning: ") + warning;
    return true;
}

quint16 Engine::serverPort() const
{
    return m_http ? m_http->serverPort() : 0;
}

QString Engine::baseUrl() const
{
    QString host = m_options.listenHost;
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("%1://%2:%3")
        .arg(m_options.tls() ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(serverPort());
}

quint16 Engine::adminPort() const
{
    return m_adminHttp ? m_adminHttp->serverPort() : 0;
}

QString Engine::adminBaseUrl() const
{
    if (!m_adminHttp)
        return QString();
    QString host = m_options.adminListenHost;
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("%1://%2:%3")
        .arg(m_options.tls() ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(adminPort());
}

QString Engine::publicUrl() const
{
    return m_publicUrl;
}

void Engine::stop()
{
    if (!m_http) {
        Q_EMIT stopped();
        return;
    }
    m_http->shutdown();
    if (m_adminHttp)
        m_adminHttp->shutdown();
}

void Engine::closeStore()
{
    delete m_listener; // its signals reach into everything below
    m_listener = nullptr;
    m_postgres = nullptr;
    // What the last batch holds is committed while everything it involves is still there.
    if (m_pipeline) {
        m_pipeline->commit();
        delete m_pipeline;
        m_pipeline = nullptr;
    }
    // The log goes first: it reads connection names from the store while it drains.
    m_logsApi.reset();
    m_stats.reset();
    delete m_push;
    m_push = nullptr;
    delete m_dispatcher;
    m_dispatcher = nullptr;
    delete m_sessions;
    m_sessions = nullptr;
    delete m_securityEvents; // reads its streams through the request log's database
    m_securityEvents = nullptr;
    if (m_requestLog) {
        m_requestLog->stop();
        delete m_requestLog;
        m_requestLog = nullptr;
    }
    if (m_tokens) {
        try {
            m_tokens->flush();
        } catch (const StoreError &error) {
            qWarning("engine: could not save token usage: %s", qUtf8Printable(error.message()));
        }
    }
    m_management.reset();
    if (m_scim)
        m_scim->setRateLimiter(nullptr);
    m_rateLimiter.reset();
    m_scim.reset();
    m_profiles.reset();
    m_tokens.reset();
    m_store.reset();
}

bool Engine::isAdmin(const HttpRequest &request) const
{
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.size() < 8 || qstrnicmp(authorization.constData(), "bearer ", 7) != 0)
        return false;
    return constantTimeEquals(authorization.mid(7).trimmed(), m_options.adminToken.toUtf8());
}

HttpResponse Engine::renderError(int status, const QString &message, const HttpRequest &request) const
{
    if (request.path.startsWith(QLatin1String("/scim/")))
        return ScimMessages::error(ScimError(status, QString(), message));
    return ManagementApi::errorResponse(status, message);
}

HttpResponse Engine::handle(const HttpRequest &request, quint64 transactionId)
{
    if (!m_store)
        return renderError(503, QStringLiteral("The engine is shutting down"), request);
    const QString &path = request.path;
    const bool adminListener = request.listener == HttpRequest::Listener::Admin;
    if (path.startsWith(kScimPrefix)) {
        if (m_options.adminListen && adminListener)
            return ScimMessages::error(ScimError::notFound(
                QStringLiteral("SCIM is not served on the admin listener; use the engine's SCIM address")));
        const auto [connectionId, rest] = splitScimPath(path);
        return handleScim(request, connectionId, rest, transactionId);
    }
    if (path == kApiPrefix || path.startsWith(kApiPrefix + QLatin1Char('/'))) {
        // With --admin-listen the SCIM listener does not even admit that the Management API exists.
        if (m_options.adminListen && !adminListener)
            return ManagementApi::errorResponse(404, QStringLiteral("Not Found"));
        // Every answer of the Management API may carry a secret (token creation, log stream credentials).
        HttpResponse response = handleManagement(request);
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return response;
    }
    if (path.startsWith(QLatin1String("/scim/")))
        return ScimMessages::error(ScimError::notFound(QStringLiteral(
            "No SCIM endpoint at this path; SCIM endpoints are /scim/v2/connections/{connection_id}/…")));
    // The public keys of ES256 security event tokens, for SET receivers (no credential needed).
    if (path == QLatin1String("/.well-known/jwks.json") && request.method == "GET") {
        HttpResponse response = HttpResponse::json(
            200, m_securityEvents ? m_securityEvents->jwks() : QJsonObject{{QStringLiteral("keys"), QJsonArray()}},
            QByteArrayLiteral("application/jwk-set+json"));
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public, max-age=300"));
        return response;
    }
    if (path == QLatin1String("/healthz") && request.method == "GET")
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}},
                                  QByteArrayLiteral("application/json"));
    return ManagementApi::errorResponse(404, QStringLiteral("Not Found"));
}

HttpResponse Engine::handleManagement(const HttpRequest &request)
{
    if (const int retryAfter = m_authThrottle->retryAfter(request.peer)) {
        HttpResponse response = ManagementApi::errorResponse(
            429, QStringLiteral("Too many failed authentications from your address; retry after %1 s").arg(retryAfter),
            QStringLiteral("too_many_requests"));
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
        return response;
    }
    if (m_options.adminToken.isEmpty() || !isAdmin(request)) {
        m_authThrottle->recordFailure(request.peer);
        HttpResponse response = ManagementApi::errorResponse(401, request.header("authorization").isEmpty()
                                                                      ? QStringLiteral("Missing authentication")
                                                                      : QStringLiteral("Invalid token"));
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"Management API\""));
        return response;
    }
    const QString rest = request.path.mid(kApiPrefix.size());
    if (rest == QLatin1String("/engine")) {
        if (request.method != "GET")
            return ManagementApi::errorResponse(405, QStringLiteral("Use GET"));
        return engineInfo();
    }
    if (request.method != "GET" && rest.startsWith(QLatin1String("/connections"))) {
        if (m_requestLog)
            m_requestLog->forgetConnections(); // names in new log events follow renames
        m_rateLimiter->forgetSettings();       // and limits follow options.rate_limit
    }
    return m_management->handle(request);
}

HttpResponse Engine::handleScim(const HttpRequest &request, const QString &connectionId, const QString &subPath,
                                quint64 transactionId)
{
    QElapsedTimer timer;
    timer.start();
    ScimRequestInfo info;
    info.transactionId = transactionId;
    HttpResponse response;
    if (const int retryAfter = m_authThrottle->retryAfter(request.peer)) {
        // Throttled before the token is looked at, and logged like any refused request.
        response = ScimMessages::error(ScimError(
            429, QString(),
            QStringLiteral("Too many failed authentications from your address; retry after %1 s").arg(retryAfter)));
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
    } else {
        response = m_scim->handle(request, connectionId, subPath, &info);
        if (response.status == 401)
            m_authThrottle->recordFailure(request.peer);
    }
    if (m_requestLog)
        m_requestLog->record(request, connectionId, subPath, response, info, timer.nsecsElapsed());
    return response;
}

QString Engine::instanceName() const
{
    if (!m_options.instanceName.isEmpty())
        return m_options.instanceName;
    return QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(serverPort());
}

HttpResponse Engine::engineInfo() const
{
    // Which database and which instance this is: the console shows both in its status bar. No password ever.
    return HttpResponse::json(
        200,
        QJsonObject{{QStringLiteral("version"), QStringLiteral(SCIM_VERSION_STRING)},
                    {QStringLiteral("backend"), m_postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
                    {QStringLiteral("database"), Backends::describe(m_options.databasePath)},
                    {QStringLiteral("instance"), instanceName()},
                    {QStringLiteral("leader"), m_leader}},
        QByteArrayLiteral("application/json"));
}

void Engine::startListening()
{
    m_listener = new PgChangeListener(m_options.databasePath, this);
    connect(m_listener, &PgChangeListener::changed, this, &Engine::changedElsewhere);
    connect(m_listener, &PgChangeListener::everythingChanged, this, &Engine::everythingChangedElsewhere);
    connect(m_listener, &PgChangeListener::leadershipChanged, this, &Engine::setLeader);
    if (m_requestLog)
        connect(m_listener, &PgChangeListener::logsStored, m_requestLog, &RequestLog::storedElsewhere);
    // A map changed on any instance: the leader looks for profiles to recompute (once for a burst of changes).
    m_recheckProfiles = new QTimer(this);
    m_recheckProfiles->setSingleShot(true);
    m_recheckProfiles->setInterval(100);
    connect(m_recheckProfiles, &QTimer::timeout, this, [this] {
        if (!m_leader || !m_profiles)
            return;
        try {
            m_profiles->resumePendingWork();
        } catch (const StoreError &error) {
            qWarning("profiles: %s", qUtf8Printable(error.message()));
        }
    });
    m_listener->start(); // throws StoreError: start() fails cleanly
}

void Engine::changedElsewhere(const QString &table, const QString &id)
{
    if (table == QLatin1String("scim_tokens")) {
        if (m_tokens)
            m_tokens->forgetToken(id);
    } else if (table == QLatin1String("scim_configurations")) {
        if (m_postgres)
            m_postgres->forgetConfiguration(id);
        if (m_recheckProfiles)
            m_recheckProfiles->start();
    } else if (table == QLatin1String("connections")) {
        if (m_postgres)
            m_postgres->forgetConfiguration(id);
        if (m_requestLog)
            m_requestLog->forgetConnections();
        if (m_rateLimiter)
            m_rateLimiter->forgetSettings(); // options.rate_limit changed on another instance
    } else if (table == QLatin1String("log_streams")) {
        if (m_dispatcher)
            m_dispatcher->changedElsewhere(id);
        // A SET stream created elsewhere: this instance publishes too. No reset of its delivery state: this
        // notification also follows this instance's own changes, and the API reset it then already.
        if (m_securityEvents)
            m_securityEvents->streamsChanged();
    } else if (table == QLatin1String("security_events")) {
        if (m_securityEvents)
            m_securityEvents->storedElsewhere();
    }
}

void Engine::everythingChangedElsewhere()
{
    if (m_postgres)
        m_postgres->dropCaches();
    if (m_tokens)
        m_tokens->forgetAll();
    if (m_requestLog)
        m_requestLog->forgetConnections();
    if (m_rateLimiter)
        m_rateLimiter->forgetSettings();
    if (m_dispatcher) {
        m_dispatcher->invalidate();
        m_dispatcher->wake();
    }
    if (m_securityEvents)
        m_securityEvents->streamsChanged();
    if (m_recheckProfiles)
        m_recheckProfiles->start();
}

void Engine::setLeader(bool leader)
{
    if (leader == m_leader)
        return;
    m_leader = leader;
    qInfo("engine: %s",
          leader ? "this instance leads (log streams, retention, profile recompute)" : "another instance leads");
    if (m_profiles) {
        m_profiles->setRecomputeEnabled(leader);
        if (leader && m_recheckProfiles)
            m_recheckProfiles->start();
    }
    if (m_requestLog)
        m_requestLog->setRetentionEnabled(leader);
    if (m_dispatcher)
        m_dispatcher->setEnabled(leader);
    Q_EMIT leadershipChanged(leader);
}

} // namespace scim
