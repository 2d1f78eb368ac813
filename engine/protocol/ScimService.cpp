#include "protocol/ScimService.h"

#include "auth/TokenService.h"
#include "protocol/BulkProcessor.h"
#include "protocol/ConnectionRateLimiter.h"
#include "protocol/DiscoveryEndpoints.h"
#include "protocol/GroupMembership.h"
#include "protocol/ListQuery.h"
#include "protocol/ResourceQueries.h"
#include "protocol/ResourceRenderer.h"
#include "protocol/ResourceWrites.h"
#include "protocol/ScimMessages.h"
#include "protocol/filter/FilterParser.h"
#include "protocol/filter/FilterPlanner.h"
#include "protocol/schema/SchemaRegistry.h"
#include "protocol/schema/ScimError.h"
#include "storage/Store.h"
#include "storage/StoreError.h"

namespace scim {

ScimService::ScimService(Store &store, TokenService &tokens, const SchemaRegistry &registry)
    : m_store(store)
    , m_tokens(tokens)
    , m_registry(registry)
    , m_membership(std::make_unique<GroupMembership>(store))
    , m_renderer(std::make_unique<ResourceRenderer>(registry, *m_membership))
    , m_discovery(std::make_unique<DiscoveryEndpoints>(*m_renderer))
    , m_queries(std::make_unique<ResourceQueries>(store, *m_renderer))
    , m_writes(std::make_unique<ResourceWrites>(store, *m_membership, *m_renderer, *m_queries))
    , m_bulk(std::make_unique<BulkProcessor>(
          *m_renderer,
          [this](const ScimContext &ctx, const QStringList &segments) { return routeRetryingStale(ctx, segments); }))
    , m_router(&ScimMessages::methodNotAllowed)
{
    addRoutes();
}

ScimService::~ScimService() = default;

void ScimService::setPublicBaseUrl(const QString &baseUrl)
{
    m_publicBaseUrl = baseUrl;
    m_renderer->setPublicBaseUrl(baseUrl);
}

void ScimService::setUserProjector(UserProjector *projector)
{
    m_writes->setUserProjector(projector);
}

void ScimService::setEventBus(DomainEventBus *events)
{
    m_writes->setEventBus(events);
}

void ScimService::setSecurityEvents(const QJsonObject &securityEvents)
{
    m_discovery->setSecurityEvents(securityEvents);
}

void ScimService::setStatistics(ScimStatistics *statistics)
{
    m_renderer->setStatistics(statistics);
    m_queries->setStatistics(statistics);
}

std::optional<ReadAheadKey> ScimService::readAheadKey(const HttpRequest &request, const QString &connectionId,
                                                      const QString &subPath) const
{
    if (request.method != "GET" || request.header("authorization").isEmpty())
        return std::nullopt;
    const QList<QStringView> segments = QStringView(subPath).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.isEmpty() || segments.size() > 2)
        return std::nullopt;
    const ResourceType *type = m_registry.resourceTypeByEndpoint(segments.constFirst());
    if (!type)
        return std::nullopt;
    ReadAheadKey key;
    key.connectionId = connectionId;
    key.resourceType = type->name();
    if (segments.size() == 2) {
        key.value = segments.at(1).toString();
        return key;
    }
    // The list ResourceQueries::plainLookup() answers from the lookup alone.
    if (type != &m_registry.users() || !request.hasQueryItem(QStringLiteral("filter")))
        return std::nullopt;
    for (const char *parameter : {"attributes", "excludedAttributes", "startIndex", "sortBy", "cursor"}) {
        if (request.hasQueryItem(QLatin1String(parameter)))
            return std::nullopt;
    }
    try {
        const FilterPtr filter = FilterParser::parse(request.queryItem(QStringLiteral("filter")), *type);
        if (!filter || filter->kind != FilterNode::Kind::Compare)
            return std::nullopt;
        const std::optional<QList<FilterPlanner::Lookup>> lookups = FilterPlanner::indexLookups(*filter);
        if (!lookups || lookups->size() != 1 ||
            lookups->constFirst().attribute != FilterPlanner::Lookup::Attribute::UserName)
            return std::nullopt;
        key.kind = ReadAheadKey::Kind::UserName;
        key.value = lookups->constFirst().value;
        return key;
    } catch (const ScimError &) {
        return std::nullopt; // handle() says what is wrong with it
    }
}

void ScimService::addRoutes()
{
    // Endpoint names are matched case-insensitively; `.search` is a literal marker.
    const Qt::CaseSensitivity names = Qt::CaseInsensitive;
    m_router.add(
        "GET", QStringLiteral("/ServiceProviderConfig"),
        [this](const ScimContext &ctx, const QStringList &) { return m_discovery->serviceProviderConfig(ctx); }, names);
    m_router.add(
        "GET", QStringLiteral("/ResourceTypes"),
        [this](const ScimContext &ctx, const QStringList &) { return m_discovery->resourceTypes(ctx, QString()); },
        names);
    m_router.add(
        "GET", QStringLiteral("/ResourceTypes/{name}"),
        [this](const ScimContext &ctx, const QStringList &args) { return m_discovery->resourceTypes(ctx, args.at(0)); },
        names);
    m_router.add(
        "GET", QStringLiteral("/Schemas"),
        [this](const ScimContext &ctx, const QStringList &) { return m_discovery->schemas(ctx, QString()); }, names);
    m_router.add(
        "GET", QStringLiteral("/Schemas/{urn}"),
        [this](const ScimContext &ctx, const QStringList &args) { return m_discovery->schemas(ctx, args.at(0)); },
        names);
    m_router.add("POST", QStringLiteral("/.search"), [this](const ScimContext &ctx, const QStringList &) {
        return m_queries->searchAll(ctx, ListQuery::fromBody(ScimMessages::parseBody(ctx.request), nullptr));
    });
    m_router.add(
        "POST", QStringLiteral("/Bulk"),
        [this](const ScimContext &ctx, const QStringList &) { return m_bulk->run(ctx); }, names);
    m_router.add(
        "*", QStringLiteral("/Me/**"),
        [](const ScimContext &, const QStringList &) -> HttpResponse {
            throw ScimError(501, QString(),
                            QStringLiteral("/Me is not supported: tokens authenticate a client, not a user"));
        },
        names);

    // Resource endpoints: /Users, /Groups (any type the registry has).
    m_router.constrain(QStringLiteral("type"),
                       [this](QStringView segment) { return m_registry.resourceTypeByEndpoint(segment) != nullptr; });
    // Each checks the token's scope for its method and resource type first.
    const auto onType = [this](const QByteArray &method, const QString &pattern, const char *scopeMethod, auto action) {
        m_router.add(method, pattern, [this, scopeMethod, action](const ScimContext &ctx, const QStringList &args) {
            const ResourceType &type = *ctx.schemas->resourceTypeByEndpoint(args.at(0));
            requireScope(ctx, scopeFor(scopeMethod, type));
            return action(ctx, type, args.value(1));
        });
    };
    onType("GET", QStringLiteral("/{type}"), "get",
           [this](const ScimContext &ctx, const ResourceType &type, const QString &) {
               return m_queries->list(ctx, type, ListQuery::fromUrl(ctx.request, &type));
           });
    onType("POST", QStringLiteral("/{type}"), "post",
           [this](const ScimContext &ctx, const ResourceType &type, const QString &) {
               return m_writes->create(ctx, type);
           });
    onType("POST", QStringLiteral("/{type}/.search"), "get",
           [this](const ScimContext &ctx, const ResourceType &type, const QString &) {
               return m_queries->list(ctx, type, ListQuery::fromBody(ScimMessages::parseBody(ctx.request), &type));
           });
    onType("GET", QStringLiteral("/{type}/{id}"), "get",
           [this](const ScimContext &ctx, const ResourceType &type, const QString &id) {
               return m_queries->get(ctx, type, id);
           });
    onType("PUT", QStringLiteral("/{type}/{id}"), "put",
           [this](const ScimContext &ctx, const ResourceType &type, const QString &id) {
               return m_writes->replace(ctx, type, id);
           });
    onType("PATCH", QStringLiteral("/{type}/{id}"), "patch",
           [this](const ScimContext &ctx, const ResourceType &type, const QString &id) {
               return m_writes->patch(ctx, type, id);
           });
    onType("DELETE", QStringLiteral("/{type}/{id}"), "delete",
           [this](const ScimContext &ctx, const ResourceType &type, const QString &id) {
               return m_writes->remove(ctx, type, id);
           });
}

void ScimService::requireScope(const ScimContext &ctx, const QString &scope)
{
    if (!ctx.token.scopes.contains(scope))
        throw ScimError(403, QString(), QStringLiteral("Insufficient scope: this operation requires '%1'").arg(scope));
}

HttpResponse ScimService::handle(const HttpRequest &request, const QString &connectionId, const QString &subPath,
                                 ScimRequestInfo *info)
{
    try {
        const std::optional<ScimConfiguration> configuration = m_store.scimConfiguration(connectionId);
        if (!configuration)
            throw ScimError::notFound(QStringLiteral("SCIM is not enabled for this connection"));

        const TokenService::Authentication auth =
            m_tokens.authenticate(connectionId, request.header("authorization"), QDateTime::currentDateTimeUtc());
        if (!auth.ok()) {
            HttpResponse response = ScimMessages::error(ScimError(401, QString(), auth.reason()));
            response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"SCIM\""));
            return response;
        }
        if (info)
            info->tokenId = auth.token->tokenId;
        if (!m_publicBaseUrl.isEmpty())
            m_tokens.confirmEndpoint(*auth.token,
                                     m_publicBaseUrl + QStringLiteral("/scim/v2/connections/") + connectionId);
        if (m_rateLimiter) {
            const ConnectionRateLimiter::Decision decision = m_rateLimiter->admit(connectionId);
            if (!decision.admitted()) {
                HttpResponse response = ScimMessages::error(ScimError(
                    429, QString(),
                    QStringLiteral("Too many requests: this connection may make %1 requests per second (bursts of %2); "
                                   "retry after %3 s")
                        .arg(decision.limit.requestsPerSecond)
                        .arg(decision.limit.burst)
                        .arg(decision.retryAfterSeconds)));
                response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(decision.retryAfterSeconds));
                return response;
            }
        }
        const ScimContext ctx{request,
                              connectionId,
                              *auth.token,
                              info,
                              info ? info->transactionId : 0,
                              m_schemas.forConnection(connectionId, configuration->customSchemas)};
        return routeRetryingStale(ctx, subPath.split(QLatin1Char('/'), Qt::SkipEmptyParts));
    } catch (const ScimError &error) {
        return ScimMessages::error(error);
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::Conflict)
            return ScimMessages::error(
                ScimError::uniqueness(QStringLiteral("A resource with the same unique value exists")));
        if (error.kind() == StoreError::Kind::Transient) {
            // Normally run again by the commit pipeline before anyone hears of it; this is the last run's answer.
            HttpResponse response = ScimMessages::error(ScimError(503, QString(),
                                                                  QStringLiteral("The change conflicted with another "
                                                                                 "request; please retry")));
            response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
            return response;
        }
        qWarning("scim: storage failure: %s", qUtf8Printable(error.message()));
        return ScimMessages::error(ScimError(500, QString(), QStringLiteral("Internal storage error")));
    }
}

HttpResponse ScimService::routeRetryingStale(const ScimContext &ctx, const QStringList &segments) const
{
    constexpr int kAttempts = 3;
    for (int attempt = 1;; ++attempt) {
        try {
            return route(ctx, segments);
        } catch (const StoreError &error) {
            if (error.kind() != StoreError::Kind::Stale)
                throw;
            const QByteArray ifMatch = ctx.request.header("if-match").trimmed();
            if ((!ifMatch.isEmpty() && ifMatch != "*") || attempt == kAttempts)
                throw ScimError(412, QString(),
                                QStringLiteral("The resource was modified by another request; read it again"));
        }
    }
}

HttpResponse ScimService::route(const ScimContext &ctx, const QStringList &segments) const
{
    if (std::optional<HttpResponse> response = m_router.dispatch(ctx.request.method, segments, ctx))
        return std::move(*response);
    throw ScimError::notFound(QStringLiteral("No SCIM endpoint at this path"));
}

} // namespace scim

namespace scim {

std::optional<QJsonObject> ScimService::renderedResource(const QString &connectionId, const QString &typeName,
                                                         const QString &id) const
{
    // Rendered with the connection's schema set, so declared extension attributes show as SCIM returns them.
    const std::optional<ScimConfiguration> configuration = m_store.scimConfiguration(connectionId);
    std::shared_ptr<const SchemaRegistry> schemas =
        ConnectionSchemas::build(configuration ? configuration->customSchemas : QJsonArray());
    const ResourceType *type = schemas->resourceTypeByName(typeName);
    if (!type)
        return std::nullopt;
    const std::optional<StoredResource> stored = m_store.resource(connectionId, type->name(), id);
    if (!stored)
        return std::nullopt;
    const HttpRequest request{"GET", {}, {}, {}, {}, {}};
    const ScimContext ctx{request, connectionId, ScimToken{}, nullptr, 0, schemas};
    return m_renderer->render(ctx, *type, *stored, {}, {});
}

} // namespace scim
