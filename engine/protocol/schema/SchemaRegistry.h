#pragma once

#include "protocol/schema/ResourceType.h"

#include <QList>

namespace scim {

// The resource types and schemas this service provider implements. The SCIM discovery endpoints are
// rendered from this registry, and all request handling resolves attributes through it.
class SchemaRegistry
{
public:
    static const SchemaRegistry &standard();

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
