#pragma once

#include "protocol/schema/ResourceType.h"

#include <QList>

#include <memory>

namespace scim {

struct CustomSchema;

// The resource types and schemas of one connection's SCIM endpoint. The SCIM discovery endpoints are rendered from
// a registry, and all request handling resolves attributes through it. standard() is RFC 7643's User (with the
// enterprise extension) and Group; a connection with declared schemas (docs/schemas.md) gets its own registry,
// the standard one plus those extensions (ConnectionSchemas).
class SchemaRegistry
{
public:
    static const SchemaRegistry &standard();
    // The standard registry with `custom` as further extensions of their resource types, in the given order.
    explicit SchemaRegistry(const QList<CustomSchema> &custom);

    const ResourceType &users() const { return m_types.at(0); }
    const ResourceType &groups() const { return m_types.at(1); }
    const QList<ResourceType> &resourceTypes() const { return m_types; }
    const ResourceType *resourceTypeByName(QStringView name) const;
    const ResourceType *resourceTypeByEndpoint(QStringView endpoint) const;
    // Every distinct schema (cores and extensions), in a stable order.
    QList<const Schema *> schemas() const;
    const Schema *schema(QStringView urn) const;

private:
    SchemaRegistry();
    QList<ResourceType> m_types;
};

} // namespace scim
