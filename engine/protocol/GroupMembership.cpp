#include "protocol/GroupMembership.h"

#include "protocol/filter/FilterEvaluator.h"
#include "protocol/filter/FilterParser.h"
#include "protocol/schema/SchemaRegistry.h"
#include "protocol/schema/ScimError.h"
#include "protocol/validation/ResourceValidator.h"
#include "protocol/validation/ResourceValues.h"
#include "storage/Store.h"

#include <QRegularExpression>
#include <QSet>

namespace scim {

namespace {

// `members` may also be written with its schema URN, as PatchEngine accepts any core attribute.
QString withoutCoreUrn(const QString &name)
{
    static const QLatin1String urn("urn:ietf:params:scim:schemas:core:2.0:Group:");
    return name.startsWith(urn, Qt::CaseInsensitive) ? name.mid(urn.size()) : name;
}

const AttributeDefinition &membersDefinition()
{
    return *SchemaRegistry::standard().groups().coreSchema().attribute(u"members");
}

QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isObject())
        return QJsonArray{value};
    return {};
}

// Members are objects ({"value": id, …}). Bare strings, which Microsoft's SCIM validator sends in its "garbage"
// group tests and expects to be shrugged off, reference nothing and are dropped; an object whose value is
// not a User of the connection is still an error (toRows).
QJsonArray memberObjects(const QJsonValue &value)
{
    QJsonArray objects;
    for (const QJsonValue &item : value.isArray() ? value.toArray() : QJsonArray{value}) {
        if (item.isObject())
            objects.append(item);
    }
    return objects;
}

QString memberValue(const QJsonValue &member)
{
    return member.toObject().value(QStringLiteral("value")).toString();
}

} // namespace

GroupMembership::GroupMembership(Store &store)
    : m_store(store)
{}

QJsonValue GroupMembership::aliasDisplayNames(const QJsonValue &members)
{
    if (!members.isArray() && !members.isObject())
        return members;
    QJsonArray result;
    for (const QJsonValue &item : asArray(members)) {
        QJsonObject member = item.toObject();
        for (auto it = member.begin(); it != member.end(); ++it) {
            if (it.key().compare(QLatin1String("displayName"), Qt::CaseInsensitive) == 0) {
                const QJsonValue display = it.value();
                member.erase(it);
                if (!member.contains(QStringLiteral("display")))
                    member.insert(QStringLiteral("display"), display);
                break;
            }
        }
        result.append(item.isObject() ? QJsonValue(member) : item);
    }
    return members.isArray() ? QJsonValue(result) : result.at(0);
}

QList<Membership> GroupMembership::toRows(const QJsonArray &members, const QString &connectionId,
                                          const QString &groupId)
{
    QList<Membership> rows;
    for (const QJsonValue &member : members) {
        const QJsonObject object = member.toObject();
        const QString id = object.value(QStringLiteral("value")).toString();
        if (id.isEmpty())
            throw ScimError::invalidValue(QStringLiteral("Every member needs a 'value' (the id of a User)"));
        const QString type = object.value(QStringLiteral("type")).toString();
        if (!type.isEmpty() && type.compare(QLatin1String("User"), Qt::CaseInsensitive) != 0)
            throw ScimError::invalidValue(
                QStringLiteral("Member '%1' has type '%2'; groups accept only members of type User").arg(id, type));
        if (!m_store.resource(connectionId, QStringLiteral("User"), id))
            throw ScimError::invalidValue(QStringLiteral("Member '%1' is not a User of this connection").arg(id));
        rows.append(
            Membership{groupId, id, object.value(QStringLiteral("display")).toString(), QStringLiteral("User")});
    }
    return rows;
}

bool GroupMembership::replace(const QString &connectionId, const QString &groupId, const QList<Membership> &rows)
{
    // A PUT that repeats the member list changes nothing (and reports nothing to security event receivers).
    const auto key = [](const Membership &row) -> QString {
        return row.memberId + QLatin1Char('\n') + row.type + QLatin1Char('\n') + row.display;
    };
    QSet<QString> wanted;
    for (const Membership &row : rows)
        wanted.insert(key(row));
    const QList<Membership> current = m_store.members(groupId);
    if (current.size() == wanted.size()) {
        QSet<QString> existing;
        for (const Membership &row : current)
            existing.insert(key(row));
        if (existing == wanted)
            return false;
    }
    m_store.removeAllMembers(groupId);
    for (const Membership &row : rows)
        m_store.addMember(connectionId, row);
    return true;
}

QJsonArray GroupMembership::split(const QJsonArray &operations, QList<Operation> *memberOperations)
{
    static const QRegularExpression valueEq(
        QStringLiteral("^members\\s*\\[\\s*value\\s+eq\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\]$"),
        QRegularExpression::CaseInsensitiveOption);
    QJsonArray rest;
    for (const QJsonValue &item : operations) {
        const QJsonObject op = item.toObject();
        // Keys as PatchEngine reads them (Entra sends "Op"): otherwise a members operation would slip past the
        // member rows into the group's JSON.
        const QString name = op.value(ResourceValues::findKey(op, u"op")).toString().toLower();
        const QJsonValue pathValue = op.value(ResourceValues::findKey(op, u"path"));
        const QString path = withoutCoreUrn(pathValue.toString().trimmed());
        const QString valueKey = ResourceValues::findKey(op, u"value");
        const QJsonValue rawValue = op.value(valueKey);
        const QJsonValue value = aliasDisplayNames(rawValue); // for a value made of members only
        const bool add = name == QLatin1String("add");
        const bool remove = name == QLatin1String("remove");
        const bool replaceOp = name == QLatin1String("replace");

        if (!path.isEmpty() && path.compare(QLatin1String("members"), Qt::CaseInsensitive) == 0) {
            if (add || replaceOp) {
                const QJsonArray values = ResourceValidator::normalizeValue(membersDefinition(), memberObjects(value),
                                                                            QStringLiteral("members"))
                                              .toArray();
                memberOperations->append({add ? Operation::Kind::Add : Operation::Kind::Replace, values});
            } else if (remove) {
                // Entra without the flag names the members to remove in `value`; no value removes all.
                if (value.isArray() || value.isObject())
                    memberOperations->append({Operation::Kind::Remove, asArray(value)});
                else
                    memberOperations->append({Operation::Kind::RemoveAll, {}});
            } else {
                rest.append(item); // let PatchEngine report the unknown op
            }
            continue;
        }
        if (!path.isEmpty() && path.startsWith(QLatin1String("members"), Qt::CaseInsensitive)) {
            if (const QRegularExpressionMatch match = valueEq.match(path); match.hasMatch() && remove) {
                QString id = match.captured(1);
                id.replace(QLatin1String("\\\""), QLatin1String("\""));
                memberOperations->append(
                    {Operation::Kind::Remove, QJsonArray{QJsonObject{{QStringLiteral("value"), id}}}});
                continue;
            }
            if (remove && path.contains(QLatin1Char('['))) {
                // Any other filter: evaluated against the member rows.
                memberOperations->append(
                    {Operation::Kind::Remove, QJsonArray{QJsonObject{{QStringLiteral("$filter"), path}}}});
                continue;
            }
            throw ScimError::invalidPath(
                QStringLiteral("'%1': members are added, replaced or removed as a whole, or removed by a value filter")
                    .arg(path));
        }
        // Path-less: a value object may carry `members` next to other attributes (Okta's rename, Entra).
        if (path.isEmpty() && rawValue.isObject() && (add || replaceOp)) {
            // The group's own attributes stay as sent (its `displayName` is not a member's `display`).
            QJsonObject object = rawValue.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (withoutCoreUrn(it.key()).compare(QLatin1String("members"), Qt::CaseInsensitive) == 0) {
                    const QJsonArray values =
                        ResourceValidator::normalizeValue(membersDefinition(), aliasDisplayNames(it.value()),
                                                          QStringLiteral("members"))
                            .toArray();
                    memberOperations->append({add ? Operation::Kind::Add : Operation::Kind::Replace, values});
                    object.erase(it);
                    QJsonObject without = op;
                    without.insert(valueKey, object);
                    if (!object.isEmpty())
                        rest.append(without);
                    break;
                }
            }
            if (object.size() == rawValue.toObject().size())
                rest.append(item);
            continue;
        }
        rest.append(item);
    }
    return rest;
}

bool GroupMembership::apply(const Operation &operation, const QString &connectionId, const QString &groupId)
{
    switch (operation.kind) {
    case Operation::Kind::RemoveAll:
        return m_store.removeAllMembers(groupId) > 0;
    case Operation::Kind::Replace:
        return replace(connectionId, groupId, toRows(operation.values, connectionId, groupId));
    case Operation::Kind::Add: {
        bool changed = false;
        for (const Membership &row : toRows(operation.values, connectionId, groupId))
            changed = m_store.addMember(connectionId, row) || changed;
        return changed;
    }
    case Operation::Kind::Remove: {
        bool changed = false;
        for (const QJsonValue &member : operation.values) {
            const QString filterPath = member.toObject().value(QStringLiteral("$filter")).toString();
            if (filterPath.isEmpty()) {
                // Removing a non-member is a no-op, not an error (IdPs retry removals).
                changed = m_store.removeMember(groupId, memberValue(member)) || changed;
                continue;
            }
            const PatchPath path = FilterParser::parsePatchPath(filterPath, SchemaRegistry::standard().groups());
            for (const Membership &row : m_store.members(groupId)) {
                const QJsonObject element{{QStringLiteral("value"), row.memberId},
                                          {QStringLiteral("display"), row.display},
                                          {QStringLiteral("type"), row.type}};
                if (path.valueFilter &&
                    FilterEvaluator::matchesElement(*path.valueFilter, element, membersDefinition()))
                    changed = m_store.removeMember(groupId, row.memberId) || changed;
            }
        }
        return changed;
    }
    }
    return false;
}

QJsonArray GroupMembership::renderMembers(const QString &groupId, const Locator &locate)
{
    QJsonArray result;
    for (const Membership &row : m_store.members(groupId)) {
        QJsonObject member{{QStringLiteral("value"), row.memberId},
                           {QStringLiteral("$ref"), locate(row.type, row.memberId)},
                           {QStringLiteral("type"), row.type}};
        if (!row.display.isEmpty())
            member.insert(QStringLiteral("display"), row.display);
        result.append(member);
    }
    return result;
}

QJsonArray GroupMembership::renderGroups(const QString &connectionId, const QString &userId, const Locator &locate)
{
    QJsonArray result;
    for (const Membership &row : m_store.groupsOf(userId)) {
        const std::optional<StoredResource> group =
            m_store.resource(connectionId, QStringLiteral("Group"), row.groupId);
        if (!group)
            continue;
        result.append(QJsonObject{{QStringLiteral("value"), row.groupId},
                                  {QStringLiteral("$ref"), locate(QStringLiteral("Group"), row.groupId)},
                                  {QStringLiteral("display"), group->data.value(QStringLiteral("displayName"))},
                                  {QStringLiteral("type"), QStringLiteral("direct")}});
    }
    return result;
}

} // namespace scim
