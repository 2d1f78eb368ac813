#pragma once

#include "protocol/schema/AttributePath.h"
#include "protocol/schema/Schema.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace scim {

// A SCIM resource type (RFC 7643 §6): its core schema, its extensions and the common attributes
// (id, externalId, meta) every resource carries. Resolves attribute paths against those definitions.
class ResourceType
{
public:
    struct Extension
    {
        Schema schema;
        bool required = false;
    };
    // An extension attribute declared with uniqueness "server" or "global", which the store keeps unique per
    // connection (Store::setUniqueValues). Core attributes keep their own columns (userName, displayName).
    struct UniqueAttribute
    {
        QString schemaUrn;
        QString name;
        bool caseExact = false;

        QString path() const { return schemaUrn + QLatin1Char(':') + name; }
    };

    ResourceType(QString name, QString endpoint, QString description, Schema core, QList<Extension> extensions);

    const QString &name() const { return m_name; }
    const QString &endpoint() const { return m_endpoint; }
    const QString &description() const { return m_description; }
    const Schema &coreSchema() const { return m_core; }
    const QList<Extension> &extensions() const { return m_extensions; }
    const QList<AttributeDefinition> &commonAttributes() const { return m_common; }
    bool isUser() const { return m_isUser; }
    bool isGroup() const { return m_isGroup; }
    const QList<UniqueAttribute> &uniqueExtensionAttributes() const { return m_unique; }

    // The extension schema whose id equals `urn` (case-insensitively), or nullptr.
    const Schema *extensionSchema(QStringView urn) const;
    // The core or extension schema whose id equals `urn`, or nullptr.
    const Schema *schema(QStringView urn) const;
    // All schema URNs of this type: core first, then extensions.
    QStringList schemaUrns() const;

    // Resolves `[urn(:|.)]attr[.sub]`. An extension URN alone resolves to the whole extension. Enterprise
    // attributes may be written with `:` (RFC form, Entra) or `.` (Auth0 mapping form) after the URN.
    std::optional<AttributePath> resolve(QStringView text, QString *error = nullptr) const;
    // Resolves a top-level attribute name within one schema (core: also the common attributes).
    const AttributeDefinition *attribute(const Schema &schema, QStringView attributeName) const;

    QJsonObject toJson(const QString &location) const;

private:
    QString m_name;
    QString m_endpoint;
    QString m_description;
    Schema m_core;
    QList<Extension> m_extensions;
    QList<AttributeDefinition> m_common;
    QList<UniqueAttribute> m_unique;
    bool m_isUser = false;
    bool m_isGroup = false;
};

} // namespace scim
