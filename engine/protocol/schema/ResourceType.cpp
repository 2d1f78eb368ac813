#include "protocol/schema/ResourceType.h"

#include "protocol/schema/CommonAttributes.h"
#include "protocol/schema/ScimConstants.h"

#include <QJsonArray>

namespace scim {

ResourceType::ResourceType(QString name, QString endpoint, QString description, Schema core,
                           QList<Extension> extensions)
    : m_name(std::move(name))
    , m_endpoint(std::move(endpoint))
    , m_description(std::move(description))
    , m_core(std::move(core))
    , m_extensions(std::move(extensions))
    , m_common(CommonAttributes::definitions())
    , m_isUser(m_name == QLatin1String("User"))
    , m_isGroup(m_name == QLatin1String("Group"))
{
    for (const Extension &ext : std::as_const(m_extensions)) {
        for (const AttributeDefinition &attr : ext.schema.attributes) {
            if (attr.uniqueness != AttributeDefinition::Uniqueness::None && !attr.multiValued && !attr.isComplex())
                m_unique.append({ext.schema.id, attr.name, attr.caseExact});
        }
    }
}

const Schema *ResourceType::extensionSchema(QStringView urn) const
{
    for (const Extension &ext : m_extensions) {
        if (ext.schema.id.compare(urn, Qt::CaseInsensitive) == 0)
            return &ext.schema;
    }
    return nullptr;
}

const Schema *ResourceType::schema(QStringView urn) const
{
    if (m_core.id.compare(urn, Qt::CaseInsensitive) == 0)
        return &m_core;
    return extensionSchema(urn);
}

QStringList ResourceType::schemaUrns() const
{
    QStringList urns{m_core.id};
    for (const Extension &ext : m_extensions)
        urns.append(ext.schema.id);
    return urns;
}

const AttributeDefinition *ResourceType::attribute(const Schema &schema, QStringView attributeName) const
{
    if (const AttributeDefinition *def = schema.attribute(attributeName))
        return def;
    if (&schema == &m_core) {
        for (const AttributeDefinition &common : m_common) {
            if (common.name.compare(attributeName, Qt::CaseInsensitive) == 0)
                return &common;
        }
    }
    return nullptr;
}

std::optional<AttributePath> ResourceType::resolve(QStringView text, QString *error) const
{
    auto fail = [error](const QString &message) -> std::optional<AttributePath> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (text.isEmpty())
        return fail(QStringLiteral("Empty attribute path"));

    AttributePath path;
    const Schema *schema = &m_core;
    QStringView rest = text;
    if (text.startsWith(u"urn:", Qt::CaseInsensitive)) {
        // URNs contain dots and colons themselves, so match the longest known schema id as a prefix.
        const Schema *best = nullptr;
        for (const QString &urn : schemaUrns()) {
            if (text.size() >= urn.size() && text.left(urn.size()).compare(urn, Qt::CaseInsensitive) == 0 &&
                (text.size() == urn.size() || text.at(urn.size()) == QLatin1Char(':') ||
                 text.at(urn.size()) == QLatin1Char('.'))) {
                if (!best || urn.size() > best->id.size())
                    best = this->schema(urn);
            }
        }
        if (!best)
            return fail(QStringLiteral("Unknown schema in attribute path '%1'").arg(text));
        schema = best;
        rest = text.mid(best->id.size());
        if (!rest.isEmpty())
            rest = rest.mid(1);
        path.schemaUrn = best->id;
        path.extension = best != &m_core;
        if (rest.isEmpty()) {
            if (!path.extension)
                return fail(QStringLiteral("Attribute path '%1' names no attribute").arg(text));
            return path;
        }
    } else {
        path.schemaUrn = m_core.id;
    }

    const qsizetype dot = rest.indexOf(QLatin1Char('.'));
    const QStringView attrName = dot < 0 ? rest : rest.left(dot);
    const QStringView subName = dot < 0 ? QStringView() : rest.mid(dot + 1);
    if (attrName.isEmpty() || (dot >= 0 && subName.isEmpty()) || subName.contains(QLatin1Char('.')))
        return fail(QStringLiteral("Malformed attribute path '%1'").arg(text));

    path.definition = attribute(*schema, attrName);
    if (!path.definition && schema == &m_core) {
        // Unqualified extension attributes are allowed when the name is unambiguous.
        for (const Extension &ext : m_extensions) {
            if (const AttributeDefinition *def = ext.schema.attribute(attrName)) {
                path.definition = def;
                path.schemaUrn = ext.schema.id;
                path.extension = true;
                break;
            }
        }
    }
    if (!path.definition)
        return fail(QStringLiteral("Unknown attribute '%1'").arg(text));
    path.attribute = path.definition->name;
    if (!subName.isEmpty()) {
        path.subDefinition = path.definition->subAttribute(subName);
        if (!path.subDefinition)
            return fail(QStringLiteral("Unknown sub-attribute '%1'").arg(text));
        path.subAttribute = path.subDefinition->name;
    }
    return path;
}

QJsonObject ResourceType::toJson(const QString &location) const
{
    QJsonArray extensions;
    for (const Extension &ext : m_extensions) {
        extensions.append(
            QJsonObject{{QStringLiteral("schema"), ext.schema.id}, {QStringLiteral("required"), ext.required}});
    }
    QJsonObject json{
        {QStringLiteral("schemas"), QJsonArray{Urn::resourceType()}},
        {QStringLiteral("id"), m_name},
        {QStringLiteral("name"), m_name},
        {QStringLiteral("endpoint"), m_endpoint},
        {QStringLiteral("description"), m_description},
        {QStringLiteral("schema"), m_core.id},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("ResourceType")},
                                             {QStringLiteral("location"), location}}},
    };
    if (!extensions.isEmpty())
        json.insert(QStringLiteral("schemaExtensions"), extensions);
    return json;
}

} // namespace scim
