#include "management/ProfilePreviewEndpoints.h"

#include "management/ManagementContext.h"
#include "management/ManagementError.h"
#include "management/ManagementRequest.h"
#include "mapping/AttributeMap.h"
#include "mapping/ProfileMapper.h"
#include "protocol/schema/ConnectionSchemas.h"
#include "protocol/schema/CustomSchema.h"
#include "protocol/schema/CustomSchemaValidator.h"
#include "protocol/schema/SchemaRegistry.h"
#include "protocol/schema/ScimError.h"
#include "protocol/validation/ResourceValidator.h"
#include "protocol/validation/UndeclaredAttributes.h"
#include "storage/Store.h"

#include <QJsonArray>

namespace scim {

namespace {

const QString kSchema = QStringLiteral("schema");
const QString kResourceType = QStringLiteral("resource_type");

ManagementError invalidSchema(const QList<CustomSchemaIssue> &issues)
{
    QJsonArray details;
    for (const CustomSchemaIssue &issue : issues)
        details.append(issue.toJson());
    return ManagementError(400, QStringLiteral("Invalid schema: %1").arg(issues.constFirst().message),
                           QStringLiteral("invalid_schema"), details);
}

// The connection's declarations with `declaration` in place of the one with its URN (its resource type kept, as
// PUT keeps it), or added to them; validated as POST and PUT validate, nothing stored.
QJsonArray withDeclaration(const QJsonArray &declared, QJsonObject declaration)
{
    QJsonObject schema = declaration.value(kSchema).toObject();
    const QString urn = schema.value(QStringLiteral("id")).toString();
    qsizetype index = -1;
    for (qsizetype i = 0; i < declared.size() && !urn.isEmpty(); ++i) {
        const QString id = declared.at(i).toObject().value(kSchema).toObject().value(QStringLiteral("id")).toString();
        if (id.compare(urn, Qt::CaseInsensitive) == 0)
            index = i;
    }
    QList<CustomSchema> others = CustomSchema::listFromJson(declared);
    if (index >= 0) {
        const QJsonValue previousType = declared.at(index).toObject().value(kResourceType);
        if (!declaration.contains(kResourceType))
            declaration.insert(kResourceType, previousType);
        if (declaration.value(kResourceType) != previousType)
            throw invalidSchema(
                {{QString(), kResourceType,
                  QStringLiteral("A schema keeps its resource type (%1).").arg(previousType.toString())}});
        others.removeAt(index);
    }
    const CustomSchemaValidator::Result result = CustomSchemaValidator::validate(declaration, others);
    if (!result.schema)
        throw invalidSchema(result.issues);
    QJsonArray next = declared;
    if (index >= 0)
        next.replace(index, result.schema->toJson());
    else
        next.append(result.schema->toJson());
    return next;
}

} // namespace

ProfilePreviewEndpoints::ProfilePreviewEndpoints(ManagementContext &context)
    : m_context(context)
{}

void ProfilePreviewEndpoints::addRoutes(Router<const HttpRequest> &router)
{
    router.add("POST", QStringLiteral("/connections/{id}/scim-configuration/profile-preview"),
               [this](const HttpRequest &request, const QStringList &args) { return preview(request, args.at(0)); });
}

HttpResponse ProfilePreviewEndpoints::preview(const HttpRequest &request, const QString &id)
{
    const Connection connection = m_context.requireConnection(id);
    const ScimConfiguration configuration = m_context.requireScimConfiguration(connection);
    const QJsonObject body = ManagementRequest::parseBody(request, false);
    ManagementRequest::rejectUnknownFields(body, {QStringLiteral("resource"), QStringLiteral("custom_schema")});
    if (!body.value(QStringLiteral("resource")).isObject())
        throw ManagementError::badRequest(
            QStringLiteral("Payload validation error: 'resource' must be a SCIM User object."));
    const QJsonObject input = body.value(QStringLiteral("resource")).toObject();
    QJsonArray declared = configuration.customSchemas;
    if (body.contains(QStringLiteral("custom_schema"))) {
        if (!body.value(QStringLiteral("custom_schema")).isObject())
            throw ManagementError::badRequest(QStringLiteral(
                "Payload validation error: 'custom_schema' must be a declaration ({resource_type, schema})."));
        declared = withDeclaration(declared, body.value(QStringLiteral("custom_schema")).toObject());
    }
    const std::shared_ptr<const SchemaRegistry> schemas = ConnectionSchemas::build(declared);

    // As a POST would store it, with the connection's policy for undeclared extension attributes.
    UndeclaredAttributes undeclared([&connection] {
        return UndeclaredAttributes::parsePolicy(
                   connection.options.value(QStringLiteral("scim_unknown_attributes")).toString())
            .value_or(UndeclaredAttributes::Policy::Keep);
    });
    QJsonObject resource;
    try {
        resource =
            ResourceValidator::normalize(input, schemas->users(), ResourceValidator::Mode::Create, nullptr, &undeclared)
                .resource;
    } catch (const ScimError &error) {
        throw ManagementError(400, QStringLiteral("Invalid resource: %1").arg(error.detail()),
                              QStringLiteral("invalid_resource"),
                              QJsonArray{QJsonObject{{QStringLiteral("scimType"), error.scimType()},
                                                     {QStringLiteral("message"), error.detail()}}});
    }
    // A POST assigns these; taken as sent, so the profile's user_id, created_at and updated_at show them.
    if (input.value(QStringLiteral("id")).isString())
        resource.insert(QStringLiteral("id"), input.value(QStringLiteral("id")));
    if (input.value(QStringLiteral("meta")).isObject())
        resource.insert(QStringLiteral("meta"), input.value(QStringLiteral("meta")));

    const AttributeMap map = AttributeMap::fromJson(configuration.mapping, configuration.userIdAttribute);
    const ProfileMapper mapper(map, schemas->users());
    // What the schemas as given break in the saved map: those entries contribute nothing to the profile.
    QJsonArray issues;
    for (const MappingIssue &issue : ProfileMapper::validate(map, schemas->users()))
        issues.append(issue.toJson());
    return HttpResponse::json(
        200,
        QJsonObject{
            {QStringLiteral("profile"),
             mapper.project(resource, ProfileMapper::Context{connection.name, connection.strategy})},
            {QStringLiteral("resource"), resource},
            {QStringLiteral("unmapped_attributes"), QJsonArray::fromStringList(mapper.unmappedAttributes(resource))},
            {QStringLiteral("mapping_issues"), issues},
        },
        ManagementRequest::kJsonContentType);
}

} // namespace scim
