#include "protocol/ResourceRenderer.h"

#include "common/JsonWriter.h"
#include "protocol/CborResourceWriter.h"
#include "protocol/GroupMembership.h"
#include "protocol/ScimMessages.h"
#include "protocol/ScimRequestInfo.h"
#include "protocol/ScimStatistics.h"
#include "protocol/schema/SchemaRegistry.h"
#include "protocol/validation/AttributeProjection.h"

#include <QJsonArray>

#include <algorithm>

namespace scim {

ResourceRenderer::ResourceRenderer(const SchemaRegistry &registry, GroupMembership &membership)
    : m_registry(registry)
    , m_membership(membership)
{}

bool ResourceRenderer::isGroup(const ResourceType &type) const
{
    return type.isGroup();
}

QString ResourceRenderer::connectionBase(const QString &connectionId) const
{
    return m_baseUrl + QStringLiteral("/scim/v2/connections/") + connectionId;
}

QString ResourceRenderer::location(const QString &connectionId, const ResourceType &type, const QString &id) const
{
    return connectionBase(connectionId) + type.endpoint() + QLatin1Char('/') + id;
}

// True unless the request's attributes/excludedAttributes leave `name` out, so that e.g.
// `excludedAttributes=members` never loads a group's member list.
bool ResourceRenderer::wants(const QString &name, const QStringList &attributes, const QStringList &excluded)
{
    auto names = [&name](const QString &entry) {
        return entry.compare(name, Qt::CaseInsensitive) == 0 ||
               entry.startsWith(name + QLatin1Char('.'), Qt::CaseInsensitive) ||
               entry.startsWith(name + QLatin1Char('['), Qt::CaseInsensitive);
    };
    for (const QString &entry : excluded) {
        if (entry.compare(name, Qt::CaseInsensitive) == 0)
            return false;
    }
    if (attributes.isEmpty())
        return true;
    return std::any_of(attributes.begin(), attributes.end(), names);
}

QJsonObject ResourceRenderer::withComputedAttributes(const ScimContext &ctx, const ResourceType &type,
                                                     const QJsonObject &data, const QString &id,
                                                     const QStringList &attributes, const QStringList &excluded) const
{
    const auto locate = [this, &ctx](const QString &typeName, const QString &targetId) {
        const ResourceType *target = m_registry.resourceTypeByName(typeName);
        return target ? location(ctx.connectionId, *target, targetId) : QString();
    };
    QJsonObject result = data;
    if (isGroup(type)) {
        if (wants(QStringLiteral("members"), attributes, excluded)) {
            if (m_statistics)
                ++m_statistics->memberListsLoaded;
            const QJsonArray members = m_membership.renderMembers(id, locate);
            if (!members.isEmpty())
                result.insert(QStringLiteral("members"), members);
        }
    } else if (type.isUser() && wants(QStringLiteral("groups"), attributes, excluded)) {
        const QJsonArray groups = m_membership.renderGroups(ctx.connectionId, id, locate);
        if (!groups.isEmpty())
            result.insert(QStringLiteral("groups"), groups);
    }
    return result;
}

void ResourceRenderer::noteUser(const ScimContext &ctx, const ResourceType &type, const StoredResource &stored) const
{
    if (!ctx.info || isGroup(type))
        return;
    ctx.info->userId = stored.id;
    ctx.info->userName = stored.uniqueKey;
}

QJsonObject ResourceRenderer::render(const ScimContext &ctx, const ResourceType &type, const StoredResource &stored,
                                     const QStringList &attributes, const QStringList &excluded) const
{
    QJsonObject data = withComputedAttributes(ctx, type, stored.data, stored.id, attributes, excluded);
    QJsonObject meta = data.value(QStringLiteral("meta")).toObject();
    meta.insert(QStringLiteral("location"), location(ctx.connectionId, type, stored.id));
    data.insert(QStringLiteral("meta"), meta);
    return AttributeProjection::apply(data, type, attributes, excluded);
}

HttpResponse ResourceRenderer::response(int status, const ScimContext &ctx, const ResourceType &type,
                                        const StoredResource &stored, const QStringList &attributes,
                                        const QStringList &excluded) const
{
    noteUser(ctx, type, stored);
    HttpResponse response = ScimMessages::json(status, render(ctx, type, stored, attributes, excluded));
    response.setHeader(QByteArrayLiteral("ETag"), ScimMessages::etag(stored.version).toLatin1());
    return response;
}

std::optional<HttpResponse> ResourceRenderer::plainResponse(int status, const ScimContext &ctx,
                                                            const ResourceType &type, const StoredResource &stored,
                                                            QByteArrayView cbor) const
{
    std::optional<QByteArray> body = plainBody(ctx, type, stored, cbor);
    if (!body)
        return std::nullopt;
    HttpResponse response = ScimMessages::jsonText(status, std::move(*body));
    response.setHeader(QByteArrayLiteral("ETag"), ScimMessages::etag(stored.version).toLatin1());
    return response;
}

std::optional<QByteArray> ResourceRenderer::plainBody(const ScimContext &ctx, const ResourceType &type,
                                                      const StoredResource &stored, QByteArrayView cbor) const
{
    // The computed attributes exactly as withComputedAttributes() adds them for a plain GET.
    const auto locate = [this, &ctx](const QString &typeName, const QString &targetId) {
        const ResourceType *target = m_registry.resourceTypeByName(typeName);
        return target ? location(ctx.connectionId, *target, targetId) : QString();
    };
    QList<QPair<QString, QByteArray>> computed;
    if (isGroup(type)) {
        if (m_statistics)
            ++m_statistics->memberListsLoaded;
        const QJsonArray members = m_membership.renderMembers(stored.id, locate);
        if (!members.isEmpty())
            computed.append({QStringLiteral("members"), JsonWriter::compact(members)});
    } else if (type.isUser()) {
        const QJsonArray groups = m_membership.renderGroups(ctx.connectionId, stored.id, locate);
        if (!groups.isEmpty())
            computed.append({QStringLiteral("groups"), JsonWriter::compact(groups)});
    }
    std::optional<QByteArray> body =
        CborResourceWriter::render(cbor, type, location(ctx.connectionId, type, stored.id), computed);
    if (!body) {
        if (m_statistics && isGroup(type))
            --m_statistics->memberListsLoaded; // the general path loads them again and counts that
        return std::nullopt;
    }
    if (m_statistics)
        ++m_statistics->storedRenders;
    return body;
}

} // namespace scim
