#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace scim {

// Something that happened to a provisioned resource, reported by the SCIM service once the write that made it
// happen is committed. Subscribers (back-channel logout, the request log, SCIM security event streams, RFC 9967)
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
        SessionsRevoked,
        // In addition to UserUpdated: `active` went from false to true.
        UserActivated,
        // A group was created, replaced or patched (members included), or deleted. A membership change is also
        // reported as GroupMembershipChanged.
        GroupCreated,
        GroupUpdated,
        GroupDeleted
    };

    Kind kind = Kind::UserUpdated;
    // The request that caused it: every event of one request (a Bulk request's operations too) shares it.
    quint64 transactionId = 0;
    QString connectionId;
    QString resourceType; // "User" or "Group"
    QString resourceId;
    // The SCIM operation that made the change: "create", "put", "patch" or "delete" (a Bulk operation by its method).
    QString operation;
    // Attributes whose value changed (updates) or that the new resource has (creates), as SCIM attribute paths:
    // top-level names, "members" for a membership change, `urn:…:User:department` inside an extension.
    QStringList changedAttributes;
    // The resource's ETag after the change (none after a delete) and its externalId, if it has one.
    QString version;
    QString externalId;
    // Only while DomainEventBus::wantsData() (a SET stream sends full events): the resource as a GET returns it
    // after a create or replace; the PatchOp as processed, without passwords, after a patch.
    QJsonObject data;
    QJsonObject details;
};

} // namespace scim

Q_DECLARE_METATYPE(scim::DomainEvent)
