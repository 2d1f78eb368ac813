#include "management/CustomSchemaEndpoints.h"

#include "common/Limits.h"
#include "management/ManagementContext.h"
#include "management/ManagementError.h"
#include "management/ManagementRequest.h"
#include "management/UndeclaredAttributeSurvey.h"
#include "mapping/AttributeMap.h"
#include "mapping/ProfileMapper.h"
#include "protocol/schema/ConnectionSchemas.h"
#include "protocol/schema/CustomSchemaValidator.h"
#include "protocol/schema/SchemaRegistry.h"
#include "protocol/validation/ResourceValues.h"
#include "storage/Store.h"

#include <QSet>
#include <QUrl>

namespace scim {

namespace {

ManagementError invalidSchema(const QList<CustomSchemaIssue> &issues)
{
    QJsonArray details;
    for (const CustomSchemaIssue &issue : issues)
        details.append(issue.toJson());
    return ManagementError(400, QStringLiteral("Invalid schema: %1").arg(issues.constFirst().message),
                           QStringLiteral("invalid_schema"), details);
}

ManagementError schemaNotFound(const QString &urn)
{
    return ManagementError(404, QStringLiteral("No schema '%1' is declared for this connection").arg(urn),
                           QStringLiteral("inexistent_schema"));
}

QList<CustomSchema> declaredExcept(const QJsonArray &declared, qsizetype skip)
{
    QList<CustomSchema> schemas = CustomSchema::listFromJson(declared);
    if (skip >= 0)
        schemas.removeAt(skip);
    return schemas;
}

// ?dry_run=true: the declaration is validated (the same rules, the same 400) and answered as it would be stored,
// but nothing is stored; the console checks an imported schema file this way before it offers it for editing.
bool isDryRun(const HttpRequest &request)
{
    const QString value = request.queryItem(QStringLiteral("dry_run"));
    if (value.isNull() || value == QLatin1String("false"))
        return false;
    if (value == QLatin1String("true"))
        return true;
    throw ManagementError::badRequest(
        QStringLiteral("Query validation error: 'dry_run' must be \"true\" or \"false\"."),
        QStringLiteral("invalid_query_string"));
}

QString uniqueSignature(const ResourceType &type)
{
    QStringList parts;
    for (const ResourceType::UniqueAttribute &unique : type.uniqueExtensionAttributes())
        parts.append(unique.path() + (unique.caseExact ? QStringLiteral("!") : QString()));
    return parts.join(QLatin1Char(','));
}

} // namespace

CustomSchemaEndpoints::CustomSchemaEndpoints(ManagementContext &context)
    : m_context(context)
{}

void CustomSchemaEndpoints::addRoutes(Router<const HttpRequest> &router)
{
    const QString base = QStringLiteral("/connections/{id}/scim-configuration/custom-schemas");
    router.add("GET", base, [this](const HttpRequest &, const QStringList &args) { return list(args.at(0)); });
    router.add("POST", base,
               [this](const HttpRequest &request, const QStringList &args) { return create(request, args.at(0)); });
    const QString one = base + QStringLiteral("/{urn}");
    // The URN arrives URL-encoded (its ':' as %3A) unless the transport decoded it already; a URN has no '%'.
    const auto urn = [](const QStringList &args) { return QUrl::fromPercentEncoding(args.at(1).toUtf8()); };
    router.add("GET", one,
               [this, urn](const HttpRequest &, const QStringList &args) { return get(args.at(0), urn(args)); });
    router.add("PUT", one, [this, urn](const HttpRequest &request, const QStringList &args) {
        return replace(request, args.at(0), urn(args));
    });
    router.add("DELETE", one,
               [this, urn](const HttpRequest &, const QStringList &args) { return remove(args.at(0), urn(args)); });
    router.add("GET", QStringLiteral("/connections/{id}/scim-configuration/undeclared-attributes"),
               [this](const HttpRequest &, const QStringList &args) { return undeclared(args.at(0)); });
}

qsizetype CustomSchemaEndpoints::indexOf(const QJsonArray &declared, const QString &urn)
{
    for (qsizetype i = 0; i < declared.size(); ++i) {
        const QString id =
            declared.at(i).toObject().value(QStringLiteral("schema")).toObject().value(QStringLiteral("id")).toString();
        if (id.compare(urn, Qt::CaseInsensitive) == 0)
            return i;
    }
    throw schemaNotFound(urn);
}

HttpResponse CustomSchemaEndpoints::list(const QString &id)
{
    const Connection connection = m_context.requireConnection(id);
    const ScimConfiguration configuration = m_context.requireScimConfiguration(connection);
    return HttpResponse::json(200, configuration.customSchemas, ManagementRequest::kJsonContentType);
}

HttpResponse CustomSchemaEndpoints::get(const QString &id, const QString &urn)
{
    const Connection connection = m_context.requireConnection(id);
    const ScimConfiguration configuration = m_context.requireScimConfiguration(connection);
    return HttpResponse::json(200, configuration.customSchemas.at(indexOf(configuration.customSchemas, urn)).toObject(),
                              ManagementRequest::kJsonContentType);
}

HttpResponse CustomSchemaEndpoints::create(const HttpRequest &request, const QString &id)
{
    const Connection connection = m_context.requireConnection(id);
    const ScimConfiguration configuration = m_context.requireScimConfiguration(connection);
    const QJsonObject body = ManagementRequest::parseBody(request, false);
    const QString urn = body.value(QStringLiteral("schema")).toObject().value(QStringLiteral("id")).toString();
    for (const CustomSchema &other : CustomSchema::listFromJson(configuration.customSchemas)) {
        if (!urn.isEmpty() && other.schema.id.compare(urn, Qt::CaseInsensitive) == 0)
            throw ManagementError(409,
                                  QStringLiteral("A schema '%1' is already declared for this connection; PUT "
                                                 "…/custom-schemas/{urn} replaces it")
                                      .arg(other.schema.id),
                                  QStringLiteral("schema_exists"));
    }
    if (configuration.customSchemas.size() >= Limits::kMaxCustomSchemas)
        throw ManagementError::badRequest(
            QStringLiteral("A connection may declare at most %1 custom schemas").arg(Limits::kMaxCustomSchemas),
            QStringLiteral("too_many_schemas"));
    const CustomSchemaValidator::Result result =
        CustomSchemaValidator::validate(body, CustomSchema::listFromJson(configuration.customSchemas));
    if (!result.schema)
        throw invalidSchema(result.issues);
    if (isDryRun(request))
        return HttpResponse::json(200, result.schema->toJson(), ManagementRequest::kJsonContentType);
    QJsonArray declared = configuration.customSchemas;
    declared.append(result.schema->toJson());
    commit(connection, configuration, declared, result.schema->schema.id);
    return HttpResponse::json(201, result.schema->toJson(), ManagementRequest::kJsonContentType);
}

HttpResponse CustomSchemaEndpoints::replace(const HttpRequest &request, const QString &id, const QString &urn)
{
    const Connection connection = m_context.requireConnection(id);
    const ScimConfiguration configuration = m_context.requireScimConfiguration(connection);
    const qsizetype index = indexOf(configuration.customSchemas, urn);
    QJsonObject body = ManagementRequest::parseBody(request, false);
    const QJsonObject previous = configuration.customSchemas.at(index).toObject();
    // The URL names the schema; a body without an id means that one, a different id is a mistake.
    QJsonObject schema = body.value(QStringLiteral("schema")).toObject();
    const QString previousUrn =
        previous.value(QStringLiteral("schema")).toObject().value(QStringLiteral("id")).toString();
    if (body.value(QStringLiteral("schema")).isObject() && !schema.contains(QStringLiteral("id"))) {
        schema.insert(QStringLiteral("id"), previousUrn);
        body.insert(QStringLiteral("schema"), schema);
    }
    const QString bodyUrn = schema.value(QStringLiteral("id")).toString();
    if (!bodyUrn.isEmpty() && bodyUrn.compare(previousUrn, Qt::CaseInsensitive) != 0)
        throw invalidSchema({{QString(), QStringLiteral("id"),
                              QStringLiteral("The schema's id '%1' differs from the URL's '%2'; a schema keeps its URN "
                                             "(declare a new one and delete this one instead).")
                                  .arg(bodyUrn, previousUrn)}});
    if (!body.contains(QStringLiteral("resource_type")))
        body.insert(QStringLiteral("resource_type"), previous.value(QStringLiteral("resource_type")));
    if (body.value(QStringLiteral("resource_type")) != previous.value(QStringLiteral("resource_type")))
        throw invalidSchema({{QString(), QStringLiteral("resource_type"),
                              QStringLiteral("A schema keeps its resource type (%1).")
                                  .arg(previous.value(QStringLiteral("resource_type")).toString())}});
    const CustomSchemaValidator::Result result =
        CustomSchemaValidator::validate(body, declaredExcept(configuration.customSchemas, index));
    if (!result.schema)
        throw invalidSchema(result.issues);
    if (isDryRun(request))
        return HttpResponse::json(200, result.schema->toJson(), ManagementRequest::kJsonContentType);
    QJsonArray declared = configuration.customSchemas;
    declared.replace(index, result.schema->toJson());
    commit(connection, configuration, declared, result.schema->schema.id);
    return HttpResponse::json(200, result.schema->toJson(), ManagementRequest::kJsonContentType);
}

HttpResponse CustomSchemaEndpoints::remove(const QString &id, const QString &urn)
{
    const Connection connection = m_context.requireConnection(id);
    const ScimConfiguration configuration = m_context.requireScimConfiguration(connection);
    const qsizetype index = indexOf(configuration.customSchemas, urn);
    const QString removedUrn = configuration.customSchemas.at(index)
                                   .toObject()
                                   .value(QStringLiteral("schema"))
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
    QJsonArray declared = configuration.customSchemas;
    declared.removeAt(index);
    commit(connection, configuration, declared, removedUrn);
    return HttpResponse::empty(204);
}

HttpResponse CustomSchemaEndpoints::undeclared(const QString &id)
{
    const Connection connection = m_context.requireConnection(id);
    const ScimConfiguration configuration = m_context.requireScimConfiguration(connection);
    const std::shared_ptr<const SchemaRegistry> schemas = ConnectionSchemas::build(configuration.customSchemas);
    UndeclaredAttributeSurvey survey(m_context.store, schemas->users(), schemas->groups());
    return HttpResponse::json(200, survey.run(id), ManagementRequest::kJsonContentType);
}

void CustomSchemaEndpoints::checkMappingKeepsWorking(const ScimConfiguration &configuration,
                                                     const SchemaRegistry &before, const SchemaRegistry &after) const
{
    const AttributeMap map = AttributeMap::fromJson(configuration.mapping, configuration.userIdAttribute);
    QSet<QString> known;
    for (const MappingIssue &issue : ProfileMapper::validate(map, before.users()))
        known.insert(QString::number(issue.index) + issue.rule);
    QJsonArray details;
    QStringList pairs;
    for (const MappingIssue &issue : ProfileMapper::validate(map, after.users())) {
        if (known.contains(QString::number(issue.index) + issue.rule))
            continue;
        details.append(issue.toJson());
        pairs.append(issue.index >= 0 ? QStringLiteral("%1 → %2").arg(issue.scim, issue.auth0)
                                      : QStringLiteral("user_id_attribute %1").arg(configuration.userIdAttribute));
    }
    if (details.isEmpty())
        return;
    throw ManagementError(409,
                          QStringLiteral("The attribute map uses what this change removes: %1. Change the map first.")
                              .arg(pairs.join(QStringLiteral(", "))),
                          QStringLiteral("schema_in_use"), details);
}

void CustomSchemaEndpoints::reindexUniqueValues(const QString &connectionId, const SchemaRegistry &before,
                                                const SchemaRegistry &after) const
{
    for (const ResourceType &type : after.resourceTypes()) {
        if (uniqueSignature(type) == uniqueSignature(*before.resourceTypeByName(type.name())))
            continue;
        // Every resource's values under the new declarations; the first value two resources share refuses the
        // change (and the transaction around this takes back what was written).
        for (const StoredResource &resource : m_context.store.allResources(connectionId, type.name())) {
            QHash<QString, QString> sent;
            const QList<UniqueValue> values = ResourceValues::uniqueValues(type, resource.data, &sent);
            if (const std::optional<UniqueValue> taken =
                    m_context.store.setUniqueValues(connectionId, type.name(), resource.id, values))
                throw ManagementError(409,
                                      QStringLiteral("%1 cannot be unique: more than one %2 has the value '%3'")
                                          .arg(taken->attribute, type.name(), sent.value(taken->attribute)),
                                      QStringLiteral("unique_conflict"));
        }
    }
}

void CustomSchemaEndpoints::commit(const Connection &connection, ScimConfiguration configuration,
                                   const QJsonArray &declared, const QString &changedUrn)
{
    const std::shared_ptr<const SchemaRegistry> before = ConnectionSchemas::build(configuration.customSchemas);
    const std::shared_ptr<const SchemaRegistry> after = ConnectionSchemas::build(declared);
    checkMappingKeepsWorking(configuration, *before, *after);
    // Profiles project declared attributes through the map: when the map reads this schema, recompute them.
    bool mapped = false;
    for (const QJsonValue &pair : std::as_const(configuration.mapping)) {
        const QString scim = pair.toObject().value(QStringLiteral("scim")).toString();
        mapped = mapped || scim.startsWith(changedUrn, Qt::CaseInsensitive);
    }
    configuration.customSchemas = declared;
    configuration.updatedOn = ManagementRequest::nowMs();
    if (mapped)
        configuration.profileVersion += 1;
    m_context.store.transaction([&] {
        reindexUniqueValues(connection.id, *before, *after);
        m_context.store.saveScimConfiguration(configuration);
    });
    if (mapped)
        m_context.profilesChanged(connection.id);
}

} // namespace scim
