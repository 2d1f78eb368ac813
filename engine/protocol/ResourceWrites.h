#pragma once

#include "common/DomainEvent.h"
#include "common/HttpResponse.h"
#include "protocol/ScimContext.h"

#include <QJsonObject>

#include <optional>

namespace scim {

class DomainEventBus;
class GroupMembership;
class ResourceQueries;
class ResourceRenderer;
class Store;
class UndeclaredAttributes;
class UserProjector;

// Writing resources: POST, PUT, PATCH and DELETE with validation, uniqueness (userName by its column, declared
// unique extension attributes through Store::setUniqueValues), ETag preconditions, group members as relation rows,
// the user's profile in the same statement, the connection's policy for undeclared attributes, and the domain
// events each write causes.
class ResourceWrites
{
public:
    ResourceWrites(Store &store, GroupMembership &membership, const ResourceRenderer &renderer,
                   const ResourceQueries &queries);

    void setUserProjector(UserProjector *projector) { m_projector = projector; }
    void setEventBus(DomainEventBus *events) { m_events = events; }

    HttpResponse create(const ScimContext &ctx, const ResourceType &type);
    HttpResponse replace(const ScimContext &ctx, const ResourceType &type, const QString &id);
    HttpResponse patch(const ScimContext &ctx, const ResourceType &type, const QString &id);
    HttpResponse remove(const ScimContext &ctx, const ResourceType &type, const QString &id);

private:
    static QString uniqueAttribute(const ResourceType &type);
    static QJsonObject withMemberDisplayAliases(QJsonObject body);
    void checkPreconditions(const ScimContext &ctx, const StoredResource &existing) const;
    void checkUniqueness(const ScimContext &ctx, const ResourceType &type, const QJsonObject &resource,
                         const QString &selfId);
    // The connection's undeclared-attribute policy, read from its options only if a request needs it.
    UndeclaredAttributes undeclaredFor(const ScimContext &ctx) const;
    static void report(const ScimContext &ctx, const UndeclaredAttributes &undeclared);
    void patchGroup(const ScimContext &ctx, const ResourceType &type, StoredResource &stored, const QJsonObject &body);
    // Replaces the stored resource with `data` as its next version (meta, keys, password hash) and persists it.
    // `inTransaction`: the caller already runs a store transaction (group writes with their member rows).
    void storeNewVersion(const ScimContext &ctx, const ResourceType &type, StoredResource &stored, QJsonObject data,
                         const std::optional<QString> &password, bool inTransaction);
    // Writes the resource (insert or update) and, for Users, its profile, atomically; with its unique extension
    // values when the type declares any.
    void persist(const ScimContext &ctx, const ResourceType &type, StoredResource &stored, bool insert,
                 bool keepPassword, bool inTransaction);
    void claimUniqueValues(const ScimContext &ctx, const ResourceType &type, const StoredResource &stored);
    void publish(const ScimContext &ctx, DomainEvent::Kind kind, const ResourceType &type, const StoredResource &stored,
                 QStringList changedAttributes = {});
    // GroupUpdated (and GroupMembershipChanged) after a PUT or PATCH of a group changed something.
    void publishGroupUpdate(const ScimContext &ctx, const ResourceType &type, const StoredResource &stored,
                            QStringList changed, bool membersChanged);

    Store &m_store;
    GroupMembership &m_membership;
    const ResourceRenderer &m_renderer;
    const ResourceQueries &m_queries;
    UserProjector *m_projector = nullptr;
    DomainEventBus *m_events = nullptr;
};

} // namespace scim
