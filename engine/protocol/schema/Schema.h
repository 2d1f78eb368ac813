#pragma once

#include "protocol/schema/AttributeDefinition.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace scim {

// A SCIM schema (RFC 7643 §7): an id (URN) and its attribute definitions.
struct Schema
{
    QString id;
    QString name;
    QString description;
    QList<AttributeDefinition> attributes;

    const AttributeDefinition *attribute(QStringView attributeName) const;
    QJsonObject toJson(const QString &location) const;
    // The inverse of toJson() (location and meta are not kept).
    static Schema fromJson(const QJsonObject &json);
};

} // namespace scim
