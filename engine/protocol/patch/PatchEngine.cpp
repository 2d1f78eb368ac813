#include "protocol/patch/PatchEngine.h"

#include "protocol/filter/FilterEvaluator.h"
#include "protocol/filter/FilterParser.h"
#include "protocol/schema/ResourceType.h"
#include "protocol/schema/ScimConstants.h"
#include "protocol/schema/ScimError.h"
#include "protocol/validation/ResourceValidator.h"
#include "protocol/validation/ResourceValues.h"
#include "protocol/validation/UndeclaredAttributes.h"
#include "protocol/validation/UndeclaredPath.h"

#include <functional>

namespace scim {

namespace {

using Def = AttributeDefinition;

enum class OpKind
{
    Add,
    Replace,
    Remove
};

struct Operation
{
    OpKind kind = OpKind::Add;
    QString path; // empty: the operation targets the resource itself
    bool hasValue = false;
    QJsonValue value;
    QString label; // "Operations[2]", for error messages
};

QList<Operation> parseOperations(const QJsonObject &request)
{
    const QString schemasKey = ResourceValues::findKey(request, u"schemas");
    if (!schemasKey.isNull() && !request.value(schemasKey).isNull()) {
        const QJsonValue schemas = request.value(schemasKey);
        bool patchOp = false;
        for (const QJsonValue &urn : schemas.toArray())
            patchOp = patchOp || urn.toString().compare(Urn::patchOp(), Qt::CaseInsensitive) == 0;
        if (!schemas.isArray() || !patchOp)
            throw ScimError::invalidSyntax(
                QStringLiteral("A PATCH body must have \"schemas\": [\"%1\"]").arg(Urn::patchOp()));
    }
    const QString operationsKey = ResourceValues::findKey(request, u"Operations");
    if (operationsKey.isNull())
        throw ScimError::invalidSyntax(QStringLiteral("A PATCH body must contain \"Operations\""));
    const QJsonValue operations = request.value(operationsKey);
    if (!operations.isArray() || operations.toArray().isEmpty())
        throw ScimError::invalidSyntax(QStringLiteral("\"Operations\" must be a non-empty array"));

    QList<Operation> result;
    const QJsonArray array = operations.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        Operation op;
        op.label = QStringLiteral("Operations[%1]").arg(i);
        if (!array.at(i).isObject())
            throw ScimError::invalidSyntax(QStringLiteral("%1 must be an object").arg(op.label));
        const QJsonObject object = array.at(i).toObject();

        // Entra sends "Add"/"Replace"/"Remove": op names are case-insensitive.
        const QString name = object.value(ResourceValues::findKey(object, u"op")).toString();
        if (name.compare(QLatin1String("add"), Qt::CaseInsensitive) == 0)
            op.kind = OpKind::Add;
        else if (name.compare(QLatin1String("replace"), Qt::CaseInsensitive) == 0)
            op.kind = OpKind::Replace;
        else if (name.compare(QLatin1String("remove"), Qt::CaseInsensitive) == 0)
            op.kind = OpKind::Remove;
        else
            throw ScimError::invalidSyntax(
                QStringLiteral("%1: \"op\" must be \"add\", \"replace\" or \"remove\"").arg(op.label));

        const QJsonValue path = object.value(ResourceValues::findKey(object, u"path"));
        if (!path.isNull() && !path.isUndefined() && !path.isString())
            throw ScimError::invalidPath(QStringLiteral("%1: \"path\" must be a string").arg(op.label));
        op.path = path.toString().trimmed();

        const QString valueKey = ResourceValues::findKey(object, u"value");
        op.hasValue = !valueKey.isNull();
        op.value = op.hasValue ? object.value(valueKey) : QJsonValue();
        // RFC 7644 §3.12 invalidValue: "A required value was missing".
        if (op.kind != OpKind::Remove && !op.hasValue)
            throw ScimError::invalidValue(QStringLiteral("%1: \"%2\" requires a \"value\"").arg(op.label, name));
        result.append(op);
    }
    return result;
}

// The elements of `array` that `touched` marks were just written; if one of them is primary, the others no
// longer are (RFC 7643 §2.4: primary "true" appears at most once).
void clearOtherPrimaries(QJsonArray &array, const QList<bool> &touched)
{
    bool newPrimary = false;
    for (qsizetype i = 0; i < array.size(); ++i)
        newPrimary = newPrimary || (touched.value(i) && ResourceValues::isPrimary(array.at(i)));
    if (!newPrimary)
        return;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!touched.value(i) && ResourceValues::isPrimary(array.at(i))) {
            QJsonObject element = array.at(i).toObject();
            element.insert(QStringLiteral("primary"), false);
            array.replace(i, element);
        }
    }
}

QJsonArray withoutEmptyElements(const QJsonArray &array)
{
    QJsonArray result;
    for (const QJsonValue &element : array) {
        if (!ResourceValues::isUnassigned(element))
            result.append(element);
    }
    return result;
}

QJsonObject merged(QJsonObject target, const QJsonObject &source)
{
    for (auto it = source.constBegin(); it != source.constEnd(); ++it)
        target.insert(it.key(), it.value());
    return target;
}

// For `add` through a value filter that matches nothing (Entra: `emails[type eq "work"].value` on a user without
// a work email), the new element starts from the filter's `eq` comparisons. Anything but a conjunction of `eq`
// on sub-attributes does not describe an element, and yields nothing.
std::optional<QJsonObject> elementFromFilter(const FilterNode &filter, const Def &def, const QString &pathText)
{
    QJsonObject element;
    std::function<bool(const FilterNode &)> collect = [&](const FilterNode &node) -> bool {
        switch (node.kind) {
        case FilterNode::Kind::And:
            return node.left && node.right && collect(*node.left) && collect(*node.right);
        case FilterNode::Kind::ValuePath:
            return node.left && collect(*node.left);
        case FilterNode::Kind::Compare: {
            if (node.op != CompareOp::Eq)
                return false;
            const QString subName = node.path.subAttribute.isEmpty() ? node.path.attribute : node.path.subAttribute;
            const Def *sub = def.subAttribute(subName);
            if (!sub || sub->mutability == Def::Mutability::ReadOnly)
                return false;
            const QJsonValue value =
                ResourceValidator::normalizeValue(*sub, node.value, pathText + QLatin1Char('.') + sub->name);
            if (value.isNull())
                return false;
            element.insert(sub->name, value);
            return true;
        }
        default:
            return false;
        }
    };
    if (!collect(filter))
        return std::nullopt;
    return element;
}

// True when `element` has every sub-attribute value `pattern` names (Entra's remove-members-by-value shape).
bool matchesPattern(const QJsonValue &element, const QJsonValue &pattern, const Def &def)
{
    if (!def.isComplex() || !pattern.isObject())
        return ResourceValues::equivalent(element, pattern, def);
    const QJsonObject object = element.toObject();
    const QJsonObject wanted = pattern.toObject();
    for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
        const Def *sub = def.subAttribute(it.key());
        if (!object.contains(it.key()) || !sub || !ResourceValues::equivalent(object.value(it.key()), it.value(), *sub))
            return false;
    }
    return true;
}

class Patcher
{
public:
    Patcher(const ResourceType &type, QJsonObject resource, UndeclaredAttributes *undeclared)
        : m_type(type)
        , m_resource(std::move(resource))
        , m_undeclared(undeclared)
    {}

    void apply(const Operation &op)
    {
        if (op.path.isEmpty()) {
            // RFC 7644 §3.5.2.2: remove without a path fails with noTarget.
            if (op.kind == OpKind::Remove)
                throw ScimError::noTarget(QStringLiteral("%1: \"remove\" requires a \"path\"").arg(op.label));
            if (!op.value.isObject()) {
                throw ScimError::invalidValue(
                    QStringLiteral("%1: without a \"path\", \"value\" must be an object of attributes").arg(op.label));
            }
            applyValueObject(op.kind, op.value.toObject());
            return;
        }

        PatchPath path;
        try {
            path = FilterParser::parsePatchPath(op.path, m_type);
        } catch (const ScimError &) {
            // Not a declared attribute: maybe one under an extension URN that nobody declared.
            if (op.path.contains(QLatin1Char('[')))
                throw;
            UndeclaredPath undeclared = UndeclaredPath::classify(op.path, m_type, {}, op.value.isObject(), true);
            if (!ResourceValues::findKey(m_resource, op.path).isNull()) {
                undeclared.kind = UndeclaredPath::Kind::WholeExtension;
                undeclared.schemaUrn = op.path;
            }
            if (undeclared.kind == UndeclaredPath::Kind::Core)
                throw;
            applyUndeclared(op.kind, undeclared, op.value, op.hasValue, op.path, true);
            return;
        }
        if (path.attribute.isWholeExtension()) {
            applyWholeExtension(op, path.attribute.schemaUrn);
            return;
        }
        if (!path.attribute.definition)
            throw ScimError::invalidPath(QStringLiteral("%1: \"%2\" names no attribute").arg(op.label, op.path));
        if (path.valueFilter)
            applyFiltered(op, path);
        else
            applyToAttribute(op.kind, path.attribute, op.value, op.hasValue, false);
    }

    QJsonObject &resource() { return m_resource; }
    const std::optional<QString> &password() const { return m_password; }

private:
    QJsonValue current(const AttributePath &path) const
    {
        return ResourceValues::attribute(m_resource, path.schemaUrn, path.extension, path.definition->name);
    }

    void store(const AttributePath &path, const QJsonValue &value)
    {
        ResourceValues::setAttribute(m_resource, path.schemaUrn, path.extension, path.definition->name, value);
    }

    // A path-less value object, as Okta (`{"active": false}`) and Entra (`{"name.givenName": …,
    // "urn:…:enterprise:2.0:User:employeeNumber": …}`) send it. Keys are handled like the keys of a resource
    // body: readOnly ones (Okta's `id`) and unknown ones are ignored.
    void applyValueObject(OpKind kind, const QJsonObject &values)
    {
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (it.key().compare(QLatin1String("schemas"), Qt::CaseInsensitive) == 0)
                continue;
            if (const Schema *schema = m_type.schema(it.key())) {
                applySchemaObject(kind, *schema, it.key(), it.value());
                continue;
            }
            if (it.key().contains(QLatin1Char('['))) {
                // A value path as a key (`"emails[type eq \"work\"].value": "…"`) is applied like the same
                // path given as "path"; a malformed one is an error like any malformed path.
                const PatchPath path = FilterParser::parsePatchPath(it.key(), m_type);
                if (!path.valueFilter || !path.attribute.definition)
                    throw ScimError::invalidPath(QStringLiteral("'%1' is not a value path").arg(it.key()));
                const bool readOnly =
                    path.attribute.definition->mutability == Def::Mutability::ReadOnly ||
                    (path.subDefinition && path.subDefinition->mutability == Def::Mutability::ReadOnly);
                if (!readOnly)
                    applyFiltered(Operation{kind, it.key(), true, it.value(), it.key()}, path);
                continue;
            }
            const std::optional<AttributePath> path = m_type.resolve(it.key());
            if (path && path->definition)
                applyToAttribute(kind, *path, it.value(), true, true);
            else
                applyUndeclared(kind, UndeclaredPath::classify(it.key(), m_type, {}, it.value().isObject()), it.value(),
                                true, it.key(), false);
        }
    }

    void applySchemaObject(OpKind kind, const Schema &schema, const QString &label, const QJsonValue &value)
    {
        const bool extension = &schema != &m_type.coreSchema();
        if (value.isNull()) {
            if (kind == OpKind::Replace && extension)
                m_resource.remove(schema.id);
            return;
        }
        if (!value.isObject())
            throw ScimError::invalidValue(QStringLiteral("'%1' must be an object of attributes").arg(label));
        const QJsonObject object = value.toObject();
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
                applyUndeclared(kind, undeclared, it.value(), true, label + QLatin1Char(':') + it.key(), false);
                continue;
            }
            path.attribute = path.definition->name;
            applyToAttribute(kind, path, it.value(), true, true);
        }
    }

    // An operation on an attribute no schema declares (see PatchEngine). `explicitPath`: named by "path", where a
    // refusal is invalidPath and an unknown core attribute cannot reach here.
    void applyUndeclared(OpKind kind, const UndeclaredPath &path, const QJsonValue &value, bool hasValue,
                         const QString &label, bool explicitPath)
    {
        if (path.kind == UndeclaredPath::Kind::Core || path.schemaUrn.isEmpty()) {
            if (m_undeclared)
                m_undeclared->noteIgnored(label);
            return;
        }
        const UndeclaredAttributes::Policy policy =
            m_undeclared ? m_undeclared->policy() : UndeclaredAttributes::Policy::Ignore;
        if (policy == UndeclaredAttributes::Policy::Reject) {
            const QString message = QStringLiteral("Attribute '%1' is not declared in this connection's schemas, and "
                                                   "the connection refuses undeclared attributes "
                                                   "(options.scim_unknown_attributes is \"reject\")")
                                        .arg(path.toString());
            throw explicitPath ? ScimError::invalidPath(message) : ScimError::invalidValue(message);
        }
        if (policy == UndeclaredAttributes::Policy::Ignore) {
            if (m_undeclared)
                m_undeclared->noteIgnored(path.toString());
            return;
        }
        const QString existingUrn = ResourceValues::findKey(m_resource, path.schemaUrn);
        const QString urnKey = existingUrn.isNull() ? path.schemaUrn : existingUrn;
        if (path.kind == UndeclaredPath::Kind::WholeExtension) {
            if (kind == OpKind::Remove || (kind == OpKind::Replace && value.isNull())) {
                m_resource.remove(urnKey);
                m_undeclared->noteKept(path.toString());
                return;
            }
            if (value.isNull())
                return;
            if (!value.isObject())
                throw ScimError::invalidValue(QStringLiteral("'%1' must be an object of attributes").arg(label));
            const QJsonObject object = value.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                UndeclaredPath attribute;
                attribute.kind = UndeclaredPath::Kind::Attribute;
                attribute.schemaUrn = urnKey;
                attribute.attribute = it.key();
                applyUndeclared(kind, attribute, it.value(), true, label + QLatin1Char(':') + it.key(), false);
            }
            return;
        }

        QJsonObject container = m_resource.value(urnKey).toObject();
        const QString existingAttribute = ResourceValues::findKey(container, path.attribute);
        const QString attributeKey = existingAttribute.isNull() ? path.attribute : existingAttribute;
        QJsonValue current = container.value(attributeKey);
        if (!path.subAttribute.isEmpty()) {
            QJsonObject object = current.toObject();
            const QString existingSub = ResourceValues::findKey(object, path.subAttribute);
            const QString subKey = existingSub.isNull() ? path.subAttribute : existingSub;
            if (kind == OpKind::Remove || value.isNull()) {
                if (kind != OpKind::Add)
                    object.remove(subKey);
            } else {
                object.insert(subKey, value);
            }
            current = object;
        } else if (kind == OpKind::Remove) {
            if (hasValue && !value.isNull() && current.isArray()) {
                // Remove the given values only, like a multi-valued attribute's remove with a value.
                const QJsonArray unwanted = value.isArray() ? value.toArray() : QJsonArray{value};
                QJsonArray kept;
                for (const QJsonValue &element : current.toArray()) {
                    if (!unwanted.contains(element))
                        kept.append(element);
                }
                current = kept;
            } else {
                current = QJsonValue::Null;
            }
        } else if (value.isNull()) {
            if (kind == OpKind::Replace)
                current = QJsonValue::Null;
        } else if (kind == OpKind::Add && current.isArray()) {
            // RFC 7644 §3.5.2.1: add to a multi-valued attribute appends what is not there yet.
            QJsonArray elements = current.toArray();
            for (const QJsonValue &element : value.isArray() ? value.toArray() : QJsonArray{value}) {
                if (!elements.contains(element))
                    elements.append(element);
            }
            current = elements;
        } else if (current.isObject() && value.isObject()) {
            current = merged(current.toObject(), value.toObject());
        } else {
            current = value;
        }
        if (ResourceValues::isUnassigned(current))
            container.remove(attributeKey);
        else
            container.insert(attributeKey, current);
        if (container.isEmpty())
            m_resource.remove(urnKey);
        else
            m_resource.insert(urnKey, container);
        m_undeclared->noteKept(path.toString());
    }

    void applyWholeExtension(const Operation &op, const QString &urn)
    {
        const Schema *schema = m_type.extensionSchema(urn);
        if (op.kind == OpKind::Remove) {
            m_resource.remove(schema->id);
            return;
        }
        applySchemaObject(op.kind, *schema, op.path, op.value);
    }

    // readOnly attributes named by an explicit path are an error; inside a path-less value object (Okta sends
    // `id` next to the attributes it changes) they are ignored, as in a resource body.
    static bool isWritable(const AttributePath &path, bool fromValueObject)
    {
        const bool readOnly = path.definition->mutability == Def::Mutability::ReadOnly ||
                              (path.subDefinition && path.subDefinition->mutability == Def::Mutability::ReadOnly);
        if (readOnly && !fromValueObject)
            throw ScimError::mutability(QStringLiteral("Attribute '%1' is readOnly").arg(path.toString()));
        return !readOnly;
    }

    void applyToAttribute(OpKind kind, const AttributePath &path, const QJsonValue &value, bool hasValue,
                          bool fromValueObject)
    {
        if (!isWritable(path, fromValueObject))
            return;
        const Def &def = *path.definition;
        const Def *sub = path.subDefinition;
        const QString pathText = path.toString();

        if (!path.extension && def.name == QLatin1String("password")) {
            // writeOnly: handed to the caller, never stored. Removing it has nothing to remove.
            if (kind == OpKind::Remove || sub)
                return;
            const QJsonValue normalized = ResourceValidator::normalizeValue(def, value, pathText);
            if (normalized.isString())
                m_password = normalized.toString();
            return;
        }

        const QJsonValue existing = current(path);
        if (kind == OpKind::Remove) {
            if (sub)
                store(path, withoutSub(def, existing, sub->name));
            else if (def.multiValued && hasValue && !value.isNull())
                store(path, withoutMatching(def, existing, value, pathText));
            else
                store(path, QJsonValue::Null);
            return;
        }

        if (sub) {
            const QJsonValue normalized = ResourceValidator::normalizeValue(*sub, value, pathText);
            if (normalized.isNull() && kind == OpKind::Add)
                return;
            if (def.multiValued) {
                // `emails.value` without a filter addresses every element; with none, it creates one.
                QJsonArray elements = existing.toArray();
                if (elements.isEmpty() && !normalized.isNull())
                    elements.append(QJsonObject{{sub->name, normalized}});
                for (qsizetype i = 0; i < elements.size(); ++i)
                    elements.replace(i, withSub(elements.at(i).toObject(), sub->name, normalized));
                store(path, withoutEmptyElements(elements));
            } else {
                store(path, withSub(existing.toObject(), sub->name, normalized));
            }
            return;
        }

        const QJsonValue normalized = ResourceValidator::normalizeValue(def, value, pathText);
        if (normalized.isNull()) {
            // replace with null unassigns (RFC 7643 §2.5); add of nothing changes nothing.
            if (kind == OpKind::Replace)
                store(path, QJsonValue::Null);
            return;
        }
        if (def.multiValued) {
            if (kind == OpKind::Replace) {
                store(path, normalized);
                return;
            }
            QJsonArray elements = existing.toArray();
            QList<bool> touched(elements.size(), false);
            for (const QJsonValue &element : normalized.toArray()) {
                // RFC 7644 §3.5.2.1: a value already present is not added again.
                if (elements.contains(element))
                    continue;
                elements.append(element);
                touched.append(true);
            }
            clearOtherPrimaries(elements, touched);
            store(path, elements);
            return;
        }
        // RFC 7644 §3.5.2.1/§3.5.2.3: add and replace on a complex attribute both set the given sub-attributes
        // and leave the others unchanged.
        if (def.isComplex())
            store(path, merged(existing.toObject(), normalized.toObject()));
        else
            store(path, normalized);
    }

    void applyFiltered(const Operation &op, const PatchPath &patchPath)
    {
        const AttributePath &path = patchPath.attribute;
        const Def &def = *path.definition;
        if (!def.multiValued || !def.isComplex()) {
            throw ScimError::invalidPath(
                QStringLiteral("%1: a value filter needs a multi-valued complex attribute, '%2' is not")
                    .arg(op.label, path.toString()));
        }
        const Def *sub = patchPath.subDefinition
                             ? patchPath.subDefinition
                             : (patchPath.subAttribute.isEmpty() ? nullptr : def.subAttribute(patchPath.subAttribute));
        if (def.mutability == Def::Mutability::ReadOnly || (sub && sub->mutability == Def::Mutability::ReadOnly))
            throw ScimError::mutability(QStringLiteral("%1: attribute '%2' is readOnly").arg(op.label, op.path));

        QJsonArray elements = current(path).toArray();
        QList<qsizetype> matched;
        for (qsizetype i = 0; i < elements.size(); ++i) {
            if (FilterEvaluator::matchesElement(*patchPath.valueFilter, elements.at(i), def))
                matched.append(i);
        }

        if (op.kind == OpKind::Remove || (op.kind == OpKind::Replace && op.value.isNull())) {
            // No match: nothing to remove. Idempotent on purpose, Okta re-sends membership removals.
            for (qsizetype n = matched.size() - 1; n >= 0; --n) {
                const qsizetype i = matched.at(n);
                if (sub)
                    elements.replace(i, withSub(elements.at(i).toObject(), sub->name, QJsonValue::Null));
                else
                    elements.removeAt(i);
            }
            store(path, withoutEmptyElements(elements));
            return;
        }
        if (op.value.isNull())
            return; // add of nothing

        const QString pathText = op.path;
        QJsonValue normalized;
        if (sub) {
            normalized = ResourceValidator::normalizeValue(*sub, op.value, pathText);
        } else {
            const QJsonArray asArray = ResourceValidator::normalizeValue(def, op.value, pathText).toArray();
            if (asArray.size() != 1) {
                throw ScimError::invalidValue(
                    QStringLiteral("%1: '%2' selects values; \"value\" must be one complex value")
                        .arg(op.label, pathText));
            }
            normalized = asArray.first();
        }

        QList<bool> touched(elements.size(), false);
        if (matched.isEmpty()) {
            // RFC 7644 §3.5.2.3: replace through a filter that matches none of the existing values is noTarget.
            // When the attribute has no values at all, the target does not exist and replace acts as add.
            if (op.kind == OpKind::Replace && !elements.isEmpty()) {
                throw ScimError::noTarget(
                    QStringLiteral("%1: the filter in '%2' matches no value").arg(op.label, op.path));
            }
            std::optional<QJsonObject> element = elementFromFilter(*patchPath.valueFilter, def, path.toString());
            if (!element) {
                throw ScimError::noTarget(
                    QStringLiteral("%1: the filter in '%2' matches no value and does not describe one to add")
                        .arg(op.label, op.path));
            }
            elements.append(sub ? withSub(*element, sub->name, normalized) : merged(*element, normalized.toObject()));
            touched.append(true);
        } else {
            for (const qsizetype i : std::as_const(matched)) {
                const QJsonObject element = elements.at(i).toObject();
                if (sub)
                    elements.replace(i, withSub(element, sub->name, normalized));
                else if (op.kind == OpKind::Add)
                    elements.replace(i, merged(element, normalized.toObject()));
                else
                    elements.replace(i, normalized); // RFC 7644 §3.5.2.3: matching values are replaced
                touched[i] = true;
            }
        }
        clearOtherPrimaries(elements, touched);
        store(path, withoutEmptyElements(elements));
    }

    static QJsonObject withSub(QJsonObject object, const QString &subName, const QJsonValue &value)
    {
        if (ResourceValues::isUnassigned(value))
            object.remove(subName);
        else
            object.insert(subName, value);
        return object;
    }

    static QJsonValue withoutSub(const Def &def, const QJsonValue &value, const QString &subName)
    {
        if (!def.multiValued)
            return withSub(value.toObject(), subName, QJsonValue::Null);
        QJsonArray elements = value.toArray();
        for (qsizetype i = 0; i < elements.size(); ++i)
            elements.replace(i, withSub(elements.at(i).toObject(), subName, QJsonValue::Null));
        return withoutEmptyElements(elements);
    }

    static QJsonValue withoutMatching(const Def &def, const QJsonValue &existing, const QJsonValue &value,
                                      const QString &pathText)
    {
        const QJsonArray patterns = ResourceValidator::normalizeValue(def, value, pathText).toArray();
        QJsonArray kept;
        for (const QJsonValue &element : existing.toArray()) {
            bool remove = false;
            for (const QJsonValue &pattern : patterns)
                remove = remove || matchesPattern(element, pattern, def);
            if (!remove)
                kept.append(element);
        }
        return kept;
    }

    const ResourceType &m_type;
    QJsonObject m_resource;
    UndeclaredAttributes *m_undeclared;
    std::optional<QString> m_password;
};

// RFC 7644 §3.5.2: "If an attribute is removed or becomes unassigned and is defined as a required attribute
// [...] the server SHALL return [...] mutability". An attribute that was never there is finalize's invalidValue.
void checkRequiredKept(const QJsonObject &before, const QJsonObject &after, const ResourceType &type)
{
    ResourceValues::forEachAttribute(type, [&](const Schema &schema, bool extension, const Def &def) {
        if (!def.required || def.mutability == Def::Mutability::ReadOnly)
            return;
        if (!ResourceValues::isUnassigned(ResourceValues::attribute(before, schema.id, extension, def.name)) &&
            ResourceValues::isUnassigned(ResourceValues::attribute(after, schema.id, extension, def.name))) {
            throw ScimError::mutability(QStringLiteral("Required attribute '%1' cannot be removed")
                                            .arg(extension ? schema.id + QLatin1Char(':') + def.name : def.name));
        }
    });
}

} // namespace

PatchEngine::Result PatchEngine::apply(const QJsonObject &resource, const QJsonObject &request,
                                       const ResourceType &type, UndeclaredAttributes *undeclared)
{
    const QList<Operation> operations = parseOperations(request);
    // Every operation works on this copy; the first error propagates and the caller keeps `resource`.
    Patcher patcher(type, resource, undeclared);
    for (const Operation &op : operations)
        patcher.apply(op);

    Result result;
    result.resource = patcher.resource();
    result.password = patcher.password();
    checkRequiredKept(resource, result.resource, type);
    ResourceValues::enforceImmutable(resource, result.resource, type, false);
    ResourceValidator::finalize(result.resource, type);
    result.changed = result.resource != resource || result.password.has_value();
    return result;
}

} // namespace scim
