#include "protocol/schema/SchemaRegistry.h"

#include "protocol/schema/CustomSchema.h"
#include "protocol/schema/GroupSchemas.h"
#include "protocol/schema/UserSchemas.h"

namespace scim {

SchemaRegistry::SchemaRegistry()
{
    m_types.append(ResourceType(QStringLiteral("User"), QStringLiteral("/Users"), QStringLiteral("User Account"),
                                UserSchemas::core(), {{UserSchemas::enterprise(), false}}));
    m_types.append(ResourceType(QStringLiteral("Group"), QStringLiteral("/Groups"), QStringLiteral("Group"),
                                GroupSchemas::core(), {}));
}

SchemaRegistry::SchemaRegistry(const QList<CustomSchema> &custom)
{
    QList<ResourceType::Extension> userExtensions{{UserSchemas::enterprise(), false}};
    QList<ResourceType::Extension> groupExtensions;
    // Declared extensions are never required: resources provisioned before the declaration stay valid.
    for (const CustomSchema &schema : custom)
        (schema.resourceType == QLatin1String("Group") ? groupExtensions : userExtensions)
            .append({schema.schema, false});
    m_types.append(ResourceType(QStringLiteral("User"), QStringLiteral("/Users"), QStringLiteral("User Account"),
                                UserSchemas::core(), userExtensions));
    m_types.append(ResourceType(QStringLiteral("Group"), QStringLiteral("/Groups"), QStringLiteral("Group"),
                                GroupSchemas::core(), groupExtensions));
}

const SchemaRegistry &SchemaRegistry::standard()
{
    static const SchemaRegistry registry;
    return registry;
}

const ResourceType *SchemaRegistry::resourceTypeByName(QStringView name) const
{
    for (const ResourceType &type : m_types) {
        if (type.name().compare(name, Qt::CaseInsensitive) == 0)
            return &type;
    }
    return nullptr;
}

const ResourceType *SchemaRegistry::resourceTypeByEndpoint(QStringView endpoint) const
{
    for (const ResourceType &type : m_types) {
        if (QStringView(type.endpoint()).mid(1).compare(endpoint, Qt::CaseInsensitive) == 0)
            return &type;
    }
    return nullptr;
}

QList<const Schema *> SchemaRegistry::schemas() const
{
    QList<const Schema *> result;
    auto add = [&result](const Schema *schema) {
        for (const Schema *known : result) {
            if (known->id == schema->id)
                return;
        }
        result.append(schema);
    };
    for (const ResourceType &type : m_types) {
        add(&type.coreSchema());
        for (const ResourceType::Extension &ext : type.extensions())
            add(&ext.schema);
    }
    return result;
}

const Schema *SchemaRegistry::schema(QStringView urn) const
{
    for (const Schema *schema : schemas()) {
        if (schema->id.compare(urn, Qt::CaseInsensitive) == 0)
            return schema;
    }
    return nullptr;
}

} // namespace scim
