#include "protocol/ResourceQueries.h"

#include "common/HttpRequest.h"
#include "common/JsonCbor.h"
#include "common/JsonWriter.h"
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

#include "protocol/ListWindow.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <limits>

namespace scim {

ResourceQueries::ResourceQueries(Store &store, const ResourceRenderer &renderer)
    : m_store(store)
    , m_renderer(renderer)
{}

namespace {

// Rows read per statement when a filter has to look at every resource of a type.
constexpr qsizetype kScanChunk = 500;

} // namespace

ResourceQueries::Paging ResourceQueries::pagingOf(const ScimContext &ctx, const QString &endpoint,
                                                  const ListQuery &query)
{
    Paging paging;
    if (!query.cursor) {
        paging.startIndex = std::max<qsizetype>(1, query.startIndex);
        paging.count = std::clamp<qsizetype>(query.count, 0, Limits::kMaxResults);
        return paging;
    }
    if (query.startIndexGiven)
        throw ScimError::invalidValue(
            QStringLiteral("Use either startIndex (index paging) or cursor (cursor paging), not both"));
    // RFC 9865 §2.2; a count above maxPageSize is served as maxPageSize, as in index paging.
    if (query.countGiven && query.count < 1)
        throw ScimError(400, QStringLiteral("invalidCount"),
                        QStringLiteral("With a cursor, count must be between 1 and %1").arg(Limits::kMaxResults));
    paging.byCursor = true;
    paging.count = std::min<qsizetype>(query.count, Limits::kMaxResults);
    paging.fingerprint =
        ListCursor::fingerprint(ctx.connectionId, endpoint, query.filter, query.sortBy, query.descending);
    if (!query.cursor->isEmpty()) {
        paging.cursor = ListCursor::decode(*query.cursor, paging.fingerprint, QDateTime::currentSecsSinceEpoch(),
                                           Limits::kCursorTimeoutSeconds);
        paging.continued = true;
    }
    return paging;
}

void ResourceQueries::forEachMatch(const ScimContext &ctx, const Source &source, const QString &filterText,
                                   const std::function<void(const StoredResource &)> &visit)
{
    const ResourceType &type = *source.type;
    // Members and group memberships are relations; a filter that names them sees them materialised.
    const bool computed = source.filter && (filterText.contains(QLatin1String("members"), Qt::CaseInsensitive) ||
                                            filterText.contains(QLatin1String("groups"), Qt::CaseInsensitive));
    const auto consider = [&](const StoredResource &resource) {
        if (source.filter) {
            const bool match =
                computed ? FilterEvaluator::matches(*source.filter, m_renderer.withComputedAttributes(
                                                                        ctx, type, resource.data, resource.id, {}, {}))
                         : FilterEvaluator::matches(*source.filter, resource.data);
            if (!match)
                return;
        }
        visit(resource);
    };
    if (source.filter) {
        if (const std::optional<QList<FilterPlanner::Lookup>> lookups = FilterPlanner::indexLookups(*source.filter)) {
            if (m_statistics)
                ++m_statistics->indexedLookups;
            QSet<QString> seen;
            for (const FilterPlanner::Lookup &lookup : *lookups) {
                QList<StoredResource> found;
                if (lookup.attribute == FilterPlanner::Lookup::Attribute::Id) {
                    if (std::optional<StoredResource> one =
                            m_store.resource(ctx.connectionId, type.name(), lookup.value))
                        found.append(std::move(*one));
                } else {
                    const IndexedAttribute indexed = lookup.attribute == FilterPlanner::Lookup::Attribute::UserName
                                                         ? IndexedAttribute::UserName
                                                         : IndexedAttribute::ExternalId;
                    found = m_store.resourcesByAttribute(ctx.connectionId, type.name(), indexed, lookup.value);
                }
                for (const StoredResource &resource : std::as_const(found)) {
                    if (!seen.contains(resource.id)) {
                        seen.insert(resource.id);
                        consider(resource);
                    }
                }
            }
            return;
        }
    }
    if (m_statistics)
        ++m_statistics->fullScans;
    // In chunks, so a scan of a million resources holds a few hundred of them at a time.
    qint64 after = 0;
    for (;;) {
        const QList<StoredResource> chunk = m_store.resourcesAfter(ctx.connectionId, type.name(), after, kScanChunk);
        for (const StoredResource &resource : chunk)
            consider(resource);
        if (chunk.size() < kScanChunk)
            break;
        after = chunk.constLast().sequence;
    }
}

ResourceQueries::Page ResourceQueries::pageMatching(const ScimContext &ctx, const QList<Source> &sources,
                                                    const ListQuery &query, const Paging &paging,
                                                    const ListOrder &order)
{
    ListWindow window = paging.byCursor ? ListWindow::atCursor(order, paging.cursor, paging.count)
                                        : ListWindow::atIndex(order, paging.startIndex, paging.count);
    Page page;
    for (const Source &source : sources) {
        forEachMatch(ctx, source, query.filter, [&](const StoredResource &resource) {
            ++page.total;
            window.offer(order.keyOf(source.rank, resource), resource);
        });
    }
    const bool rowsKept = window.keepsRows();
    for (ListWindow::Entry &entry : window.take()) {
        if (!rowsKept) {
            std::optional<StoredResource> row =
                m_store.resource(ctx.connectionId, entry.resource.resourceType, entry.resource.id);
            if (!row)
                continue;
            entry.resource = std::move(*row);
        }
        page.entries.append({entry.key, std::move(entry.resource)});
    }
    page.hasMore = window.hasMore();
    return page;
}

ResourceQueries::Page ResourceQueries::pageInOrder(const ScimContext &ctx, const QList<Source> &sources,
                                                   const Paging &paging, const ListOrder &order)
{
    // Insertion order, type by type: the store pages by position or by key without reading what it skips.
    Page page;
    QList<qsizetype> counts;
    for (const Source &source : sources) {
        counts.append(m_store.countResources(ctx.connectionId, source.type->name()));
        page.total += counts.constLast();
    }
    const auto append = [&](const Source &source, const QList<StoredResource> &rows) {
        for (const StoredResource &row : rows)
            page.entries.append({order.keyOf(source.rank, row), row});
    };
    if (!paging.byCursor) {
        qsizetype skip = paging.startIndex - 1;
        for (qsizetype i = 0; i < sources.size() && page.entries.size() < paging.count; ++i) {
            if (skip >= counts.at(i)) {
                skip -= counts.at(i);
                continue;
            }
            append(sources.at(i), m_store.resources(ctx.connectionId, sources.at(i).type->name(), skip,
                                                    paging.count - page.entries.size()));
            skip = 0;
        }
        return page;
    }
    // One more than the page, to tell whether another page follows.
    const qsizetype wanted = paging.count + 1;
    const std::optional<ListKey> &key = paging.cursor.key;
    if (paging.cursor.direction == ListCursor::Direction::Next) {
        for (qsizetype i = 0; i < sources.size() && page.entries.size() < wanted; ++i) {
            const Source &source = sources.at(i);
            if (key && source.rank < key->typeRank)
                continue;
            const qint64 after = key && source.rank == key->typeRank ? key->sequence : 0;
            append(source,
                   m_store.resourcesAfter(ctx.connectionId, source.type->name(), after, wanted - page.entries.size()));
        }
        page.hasMore = page.entries.size() > paging.count;
        if (page.hasMore)
            page.entries.resize(paging.count);
        return page;
    }
    for (qsizetype i = sources.size() - 1; i >= 0 && page.entries.size() < wanted; --i) {
        const Source &source = sources.at(i);
        if (key && source.rank > key->typeRank)
            continue;
        const qint64 before = key && source.rank == key->typeRank ? key->sequence : std::numeric_limits<qint64>::max();
        append(source,
               m_store.resourcesBefore(ctx.connectionId, source.type->name(), before, wanted - page.entries.size()));
    }
    // Read nearest first: the one beyond the page is the last.
    page.hasMore = page.entries.size() > paging.count;
    if (page.hasMore)
        page.entries.resize(paging.count);
    std::reverse(page.entries.begin(), page.entries.end());
    return page;
}

QJsonObject ResourceQueries::respond(const Paging &paging, const Page &page, const QJsonArray &resources) const
{
    if (!paging.byCursor)
        return ScimMessages::listResponse(resources, qint64(page.total), qint64(paging.startIndex));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto cursor = [&](ListCursor::Direction direction, std::optional<ListKey> key) {
        ListCursor next;
        next.direction = direction;
        next.key = std::move(key);
        return next.encode(paging.fingerprint, now);
    };
    QString next;
    QString previous;
    const bool forward = paging.cursor.direction == ListCursor::Direction::Next;
    if (forward) {
        if (page.hasMore)
            next = cursor(ListCursor::Direction::Next, page.entries.constLast().key);
        // From the first page there is nothing to go back to. Past the end of the list, back means the last page.
        if (paging.continued)
            previous = cursor(ListCursor::Direction::Previous,
                              page.entries.isEmpty() ? std::nullopt : std::optional(page.entries.constFirst().key));
    } else {
        if (page.hasMore)
            previous = cursor(ListCursor::Direction::Previous, page.entries.constFirst().key);
        // Before the start of the list (nothing older is left), forward means the first page.
        if (!page.entries.isEmpty())
            next = cursor(ListCursor::Direction::Next, page.entries.constLast().key);
        else if (paging.cursor.key)
            next = cursor(ListCursor::Direction::Next, std::nullopt);
    }
    return ScimMessages::cursorListResponse(resources, qint64(page.total), next, previous);
}

HttpResponse ResourceQueries::list(const ScimContext &ctx, const ResourceType &type, const ListQuery &query)
{
    std::optional<AttributePath> sortPath;
    if (!query.sortBy.isEmpty()) {
        QString error;
        sortPath = type.resolve(query.sortBy, &error);
        if (!sortPath)
            throw ScimError::invalidValue(QStringLiteral("sortBy: %1").arg(error));
    }
    const Paging paging = pagingOf(ctx, type.name(), query);
    const ListOrder order(sortPath, query.descending);
    const bool filtered = !query.filter.trimmed().isEmpty();
    const QList<Source> sources{{0, &type, filtered ? FilterParser::parse(query.filter, type) : FilterPtr()}};
    if (filtered && !order.isSorted() && !paging.byCursor) {
        if (std::optional<HttpResponse> response = plainLookup(ctx, type, *sources.first().filter, query, paging))
            return std::move(*response);
    }
    const Page page = filtered || order.isSorted() ? pageMatching(ctx, sources, query, paging, order)
                                                   : pageInOrder(ctx, sources, paging, order);
    QJsonArray resources;
    for (const Page::Entry &entry : page.entries)
        resources.append(m_renderer.render(ctx, type, entry.resource, query.attributes, query.excludedAttributes));
    return ScimMessages::json(200, respond(paging, page, resources));
}

HttpResponse ResourceQueries::searchAll(const ScimContext &ctx, const ListQuery &query)
{
    // Root-level search (RFC 7644 §3.4.3): every resource type the token may read.
    QList<Source> sources;
    QStringList readScopes;
    const QList<ResourceType> &types = ctx.schemas->resourceTypes();
    for (qsizetype rank = 0; rank < types.size(); ++rank) {
        readScopes.append(scopeFor("get", types.at(rank)));
        if (ctx.token.scopes.contains(readScopes.constLast()))
            sources.append({int(rank), &types.at(rank), FilterPtr()});
    }
    if (sources.isEmpty())
        throw ScimError(403, QString(),
                        QStringLiteral("Insufficient scope: searching requires one of '%1'")
                            .arg(readScopes.join(QStringLiteral("', '"))));

    std::optional<AttributePath> sortPath;
    if (!query.sortBy.isEmpty()) {
        sortPath = sources.first().type->resolve(query.sortBy);
        if (!sortPath)
            throw ScimError::invalidValue(QStringLiteral("sortBy: unknown attribute '%1'").arg(query.sortBy));
    }
    const Paging paging = pagingOf(ctx, QStringLiteral("/.search"), query);
    const ListOrder order(sortPath, query.descending);
    const bool filtered = !query.filter.trimmed().isEmpty();
    if (filtered) {
        // A filter on an attribute one type lacks (userName for Groups) matches nothing of that type; it is an
        // error only when no type can evaluate it.
        std::optional<ScimError> filterError;
        QList<Source> searchable;
        for (Source source : std::as_const(sources)) {
            try {
                source.filter = FilterParser::parse(query.filter, *source.type);
            } catch (const ScimError &error) {
                if (error.scimType() != QLatin1String("invalidFilter"))
                    throw;
                if (!filterError)
                    filterError = error;
                continue;
            }
            searchable.append(source);
        }
        if (searchable.isEmpty() && filterError)
            throw *filterError;
        sources = searchable;
    }
    const Page page = filtered || order.isSorted() ? pageMatching(ctx, sources, query, paging, order)
                                                   : pageInOrder(ctx, sources, paging, order);
    QJsonArray resources;
    for (const Page::Entry &entry : page.entries) {
        const ResourceType &type = types.at(entry.key.typeRank);
        const QStringList attributes = AttributeProjection::parseList(query.attributes.join(QLatin1Char(',')), type);
        const QStringList excluded =
            AttributeProjection::parseList(query.excludedAttributes.join(QLatin1Char(',')), type);
        resources.append(m_renderer.render(ctx, type, entry.resource, attributes, excluded));
    }
    return ScimMessages::json(200, respond(paging, page, resources));
}

std::optional<HttpResponse> ResourceQueries::plainLookup(const ScimContext &ctx, const ResourceType &type,
                                                         const FilterNode &filter, const ListQuery &query,
                                                         const Paging &paging)
{
    if (filter.kind != FilterNode::Kind::Compare || paging.startIndex != 1 || !query.attributes.isEmpty() ||
        !query.excludedAttributes.isEmpty())
        return std::nullopt;
    const std::optional<QList<FilterPlanner::Lookup>> lookups = FilterPlanner::indexLookups(filter);
    if (!lookups || lookups->size() != 1 || lookups->constFirst().attribute == FilterPlanner::Lookup::Attribute::Id)
        return std::nullopt;
    const FilterPlanner::Lookup &lookup = lookups->constFirst();
    const bool byName = lookup.attribute == FilterPlanner::Lookup::Attribute::UserName;
    QList<QByteArray> cbor;
    const QList<StoredResource> found = m_store.resourcesByAttributeForRead(
        ctx.connectionId, type.name(), byName ? IndexedAttribute::UserName : IndexedAttribute::ExternalId, lookup.value,
        cbor);
    if (found.size() > paging.count || found.isEmpty())
        return std::nullopt; // a page smaller than the matches, or none: the general path words those
    // The index finds the candidates; the comparison itself (case rules included) is still the evaluator's, on
    // the one attribute it reads.
    const QByteArray member = byName ? QByteArrayLiteral("userName") : QByteArrayLiteral("externalId");
    QList<QByteArray> bodies;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const StoredResource &resource = found.at(i);
        const bool undecoded = !cbor.at(i).isEmpty();
        const QJsonObject compared = undecoded ? JsonCbor::decodeMembers(cbor.at(i), {member}) : resource.data;
        if (!FilterEvaluator::matches(filter, compared))
            return std::nullopt;
        std::optional<QByteArray> body = undecoded
                                             ? m_renderer.plainBody(ctx, type, resource, cbor.at(i))
                                             : JsonWriter::compact(m_renderer.render(ctx, type, resource, {}, {}));
        if (!body)
            return std::nullopt;
        bodies.append(std::move(*body));
    }
    // The envelope as listResponse() writes it, with placeholders where the resources go: its members are in
    // key order, so `Resources` comes first.
    QJsonArray nulls;
    for (qsizetype i = 0; i < found.size(); ++i)
        nulls.append(QJsonValue::Null);
    const QByteArray envelope = JsonWriter::compact(ScimMessages::listResponse(nulls, found.size(), 1));
    QByteArray placeholders = "{\"Resources\":[null";
    for (qsizetype i = 1; i < found.size(); ++i)
        placeholders += ",null";
    placeholders += ']';
    if (!envelope.startsWith(placeholders))
        return std::nullopt;
    QByteArray body = "{\"Resources\":[" + bodies.join(',') + envelope.mid(placeholders.size() - 1);
    if (m_statistics)
        ++m_statistics->indexedLookups;
    return ScimMessages::jsonText(200, std::move(body));
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
    // A plain GET of a row that is not in memory is rendered from its stored CBOR, without decoding it.
    const bool plain = query.attributes.isEmpty() && query.excludedAttributes.isEmpty();
    QByteArray cbor;
    std::optional<StoredResource> found = plain ? m_store.resourceForRead(ctx.connectionId, type.name(), id, cbor)
                                                : m_store.resource(ctx.connectionId, type.name(), id);
    if (!found)
        throw ScimError::notFound(QStringLiteral("%1 %2 not found").arg(type.name(), id));
    StoredResource &stored = *found;
    m_renderer.noteUser(ctx, type, stored);
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
    if (!cbor.isEmpty()) {
        if (std::optional<HttpResponse> response = m_renderer.plainResponse(200, ctx, type, stored, cbor))
            return std::move(*response);
        stored.data = JsonCbor::decode(cbor);
    }
    return m_renderer.response(200, ctx, type, stored, query.attributes, query.excludedAttributes);
}

} // namespace scim
