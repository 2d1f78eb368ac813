#include "protocol/validation/AttributeProjection.h"

#include "protocol/filter/FilterEvaluator.h"
#include "protocol/filter/FilterParser.h"
#include "protocol/schema/ResourceType.h"
#include "protocol/schema/ScimError.h"
#include "protocol/validation/ResourceValues.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <functional>
#include <optional>

namespace scim {

namespace {

using Def = AttributeDefinition;

// What one `attributes` / `excludedAttributes` list says about one attribute.
struct Selector
{
    struct ElementFilter
    {
        FilterPtr filter;
        QString subAttribute; // empty: the whole matching element
    };

    bool whole = false;           // named as such (`emails`)
    QSet<QString> subs;           // named sub-attributes (`name.givenName`)
    QList<ElementFilter> filters; // `emails[type eq "work"]`, `emails[type eq "work"].value`
};

struct Selection
{
    QHash<QString, Selector> attributes; // by lower-cased "schemaUrn|attribute"
    QSet<QString> extensions;            // lower-cased URNs of whole extensions
    // Lower-cased entries under a URN no schema declares (`urn:…:Ext`, `urn:…:Ext:attr`): undeclared extension
    // data kept as sent (docs/schemas.md), selected by its keys.
    QSet<QString> undeclared;
    QStringList canonical; // the accepted entries, canonically spelled

    bool isEmpty() const { return attributes.isEmpty() && extensions.isEmpty() && undeclared.isEmpty(); }
    static QString key(const QString &schemaUrn, const QString &attribute)
    {
        return (schemaUrn + QLatin1Char('|') + attribute).toLower();
    }
    const Selector *find(const QString &schemaUrn, const QString &attribute) const
    {
        const auto it = attributes.constFind(key(schemaUrn, attribute));
        return it == attributes.constEnd() ? nullptr : &it.value();
    }
};

// Splits on commas that are outside value filters and quoted strings: `emails[value eq "a,b"],userName`.
QStringList splitList(QStringView list)
{
    QStringList entries;
    int depth = 0;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QChar c = list.at(i);
        if (quoted) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('[')) {
            ++depth;
        } else if (c == QLatin1Char(']')) {
            depth = qMax(0, depth - 1);
        } else if (c == QLatin1Char(',') && depth == 0) {
            entries.append(list.mid(start, i - start).trimmed().toString());
            start = i + 1;
        }
    }
    entries.append(list.mid(start).trimmed().toString());
    entries.removeAll(QString());
    return entries;
}

// True when `entry` names something under one of the type's schemas (then an unknown entry, not undeclared data).
bool underKnownSchema(const QString &entry, const ResourceType &type)
{
    const auto under = [&entry](const QString &urn) {
        return entry.startsWith(urn, Qt::CaseInsensitive) &&
               (entry.size() == urn.size() || entry.at(urn.size()) == QLatin1Char(':') ||
                entry.at(urn.size()) == QLatin1Char('.'));
    };
    if (under(type.coreSchema().id))
        return true;
    for (const ResourceType::Extension &extension : type.extensions()) {
        if (under(extension.schema.id))
            return true;
    }
    return false;
}

// Unknown or malformed entries are skipped rather than rejected: RFC 7644 §3.4.2.5 defines no error for them,
// and IdPs ask for attributes a service provider may not implement. A list whose entries are all unknown
// therefore behaves like an absent parameter.
Selection parseSelection(const QStringList &entries, const ResourceType &type)
{
    Selection selection;
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        if (entry.contains(QLatin1Char('['))) {
            // Not in RFC 7644, but the Microsoft validator asks for `attributes=emails[type eq "work"]`: we
            // select the matching elements (with the sub-attribute after `]`, if any).
            std::optional<PatchPath> parsed;
            try {
                parsed = FilterParser::parsePatchPath(entry, type);
            } catch (const ScimError &) {
                continue;
            }
            const AttributePath &path = parsed->attribute;
            if (!path.definition)
                continue;
            Selector &selector = selection.attributes[Selection::key(path.schemaUrn, path.attribute)];
            if (parsed->valueFilter)
                selector.filters.append({parsed->valueFilter, parsed->subAttribute});
            else if (!path.subAttribute.isEmpty())
                selector.subs.insert(path.subAttribute);
            else
                selector.whole = true;
            selection.canonical.append(entry);
            continue;
        }
        const std::optional<AttributePath> path = type.resolve(entry);
        if (!path) {
            if (entry.startsWith(u"urn:", Qt::CaseInsensitive) && !underKnownSchema(entry, type)) {
                selection.undeclared.insert(entry.toLower());
                selection.canonical.append(entry);
            }
            continue;
        }
        if (path->isWholeExtension()) {
            selection.extensions.insert(path->schemaUrn.toLower());
        } else {
            Selector &selector = selection.attributes[Selection::key(path->schemaUrn, path->attribute)];
            if (path->subAttribute.isEmpty())
                selector.whole = true;
            else
                selector.subs.insert(path->subAttribute);
        }
        selection.canonical.append(path->toString());
    }
    selection.canonical.removeDuplicates();
    return selection;
}

bool isRequestable(const Def &sub)
{
    return sub.returned != Def::Returned::Never;
}

bool isDefaultReturned(const Def &sub)
{
    return sub.returned != Def::Returned::Never && sub.returned != Def::Returned::Request;
}

// Keeps the sub-attributes `keep` accepts; keys outside the schema follow `keepUnknown`.
QJsonObject filterSubs(const Def &def, const QJsonObject &object, const std::function<bool(const Def &)> &keep,
                       bool keepUnknown)
{
    QJsonObject result;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const Def *sub = def.subAttribute(it.key());
        if (sub ? keep(*sub) : keepUnknown)
            result.insert(it.key(), it.value());
    }
    return result;
}

// Applies `project` to each element of a complex value (one object, or the elements of a multi-valued
// attribute), dropping elements that come back empty.
QJsonValue mapElements(const Def &def, const QJsonValue &value,
                       const std::function<QJsonObject(const QJsonObject &element)> &project)
{
    if (!def.isComplex())
        return value;
    if (!def.multiValued) {
        const QJsonObject projected = project(value.toObject());
        return projected.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(projected);
    }
    QJsonArray result;
    for (const QJsonValue &element : value.toArray()) {
        if (!element.isObject()) {
            result.append(element);
            continue;
        }
        const QJsonObject projected = project(element.toObject());
        if (!projected.isEmpty())
            result.append(projected);
    }
    return result.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result);
}

QJsonValue selectParts(const Def &def, const QJsonValue &value, const Selector &selector)
{
    return mapElements(def, value, [&def, &selector](const QJsonObject &element) {
        bool wholeElement = false;
        QSet<QString> keep = selector.subs;
        for (const Selector::ElementFilter &filter : selector.filters) {
            if (!FilterEvaluator::matchesElement(*filter.filter, element, def))
                continue;
            if (filter.subAttribute.isEmpty())
                wholeElement = true;
            else
                keep.insert(filter.subAttribute);
        }
        if (wholeElement)
            return filterSubs(def, element, isRequestable, true);
        if (keep.isEmpty())
            return QJsonObject();
        return filterSubs(
            def, element,
            [&keep](const Def &sub) {
                return sub.returned == Def::Returned::Always ||
                       (sub.returned != Def::Returned::Never && keep.contains(sub.name));
            },
            false);
    });
}

QJsonValue excludeParts(const Def &def, const QJsonValue &value, const Selector &selector)
{
    return mapElements(def, value, [&def, &selector](const QJsonObject &element) {
        QSet<QString> drop = selector.subs;
        for (const Selector::ElementFilter &filter : selector.filters) {
            if (!FilterEvaluator::matchesElement(*filter.filter, element, def))
                continue;
            if (filter.subAttribute.isEmpty())
                return QJsonObject();
            drop.insert(filter.subAttribute);
        }
        return filterSubs(
            def, element,
            [&drop](const Def &sub) { return sub.returned == Def::Returned::Always || !drop.contains(sub.name); },
            true);
    });
}

class Projector
{
public:
    Projector(const ResourceType &type, const QStringList &attributes, const QStringList &excludedAttributes)
        : m_include(parseSelection(attributes, type))
        , m_exclude(parseSelection(excludedAttributes, type))
        , m_restricted(!m_include.isEmpty())
    {}

    // Null when the attribute is not returned.
    QJsonValue project(const QString &schemaUrn, const Def &def, const QJsonValue &value, bool extensionIncluded,
                       bool extensionExcluded) const
    {
        if (def.returned == Def::Returned::Never)
            return QJsonValue::Null;
        // `always` wins over both parameters (RFC 7643 §7).
        if (def.returned == Def::Returned::Always)
            return mapElements(def, value,
                               [&def](const QJsonObject &e) { return filterSubs(def, e, isRequestable, true); });

        const Selector *included = m_include.find(schemaUrn, def.name);
        QJsonValue result;
        if (m_restricted) {
            if (extensionIncluded || (included && included->whole))
                result = mapElements(def, value,
                                     [&def](const QJsonObject &e) { return filterSubs(def, e, isRequestable, true); });
            else if (included)
                result = selectParts(def, value, *included);
            else
                return QJsonValue::Null;
        } else {
            if (def.returned == Def::Returned::Request)
                return QJsonValue::Null;
            result = mapElements(def, value,
                                 [&def](const QJsonObject &e) { return filterSubs(def, e, isDefaultReturned, true); });
        }

        const Selector *excluded = m_exclude.find(schemaUrn, def.name);
        if (extensionExcluded || (excluded && excluded->whole))
            return QJsonValue::Null;
        if (excluded)
            result = excludeParts(def, result, *excluded);
        return ResourceValues::isUnassigned(result) ? QJsonValue(QJsonValue::Null) : result;
    }

    bool restricted() const { return m_restricted; }
    bool extensionIncluded(const QString &urn) const { return m_include.extensions.contains(urn.toLower()); }
    bool extensionExcluded(const QString &urn) const { return m_exclude.extensions.contains(urn.toLower()); }
    bool undeclaredIncluded(const QString &key) const { return m_include.undeclared.contains(key.toLower()); }
    bool undeclaredExcluded(const QString &key) const { return m_exclude.undeclared.contains(key.toLower()); }

private:
    Selection m_include;
    Selection m_exclude;
    bool m_restricted;
};

} // namespace

QStringList AttributeProjection::parseList(const QString &list, const ResourceType &type)
{
    return parseSelection(splitList(list), type).canonical;
}

namespace {

bool hidesAttributeByDefault(const AttributeDefinition &def)
{
    using R = AttributeDefinition::Returned;
    if (def.returned == R::Never || def.returned == R::Request)
        return true;
    for (const AttributeDefinition &sub : def.subAttributes) {
        if (sub.returned == R::Never || sub.returned == R::Request)
            return true;
    }
    return false;
}

// True when the default projection would return `resource` unchanged: nothing in it is returned "never" or
// "request". This is the common case (a plain GET), and skipping the rebuild keeps reads cheap.
bool defaultProjectionIsIdentity(const QJsonObject &resource, const ResourceType &type)
{
    for (auto it = resource.constBegin(); it != resource.constEnd(); ++it) {
        if (const Schema *extension = type.extensionSchema(it.key())) {
            const QJsonObject object = it.value().toObject();
            for (auto attr = object.constBegin(); attr != object.constEnd(); ++attr) {
                const AttributeDefinition *def = extension->attribute(attr.key());
                if (def && hidesAttributeByDefault(*def))
                    return false;
            }
            continue;
        }
        const AttributeDefinition *def = type.attribute(type.coreSchema(), it.key());
        if (def && hidesAttributeByDefault(*def))
            return false;
    }
    return true;
}

} // namespace

bool AttributeProjection::hidesByDefault(const AttributeDefinition &def)
{
    return hidesAttributeByDefault(def);
}

QJsonObject AttributeProjection::apply(const QJsonObject &resource, const ResourceType &type,
                                       const QStringList &attributes, const QStringList &excludedAttributes)
{
    if (attributes.isEmpty() && excludedAttributes.isEmpty() && defaultProjectionIsIdentity(resource, type))
        return resource;
    const Projector projector(type, attributes, excludedAttributes);
    QJsonObject result;
    for (auto it = resource.constBegin(); it != resource.constEnd(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("schemas")) {
            result.insert(key, it.value());
            continue;
        }
        if (const Schema *extension = type.extensionSchema(key); extension && it.value().isObject()) {
            const bool included = projector.extensionIncluded(extension->id);
            const bool excluded = projector.extensionExcluded(extension->id);
            const QJsonObject object = it.value().toObject();
            QJsonObject projected;
            for (auto attr = object.constBegin(); attr != object.constEnd(); ++attr) {
                const Def *def = extension->attribute(attr.key());
                QJsonValue value;
                if (def)
                    value = projector.project(extension->id, *def, attr.value(), included, excluded);
                else if ((!projector.restricted() || included) && !excluded)
                    value = attr.value();
                if (!value.isNull() && !value.isUndefined())
                    projected.insert(attr.key(), value);
            }
            if (!projected.isEmpty())
                result.insert(key, projected);
            continue;
        }
        if (key.startsWith(u"urn:", Qt::CaseInsensitive) && it.value().isObject() && !type.schema(key)) {
            // An undeclared extension kept as sent: selected as a whole or attribute by attribute.
            if (projector.undeclaredExcluded(key))
                continue;
            const bool whole = !projector.restricted() || projector.undeclaredIncluded(key);
            const QJsonObject object = it.value().toObject();
            QJsonObject projected;
            for (auto attr = object.constBegin(); attr != object.constEnd(); ++attr) {
                const QString path = key + QLatin1Char(':') + attr.key();
                if ((whole || projector.undeclaredIncluded(path)) && !projector.undeclaredExcluded(path))
                    projected.insert(attr.key(), attr.value());
            }
            if (!projected.isEmpty())
                result.insert(key, projected);
            continue;
        }
        const Def *def = type.attribute(type.coreSchema(), key);
        if (!def) {
            // Not a schema attribute (nothing the validator stores): returned by default only.
            if (!projector.restricted())
                result.insert(key, it.value());
            continue;
        }
        const QJsonValue value = projector.project(type.coreSchema().id, *def, it.value(), false, false);
        if (!value.isNull() && !value.isUndefined())
            result.insert(key, value);
    }
    return result;
}

} // namespace scim
