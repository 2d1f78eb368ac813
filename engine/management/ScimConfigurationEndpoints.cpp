#include "management/ScimConfigurationEndpoints.h"

#include "auth/TokenService.h"
#include "management/ManagementContext.h"
#include "management/ManagementError.h"
#include "management/ManagementRequest.h"
#include "management/MappingImpactJob.h"
#include "mapping/DefaultMappings.h"
#include "mapping/MappingImpact.h"
#include "mapping/ProfileMapper.h"
#include "mapping/ProfileService.h"
#include "mapping/Strategies.h"
#include "protocol/ScimMessages.h"
#include "protocol/schema/ConnectionSchemas.h"
#include "protocol/schema/SchemaRegistry.h"
#include "protocol/schema/ScimConstants.h"
#include "storage/Store.h"

#include <QJsonArray>

namespace scim {

ScimConfigurationEndpoints::ScimConfigurationEndpoints(ManagementContext &context)
    : m_context(context)
{}

void ScimConfigurationEndpoints::addRoutes(Router<const HttpRequest> &router)
{
    router.add("GET", QStringLiteral("/connections-scim-configurations"),
               [this](const HttpRequest &request, const QStringList &) { return listScimConfigurations(request); });
    const QString path = QStringLiteral("/connections/{id}/scim-configuration");
    router.add("GET", path,
               [this](const HttpRequest &, const QStringList &args) { return getScimConfiguration(args.at(0)); });
    router.add("POST", path, [this](const HttpRequest &request, const QStringList &args) {
        return createScimConfiguration(request, args.at(0));
    });
    router.add("PATCH", path, [this](const HttpRequest &request, const QStringList &args) {
        return updateScimConfiguration(request, args.at(0));
    });
    router.add("DELETE", path,
               [this](const HttpRequest &, const QStringList &args) { return deleteScimConfiguration(args.at(0)); });
    router.add("GET", path + QStringLiteral("/default-mapping"),
               [this](const HttpRequest &, const QStringList &args) { return defaultMapping(args.at(0)); });
    router.add("GET", path + QStringLiteral("/schemas"), [this](const HttpRequest &request, const QStringList &args) {
        return mappingSchemas(request, args.at(0));
    });
    router.add(
        "POST", path + QStringLiteral("/mapping-preview"),
        [this](const HttpRequest &request, const QStringList &args) { return previewMapping(request, args.at(0)); });
}

void ScimConfigurationEndpoints::validateMapping(const QJsonArray &mapping, const QString &userIdAttribute,
                                                 const QJsonArray &customSchemas)
{
    const QList<MappingIssue> issues = ProfileMapper::validate(AttributeMap::fromJson(mapping, userIdAttribute),
                                                               ConnectionSchemas::build(customSchemas)->users());
    if (issues.isEmpty())
        return;
    QJsonArray details;
    for (const MappingIssue &issue : issues)
        details.append(issue.toJson());
    throw ManagementError(400, QStringLiteral("Invalid mapping provided: %1").arg(issues.constFirst().message),
                          QStringLiteral("invalid_mapping"), details);
}

QJsonObject ScimConfigurationEndpoints::scimConfigurationJson(const Connection &connection,
                                                              const ScimConfiguration &configuration)
{
    QJsonObject status{{QStringLiteral("state"), QStringLiteral("current")}};
    if (m_context.profiles) {
        const ProfileService::Status progress = m_context.profiles->status(connection.id);
        status = QJsonObject{
            {QStringLiteral("state"), progress.current ? QStringLiteral("current") : QStringLiteral("recomputing")},
            {QStringLiteral("done"), qint64(progress.done)},
            {QStringLiteral("total"), qint64(progress.total)}};
    }
    return QJsonObject{
        {QStringLiteral("profiles_status"), status},
        {QStringLiteral("connection_id"), connection.id},
        {QStringLiteral("connection_name"), connection.name},
        {QStringLiteral("strategy"), connection.strategy},
        {QStringLiteral("tenant_name"), m_context.tenantName},
        {QStringLiteral("user_id_attribute"), configuration.userIdAttribute},
        {QStringLiteral("mapping"), configuration.mapping},
        {QStringLiteral("created_at"), ManagementRequest::iso(configuration.createdAt)},
        {QStringLiteral("updated_on"), ManagementRequest::iso(configuration.updatedOn)},
        {QStringLiteral("scim_endpoint_url"), m_context.endpointUrl(connection.id)},
    };
}

void ScimConfigurationEndpoints::validateMappingShape(const QJsonValue &mapping, const QJsonValue &userIdAttribute)
{
    if (!userIdAttribute.isUndefined() && (!userIdAttribute.isString() || userIdAttribute.toString().isEmpty()))
        throw ManagementError::badRequest(
            QStringLiteral("Payload validation error: 'user_id_attribute' must be a non-empty string."));
    if (mapping.isUndefined())
        return;
    if (!mapping.isArray())
        throw ManagementError::badRequest(QStringLiteral("Payload validation error: 'mapping' must be an array."));
    for (const QJsonValue &item : mapping.toArray()) {
        const QJsonObject pair = item.toObject();
        if (!item.isObject() || !pair.value(QStringLiteral("scim")).isString() ||
            !pair.value(QStringLiteral("auth0")).isString())
            throw ManagementError::badRequest(
                QStringLiteral("Invalid mapping provided: every entry needs string 'scim' and 'auth0' properties."));
    }
}

HttpResponse ScimConfigurationEndpoints::listScimConfigurations(const HttpRequest &request)
{
    qsizetype take = 50;
    if (request.hasQueryItem(QStringLiteral("take"))) {
        bool ok = false;
        take = request.queryItem(QStringLiteral("take")).toLongLong(&ok);
        if (!ok || take < 1 || take > 100)
            throw ManagementError::badRequest(QStringLiteral("Query validation error: 'take' must be 1 to 100."),
                                              QStringLiteral("invalid_query_string"));
    }
    const QString from = request.queryItem(QStringLiteral("from"));
    QJsonArray configurations;
    QString next;
    bool started = from.isEmpty();
    bool sawFrom = from.isEmpty();
    for (const Connection &connection : m_context.store.connections()) {
        if (!started) {
            if (connection.id == from) {
                started = true;
                sawFrom = true;
            } else {
                continue;
            }
        }
        const std::optional<ScimConfiguration> configuration = m_context.store.scimConfiguration(connection.id);
        if (!configuration)
            continue;
        if (configurations.size() == take) {
            next = connection.id;
            break;
        }
        configurations.append(scimConfigurationJson(connection, *configuration));
    }
    if (!sawFrom)
        throw ManagementError::badRequest(QStringLiteral("Invalid 'from' cursor."),
                                          QStringLiteral("invalid_query_string"));
    QJsonObject body{{QStringLiteral("scim_configurations"), configurations}};
    if (!next.isEmpty())
        body.insert(QStringLiteral("next"), next);
    return HttpResponse::json(200, body, ManagementRequest::kJsonContentType);
}

HttpResponse ScimConfigurationEndpoints::createScimConfiguration(const HttpRequest &request, const QString &id)
{
    const Connection connection = m_context.requireConnection(id);
    const QJsonObject body = ManagementRequest::parseBody(request, true);
    ManagementRequest::rejectUnknownFields(body, {QStringLiteral("user_id_attribute"), QStringLiteral("mapping")});
    validateMappingShape(body.value(QStringLiteral("mapping")), body.value(QStringLiteral("user_id_attribute")));
    if (m_context.store.scimConfiguration(id))
        throw ManagementError(409, QStringLiteral("SCIM is already configured for this connection"),
                              QStringLiteral("scim_configuration_exists"));
    ScimConfiguration configuration;
    configuration.connectionId = id;
    configuration.userIdAttribute = body.contains(QStringLiteral("user_id_attribute"))
                                        ? body.value(QStringLiteral("user_id_attribute")).toString()
                                        : Strategy::defaultUserIdAttribute(connection.strategy);
    configuration.mapping = body.contains(QStringLiteral("mapping")) ? body.value(QStringLiteral("mapping")).toArray()
                                                                     : DefaultMappings::mapping(connection.strategy);
    validateMapping(configuration.mapping, configuration.userIdAttribute, configuration.customSchemas);
    configuration.createdAt = ManagementRequest::nowMs();
    configuration.updatedOn = configuration.createdAt;
    m_context.store.saveScimConfiguration(configuration);
    // Users provisioned before SCIM was last disabled get profiles under this configuration.
    if (m_context.store.countResources(id, SchemaRegistry::standard().users().name()) > 0)
        m_context.profilesChanged(id);
    return HttpResponse::json(201, scimConfigurationJson(connection, configuration),
                              ManagementRequest::kJsonContentType);
}

HttpResponse ScimConfigurationEndpoints::getScimConfiguration(const QString &id)
{
    const Connection connection = m_context.requireConnection(id);
    return HttpResponse::json(200, scimConfigurationJson(connection, m_context.requireScimConfiguration(connection)),
                              ManagementRequest::kJsonContentType);
}

HttpResponse ScimConfigurationEndpoints::updateScimConfiguration(const HttpRequest &request, const QString &id)
{
    const Connection connection = m_context.requireConnection(id);
    ScimConfiguration configuration = m_context.requireScimConfiguration(connection);
    const QJsonObject body = ManagementRequest::parseBody(request, false);
    ManagementRequest::rejectUnknownFields(body, {QStringLiteral("user_id_attribute"), QStringLiteral("mapping")});
    if (!body.contains(QStringLiteral("user_id_attribute")) || !body.contains(QStringLiteral("mapping")))
        throw ManagementError::badRequest(
            QStringLiteral("Payload validation error: 'user_id_attribute' and 'mapping' are both required."));
    validateMappingShape(body.value(QStringLiteral("mapping")), body.value(QStringLiteral("user_id_attribute")));
    configuration.userIdAttribute = body.value(QStringLiteral("user_id_attribute")).toString();
    configuration.mapping = body.value(QStringLiteral("mapping")).toArray();
    validateMapping(configuration.mapping, configuration.userIdAttribute, configuration.customSchemas);
    configuration.updatedOn = ManagementRequest::nowMs();
    configuration.profileVersion += 1;
    m_context.store.saveScimConfiguration(configuration);
    m_context.profilesChanged(id);
    return HttpResponse::json(200, scimConfigurationJson(connection, configuration),
                              ManagementRequest::kJsonContentType);
}

HttpResponse ScimConfigurationEndpoints::deleteScimConfiguration(const QString &id)
{
    m_context.requireConnection(id);
    // Disabling SCIM revokes the connection's tokens; a repeated DELETE still answers 204, as Auth0 does.
    m_context.tokens.forgetConnection(id);
    m_context.store.deleteScimConfiguration(id);
    return HttpResponse::empty(204);
}

HttpResponse ScimConfigurationEndpoints::defaultMapping(const QString &id)
{
    const Connection connection = m_context.requireConnection(id);
    m_context.requireScimConfiguration(connection);
    // user_id_attribute too, so that "reset to defaults" in an editor restores a map that passes every rule.
    return HttpResponse::json(
        200,
        QJsonObject{{QStringLiteral("mapping"), DefaultMappings::mapping(connection.strategy)},
                    {QStringLiteral("user_id_attribute"), Strategy::defaultUserIdAttribute(connection.strategy)}},
        ManagementRequest::kJsonContentType);
}

HttpResponse ScimConfigurationEndpoints::previewMapping(const HttpRequest &request, const QString &id)
{
    const Connection connection = m_context.requireConnection(id);
    const ScimConfiguration configuration = m_context.requireScimConfiguration(connection);
    const QJsonObject body = ManagementRequest::parseBody(request, false);
    ManagementRequest::rejectUnknownFields(body, {QStringLiteral("user_id_attribute"), QStringLiteral("mapping"),
                                                  QStringLiteral("sample_size"), QStringLiteral("examples")});
    if (!body.contains(QStringLiteral("mapping")))
        throw ManagementError::badRequest(QStringLiteral("Payload validation error: 'mapping' is required."));
    validateMappingShape(body.value(QStringLiteral("mapping")), body.value(QStringLiteral("user_id_attribute")));
    const QString userIdAttribute =
        body.value(QStringLiteral("user_id_attribute")).toString(configuration.userIdAttribute);
    const QJsonArray mapping = body.value(QStringLiteral("mapping")).toArray();
    validateMapping(mapping, userIdAttribute, configuration.customSchemas);
    const auto integer = [&body](const QString &name, qint64 fallback, qint64 minimum, qint64 maximum) {
        const QJsonValue value = body.value(name);
        if (value.isUndefined())
            return fallback;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != double(qint64(number)) || number < double(minimum) ||
            number > double(maximum))
            throw ManagementError::badRequest(
                QStringLiteral("Payload validation error: '%1' must be an integer from %2 to %3.")
                    .arg(name)
                    .arg(minimum)
                    .arg(maximum));
        return qint64(number);
    };
    const qint64 sampleSize = integer(QStringLiteral("sample_size"), 0, 1, 100000000);
    const int examples =
        int(integer(QStringLiteral("examples"), MappingImpact::kDefaultExamples, 0, MappingImpact::kMaxExamples));

    auto impact = std::make_unique<MappingImpact>(
        AttributeMap::fromJson(configuration.mapping, configuration.userIdAttribute),
        AttributeMap::fromJson(mapping, userIdAttribute), ConnectionSchemas::build(configuration.customSchemas),
        ProfileMapper::Context{connection.name, connection.strategy}, examples);
    // Computed in slices between requests and streamed, so a large connection does not hold up SCIM traffic.
    const bool progress = request.header("accept").contains("application/x-ndjson");
    HttpResponse response;
    response.status = 200;
    response.setHeader(QByteArrayLiteral("Content-Type"),
                       progress ? QByteArrayLiteral("application/x-ndjson") : ManagementRequest::kJsonContentType);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    Store *store = &m_context.store;
    auto shared = std::make_shared<std::unique_ptr<MappingImpact>>(std::move(impact));
    response.stream = [store, id, shared, sampleSize, progress](ResponseStream *stream) {
        auto *job = new MappingImpactJob(*store, id, std::move(*shared), sampleSize, progress, stream);
        job->start();
    };
    return response;
}

HttpResponse ScimConfigurationEndpoints::mappingSchemas(const HttpRequest &request, const QString &id)
{
    // The console's editors hold only the admin token, not a SCIM token of the connection, so the connection's
    // schemas of one resource type (User unless ?resource_type=Group; core first, then the extensions, declared
    // ones included: exactly what a map may name) are offered here too, rendered as the connection's SCIM /Schemas
    // renders them.
    const Connection connection = m_context.requireConnection(id);
    const ScimConfiguration configuration = m_context.requireScimConfiguration(connection);
    const std::shared_ptr<const SchemaRegistry> schemas = ConnectionSchemas::build(configuration.customSchemas);
    const QString typeName = request.queryItem(QStringLiteral("resource_type"));
    const ResourceType *type = typeName.isEmpty() ? &schemas->users() : schemas->resourceTypeByName(typeName);
    if (!type)
        throw ManagementError::badRequest(
            QStringLiteral("Query validation error: 'resource_type' must be \"User\" or \"Group\"."),
            QStringLiteral("invalid_query_string"));
    const QString base =
        m_context.baseUrl + QStringLiteral("/scim/v2/connections/") + connection.id + QStringLiteral("/Schemas/");
    QJsonArray resources{type->coreSchema().toJson(base + type->coreSchema().id)};
    for (const ResourceType::Extension &extension : type->extensions())
        resources.append(extension.schema.toJson(base + extension.schema.id));
    return HttpResponse::json(200, ScimMessages::listResponse(resources, resources.size(), 1),
                              ManagementRequest::kJsonContentType);
}

} // namespace scim
