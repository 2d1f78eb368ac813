#pragma once

#include "protocol/schema/Schema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace scim {

// A schema an admin declared for one connection (docs/schemas.md): an extension of the connection's User or Group
// resource type. The SCIM configuration stores the list as [{"resource_type": …, "schema": …}]; the declaration
// API and the console exchange the same shape.
struct CustomSchema
{
    QString resourceType; // "User" or "Group"
    Schema schema;

    // {"resource_type", "schema": {id, name, description, attributes}}: every characteristic spelled out.
    QJsonObject toJson() const;
    // The inverse of toJson(), without validation (CustomSchemaValidator checks declarations before they are
    // stored). Declared attributes accept only their canonicalValues, when they have some.
    static CustomSchema fromJson(const QJsonObject &json);
    static QList<CustomSchema> listFromJson(const QJsonArray &array);
    static QJsonArray listToJson(const QList<CustomSchema> &schemas);
};

} // namespace scim
