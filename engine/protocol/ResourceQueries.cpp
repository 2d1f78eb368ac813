#include "protocol/ResourceQueries.h"

#include "common/HttpRequest.h"
#include "protocol/ResourceRenderer.h"
#include "protocol/ScimMessages.h"
#include "protocol/ScimStatistics.h"
#include "protocol/filter/FilterEvaluator.h"
#include "protocol/filter/FilterParser.h"
#include "protocol/filter/FilterPlanner.h"
#include "protocol/schema/SchemaRegistry.h"
#include "protocol/schema/ScimConstants.h"
#include "protocol/schema/ScimError.h"
#include "protocol/validation/AttributeProjection.h"
#include "storage/Store.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace scim {

ResourceQueries::ResourceQueries(Store &store, const ResourceRenderer &renderer)
    : m_store(store)
    , m_renderer(renderer)
{}

QList<StoredResource> ResourceQueries::findMatching(const ScimContext &ctx, const ResourceType &type,
                                                    const ListQuery &query)
{
    const FilterPtr filter = FilterParser::parse(query.filter, type);
    QList<StoredResource> candidates;
    if (const std::optional<QList<FilterPlanner::Lookup>> lookups = FilterPlanner::indexLookups(*filter)) {
        if (m_statistics)
            ++m_statistics->indexedLookups;
        QSet<QString> seen;
        for (const FilterPlanner::Lookup &lookup : *lookups) {
            QList<StoredResource> found;
            if (lookup.attribute == FilterPlanner::Lookup::Attribute::Id) {
                if (std::optional<StoredResource> one = m_store.resource(ctx.connectionId, type.name(), lookup.value))
                    found.append(*one);
            } else {
                const IndexedAttribute indexed = lookup.attribute == FilterPlanner::Lookup::Attribute::UserName
                                                     ? IndexedAttribute::UserName
                                                     : IndexedAttribute::ExternalId;
                found = m_store.resourcesByAttribute(ctx.connectionId, type.name(), indexed, lookup.value);
            }
            for (StoredResource &resource : found) {
                if (!seen.contains(resource.id)) {
                    seen.insert(resource.id);
                    candidates.append(std::move(resource));
                }
            }
        }
        std::sort(candidates.begin(), candidates.end(),
                  [](const StoredResource &a, const StoredResource &b) { return a.sequence < b.sequence; });
    } else {
        if (m_statistics)
            ++m_statistics->fullScans;
        candidates = m_store.allResources(ctx.connectionId, type.name());
    }
    // Members and group memberships are relations; a filter that names them sees them materialised.
    const bool computed = query.filter.contains(QLatin1String("members"), Qt::CaseInsensitive) ||
                          query.filter.contains(QLatin1String("groups"), Qt::CaseInsensitive);
    QList<StoredResource> matched;
    for (StoredResource &resource : candidates) {
        const bool match =
            computed ? FilterEvaluator::matches(
                           *filter, m_renderer.withComputedAttributes(ctx, type, resource.data, resource.id, {}, {}))
                     : FilterEvaluator::matches(*filter, resource.data);
        if (match)
            matched.append(std::move(resource));
    }
    return matched;
}

HttpResponse ResourceQueries::list(const ScimContext &ctx, const ResourceType &type, const ListQuery &query)
{
    const qsizetype startIndex = std::max<qsizetype>(1, query.startIndex);
    const qsizetype count = std::clamp<qsizetype>(query.count, 0, Limits::kMaxResults);

    std::optional<AttributePath> sortPath;
    if (!query.sortBy.isEmpty()) {
        QString error;
        sortPath = type.resolve(query.sortBy, &error);
        if (!sortPath)
            throw ScimError::invalidValue(QStringLiteral("sortBy: %1").arg(error));
    }

    QList<StoredResource> page;
    qsizetype total = 0;
    if (query.filter.trimmed().isEmpty() && !sortPath) {
        total = m_store.countResources(ctx.connectionId, type.name());
        if (count > 0 && startIndex <= total)
            page = m_store.resources(ctx.connectionId, type.name(), startIndex - 1, count);
    } else {
        QList<StoredResource> matched;
        if (query.filter.trimmed().isEmpty()) {
            if (m_statistics)
                ++m_statistics->fullScans;
            matched = m_store.allResources(ctx.connectionId, type.name());
        } else {
            matched = findMatching(ctx, type, query);
        }
        if (sortPath) {
            const AttributePath path = *sortPath;
            const bool descending = query.descending;
            std::stable_sort(matched.begin(), matched.end(),
                             [&path, descending](const StoredResource &a, const StoredResource &b) {
                                 return FilterEvaluator::compareForSort(a.data, b.data, path, descending) < 0;
                             });
        }
        total = matched.size();
        if (count > 0 && startIndex <= total)
            page = matched.mid(startIndex - 1, count);
    }

    QJsonArray resources;
    for (const StoredResource &stored : std::as_const(page))
        resources.append(m_renderer.render(ctx, type, stored, query.attributes, query.excludedAttributes));
    return ScimMessages::json(200, ScimMessages::listResponse(resources, qint64(total), qint64(startIndex)));
}

HttpResponse ResourceQueries::searchAll(const ScimContext &ctx, const ListQuery &query)
{
    // Root-level search (RFC 7644 §3.4.3): every resource type the token may read.
    QList<const ResourceType *> types;
    QStringList readScopes;
    for (const ResourceType &type : ctx.schemas->resourceTypes()) {
        readScopes.append(scopeFor("get", type));
        if (ctx.token.scopes.contains(readScopes.constLast()))
            types.append(&type);
    }
    if (types.isEmpty())
        throw ScimError(403, QString(),
                        QStringLiteral("Insufficient scope: searching requires one of '%1'")
                            .arg(readScopes.join(QStringLiteral("', '"))));

    const qsizetype startIndex = std::max<qsizetype>(1, query.startIndex);
    const qsizetype count = std::clamp<qsizetype>(query.count, 0, Limits::kMaxResults);
    QList<QPair<const ResourceType *, StoredResource>> matched;
    std::optional<ScimError> filterError;
    int searchedTypes = 0;
    for (const ResourceType *type : std::as_const(types)) {
        QList<StoredResource> found;
        if (query.filter.trimmed().isEmpty()) {
            if (m_statistics)
                ++m_statistics->fullScans;
            found = m_store.allResources(ctx.connectionId, type->name());
        } else {
            // A filter on an attribute one type lacks (userName for Groups) matches nothing of that type; it is
            // an error only when no type can evaluate it.
            try {
                found = findMatching(ctx, *type, query);
            } catch (const ScimError &error) {
                if (error.scimType() != QLatin1String("invalidFilter"))
                    throw;
                if (!filterError)
                    filterError = error;
                continue;
            }
        }
        ++searchedTypes;
        for (StoredResource &resource : found)
            matched.append({type, std::move(resource)});
    }
    if (searchedTypes == 0 && filterError)
        throw *filterError;
    if (!query.sortBy.isEmpty()) {
        std::optional<AttributePath> path = types.first()->resolve(query.sortBy);
        if (!path)
            throw ScimError::invalidValue(QStringLiteral("sortBy: unknown attribute '%1'").arg(query.sortBy));
        const bool descending = query.descending;
        std::stable_sort(matched.begin(), matched.end(), [&](const auto &a, const auto &b) {
            return FilterEvaluator::compareForSort(a.second.data, b.second.data, *path, descending) < 0;
        });
    }
    QJsonArray resources;
    for (qsizetype i = startIndex - 1; i < matched.size() && resources.size() < count; ++i) {
        const ResourceType &type = *matched.at(i).first;
        const QStringList attributes = AttributeProjection::parseList(query.attributes.join(QLatin1Char(',')), type);
        const QStringList excluded =
            AttributeProjection::parseList(query.excludedAttributes.join(QLatin1Char(',')), type);
        resources.append(m_renderer.render(ctx, type, matched.at(i).second, attributes, excluded));
    }
    return ScimMessages::json(200, ScimMessages::listResponse(resources, qint64(matched.size()), qint64(startIndex)));
}

StoredResource ResourceQueries::load(const ScimContext &ctx, const ResourceType &type, const QString &id) const
{
    std::optional<StoredResource> stored = m_store.resource(ctx.connectionId, type.name(), id);
    if (!stored)
        throw ScimError::notFound(QStringLiteral("%1 %2 not found").arg(type.name(), id));
    m_renderer.noteUser(ctx, type, *stored);
    return *stored;
}

HttpResponse ResourceQueries::get(const ScimContext &ctx, const ResourceType &type, const QString &id)
{
    const ListQuery query = ListQuery::fromUrl(ctx.request, &type);
    const StoredResource stored = load(ctx, type, id);
    const QByteArray ifNoneMatch = ctx.request.header("if-none-match").trimmed();
    if (!ifNoneMatch.isEmpty()) {
        const QByteArray current = ScimMessages::etag(stored.version).toLatin1();
        for (QByteArray candidate : ifNoneMatch.split(',')) {
            candidate = candidate.trimmed();
            if (candidate == "*" || candidate == current || candidate == current.mid(2)) {
                HttpResponse response = HttpResponse::empty(304);
                response.setHeader(QByteArrayLiteral("ETag"), current);
                return response;
            }
        }
    }
    return m_renderer.response(200, ctx, type, stored, query.attributes, query.excludedAttributes);
}

} // namespace scim
