#include "ScimService.h"

#include "AttributeProjection.h"
#include "FilterEvaluator.h"
#include "FilterParser.h"
#include "FilterPlanner.h"
#include "GroupMembership.h"
#include "JsonWriter.h"
#include "PasswordHasher.h"
#include "PatchEngine.h"
#include "ProfileService.h"
#include "RandomId.h"
#include "ResourceValidator.h"
#include "SchemaRegistry.h"
#include "ScimConstants.h"
#include "Store.h"
#include "StoreError.h"
#include "TokenService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace scim {

namespace {

const QByteArray kScimContentType = QByteArrayLiteral("application/scim+json");

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QStringList splitPath(const QString &subPath)
{
    return subPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

HttpResponse methodNotAllowed(const QByteArray &allowed)
{
    HttpResponse response = ScimService::errorResponse(ScimError(
        405, QString(), QStringLiteral("Method not allowed here; allowed: %1").arg(QString::fromLatin1(allowed))));
    response.setHeader(QByteArrayLiteral("Allow"), allowed);
    return response;
}

qsizetype parseIndex(const QJsonValue &value, const QString &name)
{
    if (value.isDouble())
        return qsizetype(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qsizetype parsed = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return parsed;
    }
    throw ScimError::invalidValue(QStringLiteral("'%1' must be an integer").arg(name));
}

QStringList stringList(const QJsonValue &value, const QString &name)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString())
        return {value.toString()};
    if (!value.isArray())
        throw ScimError::invalidValue(QStringLiteral("'%1' must be an array of strings").arg(name));
    QStringList result;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            throw ScimError::invalidValue(QStringLiteral("'%1' must be an array of strings").arg(name));
        result.append(item.toString());
    }
    return result;
}

QString stringValue(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

} // namespace

ScimService::ScimService(Store &store, TokenService &tokens, const SchemaRegistry &registry)
    : m_store(store)
    , m_tokens(tokens)
    , m_registry(registry)
    , m_membership(std::make_unique<GroupMembership>(store))
{}

ScimService::~ScimService() = default;

bool ScimService::isGroup(const ResourceType &type) const
{
    return &type == &m_registry.groups();
}

// True unless the request's attributes/excludedAttributes leave `name` out, so that e.g.
// `excludedAttributes=members` never loads a group's member list.
bool ScimService::wants(const QString &name, const QStringList &attributes, const QStringList &excluded)
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

QJsonObject ScimService::withComputedAttributes(const Context &ctx, const ResourceType &type, const QJsonObject &data,
                                                const QString &id, const QStringList &attributes,
                                                const QStringList &excluded) const
{
    const auto locate = [this, &ctx](const QString &typeName, const QString &targetId) {
        const ResourceType *target = m_registry.resourceTypeByName(typeName);
        return target ? location(ctx.connectionId, *target, targetId) : QString();
    };
    QJsonObject result = data;
    if (isGroup(type)) {
        if (wants(QStringLiteral("members"), attributes, excluded)) {
            ++m_statistics.memberListsLoaded;
            const QJsonArray members = m_membership->renderMembers(id, locate);
            if (!members.isEmpty())
                result.insert(QStringLiteral("members"), members);
        }
    } else if (&type == &m_registry.users() && wants(QStringLiteral("groups"), attributes, excluded)) {
        const QJsonArray groups = m_membership->renderGroups(ctx.connectionId, id, locate);
        if (!groups.isEmpty())
            result.insert(QStringLiteral("groups"), groups);
    }
    return result;
}

HttpResponse ScimService::scimJson(int status, const QJsonObject &body)
{
    // The same bytes as HttpResponse::json(), written by the faster JsonWriter: every SCIM answer goes here.
    HttpResponse response;
    response.status = status;
    response.body = JsonWriter::compact(body);
    response.headers.append({QByteArrayLiteral("Content-Type"), kScimContentType});
    return response;
}

HttpResponse ScimService::errorResponse(const ScimError &error)
{
    return scimJson(error.status(), error.toJson());
}

QString ScimService::connectionBase(const QString &connectionId) const
{
    return m_baseUrl + QStringLiteral("/scim/v2/connections/") + connectionId;
}

QString ScimService::location(const QString &connectionId, const ResourceType &type, const QString &id) const
{
    return connectionBase(connectionId) + type.endpoint() + QLatin1Char('/') + id;
}

QString ScimService::etag(qint64 version)
{
    return QStringLiteral("W/\"%1\"").arg(version);
}

QString ScimService::uniqueAttribute(const ResourceType &type)
{
    for (const AttributeDefinition &attr : type.coreSchema().attributes) {
        if (attr.uniqueness != AttributeDefinition::Uniqueness::None)
            return attr.name;
    }
    return {};
}

QString ScimService::scopeFor(const QByteArray &method, const ResourceType &type)
{
    const QString resource = type.endpoint().mid(1).toLower();
    return QString::fromLatin1(method.toLower()) + QLatin1Char(':') + resource;
}

void ScimService::requireScope(const Context &ctx, const QString &scope) const
{
    if (!ctx.token.scopes.contains(scope))
        throw ScimError(403, QString(), QStringLiteral("Insufficient scope: this operation requires '%1'").arg(scope));
}

HttpResponse ScimService::handle(const HttpRequest &request, const QString &connectionId, const QString &subPath,
                                 ScimRequestInfo *info)
{
    try {
        if (!m_store.scimConfiguration(connectionId))
            throw ScimError::notFound(QStringLiteral("SCIM is not enabled for this connection"));

        const TokenService::Authentication auth =
            m_tokens.authenticate(connectionId, request.header("authorization"), QDateTime::currentDateTimeUtc());
        if (!auth.ok()) {
            HttpResponse response = errorResponse(ScimError(401, QString(), auth.reason()));
            response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"SCIM\""));
            return response;
        }
        if (info)
            info->tokenId = auth.token->tokenId;
        const Context ctx{request, connectionId, *auth.token, info};
        return routeRetryingStale(ctx, splitPath(subPath));
    } catch (const ScimError &error) {
        return errorResponse(error);
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::Conflict)
            return errorResponse(ScimError::uniqueness(QStringLiteral("A resource with the same unique value exists")));
        qWarning("scim: storage failure: %s", qUtf8Printable(error.message()));
        return errorResponse(ScimError(500, QString(), QStringLiteral("Internal storage error")));
    }
}

HttpResponse ScimService::routeRetryingStale(const Context &ctx, const QStringList &segments)
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

HttpResponse ScimService::route(const Context &ctx, const QStringList &segments)
{
    const QByteArray &method = ctx.request.method;
    if (segments.isEmpty())
        throw ScimError::notFound(QStringLiteral("No SCIM endpoint at this path"));

    const QString &first = segments.at(0);
    if (first.compare(QLatin1String("ServiceProviderConfig"), Qt::CaseInsensitive) == 0 && segments.size() == 1) {
        if (method != "GET")
            return methodNotAllowed("GET");
        return serviceProviderConfig(ctx);
    }
    if (first.compare(QLatin1String("ResourceTypes"), Qt::CaseInsensitive) == 0 && segments.size() <= 2) {
        if (method != "GET")
            return methodNotAllowed("GET");
        return resourceTypes(ctx, segments.value(1));
    }
    if (first.compare(QLatin1String("Schemas"), Qt::CaseInsensitive) == 0 && segments.size() <= 2) {
        if (method != "GET")
            return methodNotAllowed("GET");
        return schemas(ctx, segments.value(1));
    }
    if (first == QLatin1String(".search") && segments.size() == 1) {
        if (method != "POST")
            return methodNotAllowed("POST");
        return searchAll(ctx, listQueryFromBody(parseBody(ctx.request), nullptr));
    }
    if (first.compare(QLatin1String("Bulk"), Qt::CaseInsensitive) == 0 && segments.size() == 1) {
        if (method != "POST")
            return methodNotAllowed("POST");
        return bulk(ctx);
    }
    if (first.compare(QLatin1String("Me"), Qt::CaseInsensitive) == 0)
        throw ScimError(501, QString(),
                        QStringLiteral("/Me is not supported: tokens authenticate a client, not a user"));

    const ResourceType *type = m_registry.resourceTypeByEndpoint(first);
    if (!type || segments.size() > 2)
        throw ScimError::notFound(QStringLiteral("No SCIM endpoint at this path"));

    if (segments.size() == 1) {
        if (method == "GET") {
            requireScope(ctx, scopeFor("get", *type));
            return listResources(ctx, *type, listQueryFromUrl(ctx.request, type));
        }
        if (method == "POST") {
            requireScope(ctx, scopeFor("post", *type));
            return createResource(ctx, *type);
        }
        return methodNotAllowed("GET, POST");
    }
    const QString &id = segments.at(1);
    if (id == QLatin1String(".search")) {
        if (method != "POST")
            return methodNotAllowed("POST");
        requireScope(ctx, scopeFor("get", *type));
        return listResources(ctx, *type, listQueryFromBody(parseBody(ctx.request), type));
    }
    if (method == "GET") {
        requireScope(ctx, scopeFor("get", *type));
        return getResource(ctx, *type, id);
    }
    if (method == "PUT") {
        requireScope(ctx, scopeFor("put", *type));
        return replaceResource(ctx, *type, id);
    }
    if (method == "PATCH") {
        requireScope(ctx, scopeFor("patch", *type));
        return patchResource(ctx, *type, id);
    }
    if (method == "DELETE") {
        requireScope(ctx, scopeFor("delete", *type));
        return deleteResource(ctx, *type, id);
    }
    return methodNotAllowed("GET, PUT, PATCH, DELETE");
}

// --- Discovery (generated from the schema registry and the real capabilities) ------------------------

HttpResponse ScimService::serviceProviderConfig(const Context &ctx) const
{
    auto supported = [](bool value) { return QJsonObject{{QStringLiteral("supported"), value}}; };
    QJsonObject filter = supported(true);
    filter.insert(QStringLiteral("maxResults"), kMaxResults);
    QJsonObject bulk = supported(true);
    bulk.insert(QStringLiteral("maxOperations"), kMaxBulkOperations);
    bulk.insert(QStringLiteral("maxPayloadSize"), kMaxPayloadSize);
    const QJsonObject body{
        {QStringLiteral("schemas"), QJsonArray{Urn::serviceProviderConfig()}},
        {QStringLiteral("documentationUri"), QStringLiteral("https://datatracker.ietf.org/doc/html/rfc7644")},
        {QStringLiteral("patch"), supported(true)},
        {QStringLiteral("bulk"), bulk},
        {QStringLiteral("filter"), filter},
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
                     {QStringLiteral("location"),
                      QString(connectionBase(ctx.connectionId) + QStringLiteral("/ServiceProviderConfig"))}}},
    };
    return scimJson(200, body);
}

HttpResponse ScimService::resourceTypes(const Context &ctx, const QString &name) const
{
    auto render = [&](const ResourceType &type) {
        return type.toJson(connectionBase(ctx.connectionId) + QStringLiteral("/ResourceTypes/") + type.name());
    };
    if (!name.isEmpty()) {
        const ResourceType *type = m_registry.resourceTypeByName(name);
        if (!type)
            throw ScimError::notFound(QStringLiteral("Resource type '%1' not found").arg(name));
        return scimJson(200, render(*type));
    }
    QJsonArray resources;
    for (const ResourceType &type : m_registry.resourceTypes())
        resources.append(render(type));
    return scimJson(200, QJsonObject{{QStringLiteral("schemas"), QJsonArray{Urn::listResponse()}},
                                     {QStringLiteral("totalResults"), resources.size()},
                                     {QStringLiteral("itemsPerPage"), resources.size()},
                                     {QStringLiteral("startIndex"), 1},
                                     {QStringLiteral("Resources"), resources}});
}

HttpResponse ScimService::schemas(const Context &ctx, const QString &urn) const
{
    auto render = [&](const Schema &schema) {
        return schema.toJson(connectionBase(ctx.connectionId) + QStringLiteral("/Schemas/") + schema.id);
    };
    if (!urn.isEmpty()) {
        const Schema *schema = m_registry.schema(urn);
        if (!schema)
            throw ScimError::notFound(QStringLiteral("Schema '%1' not found").arg(urn));
        return scimJson(200, render(*schema));
    }
    QJsonArray resources;
    for (const Schema *schema : m_registry.schemas())
        resources.append(render(*schema));
    return scimJson(200, QJsonObject{{QStringLiteral("schemas"), QJsonArray{Urn::listResponse()}},
                                     {QStringLiteral("totalResults"), resources.size()},
                                     {QStringLiteral("itemsPerPage"), resources.size()},
                                     {QStringLiteral("startIndex"), 1},
                                     {QStringLiteral("Resources"), resources}});
}

// --- Query parameters --------------------------------------------------------------------------------

ScimService::ListQuery ScimService::listQueryFromUrl(const HttpRequest &request, const ResourceType *type) const
{
    ListQuery query;
    query.filter = request.queryItem(QStringLiteral("filter"));
    query.sortBy = request.queryItem(QStringLiteral("sortBy"));
    const QString order = request.queryItem(QStringLiteral("sortOrder"));
    if (!order.isEmpty()) {
        if (order.compare(QLatin1String("descending"), Qt::CaseInsensitive) == 0)
            query.descending = true;
        else if (order.compare(QLatin1String("ascending"), Qt::CaseInsensitive) != 0)
            throw ScimError::invalidValue(QStringLiteral("sortOrder must be 'ascending' or 'descending'"));
    }
    if (request.hasQueryItem(QStringLiteral("startIndex")))
        query.startIndex =
            parseIndex(QJsonValue(request.queryItem(QStringLiteral("startIndex"))), QStringLiteral("startIndex"));
    if (request.hasQueryItem(QStringLiteral("count")))
        query.count = parseIndex(QJsonValue(request.queryItem(QStringLiteral("count"))), QStringLiteral("count"));
    if (type) {
        query.attributes = AttributeProjection::parseList(request.queryItem(QStringLiteral("attributes")), *type);
        query.excludedAttributes =
            AttributeProjection::parseList(request.queryItem(QStringLiteral("excludedAttributes")), *type);
    }
    return query;
}

ScimService::ListQuery ScimService::listQueryFromBody(const QJsonObject &body, const ResourceType *type) const
{
    ListQuery query;
    const QJsonValue filter = body.value(QStringLiteral("filter"));
    if (!filter.isUndefined() && !filter.isNull() && !filter.isString())
        throw ScimError::invalidValue(QStringLiteral("'filter' must be a string"));
    query.filter = filter.toString();
    query.sortBy = stringValue(body, QStringLiteral("sortBy"));
    const QString order = stringValue(body, QStringLiteral("sortOrder"));
    if (!order.isEmpty()) {
        if (order.compare(QLatin1String("descending"), Qt::CaseInsensitive) == 0)
            query.descending = true;
        else if (order.compare(QLatin1String("ascending"), Qt::CaseInsensitive) != 0)
            throw ScimError::invalidValue(QStringLiteral("sortOrder must be 'ascending' or 'descending'"));
    }
    if (body.contains(QStringLiteral("startIndex")))
        query.startIndex = parseIndex(body.value(QStringLiteral("startIndex")), QStringLiteral("startIndex"));
    if (body.contains(QStringLiteral("count")))
        query.count = parseIndex(body.value(QStringLiteral("count")), QStringLiteral("count"));
    const QStringList attributes = stringList(body.value(QStringLiteral("attributes")), QStringLiteral("attributes"));
    const QStringList excluded =
        stringList(body.value(QStringLiteral("excludedAttributes")), QStringLiteral("excludedAttributes"));
    if (type) {
        query.attributes = AttributeProjection::parseList(attributes.join(QLatin1Char(',')), *type);
        query.excludedAttributes = AttributeProjection::parseList(excluded.join(QLatin1Char(',')), *type);
    } else {
        query.attributes = attributes;
        query.excludedAttributes = excluded;
    }
    return query;
}

QJsonObject ScimService::parseBody(const HttpRequest &request) const
{
    const QByteArray contentType = request.header("content-type").toLower();
    if (!contentType.isEmpty() && !contentType.startsWith("application/scim+json") &&
        !contentType.startsWith("application/json"))
        throw ScimError(415, QString(),
                        QStringLiteral("Content-Type must be application/scim+json or application/json"));
    if (request.body.size() > kMaxPayloadSize)
        throw ScimError(413, QString(), QStringLiteral("Request body exceeds %1 bytes").arg(kMaxPayloadSize));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw ScimError::invalidSyntax(
            QStringLiteral("Malformed JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        throw ScimError::invalidSyntax(QStringLiteral("The request body must be a JSON object"));
    return document.object();
}

// --- Reading -----------------------------------------------------------------------------------------

QList<StoredResource> ScimService::findMatching(const Context &ctx, const ResourceType &type, const ListQuery &query)
{
    const FilterPtr filter = FilterParser::parse(query.filter, type);
    QList<StoredResource> candidates;
    if (const std::optional<QList<FilterPlanner::Lookup>> lookups = FilterPlanner::indexLookups(*filter)) {
        ++m_statistics.indexedLookups;
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
        ++m_statistics.fullScans;
        candidates = m_store.allResources(ctx.connectionId, type.name());
    }
    // Members and group memberships are relations; a filter that names them sees them materialised.
    const bool computed = query.filter.contains(QLatin1String("members"), Qt::CaseInsensitive) ||
                          query.filter.contains(QLatin1String("groups"), Qt::CaseInsensitive);
    QList<StoredResource> matched;
    for (StoredResource &resource : candidates) {
        const bool match = computed ? FilterEvaluator::matches(*filter, withComputedAttributes(ctx, type, resource.data,
                                                                                               resource.id, {}, {}))
                                    : FilterEvaluator::matches(*filter, resource.data);
        if (match)
            matched.append(std::move(resource));
    }
    return matched;
}

HttpResponse ScimService::listResources(const Context &ctx, const ResourceType &type, const ListQuery &query)
{
    const qsizetype startIndex = std::max<qsizetype>(1, query.startIndex);
    const qsizetype count = std::clamp<qsizetype>(query.count, 0, kMaxResults);

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
            ++m_statistics.fullScans;
            matched = m_store.allResources(ctx.connectionId, type.name());
        } else {
            matched = findMatching(ctx, type, query);
        }
        if (sortPath) {
            const AttributePath path = *sortPath;
            const bool descending = query.descending;
            std::stable_sort(matched.begin(), matched.end(),
                             [&path, descending](const StoredResource &a, const StoredResource &b) {
                                 const int order = FilterEvaluator::compareForSort(a.data, b.data, path);
                                 return descending ? order > 0 : order < 0;
                             });
        }
        total = matched.size();
        if (count > 0 && startIndex <= total)
            page = matched.mid(startIndex - 1, count);
    }

    QJsonArray resources;
    for (const StoredResource &stored : std::as_const(page))
        resources.append(renderResource(ctx, type, stored, query.attributes, query.excludedAttributes));
    return scimJson(200, QJsonObject{{QStringLiteral("schemas"), QJsonArray{Urn::listResponse()}},
                                     {QStringLiteral("totalResults"), qint64(total)},
                                     {QStringLiteral("itemsPerPage"), resources.size()},
                                     {QStringLiteral("startIndex"), qint64(startIndex)},
                                     {QStringLiteral("Resources"), resources}});
}

HttpResponse ScimService::searchAll(const Context &ctx, const ListQuery &query)
{
    // Root-level search (RFC 7644 §3.4.3): every resource type the token may read.
    QList<const ResourceType *> types;
    QStringList readScopes;
    for (const ResourceType &type : m_registry.resourceTypes()) {
        readScopes.append(scopeFor("get", type));
        if (ctx.token.scopes.contains(readScopes.constLast()))
            types.append(&type);
    }
    if (types.isEmpty())
        throw ScimError(403, QString(),
                        QStringLiteral("Insufficient scope: searching requires one of '%1'")
                            .arg(readScopes.join(QStringLiteral("', '"))));

    const qsizetype startIndex = std::max<qsizetype>(1, query.startIndex);
    const qsizetype count = std::clamp<qsizetype>(query.count, 0, kMaxResults);
    QList<QPair<const ResourceType *, StoredResource>> matched;
    std::optional<ScimError> filterError;
    int searchedTypes = 0;
    for (const ResourceType *type : std::as_const(types)) {
        QList<StoredResource> found;
        if (query.filter.trimmed().isEmpty()) {
            ++m_statistics.fullScans;
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
            const int order = FilterEvaluator::compareForSort(a.second.data, b.second.data, *path);
            return descending ? order > 0 : order < 0;
        });
    }
    QJsonArray resources;
    for (qsizetype i = startIndex - 1; i < matched.size() && resources.size() < count; ++i) {
        const ResourceType &type = *matched.at(i).first;
        const QStringList attributes = AttributeProjection::parseList(query.attributes.join(QLatin1Char(',')), type);
        const QStringList excluded =
            AttributeProjection::parseList(query.excludedAttributes.join(QLatin1Char(',')), type);
        resources.append(renderResource(ctx, type, matched.at(i).second, attributes, excluded));
    }
    return scimJson(200, QJsonObject{{QStringLiteral("schemas"), QJsonArray{Urn::listResponse()}},
                                     {QStringLiteral("totalResults"), qint64(matched.size())},
                                     {QStringLiteral("itemsPerPage"), resources.size()},
                                     {QStringLiteral("startIndex"), qint64(startIndex)},
                                     {QStringLiteral("Resources"), resources}});
}

StoredResource ScimService::loadExisting(const Context &ctx, const ResourceType &type, const QString &id)
{
    std::optional<StoredResource> stored = m_store.resource(ctx.connectionId, type.name(), id);
    if (!stored)
        throw ScimError::notFound(QStringLiteral("%1 %2 not found").arg(type.name(), id));
    noteUser(ctx, type, *stored);
    return *stored;
}

void ScimService::noteUser(const Context &ctx, const ResourceType &type, const StoredResource &stored) const
{
    if (!ctx.info || isGroup(type))
        return;
    ctx.info->userId = stored.id;
    ctx.info->userName = stored.uniqueKey;
}

void ScimService::checkPreconditions(const Context &ctx, const StoredResource &existing) const
{
    const QByteArray ifMatch = ctx.request.header("if-match").trimmed();
    if (ifMatch.isEmpty() || ifMatch == "*")
        return;
    const QByteArray current = etag(existing.version).toLatin1();
    const QByteArray strongCurrent = current.mid(2);
    for (QByteArray candidate : ifMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate == current || candidate == strongCurrent)
            return;
    }
    throw ScimError(412, QString(),
                    QStringLiteral("The resource was modified: If-Match does not match version %1")
                        .arg(QString::fromLatin1(current)));
}

HttpResponse ScimService::getResource(const Context &ctx, const ResourceType &type, const QString &id)
{
    const ListQuery query = listQueryFromUrl(ctx.request, &type);
    const StoredResource stored = loadExisting(ctx, type, id);
    const QByteArray ifNoneMatch = ctx.request.header("if-none-match").trimmed();
    if (!ifNoneMatch.isEmpty()) {
        const QByteArray current = etag(stored.version).toLatin1();
        for (QByteArray candidate : ifNoneMatch.split(',')) {
            candidate = candidate.trimmed();
            if (candidate == "*" || candidate == current || candidate == current.mid(2)) {
                HttpResponse response = HttpResponse::empty(304);
                response.setHeader(QByteArrayLiteral("ETag"), current);
                return response;
            }
        }
    }
    return resourceResponse(200, ctx, type, stored, query.attributes, query.excludedAttributes);
}

// --- Writing -----------------------------------------------------------------------------------------

void ScimService::checkUniqueness(const Context &ctx, const ResourceType &type, const QJsonObject &resource,
                                  const QString &selfId)
{
    const QString attribute = uniqueAttribute(type);
    if (attribute.isEmpty())
        return;
    const QString value = stringValue(resource, attribute);
    if (value.isEmpty())
        return;
    for (const StoredResource &other :
         m_store.resourcesByAttribute(ctx.connectionId, type.name(), IndexedAttribute::UserName, value)) {
        if (other.id != selfId)
            throw ScimError::uniqueness(QStringLiteral("%1 '%2' is already in use").arg(attribute, value));
    }
}

HttpResponse ScimService::createResource(const Context &ctx, const ResourceType &type)
{
    const ListQuery query = listQueryFromUrl(ctx.request, &type);
    QJsonObject body = parseBody(ctx.request);
    if (isGroup(type))
        body = withMemberDisplayAliases(body);
    ResourceValidator::Result normalized = ResourceValidator::normalize(body, type, ResourceValidator::Mode::Create);
    const QJsonArray members = normalized.resource.take(QStringLiteral("members")).toArray();
    checkUniqueness(ctx, type, normalized.resource, QString());

    StoredResource stored;
    stored.connectionId = ctx.connectionId;
    stored.resourceType = type.name();
    stored.id = RandomId::uuid();
    stored.version = 1;
    const QString now = nowIso();
    QJsonObject data = normalized.resource;
    data.insert(QStringLiteral("id"), stored.id);
    data.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("resourceType"), type.name()},
                                                    {QStringLiteral("created"), now},
                                                    {QStringLiteral("lastModified"), now},
                                                    {QStringLiteral("version"), etag(stored.version)}});
    stored.data = data;
    stored.uniqueKey = stringValue(data, uniqueAttribute(type));
    stored.externalId = stringValue(data, QStringLiteral("externalId"));
    if (normalized.password)
        stored.passwordHash = PasswordHasher::hash(*normalized.password);
    if (isGroup(type)) {
        const QList<Membership> rows = m_membership->toRows(members, ctx.connectionId, stored.id);
        m_store.transaction([&] {
            persist(ctx, type, stored, true, false);
            m_membership->replace(ctx.connectionId, stored.id, rows);
        });
    } else {
        persist(ctx, type, stored, true, false);
    }

    HttpResponse response = resourceResponse(201, ctx, type, stored, query.attributes, query.excludedAttributes);
    response.setHeader(QByteArrayLiteral("Location"), location(ctx.connectionId, type, stored.id).toUtf8());
    return response;
}

HttpResponse ScimService::replaceResource(const Context &ctx, const ResourceType &type, const QString &id)
{
    const ListQuery query = listQueryFromUrl(ctx.request, &type);
    QJsonObject body = parseBody(ctx.request);
    StoredResource stored = loadExisting(ctx, type, id);
    checkPreconditions(ctx, stored);
    if (isGroup(type))
        body = withMemberDisplayAliases(body);

    ResourceValidator::Result normalized =
        ResourceValidator::normalize(body, type, ResourceValidator::Mode::Replace, &stored.data);
    QJsonObject data = normalized.resource;
    const QJsonArray members = data.take(QStringLiteral("members")).toArray();
    data.insert(QStringLiteral("id"), stored.id);
    data.insert(QStringLiteral("meta"), stored.data.value(QStringLiteral("meta")));
    if (isGroup(type)) {
        // PUT replaces the member list too (absent means none).
        const QList<Membership> rows = m_membership->toRows(members, ctx.connectionId, stored.id);
        m_store.transaction([&] {
            const bool membersChanged = m_membership->replace(ctx.connectionId, stored.id, rows);
            if (membersChanged || data != stored.data)
                storeNewVersion(ctx, type, stored, data, std::nullopt);
        });
        return resourceResponse(200, ctx, type, stored, query.attributes, query.excludedAttributes);
    }
    if (data == stored.data && !normalized.password)
        return resourceResponse(200, ctx, type, stored, query.attributes, query.excludedAttributes);

    storeNewVersion(ctx, type, stored, data, normalized.password);
    return resourceResponse(200, ctx, type, stored, query.attributes, query.excludedAttributes);
}

HttpResponse ScimService::patchResource(const Context &ctx, const ResourceType &type, const QString &id)
{
    const ListQuery query = listQueryFromUrl(ctx.request, &type);
    const QJsonObject body = parseBody(ctx.request);
    StoredResource stored = loadExisting(ctx, type, id);
    checkPreconditions(ctx, stored);

    if (isGroup(type)) {
        patchGroup(ctx, type, stored, body);
    } else {
        PatchEngine::Result patched = PatchEngine::apply(stored.data, body, type);
        if (patched.changed || patched.password)
            storeNewVersion(ctx, type, stored, patched.resource, patched.password);
    }
    // RFC 7644 §3.5.2: 204 unless the client asked for attributes back.
    if (ctx.request.hasQueryItem(QStringLiteral("attributes")) ||
        ctx.request.hasQueryItem(QStringLiteral("excludedAttributes")))
        return resourceResponse(200, ctx, type, stored, query.attributes, query.excludedAttributes);
    HttpResponse response = HttpResponse::empty(204);
    response.setHeader(QByteArrayLiteral("ETag"), etag(stored.version).toLatin1());
    return response;
}

HttpResponse ScimService::deleteResource(const Context &ctx, const ResourceType &type, const QString &id)
{
    const StoredResource stored = loadExisting(ctx, type, id);
    checkPreconditions(ctx, stored);
    if (!m_store.deleteResource(ctx.connectionId, type.name(), id))
        throw ScimError::notFound(QStringLiteral("%1 %2 not found").arg(type.name(), id));
    return HttpResponse::empty(204);
}

// --- Bulk (RFC 7644 §3.7) -----------------------------------------------------------------------------

namespace {

const QString kBulkIdPrefix = QStringLiteral("bulkId:");

// Every `bulkId:x` a value refers to (in strings anywhere inside it).
void collectBulkReferences(const QJsonValue &value, QSet<QString> &out)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.startsWith(kBulkIdPrefix))
            out.insert(text.mid(kBulkIdPrefix.size()));
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectBulkReferences(item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            collectBulkReferences(it.value(), out);
    }
}

QJsonValue resolveBulkReferences(const QJsonValue &value, const QHash<QString, QString> &ids)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.startsWith(kBulkIdPrefix))
            return ids.value(text.mid(kBulkIdPrefix.size()), text);
        return value;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(resolveBulkReferences(item, ids));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = resolveBulkReferences(it.value(), ids);
        return object;
    }
    return value;
}

} // namespace

HttpResponse ScimService::bulk(const Context &ctx)
{
    const QJsonObject body = parseBody(ctx.request);
    const QJsonArray schemas = body.value(QStringLiteral("schemas")).toArray();
    if (!schemas.contains(QJsonValue(Urn::bulkRequest())))
        throw ScimError::invalidSyntax(
            QStringLiteral("A bulk request must carry the schema %1").arg(Urn::bulkRequest()));
    const QJsonValue operationsValue = body.value(QStringLiteral("Operations"));
    if (!operationsValue.isArray())
        throw ScimError::invalidSyntax(QStringLiteral("A bulk request needs an 'Operations' array"));
    const QJsonArray operations = operationsValue.toArray();
    if (operations.size() > kMaxBulkOperations)
        throw ScimError(413, QStringLiteral("tooLarge"),
                        QStringLiteral("The bulk request has %1 operations; maxOperations is %2")
                            .arg(operations.size())
                            .arg(kMaxBulkOperations));
    int failOnErrors = 0; // 0: process everything
    if (body.contains(QStringLiteral("failOnErrors"))) {
        const QJsonValue value = body.value(QStringLiteral("failOnErrors"));
        if (!value.isDouble() || value.toDouble() < 1 || value.toDouble() != double(int(value.toDouble())))
            throw ScimError::invalidValue(QStringLiteral("'failOnErrors' must be a positive integer"));
        failOnErrors = value.toInt();
    }

    struct Pending
    {
        int index;
        QString method;
        QString bulkId;
        QString path;
        QJsonValue data;
        QString version;
        QSet<QString> references;
    };
    QList<Pending> pending;
    QSet<QString> declaredBulkIds;
    QList<QJsonObject> results(operations.size());
    for (int i = 0; i < operations.size(); ++i) {
        const QJsonObject operation = operations.at(i).toObject();
        Pending item{i,
                     operation.value(QStringLiteral("method")).toString().toUpper(),
                     operation.value(QStringLiteral("bulkId")).toString(),
                     operation.value(QStringLiteral("path")).toString(),
                     operation.value(QStringLiteral("data")),
                     operation.value(QStringLiteral("version")).toString(),
                     {}};
        collectBulkReferences(item.data, item.references);
        const qsizetype marker = item.path.indexOf(kBulkIdPrefix);
        if (marker >= 0)
            item.references.insert(item.path.mid(marker + kBulkIdPrefix.size()).section(QLatin1Char('/'), 0, 0));
        if (item.method == QLatin1String("POST") && !item.bulkId.isEmpty())
            declaredBulkIds.insert(item.bulkId);
        pending.append(item);
    }

    auto failure = [](const Pending &item, const ScimError &error) {
        QJsonObject result{{QStringLiteral("method"), item.method},
                           {QStringLiteral("status"), QString::number(error.status())},
                           {QStringLiteral("response"), error.toJson()}};
        if (!item.bulkId.isEmpty())
            result.insert(QStringLiteral("bulkId"), item.bulkId);
        return result;
    };

    QHash<QString, QString> createdIds; // bulkId → id
    int errors = 0;
    bool stopped = false;
    // Run whatever has its references resolved; repeat until nothing more can run (RFC 7644 §3.7.1).
    while (!pending.isEmpty() && !stopped) {
        bool progressed = false;
        for (qsizetype i = 0; i < pending.size() && !stopped;) {
            const Pending item = pending.at(i);
            bool ready = true;
            for (const QString &reference : item.references) {
                if (!createdIds.contains(reference) && declaredBulkIds.contains(reference))
                    ready = false;
            }
            if (!ready) {
                ++i;
                continue;
            }
            pending.removeAt(i);
            progressed = true;
            results[item.index] = runBulkOperation(ctx, item.method, item.bulkId, item.path, item.data, item.version,
                                                   createdIds, declaredBulkIds);
            const int status = results[item.index].value(QStringLiteral("status")).toString().toInt();
            if (status >= 400 && failOnErrors > 0 && ++errors >= failOnErrors)
                stopped = true;
        }
        if (!progressed) {
            // Whatever is left waits on each other: a circular reference.
            for (const Pending &item : std::as_const(pending)) {
                results[item.index] = failure(
                    item, ScimError(409, QStringLiteral("invalidValue"),
                                    QStringLiteral("Circular bulkId reference involving '%1'")
                                        .arg(QStringList(item.references.values()).join(QStringLiteral("', '")))));
            }
            pending.clear();
        }
    }

    QJsonArray responses;
    for (const QJsonObject &result : std::as_const(results)) {
        if (!result.isEmpty())
            responses.append(result);
    }
    return scimJson(200, QJsonObject{{QStringLiteral("schemas"), QJsonArray{Urn::bulkResponse()}},
                                     {QStringLiteral("Operations"), responses}});
}

QJsonObject ScimService::runBulkOperation(const Context &ctx, const QString &method, const QString &bulkId,
                                          const QString &path, const QJsonValue &data, const QString &version,
                                          QHash<QString, QString> &createdIds, const QSet<QString> &declaredBulkIds)
{
    QJsonObject result{{QStringLiteral("method"), method}};
    if (!bulkId.isEmpty())
        result.insert(QStringLiteral("bulkId"), bulkId);
    auto fail = [&result](const ScimError &error) {
        result.insert(QStringLiteral("status"), QString::number(error.status()));
        result.insert(QStringLiteral("response"), error.toJson());
        return result;
    };
    static const QStringList methods{QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
                                     QStringLiteral("DELETE")};
    if (!methods.contains(method))
        return fail(
            ScimError::invalidSyntax(QStringLiteral("Bulk operation method must be POST, PUT, PATCH or DELETE")));
    if (method == QLatin1String("POST") && bulkId.isEmpty())
        return fail(ScimError::invalidSyntax(QStringLiteral("A bulk POST needs a 'bulkId'")));
    if (!path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1String("/Bulk"), Qt::CaseInsensitive))
        return fail(
            ScimError::invalidPath(QStringLiteral("Bulk operation path must be a resource path such as /Users")));

    QString resolvedPath = path;
    for (auto it = createdIds.constBegin(); it != createdIds.constEnd(); ++it)
        resolvedPath.replace(kBulkIdPrefix + it.key(), it.value());
    if (resolvedPath.contains(kBulkIdPrefix))
        return fail(ScimError(409, QStringLiteral("invalidValue"),
                              QStringLiteral("Unknown or failed bulkId in path '%1'").arg(path)));
    const QJsonValue resolvedData = resolveBulkReferences(data, createdIds);
    QSet<QString> unresolved;
    collectBulkReferences(resolvedData, unresolved);
    if (!unresolved.isEmpty()) {
        const QString first = *unresolved.constBegin();
        return fail(ScimError(409, QStringLiteral("invalidValue"),
                              declaredBulkIds.contains(first)
                                  ? QStringLiteral("bulkId '%1' refers to an operation that failed").arg(first)
                                  : QStringLiteral("bulkId '%1' is not defined in this request").arg(first)));
    }

    HttpRequest request;
    request.method = method.toLatin1();
    request.path = resolvedPath;
    request.peer = ctx.request.peer;
    request.headers = {{"content-type", "application/scim+json"}};
    if (!version.isEmpty())
        request.headers.append({"if-match", version.toUtf8()});
    if (resolvedData.isObject())
        request.body = QJsonDocument(resolvedData.toObject()).toJson(QJsonDocument::Compact);
    const Context sub{request, ctx.connectionId, ctx.token, ctx.info};
    HttpResponse response;
    try {
        if (method != QLatin1String("DELETE") && !resolvedData.isObject())
            throw ScimError::invalidSyntax(QStringLiteral("Bulk %1 needs a 'data' object").arg(method));
        response = routeRetryingStale(sub, splitPath(resolvedPath));
    } catch (const ScimError &error) {
        return fail(error);
    } catch (const StoreError &error) {
        if (error.kind() != StoreError::Kind::Conflict)
            throw;
        return fail(ScimError::uniqueness(QStringLiteral("A resource with the same unique value exists")));
    }
    result.insert(QStringLiteral("status"), QString::number(response.status));
    if (response.status >= 400) {
        result.insert(QStringLiteral("response"), QJsonDocument::fromJson(response.body).object());
        return result;
    }
    const QByteArray etagValue = response.header("ETag");
    if (!etagValue.isEmpty())
        result.insert(QStringLiteral("version"), QString::fromLatin1(etagValue));
    const QJsonObject resource = QJsonDocument::fromJson(response.body).object();
    QString location = resource.value(QStringLiteral("meta")).toObject().value(QStringLiteral("location")).toString();
    if (location.isEmpty() && method != QLatin1String("DELETE"))
        location = connectionBase(ctx.connectionId) + resolvedPath;
    if (!location.isEmpty())
        result.insert(QStringLiteral("location"), location);
    if (method == QLatin1String("POST"))
        createdIds.insert(bulkId, resource.value(QStringLiteral("id")).toString());
    return result;
}

QJsonObject ScimService::withMemberDisplayAliases(QJsonObject body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key().compare(QLatin1String("members"), Qt::CaseInsensitive) == 0) {
            it.value() = GroupMembership::aliasDisplayNames(it.value());
            break;
        }
    }
    return body;
}

void ScimService::patchGroup(const Context &ctx, const ResourceType &type, StoredResource &stored,
                             const QJsonObject &body)
{
    const QJsonValue operations = body.value(QStringLiteral("Operations"));
    if (!operations.isArray() || operations.toArray().isEmpty())
        throw ScimError::invalidSyntax(QStringLiteral("A PatchOp needs a non-empty 'Operations' array"));
    QList<GroupMembership::Operation> memberOperations;
    const QJsonArray rest = GroupMembership::split(operations.toArray(), &memberOperations);

    // Member rows and the group's JSON change in one transaction: all operations or none.
    m_store.transaction([&] {
        bool membersChanged = false;
        for (const GroupMembership::Operation &operation : std::as_const(memberOperations))
            membersChanged = m_membership->apply(operation, ctx.connectionId, stored.id) || membersChanged;
        QJsonObject data = stored.data;
        bool changed = false;
        if (!rest.isEmpty()) {
            QJsonObject request = body;
            request.insert(QStringLiteral("Operations"), rest);
            PatchEngine::Result patched = PatchEngine::apply(stored.data, request, type);
            changed = patched.changed;
            data = patched.resource;
        }
        if (changed || membersChanged)
            storeNewVersion(ctx, type, stored, data, std::nullopt);
    });
}

void ScimService::storeNewVersion(const Context &ctx, const ResourceType &type, StoredResource &stored,
                                  QJsonObject data, const std::optional<QString> &password)
{
    data.insert(QStringLiteral("id"), stored.id);
    checkUniqueness(ctx, type, data, stored.id);
    // Deactivation (active true or absent → false) triggers session revocation once the write is stored.
    const bool deactivated = ctx.info && !isGroup(type) && stored.data.value(QStringLiteral("active")).toBool(true) &&
                             data.value(QStringLiteral("active")) == QJsonValue(false);
    stored.version += 1;
    QJsonObject meta = stored.data.value(QStringLiteral("meta")).toObject();
    meta.insert(QStringLiteral("lastModified"), nowIso());
    meta.insert(QStringLiteral("version"), etag(stored.version));
    data.insert(QStringLiteral("meta"), meta);
    stored.data = data;
    stored.uniqueKey = stringValue(data, uniqueAttribute(type));
    stored.externalId = stringValue(data, QStringLiteral("externalId"));
    stored.passwordHash = password ? PasswordHasher::hash(*password) : QByteArray();
    persist(ctx, type, stored, false, !password.has_value());
    if (deactivated)
        ctx.info->deactivatedUserIds.append(stored.id);
}

void ScimService::persist(const Context &ctx, const ResourceType &type, StoredResource &stored, bool insert,
                          bool keepPassword)
{
    // The profile is computed before anything is written and stored by the resource's own statement, so a
    // User write is atomic without a savepoint: it either lands whole or not at all.
    std::optional<UserProfile> profile;
    if (m_profiles && &type == &m_registry.users())
        profile = m_profiles->profileFor(ctx.connectionId, stored);
    const UserProfile *withProfile = profile ? &*profile : nullptr;
    if (insert)
        stored.sequence = m_store.insertResource(stored, withProfile);
    else
        m_store.updateResource(stored, keepPassword, withProfile);
}

// --- Rendering ---------------------------------------------------------------------------------------

QJsonObject ScimService::renderResource(const Context &ctx, const ResourceType &type, const StoredResource &stored,
                                        const QStringList &attributes, const QStringList &excluded) const
{
    QJsonObject data = withComputedAttributes(ctx, type, stored.data, stored.id, attributes, excluded);
    QJsonObject meta = data.value(QStringLiteral("meta")).toObject();
    meta.insert(QStringLiteral("location"), location(ctx.connectionId, type, stored.id));
    data.insert(QStringLiteral("meta"), meta);
    return AttributeProjection::apply(data, type, attributes, excluded);
}

HttpResponse ScimService::resourceResponse(int status, const Context &ctx, const ResourceType &type,
                                           const StoredResource &stored, const QStringList &attributes,
                                           const QStringList &excluded) const
{
    noteUser(ctx, type, stored);
    HttpResponse response = scimJson(status, renderResource(ctx, type, stored, attributes, excluded));
    response.setHeader(QByteArrayLiteral("ETag"), etag(stored.version).toLatin1());
    return response;
}

} // namespace scim
