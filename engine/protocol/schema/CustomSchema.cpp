#include "protocol/schema/CustomSchema.h"

namespace scim {

namespace {

void enforceCanonicalValues(QList<AttributeDefinition> &attributes)
{
    for (AttributeDefinition &attribute : attributes) {
        attribute.canonicalValuesEnforced = true;
        enforceCanonicalValues(attribute.subAttributes);
    }
}

} // namespace

QJsonObject CustomSchema::toJson() const
{
    QJsonObject definition = schema.toJson(QString());
    definition.remove(QStringLiteral("schemas"));
    definition.remove(QStringLiteral("meta"));
    return QJsonObject{{QStringLiteral("resource_type"), resourceType}, {QStringLiteral("schema"), definition}};
}

CustomSchema CustomSchema::fromJson(const QJsonObject &json)
{
    CustomSchema custom;
    custom.resourceType = json.value(QStringLiteral("resource_type")).toString();
    custom.schema = Schema::fromJson(json.value(QStringLiteral("schema")).toObject());
    enforceCanonicalValues(custom.schema.attributes);
    return custom;
}

QList<CustomSchema> CustomSchema::listFromJson(const QJsonArray &array)
{
    QList<CustomSchema> schemas;
    schemas.reserve(array.size());
    for (const QJsonValue &value : array)
        schemas.append(fromJson(value.toObject()));
    return schemas;
}

QJsonArray CustomSchema::listToJson(const QList<CustomSchema> &schemas)
{
    QJsonArray array;
    for (const CustomSchema &schema : schemas)
        array.append(schema.toJson());
    return array;
}

} // namespace scim
