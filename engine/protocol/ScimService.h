#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "common/Limits.h"
#include "common/Router.h"
#include "protocol/ScimContext.h"
#include "protocol/ScimRequestInfo.h"
#include "protocol/schema/ConnectionSchemas.h"
#include "storage/StorageTypes.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace scim {

class BulkProcessor;
class ConnectionRateLimiter;
class DiscoveryEndpoints;
class DomainEventBus;
class GroupMembership;
class ResourceQueries;
class ResourceRenderer;
class ResourceWrites;
class SchemaRegistry;
class Store;
class TokenService;
class UserProjector;
struct ScimStatistics;

// The SCIM 2.0 protocol (RFC 7644) for one engine: transport-free, request in, response out. Serves the
// endpoints below `/scim/v2/connections/{id}`; the caller strips that prefix and passes the rest. This class
// checks that SCIM is enabled, authenticates the token, routes and checks scopes; discovery, reads, writes and
// Bulk are their own classes.
class ScimService
{
public:
    static constexpr qint64 kMaxPayloadSize = Limits::kMaxRequestBodyBytes;
    static constexpr int kMaxBulkOperations = Limits::kMaxBulkOperations;

    // `registry` is the standard schema set; each connection's declared schemas extend it (docs/schemas.md).
    ScimService(Store &store, TokenService &tokens, const SchemaRegistry &registry);
    ~ScimService();

    void setPublicBaseUrl(const QString &baseUrl);
    // When set, every User write also stores the user's profile, in the same statement.
    void setUserProjector(UserProjector *projector);
    // When set, writes publish domain events there (users and groups created, updated, deleted; users activated and
    // deactivated; group membership changed), stamped with the request's transaction id.
    void setEventBus(DomainEventBus *events);
    // When set, each authenticated request takes a token from its connection's bucket first; over the limit the
    // answer is 429 with Retry-After.
    void setRateLimiter(ConnectionRateLimiter *limiter) { m_rateLimiter = limiter; }
    // ServiceProviderConfig's securityEvents (RFC 9967 §4); empty while the engine sends no security events.
    void setSecurityEvents(const QJsonObject &securityEvents);
    // A test seam: when set, the service counts full scans, index lookups and member lists loaded.
    void setStatistics(ScimStatistics *statistics);

    // `subPath` is what follows the connection's base path, e.g. "/Users/123" (may be empty).
    // `info`, when given, brings the request's transaction id and receives what the request log needs.
    HttpResponse handle(const HttpRequest &request, const QString &connectionId, const QString &subPath,
                        ScimRequestInfo *info = nullptr);

    // A stored User or Group exactly as a GET by its IdP returns it (computed attributes, meta.location), for the
    // Management API; nothing when it does not exist.
    // The store read a request will make when it is a GET of one resource or a list whose whole answer is a
    // `userName eq` lookup (what IdPs send most), for Store::readAhead(); nothing for any other request. Parses
    // only: authentication, scopes and the read itself are still handle()'s.
    std::optional<ReadAheadKey> readAheadKey(const HttpRequest &request, const QString &connectionId,
                                             const QString &subPath) const;

    std::optional<QJsonObject> renderedResource(const QString &connectionId, const QString &typeName,
                                                const QString &id) const;

private:
    void addRoutes();
    HttpResponse route(const ScimContext &ctx, const QStringList &segments) const;
    // route(), again when another engine instance changed the resource meanwhile (StoreError::Kind::Stale): with
    // If-Match that is a 412, without it the write is redone on the new version (last writer wins, as with one
    // engine).
    HttpResponse routeRetryingStale(const ScimContext &ctx, const QStringList &segments) const;
    static void requireScope(const ScimContext &ctx, const QString &scope);

    Store &m_store;
    TokenService &m_tokens;
    const SchemaRegistry &m_registry;
    ConnectionSchemas m_schemas;
    std::unique_ptr<GroupMembership> m_membership;
    std::unique_ptr<ResourceRenderer> m_renderer;
    QString m_publicBaseUrl; // for the endpoint a token is confirmed at (TokenService::confirmEndpoint)
    std::unique_ptr<DiscoveryEndpoints> m_discovery;
    std::unique_ptr<ResourceQueries> m_queries;
    std::unique_ptr<ResourceWrites> m_writes;
    std::unique_ptr<BulkProcessor> m_bulk;
    Router<const ScimContext> m_router;
    ConnectionRateLimiter *m_rateLimiter = nullptr;
};

} // namespace scim
