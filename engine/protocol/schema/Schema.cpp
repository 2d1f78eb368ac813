#include "protocol/schema/Schema.h"

#include "protocol/schema/ScimConstants.h"

#include <QJsonArray>

namespace scim {

const AttributeDefinition *Schema::attribute(QStringView attributeName) const
{
    for (const AttributeDefinition &attr : attributes) {
        if (attr.name.compare(attributeName, Qt::CaseInsensitive) == 0)
            return &attr;
    }
    return nullptr;
}

QJsonObject Schema::toJson(const QString &location) const
{
    QJsonArray attrs;
    for (const AttributeDefinition &attr : attributes)
        attrs.append(attr.toJson());
    return QJsonObject{
        {QStringLiteral("schemas"), QJsonArray{Urn::schema()}},
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("attributes"), attrs},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Schema")},
                                             {QStringLiteral("location"), location}}},
    };
}

Schema Schema::fromJson(const QJsonObject &json)
{
    Schema schema;
    schema.id = json.value(QStringLiteral("id")).toString();
    schema.name = json.value(QStringLiteral("name")).toString();
    schema.description = json.value(QStringLiteral("description")).toString();
    for (const QJsonValue &attr : json.value(QStringLiteral("attributes")).toArray())
        schema.attributes.append(AttributeDefinition::fromJson(attr.toObject()));
    return schema;
}

} // namespace scim
