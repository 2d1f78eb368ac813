#pragma once

#include "storage/StorageTypes.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace scim {

class Store;

// Group members live in a relation (Store::members), not in the group's JSON. This class turns SCIM member
// values into rows and back, and carries out the membership part of a Group PATCH in every shape Okta and
// Entra ID send, one row at a time, so its cost does not grow with the group.
class GroupMembership
{
public:
    struct Operation
    {
        enum class Kind
        {
            Add,
            Remove,
            RemoveAll,
            Replace
        };
        Kind kind = Kind::Add;
        QJsonArray values; // member objects ({value, display?, type?}) for Add/Replace/Remove
    };

    explicit GroupMembership(Store &store);

    // Validates member objects (after ResourceValidator normalisation) and turns them into rows.
    // Throws ScimError invalidValue for a member that is not a User of the connection.
    QList<Membership> toRows(const QJsonArray &members, const QString &connectionId, const QString &groupId);
    // Replaces all members; returns true when anything changed.
    bool replace(const QString &connectionId, const QString &groupId, const QList<Membership> &rows);

    // Splits PATCH operations into member operations and the rest (which PatchEngine applies to the JSON).
    // Throws ScimError for malformed member operations.
    static QJsonArray split(const QJsonArray &operations, QList<Operation> *memberOperations);
    // Applies one member operation; returns true when a row was added or removed.
    bool apply(const Operation &operation, const QString &connectionId, const QString &groupId);

    // SCIM `members` of a group, `groups` of a user. `locate(type, id)` builds the `$ref`.
    using Locator = std::function<QString(const QString &type, const QString &id)>;
    QJsonArray renderMembers(const QString &groupId, const Locator &locate);
    QJsonArray renderGroups(const QString &connectionId, const QString &userId, const Locator &locate);

    // Okta and the Microsoft validator send `displayName` inside member objects; it means `display`.
    static QJsonValue aliasDisplayNames(const QJsonValue &members);

private:
    Store &m_store;
};

} // namespace scim
