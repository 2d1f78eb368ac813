#include "protocol/validation/ResourceValidator.h"

#include "protocol/schema/ResourceType.h"
#include "protocol/schema/ScimError.h"
#include "protocol/validation/ResourceValues.h"
#include "protocol/validation/UndeclaredAttributes.h"
#include "protocol/validation/UndeclaredPath.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace scim {

namespace {

using Def = AttributeDefinition;

QString typeError(const QString &path, const Def &def, const QJsonValue &value)
{
    QString got;
    switch (value.type()) {
    case QJsonValue::Bool:
        got = QStringLiteral("a boolean");
        break;
    case QJsonValue::Double:
        got = QStringLiteral("a number");
        break;
    case QJsonValue::String:
        got = QStringLiteral("a string");
        break;
    case QJsonValue::Array:
        got = QStringLiteral("an array");
        break;
    case QJsonValue::Object:
        got = QStringLiteral("an object");
        break;
    default:
        got = QStringLiteral("null");
        break;
    }
    return QStringLiteral("Attribute '%1' must be of type %2, got %3")
        .arg(path, AttributeDefinition::typeName(def.type), got);
}

// xsd:dateTime as RFC 7643 §2.3.5 requires: date, 'T', time, optional fraction, optional zone.
bool isDateTime(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))?$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    auto number = [&match](int group) { return match.captured(group).toInt(); };
    if (!QDate::isValid(number(1), number(2), number(3)))
        return false;
    if (number(4) > 24 || number(5) > 59 || number(6) > 60)
        return false;
    return match.captured(9).isEmpty() || (number(9) <= 14 && number(10) <= 59);
}

QJsonValue normalizeSingle(const Def &def, const QJsonValue &value, const QString &path);

QJsonValue normalizeComplex(const Def &def, const QJsonObject &object, const QString &path)
{
    QJsonObject result;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const Def *sub = def.subAttribute(it.key());
        // Unknown sub-attributes are ignored like unknown attributes (see ResourceValidator::normalize);
        // readOnly ones (manager.displayName, …) are the service's to set.
        if (!sub || sub->mutability == Def::Mutability::ReadOnly)
            continue;
        const QJsonValue normalized =
            ResourceValidator::normalizeValue(*sub, it.value(), path + QLatin1Char('.') + sub->name);
        if (!normalized.isNull())
            result.insert(sub->name, normalized);
    }
    return result.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result);
}

QJsonValue normalizeSingle(const Def &def, const QJsonValue &value, const QString &path)
{
    switch (def.type) {
    case Def::Type::String:
        if (!value.isString())
            throw ScimError::invalidValue(typeError(path, def, value));
        if (def.canonicalValuesEnforced && !def.canonicalValues.isEmpty()) {
            const Qt::CaseSensitivity cs = def.caseExact ? Qt::CaseSensitive : Qt::CaseInsensitive;
            if (!def.canonicalValues.contains(value.toString(), cs))
                throw ScimError::invalidValue(
                    QStringLiteral("Attribute '%1' must be one of \"%2\", got \"%3\"")
                        .arg(path, def.canonicalValues.join(QStringLiteral("\", \"")), value.toString()));
        }
        return value;
    case Def::Type::Reference:
    case Def::Type::Binary:
        if (!value.isString())
            throw ScimError::invalidValue(typeError(path, def, value));
        return value;
    case Def::Type::Boolean:
        if (value.isBool())
            return value;
        // Entra ID (without aadOptscim062020) and the Microsoft validator send "True"/"False".
        if (value.isString()) {
            const QString text = value.toString().trimmed();
            if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                return true;
            if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
                return false;
        }
        throw ScimError::invalidValue(typeError(path, def, value));
    case Def::Type::Integer:
        if (!value.isDouble() || std::trunc(value.toDouble()) != value.toDouble())
            throw ScimError::invalidValue(typeError(path, def, value));
        return value;
    case Def::Type::Decimal:
        if (!value.isDouble())
            throw ScimError::invalidValue(typeError(path, def, value));
        return value;
    case Def::Type::DateTime:
        if (!value.isString())
            throw ScimError::invalidValue(typeError(path, def, value));
        if (!isDateTime(value.toString())) {
            throw ScimError::invalidValue(
                QStringLiteral("Attribute '%1' must be an xsd:dateTime such as 2015-10-10T14:38:21Z").arg(path));
        }
        return value;
    case Def::Type::Complex:
        if (value.isObject())
            return normalizeComplex(def, value.toObject(), path);
        // Entra sends the enterprise `manager` as a plain string: it is the `value` sub-attribute.
        if (!value.isArray() && def.subAttribute(u"value"))
            return normalizeComplex(def, QJsonObject{{QStringLiteral("value"), value}}, path);
        throw ScimError::invalidValue(typeError(path, def, value));
    }
    return value;
}

// Collects the canonical form while walking the input: core attributes at the top level, extension attributes
// under their URN. Several input keys may address the same attribute (`name` and `name.givenName`, or `NAME`
// and `name`); complex values are merged, everything else is last-wins.
class Builder
{
public:
    Builder(const ResourceType &type, UndeclaredAttributes *undeclared)
        : m_type(type)
        , m_undeclared(undeclared)
    {}

    void assign(const AttributePath &path, const QJsonValue &value)
    {
        const Def &def = *path.definition;
        // RFC 7644 §3.3: readOnly attributes in a request body SHALL be ignored (id, meta, groups, …).
        if (def.mutability == Def::Mutability::ReadOnly ||
            (path.subDefinition && path.subDefinition->mutability == Def::Mutability::ReadOnly))
            return;
        const QString pathText = path.toString();
        if (!path.extension && def.name == QLatin1String("password")) {
            if (path.subDefinition)
                return;
            const QJsonValue normalized = ResourceValidator::normalizeValue(def, value, pathText);
            if (normalized.isString())
                m_password = normalized.toString();
            return;
        }

        QJsonValue current = ResourceValues::attribute(m_resource, path.schemaUrn, path.extension, def.name);
        if (path.subDefinition) {
            if (def.multiValued) {
                throw ScimError::invalidValue(
                    QStringLiteral("'%1' addresses a sub-attribute of a multi-valued attribute; send '%2' as an array")
                        .arg(pathText, def.name));
            }
            const QJsonValue normalized = ResourceValidator::normalizeValue(*path.subDefinition, value, pathText);
            if (normalized.isNull())
                return;
            QJsonObject object = current.toObject();
            object.insert(path.subDefinition->name, normalized);
            ResourceValues::setAttribute(m_resource, path.schemaUrn, path.extension, def.name, object);
            return;
        }

        const QJsonValue normalized = ResourceValidator::normalizeValue(def, value, pathText);
        if (normalized.isNull())
            return;
        if (def.isComplex() && !def.multiValued && current.isObject()) {
            QJsonObject merged = current.toObject();
            const QJsonObject incoming = normalized.toObject();
            for (auto it = incoming.constBegin(); it != incoming.constEnd(); ++it)
                merged.insert(it.key(), it.value());
            ResourceValues::setAttribute(m_resource, path.schemaUrn, path.extension, def.name, merged);
            return;
        }
        ResourceValues::setAttribute(m_resource, path.schemaUrn, path.extension, def.name, normalized);
    }

    void assignSchemaObject(const Schema &schema, const QString &key, const QJsonValue &value)
    {
        if (value.isNull())
            return;
        if (!value.isObject())
            throw ScimError::invalidValue(QStringLiteral("'%1' must be an object of attributes").arg(key));
        const QJsonObject object = value.toObject();
        const bool extension = &schema != &m_type.coreSchema();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            AttributePath path;
            path.schemaUrn = schema.id;
            path.extension = extension;
            path.definition = m_type.attribute(schema, it.key());
            if (!path.definition) {
                UndeclaredPath undeclared;
                undeclared.attribute = it.key();
                if (extension) {
                    undeclared.kind = UndeclaredPath::Kind::Attribute;
                    undeclared.schemaUrn = schema.id;
                }
                assignUndeclared(undeclared, it.value(), key + QLatin1Char(':') + it.key());
                continue;
            }
            path.attribute = path.definition->name;
            assign(path, it.value());
        }
    }

    void assignUndeclared(const UndeclaredPath &path, const QJsonValue &value, const QString &label)
    {
        ResourceValidator::assignUndeclared(m_resource, path, value, m_undeclared, label);
    }

    QJsonObject &resource() { return m_resource; }
    const std::optional<QString> &password() const { return m_password; }

private:
    const ResourceType &m_type;
    UndeclaredAttributes *m_undeclared;
    QJsonObject m_resource;
    std::optional<QString> m_password;
};

void checkSchemasMember(const QJsonValue &schemas)
{
    if (schemas.isNull() || schemas.isUndefined())
        return;
    if (!schemas.isArray())
        throw ScimError::invalidSyntax(QStringLiteral("'schemas' must be an array of schema URNs"));
    for (const QJsonValue &urn : schemas.toArray()) {
        if (!urn.isString())
            throw ScimError::invalidSyntax(QStringLiteral("'schemas' must contain only strings"));
    }
}

} // namespace

ResourceValidator::Result ResourceValidator::normalize(const QJsonObject &input, const ResourceType &type, Mode mode,
                                                       const QJsonObject *existing, UndeclaredAttributes *undeclared)
{
    // Unknown core attributes are ignored rather than rejected. RFC 7644 does not define an error for them, real
    // IdPs send attributes the service provider does not implement, and the Microsoft SCIM validator's "Put a user
    // misspelled attribute" expects 200 with the misspelled attribute ("adreses") simply not stored. Attributes
    // under extension URNs nobody declared follow the connection's policy (kept by default: an IdP that reads back
    // less than it sent re-pushes forever). `schemas` is rebuilt from the extensions actually present.
    Builder builder(type, undeclared);
    QStringList listedSchemas;
    const QString schemasKey = ResourceValues::findKey(input, u"schemas");
    if (!schemasKey.isNull()) {
        checkSchemasMember(input.value(schemasKey));
        for (const QJsonValue &urn : input.value(schemasKey).toArray())
            listedSchemas.append(urn.toString());
    }
    for (auto it = input.constBegin(); it != input.constEnd(); ++it) {
        const QString &key = it.key();
        if (key == schemasKey)
            continue;
        // A whole schema object, usually an extension: {"urn:…:enterprise:2.0:User": {"employeeNumber": …}}.
        if (const Schema *schema = type.schema(key)) {
            builder.assignSchemaObject(*schema, key, it.value());
            continue;
        }
        // Plain names, and URN-qualified (`urn:…:User:employeeNumber`) or dotted (`name.givenName`) paths.
        if (const std::optional<AttributePath> path = type.resolve(key); path && path->definition) {
            builder.assign(*path, it.value());
            continue;
        }
        builder.assignUndeclared(UndeclaredPath::classify(key, type, listedSchemas, it.value().isObject()), it.value(),
                                 key);
    }

    Result result;
    result.resource = builder.resource();
    result.password = builder.password();
    if (mode == Mode::Replace && existing)
        ResourceValues::enforceImmutable(*existing, result.resource, type, true);
    finalize(result.resource, type);
    return result;
}

void ResourceValidator::assignUndeclared(QJsonObject &resource, const UndeclaredPath &path, const QJsonValue &value,
                                         UndeclaredAttributes *undeclared, const QString &label)
{
    if (path.kind == UndeclaredPath::Kind::Core || path.schemaUrn.isEmpty()) {
        if (undeclared)
            undeclared->noteIgnored(label);
        return;
    }
    if (value.isNull() || value.isUndefined())
        return;
    if (path.kind == UndeclaredPath::Kind::WholeExtension) {
        if (!value.isObject())
            throw ScimError::invalidValue(QStringLiteral("'%1' must be an object of attributes").arg(label));
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            UndeclaredPath attribute;
            attribute.kind = UndeclaredPath::Kind::Attribute;
            attribute.schemaUrn = path.schemaUrn;
            attribute.attribute = it.key();
            assignUndeclared(resource, attribute, it.value(), undeclared, path.schemaUrn + QLatin1Char(':') + it.key());
        }
        return;
    }
    const UndeclaredAttributes::Policy policy =
        undeclared ? undeclared->policy() : UndeclaredAttributes::Policy::Ignore;
    if (policy == UndeclaredAttributes::Policy::Reject)
        throw ScimError::invalidValue(QStringLiteral("Attribute '%1' is not declared in this connection's schemas, "
                                                     "and the connection refuses undeclared attributes "
                                                     "(options.scim_unknown_attributes is \"reject\")")
                                          .arg(path.toString()));
    if (policy == UndeclaredAttributes::Policy::Ignore) {
        if (undeclared)
            undeclared->noteIgnored(path.toString());
        return;
    }
    // Several keys may address the same undeclared extension or attribute in different case; the first spelling
    // stays.
    const QString urnKey = [&] {
        const QString existing = ResourceValues::findKey(resource, path.schemaUrn);
        return existing.isNull() ? path.schemaUrn : existing;
    }();
    QJsonObject container = resource.value(urnKey).toObject();
    const QString existingAttribute = ResourceValues::findKey(container, path.attribute);
    const QString attributeKey = existingAttribute.isNull() ? path.attribute : existingAttribute;
    if (path.subAttribute.isEmpty()) {
        container.insert(attributeKey, value);
    } else {
        QJsonObject object = container.value(attributeKey).toObject();
        const QString existingSub = ResourceValues::findKey(object, path.subAttribute);
        object.insert(existingSub.isNull() ? path.subAttribute : existingSub, value);
        container.insert(attributeKey, object);
    }
    resource.insert(urnKey, container);
    undeclared->noteKept(path.toString());
}

QJsonValue ResourceValidator::normalizeValue(const AttributeDefinition &def, const QJsonValue &value,
                                             const QString &path)
{
    if (value.isNull() || value.isUndefined())
        return QJsonValue::Null;
    if (!def.multiValued) {
        if (value.isArray())
            throw ScimError::invalidValue(QStringLiteral("Attribute '%1' is single-valued, got an array").arg(path));
        return normalizeSingle(def, value, path);
    }
    // A single element for a multi-valued attribute is taken as a one-element array.
    const QJsonArray elements = value.isArray() ? value.toArray() : QJsonArray{value};
    QJsonArray result;
    for (const QJsonValue &element : elements) {
        if (element.isNull() || element.isUndefined())
            continue;
        if (element.isArray())
            throw ScimError::invalidValue(QStringLiteral("Attribute '%1' cannot contain nested arrays").arg(path));
        const QJsonValue normalized = normalizeSingle(def, element, path);
        if (!normalized.isNull())
            result.append(normalized);
    }
    return result.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result);
}

void ResourceValidator::finalize(QJsonObject &resource, const ResourceType &type)
{
    // Drop unassigned schema attributes (null, [], {}) and empty extension objects.
    ResourceValues::forEachAttribute(type, [&resource](const Schema &schema, bool extension, const Def &def) {
        const QJsonValue value = ResourceValues::attribute(resource, schema.id, extension, def.name);
        if (!value.isUndefined() && ResourceValues::isUnassigned(value))
            ResourceValues::setAttribute(resource, schema.id, extension, def.name, value);
    });
    QStringList schemas{type.coreSchema().id};
    for (const ResourceType::Extension &ext : type.extensions()) {
        const QJsonValue object = resource.value(ext.schema.id);
        if (ResourceValues::isUnassigned(object))
            resource.remove(ext.schema.id);
        else
            schemas.append(ext.schema.id);
    }
    // Undeclared extensions kept as sent: only they put other URN keys at the top level.
    QStringList emptied;
    for (auto it = resource.constBegin(); it != resource.constEnd(); ++it) {
        if (!it.key().startsWith(u"urn:", Qt::CaseInsensitive) || type.schema(it.key()))
            continue;
        if (ResourceValues::isUnassigned(it.value()))
            emptied.append(it.key());
        else
            schemas.append(it.key());
    }
    for (const QString &key : std::as_const(emptied))
        resource.remove(key);

    const QString missing = ResourceValues::missingRequired(resource, type);
    if (!missing.isEmpty())
        throw ScimError::invalidValue(QStringLiteral("Required attribute '%1' is missing or empty").arg(missing));
    const QString duplicate = ResourceValues::duplicatePrimary(resource, type);
    if (!duplicate.isEmpty()) {
        throw ScimError::invalidValue(
            QStringLiteral("At most one value of '%1' may have \"primary\": true").arg(duplicate));
    }
    resource.insert(QStringLiteral("schemas"), QJsonArray::fromStringList(schemas));
}

} // namespace scim
