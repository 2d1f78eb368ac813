#include "protocol/validation/ResourceValues.h"

#include "protocol/schema/ResourceType.h"
#include "protocol/schema/ScimError.h"

#include <QJsonArray>

namespace scim::ResourceValues {

namespace {

using Def = AttributeDefinition;

QString displayPath(const Schema &schema, bool extension, const QString &attributeName,
                    const QString &subName = QString())
{
    QString text = extension ? schema.id + QLatin1Char(':') + attributeName : attributeName;
    if (!subName.isEmpty())
        text += QLatin1Char('.') + subName;
    return text;
}

bool isBlank(const QJsonValue &value)
{
    return isUnassigned(value) || (value.isString() && value.toString().trimmed().isEmpty());
}

bool equivalentSingle(const QJsonValue &a, const QJsonValue &b, const Def &def)
{
    if (def.isComplex()) {
        if (!a.isObject() || !b.isObject())
            return a == b;
        const QJsonObject objectA = a.toObject();
        const QJsonObject objectB = b.toObject();
        if (objectA.size() != objectB.size())
            return false;
        for (auto it = objectA.constBegin(); it != objectA.constEnd(); ++it) {
            if (!objectB.contains(it.key()))
                return false;
            const Def *sub = def.subAttribute(it.key());
            if (sub ? !equivalent(it.value(), objectB.value(it.key()), *sub) : it.value() != objectB.value(it.key()))
                return false;
        }
        return true;
    }
    if (def.type == Def::Type::String && !def.caseExact && a.isString() && b.isString())
        return a.toString().compare(b.toString(), Qt::CaseInsensitive) == 0;
    return a == b;
}

} // namespace

QString findKey(const QJsonObject &object, QStringView key)
{
    if (object.contains(key))
        return key.toString();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}

bool isUnassigned(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isArray() && value.toArray().isEmpty()) ||
           (value.isObject() && value.toObject().isEmpty());
}

QJsonValue attribute(const QJsonObject &resource, const QString &schemaUrn, bool extension,
                     const QString &attributeName)
{
    if (!extension)
        return resource.value(attributeName);
    return resource.value(schemaUrn).toObject().value(attributeName);
}

void setAttribute(QJsonObject &resource, const QString &schemaUrn, bool extension, const QString &attributeName,
                  const QJsonValue &value)
{
    if (!extension) {
        if (isUnassigned(value))
            resource.remove(attributeName);
        else
            resource.insert(attributeName, value);
        return;
    }
    QJsonObject container = resource.value(schemaUrn).toObject();
    if (isUnassigned(value))
        container.remove(attributeName);
    else
        container.insert(attributeName, value);
    if (container.isEmpty())
        resource.remove(schemaUrn);
    else
        resource.insert(schemaUrn, container);
}

void forEachAttribute(
    const ResourceType &type,
    const std::function<void(const Schema &schema, bool extension, const AttributeDefinition &def)> &visit)
{
    for (const Def &def : type.coreSchema().attributes)
        visit(type.coreSchema(), false, def);
    for (const Def &def : type.commonAttributes())
        visit(type.coreSchema(), false, def);
    for (const ResourceType::Extension &ext : type.extensions()) {
        for (const Def &def : ext.schema.attributes)
            visit(ext.schema, true, def);
    }
}

bool equivalent(const QJsonValue &a, const QJsonValue &b, const AttributeDefinition &def)
{
    if (a.isArray() || b.isArray()) {
        if (!a.isArray() || !b.isArray())
            return false;
        const QJsonArray arrayA = a.toArray();
        const QJsonArray arrayB = b.toArray();
        if (arrayA.size() != arrayB.size())
            return false;
        for (qsizetype i = 0; i < arrayA.size(); ++i) {
            if (!equivalentSingle(arrayA.at(i), arrayB.at(i), def))
                return false;
        }
        return true;
    }
    return equivalentSingle(a, b, def);
}

bool isPrimary(const QJsonValue &element)
{
    return element.toObject().value(QLatin1String("primary")).toBool(false);
}

QString missingRequired(const QJsonObject &resource, const ResourceType &type)
{
    auto check = [&resource](const Schema &schema, bool extension, const QList<Def> &defs) -> QString {
        for (const Def &def : defs) {
            if (def.mutability == Def::Mutability::ReadOnly)
                continue;
            const QJsonValue value = attribute(resource, schema.id, extension, def.name);
            if (def.required && isBlank(value))
                return displayPath(schema, extension, def.name);
            if (!def.isComplex() || isUnassigned(value))
                continue;
            const QJsonArray elements = value.isArray() ? value.toArray() : QJsonArray{value};
            for (const Def &sub : def.subAttributes) {
                if (!sub.required || sub.mutability == Def::Mutability::ReadOnly)
                    continue;
                for (const QJsonValue &element : elements) {
                    if (isBlank(element.toObject().value(sub.name)))
                        return displayPath(schema, extension, def.name, sub.name);
                }
            }
        }
        return {};
    };

    QString missing = check(type.coreSchema(), false, type.coreSchema().attributes);
    if (missing.isEmpty())
        missing = check(type.coreSchema(), false, type.commonAttributes());
    for (const ResourceType::Extension &ext : type.extensions()) {
        // The required attributes of an optional extension only count once the resource uses the extension.
        if (!missing.isEmpty() || (!ext.required && isUnassigned(resource.value(ext.schema.id))))
            continue;
        missing = check(ext.schema, true, ext.schema.attributes);
    }
    return missing;
}

QString duplicatePrimary(const QJsonObject &resource, const ResourceType &type)
{
    QString duplicate;
    forEachAttribute(type, [&](const Schema &schema, bool extension, const Def &def) {
        if (!duplicate.isEmpty() || !def.multiValued || !def.isComplex())
            return;
        int primaries = 0;
        const QJsonArray elements = attribute(resource, schema.id, extension, def.name).toArray();
        for (const QJsonValue &element : elements)
            primaries += isPrimary(element) ? 1 : 0;
        if (primaries > 1)
            duplicate = displayPath(schema, extension, def.name);
    });
    return duplicate;
}

void enforceImmutable(const QJsonObject &before, QJsonObject &after, const ResourceType &type, bool keepOmitted)
{
    auto fail = [](const QString &path) {
        return ScimError::mutability(
            QStringLiteral("Attribute '%1' is immutable and already has a value that cannot be changed").arg(path));
    };
    forEachAttribute(type, [&](const Schema &schema, bool extension, const Def &def) {
        const QJsonValue old = attribute(before, schema.id, extension, def.name);
        if (isUnassigned(old))
            return;
        const QJsonValue current = attribute(after, schema.id, extension, def.name);
        if (def.mutability == Def::Mutability::Immutable) {
            if (isUnassigned(current) && keepOmitted)
                setAttribute(after, schema.id, extension, def.name, old);
            else if (!equivalent(old, current, def))
                throw fail(displayPath(schema, extension, def.name));
            return;
        }
        // Immutable sub-attributes are only tracked for single-valued complex attributes: elements of a
        // multi-valued attribute have no identity to compare them by.
        if (!def.isComplex() || def.multiValued)
            return;
        QJsonObject currentObject = current.toObject();
        bool carried = false;
        for (const Def &sub : def.subAttributes) {
            if (sub.mutability != Def::Mutability::Immutable)
                continue;
            const QJsonValue oldSub = old.toObject().value(sub.name);
            if (isUnassigned(oldSub))
                continue;
            const QJsonValue currentSub = currentObject.value(sub.name);
            if (isUnassigned(currentSub) && keepOmitted) {
                currentObject.insert(sub.name, oldSub);
                carried = true;
            } else if (!equivalent(oldSub, currentSub, sub)) {
                throw fail(displayPath(schema, extension, def.name, sub.name));
            }
        }
        if (carried)
            setAttribute(after, schema.id, extension, def.name, currentObject);
    });
}

QList<UniqueValue> uniqueValues(const ResourceType &type, const QJsonObject &resource, QHash<QString, QString> *sent)
{
    QList<UniqueValue> values;
    for (const ResourceType::UniqueAttribute &unique : type.uniqueExtensionAttributes()) {
        const QJsonValue value = resource.value(unique.schemaUrn).toObject().value(unique.name);
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isDouble())
            text = QString::number(value.toDouble(), 'g', 17);
        if (text.isEmpty())
            continue;
        values.append({unique.path(), unique.caseExact ? text : text.toCaseFolded()});
        if (sent)
            sent->insert(unique.path(), text);
    }
    return values;
}

} // namespace scim::ResourceValues
