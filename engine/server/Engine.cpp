#include "server/Engine.h"

#include "auth/TokenService.h"
#include "common/ConstantTime.h"
#include "common/DomainEventBus.h"
#include "common/Limits.h"
#include "http/HttpServer.h"
#include "management/LogPushHub.h"
#include "management/LogStreamDispatcher.h"
#include "management/LogsApi.h"
#include "management/ManagementApi.h"
#include "management/StatsEndpoints.h"
#include "mapping/ProfileService.h"
#include "protocol/ScimMessages.h"
#include "protocol/ScimService.h"
#include "protocol/schema/SchemaRegistry.h"
#include "protocol/schema/ScimError.h"
#include "requestlog/RequestLog.h"
#include "server/CommitPipeline.h"
#include "sessions/SessionRevocation.h"
#include "storage/StoreError.h"
#include "storage/sqlite/SqliteStore.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QUrl>

namespace scim {

namespace {
const QString kScimPrefix = QStringLiteral("/scim/v2/connections/");
const QString kApiPrefix = QStringLiteral("/api/v2");
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
    try {
        m_store = std::make_unique<SqliteStore>(m_options.databasePath);
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
    m_management = std::make_unique<ManagementApi>(*m_store, *m_tokens);
    m_management->setProfileService(m_profiles.get());
    m_management->setScimService(m_scim.get());
    try {
        m_profiles->resumePendingWork();
        // Deactivations end sessions through the event bus, whether or not requests are logged.
        m_sessions = new SessionRevocation(*m_store, *m_events, this);
        m_sessions->setRetryBaseMs(m_options.deliveryRetryMs);
        if (m_options.requestLog) {
            m_requestLog = new RequestLog(*m_store, m_options.databasePath, m_options.logRetention, this);
            m_push = new LogPushHub(m_requestLog->database(), this);
            m_dispatcher = new LogStreamDispatcher(m_requestLog->database(), this);
            m_dispatcher->setRetryBaseMs(m_options.deliveryRetryMs);
            m_logsApi = std::make_unique<LogsApi>(*m_requestLog, *m_push, *m_dispatcher);
            m_stats = std::make_unique<StatsEndpoints>(*m_store, m_requestLog->database());
            connect(m_requestLog, &RequestLog::eventsStored, m_push, &LogPushHub::eventsStored);
            connect(m_requestLog, &RequestLog::eventsStored, m_dispatcher, &LogStreamDispatcher::wake);
            connect(m_events, &DomainEventBus::committed, m_requestLog, &RequestLog::recordEvent);
            m_dispatcher->wake(); // streams left behind by the previous run
        }
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
    // The bus first: revoke-sessions records join the batch's records before the log releases them.
    m_pipeline->addListener(m_events);
    if (m_requestLog)
        m_pipeline->addListener(m_requestLog);
    m_http = new HttpServer(
        [this](const HttpRequest &request, const HttpResponder &responder) {
            if (m_pipeline)
                m_pipeline->handle(request, responder);
            else
                responder.send(renderError(503, QStringLiteral("The engine is shutting down"), request));
        },
        this);
    m_http->setErrorRenderer(renderer);
    // The largest body we accept anywhere; SCIM enforces its own 1 MiB limit with a SCIM error.
    m_http->setMaxBodySize(Limits::kMaxRequestBodyBytes);
    if (!m_http->listen(m_options.listenAddress, m_options.port)) {
        m_error = QStringLiteral("Cannot listen on %1:%2: %3")
                      .arg(m_options.listenHost)
                      .arg(m_options.port)
                      .arg(m_http->errorString());
        delete m_http;
        m_http = nullptr;
        closeStore();
        return false;
    }
    m_publicUrl = m_options.publicUrl.isEmpty() ? baseUrl() : m_options.publicUrl;
    m_scim->setPublicBaseUrl(m_publicUrl);
    m_management->setPublicBaseUrl(m_publicUrl);
    m_management->setTenantName(QUrl(m_publicUrl).host());
    if (m_logsApi)
        m_logsApi->setPublicBaseUrl(m_publicUrl);
    if (m_sessions)
        m_sessions->setIssuer(m_publicUrl);
    connect(m_http, &HttpServer::shutdownComplete, this, [this] {
        closeStore();
        Q_EMIT stopped();
    });
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
    return QStringLiteral("http://%1:%2").arg(host).arg(serverPort());
}

QString Engine::publicUrl() const
{
    return m_publicUrl;
}

void Engine::stop()
{
    if (m_http)
        m_http->shutdown();
    else
        Q_EMIT stopped();
}

void Engine::closeStore()
{
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
    if (path.startsWith(kScimPrefix)) {
        const qsizetype idEnd = path.indexOf(QLatin1Char('/'), kScimPrefix.size());
        const QString connectionId = path.mid(kScimPrefix.size(), idEnd < 0 ? -1 : idEnd - kScimPrefix.size());
        const QString rest = idEnd < 0 ? QString() : path.mid(idEnd);
        return handleScim(request, connectionId, rest, transactionId);
    }
    if (path == kApiPrefix || path.startsWith(kApiPrefix + QLatin1Char('/'))) {
        if (m_options.adminToken.isEmpty() || !isAdmin(request)) {
            HttpResponse response = ManagementApi::errorResponse(401, request.header("authorization").isEmpty()
                                                                          ? QStringLiteral("Missing authentication")
                                                                          : QStringLiteral("Invalid token"));
            response.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                               QByteArrayLiteral("Bearer realm=\"Management API\""));
            return response;
        }
        const QString rest = path.mid(kApiPrefix.size());
        if (m_requestLog && request.method != "GET" && rest.startsWith(QLatin1String("/connections")))
            m_requestLog->forgetConnections(); // names in new log events follow renames
        return m_management->handle(request);
    }
    if (path.startsWith(QLatin1String("/scim/")))
        return ScimMessages::error(ScimError::notFound(QStringLiteral(
            "No SCIM endpoint at this path; SCIM endpoints are /scim/v2/connections/{connection_id}/…")));
    if (path == QLatin1String("/healthz") && request.method == "GET")
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}},
                                  QByteArrayLiteral("application/json"));
    return ManagementApi::errorResponse(404, QStringLiteral("Not Found"));
}

HttpResponse Engine::handleScim(const HttpRequest &request, const QString &connectionId, const QString &subPath,
                                quint64 transactionId)
{
    QElapsedTimer timer;
    timer.start();
    ScimRequestInfo info;
    info.transactionId = transactionId;
    HttpResponse response = m_scim->handle(request, connectionId, subPath, &info);
    if (m_requestLog)
        m_requestLog->record(request, connectionId, subPath, response, info, timer.nsecsElapsed());
    return response;
}

} // namespace scim
