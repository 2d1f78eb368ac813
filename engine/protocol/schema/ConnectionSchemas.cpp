#include "protocol/schema/ConnectionSchemas.h"

#include "protocol/schema/CustomSchema.h"
#include "protocol/schema/SchemaRegistry.h"

namespace scim {

std::shared_ptr<const SchemaRegistry> ConnectionSchemas::standard()
{
    // The static registry lives as long as the program; the pointer only shares its type with built ones.
    static const std::shared_ptr<const SchemaRegistry> registry(&SchemaRegistry::standard(),
                                                                [](const SchemaRegistry *) {});
    return registry;
}

std::shared_ptr<const SchemaRegistry> ConnectionSchemas::build(const QJsonArray &customSchemas)
{
    if (customSchemas.isEmpty())
        return standard();
    return std::make_shared<const SchemaRegistry>(CustomSchema::listFromJson(customSchemas));
}

std::shared_ptr<const SchemaRegistry> ConnectionSchemas::forConnection(const QString &connectionId,
                                                                       const QJsonArray &customSchemas)
{
    if (customSchemas.isEmpty()) {
        if (!m_entries.isEmpty())
            m_entries.remove(connectionId);
        return standard();
    }
    auto it = m_entries.find(connectionId);
    if (it != m_entries.end()) {
        // Arrays that share their data compare in a few nanoseconds; a re-read list compares deeply once and is
        // kept, so the next requests take the fast path again.
        if (it->source == customSchemas) {
            it->source = customSchemas;
            return it->registry;
        }
    }
    Entry entry{customSchemas, build(customSchemas)};
    m_entries.insert(connectionId, entry);
    return entry.registry;
}

} // namespace scim
