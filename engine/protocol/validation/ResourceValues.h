#pragma once

#include "protocol/schema/AttributeDefinition.h"
#include "storage/StorageTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>

namespace scim {

class ResourceType;
struct Schema;

// Helpers over the canonical stored form shared by ResourceValidator, PatchEngine and AttributeProjection:
// core attributes at the top level, extension attributes inside an object under the extension's URN.
namespace ResourceValues {

// The key of `object` equal to `key` ignoring case (attribute names are case-insensitive), or a null string.
QString findKey(const QJsonObject &object, QStringView key);

// RFC 7643 §2.5: null, an empty array and an empty complex value all mean "unassigned".
bool isUnassigned(const QJsonValue &value);

// Reads / writes one attribute of a canonical resource. Writing an unassigned value removes the attribute;
// an extension object left empty is removed too.
QJsonValue attribute(const QJsonObject &resource, const QString &schemaUrn, bool extension,
                     const QString &attributeName);
void setAttribute(QJsonObject &resource, const QString &schemaUrn, bool extension, const QString &attributeName,
                  const QJsonValue &value);

// Calls `visit` for every attribute definition of the type: core attributes, the common attributes (id,
// externalId, meta) and then each extension's attributes.
void forEachAttribute(
    const ResourceType &type,
    const std::function<void(const Schema &schema, bool extension, const AttributeDefinition &def)> &visit);

// Equality of two normalised values of `def`, honouring caseExact for strings (recursively for complex values).
bool equivalent(const QJsonValue &a, const QJsonValue &b, const AttributeDefinition &def);

// True when the element of a multi-valued complex attribute has `primary: true`.
bool isPrimary(const QJsonValue &element);

// The path of the first required attribute (or required sub-attribute of a present complex value) that is
// missing or an empty string; a null string when all are present. readOnly attributes are the service's job.
QString missingRequired(const QJsonObject &resource, const ResourceType &type);

// The path of the first multi-valued attribute with more than one `primary: true` element, or a null string.
QString duplicatePrimary(const QJsonObject &resource, const ResourceType &type);

// RFC 7644 §3.5.1/§3.5.2: an immutable attribute that already has a value cannot change. With `keepOmitted`
// (PUT), an immutable value the input left out is carried over from `before` instead of being an error.
// Throws ScimError::mutability.
void enforceImmutable(const QJsonObject &before, QJsonObject &after, const ResourceType &type, bool keepOmitted);

// The values of the type's unique extension attributes in `resource`, as the store indexes them
// (Store::setUniqueValues). `sent`, when given, receives each value as the resource spells it, by attribute path.
QList<UniqueValue> uniqueValues(const ResourceType &type, const QJsonObject &resource,
                                QHash<QString, QString> *sent = nullptr);

} // namespace ResourceValues

} // namespace scim
