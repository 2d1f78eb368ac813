#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace scim {

// Something that happened to a provisioned resource, reported by the SCIM service once the write that made it
// happen is committed. Subscribers (back-channel logout, the request log, later SCIM event streams, RFC 9967)
// learn what happened without the service knowing them.
struct DomainEvent
{
    enum class Kind
    {
        UserCreated,
        UserUpdated,
        // In addition to UserUpdated: `active` went from true (or absent) to false.
        UserDeactivated,
        UserDeleted,
        // A group's members were added, removed or replaced; the group itself may be new.
        GroupMembershipChanged,
        // The sessions layer acted on a UserDeactivated; `details` says how (e.g. the back-channel delivery).
        SessionsRevoked
    };

    Kind kind = Kind::UserUpdated;
    // The request that caused it: every event of one request (a Bulk request's operations too) shares it.
    quint64 transactionId = 0;
    QString connectionId;
    QString resourceType; // "User" or "Group"
    QString resourceId;
    // Top-level attributes whose value changed (updates), or "members" for a membership change.
    QStringList changedAttributes;
    QJsonObject details;
};

} // namespace scim

Q_DECLARE_METATYPE(scim::DomainEvent)
