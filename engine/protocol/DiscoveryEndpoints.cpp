#include "protocol/DiscoveryEndpoints.h"

#include "common/Limits.h"
#include "protocol/ResourceRenderer.h"
#include "protocol/ScimMessages.h"
#include "protocol/schema/SchemaRegistry.h"
#include "protocol/schema/ScimConstants.h"
#include "protocol/schema/ScimError.h"

#include <QJsonArray>

namespace scim {

DiscoveryEndpoints::DiscoveryEndpoints(const SchemaRegistry &registry, const ResourceRenderer &renderer)
    : m_registry(registry)
    , m_renderer(renderer)
{}

HttpResponse DiscoveryEndpoints::serviceProviderConfig(const ScimContext &ctx) const
{
    auto supported = [](bool value) { return QJsonObject{{QStringLiteral("supported"), value}}; };
    QJsonObject filter = supported(true);
    filter.insert(QStringLiteral("maxResults"), Limits::kMaxResults);
    QJsonObject bulk = supported(true);
    bulk.insert(QStringLiteral("maxOperations"), Limits::kMaxBulkOperations);
    bulk.insert(QStringLiteral("maxPayloadSize"), Limits::kMaxRequestBodyBytes);
    // RFC 9865 §4. Index paging stays the default, as clients that predate cursors expect.
    const QJsonObject pagination{
        {QStringLiteral("cursor"), true},
        {QStringLiteral("index"), true},
        {QStringLiteral("defaultPaginationMethod"), QStringLiteral("index")},
        {QStringLiteral("defaultPageSize"), Limits::kDefaultCount},
        {QStringLiteral("maxPageSize"), Limits::kMaxResults},
        {QStringLiteral("cursorTimeout"), Limits::kCursorTimeoutSeconds},
    };
    const QJsonObject body{
        {QStringLiteral("schemas"), QJsonArray{Urn::serviceProviderConfig()}},
        {QStringLiteral("documentationUri"), QStringLiteral("https://datatracker.ietf.org/doc/html/rfc7644")},
        {QStringLiteral("patch"), supported(true)},
        {QStringLiteral("bulk"), bulk},
        {QStringLiteral("filter"), filter},
        {QStringLiteral("pagination"), pagination},
        {QStringLiteral("changePassword"), supported(true)},
        {QStringLiteral("sort"), supported(true)},
        {QStringLiteral("etag"), supported(true)},
        {QStringLiteral("authenticationSchemes"),
         QJsonArray{QJsonObject{
             {QStringLiteral("type"), QStringLiteral("oauthbearertoken")},
             {QStringLiteral("name"), QStringLiteral("Bearer token")},
             {QStringLiteral("description"),
              QStringLiteral("A connection-specific bearer token issued through the Management API "
                             "(POST /api/v2/connections/{id}/scim-configuration/tokens).")},
             {QStringLiteral("primary"), true},
         }}},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("ServiceProviderConfig")},
                     {QStringLiteral("location"), QString(m_renderer.connectionBase(ctx.connectionId) +
                                                          QStringLiteral("/ServiceProviderConfig"))}}},
    };
    return ScimMessages::json(200, body);
}

HttpResponse DiscoveryEndpoints::resourceTypes(const ScimContext &ctx, const QString &name) const
{
    auto render = [&](const ResourceType &type) {
        return type.toJson(m_renderer.connectionBase(ctx.connectionId) + QStringLiteral("/ResourceTypes/") +
                           type.name());
    };
    if (!name.isEmpty()) {
        const ResourceType *type = m_registry.resourceTypeByName(name);
        if (!type)
            throw ScimError::notFound(QStringLiteral("Resource type '%1' not found").arg(name));
        return ScimMessages::json(200, render(*type));
    }
    QJsonArray resources;
    for (const ResourceType &type : m_registry.resourceTypes())
        resources.append(render(type));
    return ScimMessages::json(200, ScimMessages::listResponse(resources, resources.size(), 1));
}

HttpResponse DiscoveryEndpoints::schemas(const ScimContext &ctx, const QString &urn) const
{
    auto render = [&](const Schema &schema) {
        return schema.toJson(m_renderer.connectionBase(ctx.connectionId) + QStringLiteral("/Schemas/") + schema.id);
    };
    if (!urn.isEmpty()) {
        const Schema *schema = m_registry.schema(urn);
        if (!schema)
            throw ScimError::notFound(QStringLiteral("Schema '%1' not found").arg(urn));
        return ScimMessages::json(200, render(*schema));
    }
    QJsonArray resources;
    for (const Schema *schema : m_registry.schemas())
        resources.append(render(*schema));
    return ScimMessages::json(200, ScimMessages::listResponse(resources, resources.size(), 1));
}

} // namespace scim
