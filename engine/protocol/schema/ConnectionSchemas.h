#pragma once

#include <QHash>
#include <QJsonArray>
#include <QString>

#include <memory>

namespace scim {

class SchemaRegistry;

// The schema set of each connection: the standard registry, or the standard one plus the schemas declared in the
// connection's SCIM configuration (docs/schemas.md). Registries are built once per declaration list and shared, so
// a request costs one comparison of the stored list (which the store hands out as the same shared array until it
// changes). Not thread-safe: one per thread that serves requests.
class ConnectionSchemas
{
public:
    // `customSchemas` is ScimConfiguration::customSchemas. Empty: the standard registry.
    std::shared_ptr<const SchemaRegistry> forConnection(const QString &connectionId, const QJsonArray &customSchemas);
    // A registry for `customSchemas`, not cached (the Management API checking a declaration before it is stored).
    static std::shared_ptr<const SchemaRegistry> build(const QJsonArray &customSchemas);
    static std::shared_ptr<const SchemaRegistry> standard();

private:
    struct Entry
    {
        QJsonArray source;
        std::shared_ptr<const SchemaRegistry> registry;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace scim
