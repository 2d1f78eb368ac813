#include "mapping/ProfileMapper.h"

#include "common/JsonCbor.h"
#include "mapping/ProfileAttributes.h"
#include "protocol/filter/FilterEvaluator.h"
#include "protocol/filter/FilterParser.h"
#include "protocol/schema/ResourceType.h"
#include "protocol/schema/ScimError.h"
#include "protocol/validation/ResourceValues.h"

#include <QJsonArray>
#include <QSet>
#include <QVarLengthArray>

namespace scim {

namespace {

bool onlyEqualityConjunctions(const FilterNode &node)
{
    switch (node.kind) {
    case FilterNode::Kind::And:
        return onlyEqualityConjunctions(*node.left) && onlyEqualityConjunctions(*node.right);
    case FilterNode::Kind::Compare:
        return node.op == CompareOp::Eq;
    default:
        return false;
    }
}

// Lower-cases and collapses white space outside quoted strings, so filter texts compare by meaning.
QString normalizeFilterText(QStringView text)
{
    QString out;
    bool quoted = false;
    bool space = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            out.append(c);
            if (c == QLatin1Char('\\') && i + 1 < text.size())
                out.append(text.at(++i));
            else if (c == QLatin1Char('"'))
                quoted = false;
            continue;
        }
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty() && !out.endsWith(QLatin1Char('[')) && c != QLatin1Char(']'))
            out.append(QLatin1Char(' '));
        space = false;
        if (c == QLatin1Char('"'))
            quoted = true;
        out.append(c.toLower());
    }
    return out;
}

QJsonValue valueOf(const QJsonValue &element)
{
    return element.isObject() ? element.toObject().value(QStringLiteral("value")) : element;
}

bool isUnmappableAttribute(const AttributePath &path)
{
    if (path.extension)
        return false;
    static const QStringList forbidden{QStringLiteral("id"), QStringLiteral("meta"), QStringLiteral("password"),
                                       QStringLiteral("groups")};
    return forbidden.contains(path.attribute);
}

} // namespace

QString ProfileMapper::canonicalScimPath(const QString &path, const ResourceType &type)
{
    try {
        const PatchPath parsed = FilterParser::parsePatchPath(path, type);
        QString text = parsed.attribute.toString().toLower();
        if (parsed.valueFilter) {
            const qsizetype open = path.indexOf(QLatin1Char('['));
            const qsizetype close = path.lastIndexOf(QLatin1Char(']'));
            text += QLatin1Char('[') + normalizeFilterText(QStringView(path).mid(open + 1, close - open - 1)) +
                    QLatin1Char(']');
            if (!parsed.subAttribute.isEmpty())
                text += QLatin1Char('.') + parsed.subAttribute.toLower();
        }
        return text;
    } catch (const ScimError &) {
        return {};
    }
}

QList<MappingIssue> ProfileMapper::validate(const AttributeMap &map, const ResourceType &type)
{
    QList<MappingIssue> issues;
    auto fail = [&issues](int index, const AttributeMap::Entry &entry, const QString &rule, const QString &message) {
        issues.append(MappingIssue{index, entry.scim, entry.auth0, rule, message});
    };

    QHash<QString, int> scimSeen;
    QHash<QString, int> auth0Seen;
    QSet<QString> mappedScim;
    for (int i = 0; i < map.entries.size(); ++i) {
        const AttributeMap::Entry &entry = map.entries.at(i);
        if (entry.scim.trimmed().isEmpty() || entry.auth0.trimmed().isEmpty()) {
            fail(i, entry, QStringLiteral("incomplete"), QStringLiteral("Both 'scim' and 'auth0' must be non-empty."));
            continue;
        }

        // SCIM side
        std::optional<PatchPath> path;
        try {
            path = FilterParser::parsePatchPath(entry.scim, type);
        } catch (const ScimError &error) {
            fail(i, entry, QStringLiteral("unknown_scim_attribute"),
                 QStringLiteral("'%1' is not an attribute of this connection's schemas or has a malformed filter: %2")
                     .arg(entry.scim, error.detail()));
        }
        if (path) {
            if (path->attribute.isWholeExtension()) {
                fail(i, entry, QStringLiteral("not_mappable"),
                     QStringLiteral("'%1' names a whole schema extension; map its attributes one by one.")
                         .arg(entry.scim));
            } else if (isUnmappableAttribute(path->attribute)) {
                fail(i, entry, QStringLiteral("not_mappable"),
                     QStringLiteral("'%1' cannot be mapped: id, meta, password and groups are never part of a profile.")
                         .arg(path->attribute.attribute));
            } else if (path->valueFilter && !onlyEqualityConjunctions(*path->valueFilter)) {
                fail(i, entry, QStringLiteral("unsupported_filter"),
                     QStringLiteral("'%1': mapping filters may only use 'eq' (joined by 'and').").arg(entry.scim));
            } else {
                const QString canonical = canonicalScimPath(entry.scim, type);
                mappedScim.insert(canonical);
                if (scimSeen.contains(canonical))
                    fail(i, entry, QStringLiteral("one_to_one"),
                         QStringLiteral(
                             "'%1' is already mapped (entry %2); each SCIM attribute maps to one profile attribute.")
                             .arg(entry.scim)
                             .arg(scimSeen.value(canonical)));
                else
                    scimSeen.insert(canonical, i);
                const bool isActive =
                    !path->attribute.extension && path->attribute.attribute == QLatin1String("active");
                if (isActive && entry.auth0 != QLatin1String("blocked"))
                    fail(i, entry, QStringLiteral("active_to_blocked"),
                         QStringLiteral("'active' can only be mapped to 'blocked' (stored inverted)."));
                if (!isActive && entry.auth0 == QLatin1String("blocked"))
                    fail(i, entry, QStringLiteral("active_to_blocked"),
                         QStringLiteral("'blocked' can only be fed from 'active'."));
            }
        }

        // Profile side
        const QString &target = entry.auth0;
        if (ProfileAttributes::reservedRoots().contains(target)) {
            fail(i, entry, QStringLiteral("reserved_profile_attribute"),
                 QStringLiteral("'%1' is set by the engine and cannot be a mapping target.").arg(target));
        } else if (!ProfileAttributes::mappableRoots().contains(target) && !ProfileAttributes::isMetadataPath(target)) {
            fail(
                i, entry, QStringLiteral("unknown_profile_attribute"),
                QStringLiteral("'%1' is neither a profile root attribute nor app_metadata.<key> / user_metadata.<key>.")
                    .arg(target));
        } else {
            if (auth0Seen.contains(target)) {
                fail(i, entry, QStringLiteral("one_to_one"),
                     QStringLiteral("'%1' is already the target of entry %2; each profile attribute has one source.")
                         .arg(target)
                         .arg(auth0Seen.value(target)));
            } else {
                for (auto it = auth0Seen.constBegin(); it != auth0Seen.constEnd(); ++it) {
                    if (target.startsWith(it.key() + QLatin1Char('.')) ||
                        it.key().startsWith(target + QLatin1Char('.'))) {
                        fail(i, entry, QStringLiteral("one_to_one"),
                             QStringLiteral("'%1' overlaps '%2' (entry %3): one would overwrite the other.")
                                 .arg(target, it.key())
                                 .arg(it.value()));
                        break;
                    }
                }
                auth0Seen.insert(target, i);
            }
        }
    }

    if (!mappedScim.contains(QStringLiteral("username")))
        issues.append(MappingIssue{
            -1, {}, {}, QStringLiteral("username_required"), QStringLiteral("'userName' must stay mapped.")});

    const QString userId = map.userIdAttribute.trimmed();
    QString userIdError;
    const std::optional<AttributePath> userIdPath =
        userId.isEmpty() ? std::nullopt : type.resolve(userId, &userIdError);
    if (!userIdPath || userIdPath->isWholeExtension()) {
        issues.append(MappingIssue{
            -1,
            {},
            {},
            QStringLiteral("user_id_attribute"),
            QStringLiteral("user_id_attribute '%1' is not an attribute of this connection's schemas.").arg(userId)});
    } else {
        const AttributeDefinition *leaf = userIdPath->leaf();
        const bool singleValued = !userIdPath->definition->multiValued && leaf && !leaf->isComplex();
        if (!singleValued)
            issues.append(
                MappingIssue{-1,
                             {},
                             {},
                             QStringLiteral("user_id_attribute"),
                             QStringLiteral("user_id_attribute '%1' must be a single-valued attribute.").arg(userId)});
        else if (!mappedScim.contains(userIdPath->toString().toLower()))
            issues.append(MappingIssue{-1,
                                       {},
                                       {},
                                       QStringLiteral("user_id_attribute"),
                                       QStringLiteral("user_id_attribute '%1' must itself be mapped.").arg(userId)});
    }
    return issues;
}

ProfileMapper::ProfileMapper(const AttributeMap &map, const ResourceType &type)
    : m_type(type)
{
    // Invalid entries are skipped rather than fatal: maps are validated when saved, and a map stored by an
    // older version must not stop provisioning.
    for (const AttributeMap::Entry &entry : map.entries) {
        try {
            CompiledEntry compiled;
            compiled.path = FilterParser::parsePatchPath(entry.scim, type);
            if (compiled.path.attribute.isWholeExtension() || isUnmappableAttribute(compiled.path.attribute))
                continue;
            compiled.auth0 = entry.auth0;
            compiled.inverted =
                !compiled.path.attribute.extension && compiled.path.attribute.attribute == QLatin1String("active");
            if (ProfileAttributes::reservedRoots().contains(compiled.auth0))
                continue;
            // A stored map is compiled even when validate() would refuse it now, but a target nested deeper than
            // a stored profile is decoded (found by fuzz_mapping) is never written.
            if (compiled.auth0.count(QLatin1Char('.')) >= ProfileAttributes::kMaxTargetDepth)
                continue;
            // `sub eq literal` (every default map's filters) is checked directly, without the general evaluator.
            const FilterPtr &filter = compiled.path.valueFilter;
            if (filter && filter->kind == FilterNode::Kind::Compare && filter->op == CompareOp::Eq &&
                !filter->path.subAttribute.isEmpty() && filter->path.subDefinition &&
                !filter->path.subDefinition->isComplex() && (filter->value.isString() || filter->value.isBool())) {
                compiled.simpleFilterKey = filter->path.subAttribute;
                compiled.simpleFilterValue = filter->value;
                compiled.simpleFilterCaseExact = filter->path.subDefinition->caseExact;
            }
            const QStringList segments = compiled.auth0.split(QLatin1Char('.'));
            if (segments.size() == 2 &&
                (segments.at(0) == QLatin1String("app_metadata") || segments.at(0) == QLatin1String("user_metadata"))) {
                compiled.metadataKey = segments.at(1);
                compiled.userMetadata = segments.at(0) == QLatin1String("user_metadata");
            } else if (segments.size() > 1) {
                compiled.root = segments.at(0);
                compiled.rootPath = compiled.auth0.mid(compiled.root.size() + 1);
            }
            const AttributePath &attr = compiled.path.attribute;
            QHash<QString, int> &slots = attr.extension ? m_extensionSlots[attr.schemaUrn] : m_coreSlots;
            const auto slot = slots.constFind(attr.attribute);
            compiled.slot = slot != slots.constEnd() ? *slot : m_slotCount;
            if (slot == slots.constEnd())
                slots.insert(attr.attribute, m_slotCount++);
            m_entries.append(compiled);
        } catch (const ScimError &) {
        }
    }
    if (const std::optional<AttributePath> path = type.resolve(map.userIdAttribute)) {
        m_userIdPath = *path;
        m_hasUserIdPath = !path->isWholeExtension();
    }
}

bool ProfileMapper::simpleMatch(const CompiledEntry &entry, const QJsonObject &element)
{
    const QJsonValue actual = element.value(entry.simpleFilterKey);
    if (entry.simpleFilterValue.isBool())
        return actual.isBool() && actual.toBool() == entry.simpleFilterValue.toBool();
    return actual.isString() &&
           actual.toString().compare(entry.simpleFilterValue.toString(),
                                     entry.simpleFilterCaseExact ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0;
}

QJsonValue ProfileMapper::extract(const CompiledEntry &entry, const QJsonValue &value) const
{
    const AttributePath &attr = entry.path.attribute;
    if (ResourceValues::isUnassigned(value))
        return {};
    const AttributeDefinition &def = *attr.definition;
    if (def.multiValued) {
        const QJsonArray elements = value.toArray();
        if (entry.path.valueFilter) {
            for (const QJsonValue &element : elements) {
                const bool match = entry.simpleFilterKey.isEmpty()
                                       ? FilterEvaluator::matchesElement(*entry.path.valueFilter, element, def)
                                       : simpleMatch(entry, element.toObject());
                if (match) {
                    if (entry.path.subAttribute.isEmpty())
                        return element;
                    return element.toObject().value(entry.path.subAttribute);
                }
            }
            return {};
        }
        if (!attr.subAttribute.isEmpty()) {
            // `emails.value`: the primary element's, else the first element's.
            QJsonValue chosen = elements.isEmpty() ? QJsonValue() : elements.first();
            for (const QJsonValue &element : elements) {
                if (ResourceValues::isPrimary(element)) {
                    chosen = element;
                    break;
                }
            }
            return chosen.toObject().value(attr.subAttribute);
        }
        // The whole attribute: its values when elements have a `value` (roles → ["admin", …]), else the elements.
        if (def.subAttribute(u"value")) {
            QJsonArray values;
            for (const QJsonValue &element : elements) {
                const QJsonValue v = valueOf(element);
                if (!ResourceValues::isUnassigned(v))
                    values.append(v);
            }
            return values;
        }
        return elements;
    }
    if (def.isComplex()) {
        const QJsonObject object = value.toObject();
        if (!attr.subAttribute.isEmpty())
            return object.value(attr.subAttribute);
        // `manager` → its id, as the profile wants a value, not SCIM's {value, $ref, displayName}.
        if (def.subAttribute(u"value") && object.contains(QStringLiteral("value")))
            return object.value(QStringLiteral("value"));
        return object;
    }
    return value;
}

void ProfileMapper::assign(QJsonObject &profile, const QString &target, const QJsonValue &value)
{
    const QStringList segments = target.split(QLatin1Char('.'));
    if (segments.size() == 1) {
        profile.insert(target, value);
        return;
    }
    // Nested write into app_metadata / user_metadata: rebuild the chain of objects bottom-up.
    QList<QJsonObject> chain;
    QJsonObject current = profile;
    for (qsizetype i = 0; i < segments.size() - 1; ++i) {
        chain.append(current);
        current = current.value(segments.at(i)).toObject();
    }
    current.insert(segments.last(), value);
    for (qsizetype i = segments.size() - 2; i >= 0; --i) {
        QJsonObject parent = chain.at(i);
        parent.insert(segments.at(i), current);
        current = parent;
    }
    profile = current;
}

QJsonObject ProfileMapper::project(const QJsonObject &resource, const Context &context) const
{
    return projectFields(resource, context).toJsonObject();
}

ProfileMapper::Projection ProfileMapper::projectFields(const QJsonObject &resource, const Context &context) const
{
    Projection profile;
    profile.fields.reserve(m_entries.size() + 4);
    // One level below the metadata roots is by far the common case (all default maps); those are collected
    // here and inserted once instead of rebuilding the metadata objects for every entry.
    QJsonObject appMetadata;
    QJsonObject userMetadata;
    const QString id = resource.value(QStringLiteral("id")).toString();
    QVarLengthArray<QJsonValue, 64> found(m_slotCount); // Null: absent
    for (auto it = resource.constBegin(); it != resource.constEnd(); ++it) {
        const QString key = it.key();
        if (const auto slot = m_coreSlots.constFind(key); slot != m_coreSlots.constEnd()) {
            found[*slot] = it.value();
        } else if (const auto extension = m_extensionSlots.constFind(key); extension != m_extensionSlots.constEnd()) {
            const QJsonObject object = it.value().toObject();
            for (auto attr = object.constBegin(); attr != object.constEnd(); ++attr) {
                if (const auto inner = extension->constFind(attr.key()); inner != extension->constEnd())
                    found[*inner] = attr.value();
            }
        }
    }
    for (const CompiledEntry &entry : m_entries) {
        QJsonValue value = extract(entry, found.at(entry.slot));
        if (value.isUndefined() || value.isNull())
            continue;
        if (entry.inverted) {
            if (!value.isBool())
                continue;
            value = !value.toBool();
        }
        if (!entry.metadataKey.isEmpty()) {
            (entry.userMetadata ? userMetadata : appMetadata).insert(entry.metadataKey, value);
        } else if (!entry.root.isEmpty()) {
            QJsonObject object = profile.value(entry.root).toObject();
            assign(object, entry.rootPath, value);
            profile.set(entry.root, object);
        } else {
            profile.set(entry.auth0, value);
        }
    }
    auto merge = [&profile](const QString &root, const QJsonObject &metadata) {
        if (metadata.isEmpty())
            return;
        QJsonObject merged = profile.value(root).toObject();
        for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
            merged.insert(it.key(), it.value());
        profile.set(root, merged);
    };
    merge(QStringLiteral("app_metadata"), appMetadata);
    merge(QStringLiteral("user_metadata"), userMetadata);
    profile.set(QStringLiteral("user_id"), id);
    QString identityUserId = id;
    if (m_hasUserIdPath) {
        QJsonValue value =
            ResourceValues::attribute(resource, m_userIdPath.schemaUrn, m_userIdPath.extension, m_userIdPath.attribute);
        if (!m_userIdPath.subAttribute.isEmpty())
            value = value.toObject().value(m_userIdPath.subAttribute);
        if (value.isString() && !value.toString().isEmpty())
            identityUserId = value.toString();
    }
    profile.connectionName = context.connectionName;
    profile.strategy = context.strategy;
    profile.identityUserId = identityUserId;
    const QJsonObject meta = resource.value(QStringLiteral("meta")).toObject();
    profile.set(QStringLiteral("created_at"), meta.value(QStringLiteral("created")));
    profile.set(QStringLiteral("updated_at"), meta.value(QStringLiteral("lastModified")));
    return profile;
}

void ProfileMapper::Projection::set(const QString &key, const QJsonValue &value)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).first == key) {
            if (value.isUndefined())
                fields.removeAt(i);
            else
                fields[i].second = value;
            return;
        }
    }
    if (!value.isUndefined())
        fields.append({key, value});
}

QJsonValue ProfileMapper::Projection::value(QStringView key) const
{
    for (const auto &field : fields) {
        if (QStringView(field.first) == key)
            return field.second;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonObject ProfileMapper::Projection::toJsonObject() const
{
    QJsonObject object;
    for (const auto &field : fields)
        object.insert(field.first, field.second);
    object.insert(QStringLiteral("identities"), QJsonArray{QJsonObject{{QStringLiteral("connection"), connectionName},
                                                                       {QStringLiteral("provider"), strategy},
                                                                       {QStringLiteral("user_id"), identityUserId},
                                                                       {QStringLiteral("isSocial"), false}}});
    return object;
}

QByteArray ProfileMapper::Projection::toCbor() const
{
    // Decodes to the same object as JsonCbor::encode(toJsonObject()); only key order differs.
    QByteArray out;
    out.reserve(512);
    JsonCbor::appendHead(out, 5, quint64(fields.size() + 1)); // map
    for (const auto &field : fields) {
        JsonCbor::appendText(out, field.first);
        JsonCbor::appendValue(out, field.second);
    }
    JsonCbor::appendText(out, QLatin1StringView("identities"));
    JsonCbor::appendHead(out, 4, 1); // array of one map
    JsonCbor::appendHead(out, 5, 4);
    JsonCbor::appendText(out, QLatin1StringView("connection"));
    JsonCbor::appendText(out, connectionName);
    JsonCbor::appendText(out, QLatin1StringView("provider"));
    JsonCbor::appendText(out, strategy);
    JsonCbor::appendText(out, QLatin1StringView("user_id"));
    JsonCbor::appendText(out, identityUserId);
    JsonCbor::appendText(out, QLatin1StringView("isSocial"));
    JsonCbor::appendValue(out, false);
    return out;
}

QStringList ProfileMapper::unmappedAttributes(const QJsonObject &resource) const
{
    QSet<QString> mapped;
    for (const CompiledEntry &entry : m_entries) {
        const AttributePath &attr = entry.path.attribute;
        mapped.insert(attr.extension ? attr.schemaUrn + QLatin1Char(':') + attr.attribute : attr.attribute);
    }
    static const QStringList ignored{QStringLiteral("schemas"), QStringLiteral("id"), QStringLiteral("meta"),
                                     QStringLiteral("groups"), QStringLiteral("password")};
    QStringList result;
    for (auto it = resource.constBegin(); it != resource.constEnd(); ++it) {
        if (ignored.contains(it.key()))
            continue;
        if (m_type.extensionSchema(it.key())) {
            const QJsonObject extension = it.value().toObject();
            for (auto attr = extension.constBegin(); attr != extension.constEnd(); ++attr) {
                const QString name = it.key() + QLatin1Char(':') + attr.key();
                if (!mapped.contains(name))
                    result.append(name);
            }
            continue;
        }
        if (!mapped.contains(it.key()))
            result.append(it.key());
    }
    return result;
}

} // namespace scim
