#include "protocol/filter/FilterEvaluator.h"

#include "protocol/schema/ScimDateTime.h"

#include <QJsonArray>

namespace scim {

namespace {

using Type = AttributeDefinition::Type;

// Resources are stored canonically keyed, so the exact key almost always hits; the scan keeps evaluation
// correct for input that was not normalised.
QJsonValue member(const QJsonObject &object, const QString &name)
{
    const auto exact = object.constFind(name);
    if (exact != object.constEnd())
        return *exact;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return *it;
    }
    return QJsonValue(QJsonValue::Undefined);
}

// `pr` (RFC 7644 §3.4.2.2): present and not null, "" or an empty array or object.
bool isPresent(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return false;
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    default:
        return true;
    }
}

// The value of the attribute the path names, taken from the core level or the extension object.
QJsonValue attributeValue(const QJsonObject &resource, const AttributePath &path)
{
    if (!path.extension)
        return member(resource, path.attribute);
    const QJsonValue extension = member(resource, path.schemaUrn);
    if (path.attribute.isEmpty())
        return extension;
    return member(extension.toObject(), path.attribute);
}

// The sub-attribute of one element; a simple (non-object) element is its own `value`.
QJsonValue elementMember(const QJsonValue &element, const QString &subAttribute)
{
    if (subAttribute.isEmpty())
        return element;
    if (element.isObject())
        return member(element.toObject(), subAttribute);
    if (!element.isUndefined() && !element.isNull() && subAttribute.compare(u"value", Qt::CaseInsensitive) == 0)
        return element;
    return QJsonValue(QJsonValue::Undefined);
}

// <0, 0, >0, or nullopt when the two values cannot be ordered against each other.
std::optional<int> order(const QJsonValue &stored, const QJsonValue &literal, const AttributeDefinition &leaf)
{
    if (stored.isBool() && literal.isBool())
        return int(stored.toBool()) - int(literal.toBool());
    if (stored.isDouble() && literal.isDouble()) {
        const double a = stored.toDouble();
        const double b = literal.toDouble();
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    if (!stored.isString() || !literal.isString())
        return std::nullopt;
    const QString a = stored.toString();
    const QString b = literal.toString();
    if (leaf.type == Type::DateTime) {
        const std::optional<ScimDateTime> x = ScimDateTime::parse(a);
        const std::optional<ScimDateTime> y = ScimDateTime::parse(b);
        if (x && y)
            return *x < *y ? -1 : (*y < *x ? 1 : 0);
    }
    const Qt::CaseSensitivity cs =
        leaf.caseExact || leaf.type == Type::Binary ? Qt::CaseSensitive : Qt::CaseInsensitive;
    return a.compare(b, cs);
}

// One comparison against one value. A missing value only satisfies `ne` and `eq null`.
bool compareValue(const QJsonValue &stored, CompareOp op, const QJsonValue &literal, const AttributeDefinition &leaf)
{
    const bool present = isPresent(stored);
    if (op == CompareOp::Pr)
        return present;
    if (literal.isNull())
        return op == CompareOp::Eq ? !present : op == CompareOp::Ne && present;
    if (!present)
        return op == CompareOp::Ne;

    switch (op) {
    case CompareOp::Co:
    case CompareOp::Sw:
    case CompareOp::Ew: {
        if (!stored.isString() || !literal.isString())
            return false;
        const Qt::CaseSensitivity cs =
            leaf.caseExact || leaf.type == Type::Binary ? Qt::CaseSensitive : Qt::CaseInsensitive;
        const QString text = stored.toString();
        const QString needle = literal.toString();
        if (op == CompareOp::Co)
            return text.contains(needle, cs);
        return op == CompareOp::Sw ? text.startsWith(needle, cs) : text.endsWith(needle, cs);
    }
    default:
        break;
    }

    const std::optional<int> result = order(stored, literal, leaf);
    switch (op) {
    case CompareOp::Eq:
        return result && *result == 0;
    case CompareOp::Ne:
        // Values of different types are not equal.
        return !result || *result != 0;
    case CompareOp::Gt:
        return result && *result > 0;
    case CompareOp::Ge:
        return result && *result >= 0;
    case CompareOp::Lt:
        return result && *result < 0;
    case CompareOp::Le:
        return result && *result <= 0;
    default:
        return false;
    }
}

const AttributeDefinition &leafOf(const AttributePath &path, const AttributeDefinition &fallback)
{
    if (path.subDefinition)
        return *path.subDefinition;
    return path.definition ? *path.definition : fallback;
}

QJsonArray elementsOf(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

// A multi-valued attribute matches when any of its values matches (RFC 7644 §3.4.2.2); without values it
// behaves like a missing attribute.
bool compareAny(const QJsonArray &values, const FilterNode &node, const AttributeDefinition &leaf)
{
    if (values.isEmpty())
        return compareValue(QJsonValue(QJsonValue::Undefined), node.op, node.value, leaf);
    for (const QJsonValue &value : values) {
        if (compareValue(elementMember(value, node.path.subAttribute), node.op, node.value, leaf))
            return true;
    }
    return false;
}

bool matchesCompare(const FilterNode &node, const QJsonObject &resource)
{
    const QJsonValue value = attributeValue(resource, node.path);
    if (node.path.isWholeExtension() || !node.path.definition)
        return node.op == CompareOp::Pr && isPresent(value);
    const AttributeDefinition &leaf = leafOf(node.path, *node.path.definition);
    if (node.path.definition->multiValued) {
        if (node.op == CompareOp::Pr && node.path.subAttribute.isEmpty())
            return isPresent(value);
        return compareAny(elementsOf(value), node, leaf);
    }
    const QJsonValue target =
        node.path.subAttribute.isEmpty()
            ? value
            : (value.isObject() ? member(value.toObject(), node.path.subAttribute) : QJsonValue(QJsonValue::Undefined));
    return compareValue(target, node.op, node.value, leaf);
}

// The value a resource sorts by: for multi-valued attributes the primary element, else the first.
QJsonValue sortValue(const QJsonObject &resource, const AttributePath &path)
{
    QJsonValue value = attributeValue(resource, path);
    if (path.definition && path.definition->multiValued) {
        const QJsonArray elements = elementsOf(value);
        value = QJsonValue(QJsonValue::Undefined);
        for (const QJsonValue &element : elements) {
            if (member(element.toObject(), QStringLiteral("primary")).toBool()) {
                value = element;
                break;
            }
        }
        if (value.isUndefined() && !elements.isEmpty())
            value = elements.first();
        if (path.subAttribute.isEmpty() && value.isObject())
            return member(value.toObject(), QStringLiteral("value"));
        return elementMember(value, path.subAttribute);
    }
    if (path.subAttribute.isEmpty())
        return value;
    return member(value.toObject(), path.subAttribute);
}

} // namespace

bool FilterEvaluator::matches(const FilterNode &filter, const QJsonObject &resource)
{
    switch (filter.kind) {
    case FilterNode::Kind::And:
        return matches(*filter.left, resource) && matches(*filter.right, resource);
    case FilterNode::Kind::Or:
        return matches(*filter.left, resource) || matches(*filter.right, resource);
    case FilterNode::Kind::Not:
        return !matches(*filter.left, resource);
    case FilterNode::Kind::Compare:
        return matchesCompare(filter, resource);
    case FilterNode::Kind::ValuePath: {
        const QJsonArray elements = elementsOf(attributeValue(resource, filter.path));
        for (const QJsonValue &element : elements) {
            if (matchesElement(*filter.left, element, *filter.path.definition))
                return true;
        }
        return false;
    }
    }
    return false;
}

bool FilterEvaluator::matchesElement(const FilterNode &filter, const QJsonValue &element,
                                     const AttributeDefinition &attribute)
{
    switch (filter.kind) {
    case FilterNode::Kind::And:
        return matchesElement(*filter.left, element, attribute) && matchesElement(*filter.right, element, attribute);
    case FilterNode::Kind::Or:
        return matchesElement(*filter.left, element, attribute) || matchesElement(*filter.right, element, attribute);
    case FilterNode::Kind::Not:
        return !matchesElement(*filter.left, element, attribute);
    case FilterNode::Kind::Compare:
        return compareValue(elementMember(element, filter.path.subAttribute), filter.op, filter.value,
                            leafOf(filter.path, attribute));
    case FilterNode::Kind::ValuePath:
        // The grammar allows no value path inside another one.
        return false;
    }
    return false;
}

int FilterEvaluator::compareForSort(const QJsonObject &a, const QJsonObject &b, const AttributePath &sortBy)
{
    return compareSortValues(sortValue(a, sortBy), sortValue(b, sortBy), sortBy);
}

QJsonValue FilterEvaluator::sortValueOf(const QJsonObject &resource, const AttributePath &sortBy)
{
    const QJsonValue value = sortValue(resource, sortBy);
    return isPresent(value) ? value : QJsonValue(QJsonValue::Undefined);
}

int FilterEvaluator::compareSortValues(const QJsonValue &x, const QJsonValue &y, const AttributePath &sortBy)
{
    const bool hasX = isPresent(x);
    const bool hasY = isPresent(y);
    if (!hasX || !hasY)
        return int(hasY) - int(hasX);
    const AttributeDefinition *leaf = sortBy.leaf();
    if (!leaf)
        return 0;
    if (leaf->isComplex()) {
        leaf = leaf->subAttribute(u"value");
        if (!leaf)
            return 0;
    }
    const std::optional<int> result = order(x, y, *leaf);
    if (!result)
        return 0;
    return *result < 0 ? -1 : (*result > 0 ? 1 : 0);
}

} // namespace scim
