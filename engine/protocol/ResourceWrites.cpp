#include "protocol/ResourceWrites.h"

#include "common/DomainEventBus.h"
#include "common/HttpRequest.h"
#include "common/PasswordHasher.h"
#include "common/RandomId.h"
#include "protocol/GroupMembership.h"
#include "protocol/ListQuery.h"
#include "protocol/ResourceQueries.h"
#include "protocol/ResourceRenderer.h"
#include "protocol/ScimMessages.h"
#include "protocol/UserProjector.h"
#include "protocol/patch/PatchEngine.h"
#include "protocol/schema/SchemaRegistry.h"
#include "protocol/schema/ScimError.h"
#include "protocol/validation/ResourceValidator.h"
#include "storage/Store.h"
#include "storage/StoreError.h"

#include <QJsonArray>

namespace scim {

namespace {

QString stringValue(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

// The top-level attributes whose value differs (meta and id are the service's own).
QStringList changedAttributes(const QJsonObject &before, const QJsonObject &after)
{
    QStringList changed;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (it.key() != QLatin1String("meta") && it.key() != QLatin1String("id") &&
            before.value(it.key()) != it.value())
            changed.append(it.key());
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (it.key() != QLatin1String("meta") && it.key() != QLatin1String("id") && !after.contains(it.key()))
            changed.append(it.key());
    }
    return changed;
}

} // namespace

ResourceWrites::ResourceWrites(Store &store, const SchemaRegistry &registry, GroupMembership &membership,
                               const ResourceRenderer &renderer, const ResourceQueries &queries)
    : m_store(store)
    , m_registry(registry)
    , m_membership(membership)
    , m_renderer(renderer)
    , m_queries(queries)
{}

QString ResourceWrites::uniqueAttribute(const ResourceType &type)
{
    for (const AttributeDefinition &attr : type.coreSchema().attributes) {
        if (attr.uniqueness != AttributeDefinition::Uniqueness::None)
            return attr.name;
    }
    return {};
}

void ResourceWrites::checkPreconditions(const ScimContext &ctx, const StoredResource &existing) const
{
    const QByteArray ifMatch = ctx.request.header("if-match").trimmed();
    if (ifMatch.isEmpty() || ifMatch == "*")
        return;
    const QByteArray current = ScimMessages::etag(existing.version).toLatin1();
    const QByteArray strongCurrent = current.mid(2);
    for (QByteArray candidate : ifMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate == current || candidate == strongCurrent)
            return;
    }
    throw ScimError(412, QString(),
                    QStringLiteral("The resource was modified: If-Match does not match version %1")
                        .arg(QString::fromLatin1(current)));
}

void ResourceWrites::checkUniqueness(const ScimContext &ctx, const ResourceType &type, const QJsonObject &resource,
                                     const QString &selfId)
{
    const QString attribute = uniqueAttribute(type);
    if (attribute.isEmpty())
        return;
    const QString value = stringValue(resource, attribute);
    if (value.isEmpty())
        return;
    for (const StoredResource &other :
         m_store.resourcesByAttribute(ctx.connectionId, type.name(), IndexedAttribute::UserName, value)) {
        if (other.id != selfId)
            throw ScimError::uniqueness(QStringLiteral("%1 '%2' is already in use").arg(attribute, value));
    }
}

HttpResponse ResourceWrites::create(const ScimContext &ctx, const ResourceType &type)
{
    const ListQuery query = ListQuery::fromUrl(ctx.request, &type);
    QJsonObject body = ScimMessages::parseBody(ctx.request);
    if (m_renderer.isGroup(type))
        body = withMemberDisplayAliases(body);
    ResourceValidator::Result normalized = ResourceValidator::normalize(body, type, ResourceValidator::Mode::Create);
    const QJsonArray members = normalized.resource.take(QStringLiteral("members")).toArray();
    // No lookup first: the store's unique key decides, atomically, also against another engine instance writing
    // the same name at the same moment (and a create costs one statement less).
    const auto taken = [&] {
        const QString attribute = uniqueAttribute(type);
        return ScimError::uniqueness(
            QStringLiteral("%1 '%2' is already in use").arg(attribute, stringValue(normalized.resource, attribute)));
    };

    StoredResource stored;
    stored.connectionId = ctx.connectionId;
    stored.resourceType = type.name();
    stored.id = RandomId::uuid();
    stored.version = 1;
    const QString now = ScimMessages::nowIso();
    QJsonObject data = normalized.resource;
    data.insert(QStringLiteral("id"), stored.id);
    data.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("resourceType"), type.name()},
                                                    {QStringLiteral("created"), now},
                                                    {QStringLiteral("lastModified"), now},
                                                    {QStringLiteral("version"), ScimMessages::etag(stored.version)}});
    stored.data = data;
    stored.uniqueKey = stringValue(data, uniqueAttribute(type));
    stored.externalId = stringValue(data, QStringLiteral("externalId"));
    if (normalized.password)
        stored.passwordHash = PasswordHasher::hash(*normalized.password);
    if (m_renderer.isGroup(type)) {
        const QList<Membership> rows = m_membership.toRows(members, ctx.connectionId, stored.id);
        try {
            m_store.transaction([&] {
                persist(ctx, type, stored, true, false);
                m_membership.replace(ctx.connectionId, stored.id, rows);
            });
        } catch (const StoreError &error) {
            if (error.kind() != StoreError::Kind::Conflict)
                throw;
            throw taken();
        }
        if (!rows.isEmpty())
            publish(ctx, DomainEvent::Kind::GroupMembershipChanged, type, stored.id, {QStringLiteral("members")});
    } else {
        try {
            persist(ctx, type, stored, true, false);
        } catch (const StoreError &error) {
            if (error.kind() != StoreError::Kind::Conflict)
                throw;
            throw taken();
        }
        publish(ctx, DomainEvent::Kind::UserCreated, type, stored.id);
    }

    HttpResponse response = m_renderer.response(201, ctx, type, stored, query.attributes, query.excludedAttributes);
    response.setHeader(QByteArrayLiteral("Location"), m_renderer.location(ctx.connectionId, type, stored.id).toUtf8());
    return response;
}

HttpResponse ResourceWrites::replace(const ScimContext &ctx, const ResourceType &type, const QString &id)
{
    const ListQuery query = ListQuery::fromUrl(ctx.request, &type);
    QJsonObject body = ScimMessages::parseBody(ctx.request);
    StoredResource stored = m_queries.load(ctx, type, id);
    checkPreconditions(ctx, stored);
    if (m_renderer.isGroup(type))
        body = withMemberDisplayAliases(body);

    ResourceValidator::Result normalized =
        ResourceValidator::normalize(body, type, ResourceValidator::Mode::Replace, &stored.data);
    QJsonObject data = normalized.resource;
    const QJsonArray members = data.take(QStringLiteral("members")).toArray();
    data.insert(QStringLiteral("id"), stored.id);
    data.insert(QStringLiteral("meta"), stored.data.value(QStringLiteral("meta")));
    if (m_renderer.isGroup(type)) {
        // PUT replaces the member list too (absent means none).
        const QList<Membership> rows = m_membership.toRows(members, ctx.connectionId, stored.id);
        bool membersChanged = false;
        m_store.transaction([&] {
            membersChanged = m_membership.replace(ctx.connectionId, stored.id, rows);
            if (membersChanged || data != stored.data)
                storeNewVersion(ctx, type, stored, data, std::nullopt);
        });
        if (membersChanged)
            publish(ctx, DomainEvent::Kind::GroupMembershipChanged, type, stored.id, {QStringLiteral("members")});
        return m_renderer.response(200, ctx, type, stored, query.attributes, query.excludedAttributes);
    }
    if (data == stored.data && !normalized.password)
        return m_renderer.response(200, ctx, type, stored, query.attributes, query.excludedAttributes);

    storeNewVersion(ctx, type, stored, data, normalized.password);
    return m_renderer.response(200, ctx, type, stored, query.attributes, query.excludedAttributes);
}

HttpResponse ResourceWrites::patch(const ScimContext &ctx, const ResourceType &type, const QString &id)
{
    const ListQuery query = ListQuery::fromUrl(ctx.request, &type);
    const QJsonObject body = ScimMessages::parseBody(ctx.request);
    StoredResource stored = m_queries.load(ctx, type, id);
    checkPreconditions(ctx, stored);

    if (m_renderer.isGroup(type)) {
        patchGroup(ctx, type, stored, body);
    } else {
        PatchEngine::Result patched = PatchEngine::apply(stored.data, body, type);
        if (patched.changed || patched.password)
            storeNewVersion(ctx, type, stored, patched.resource, patched.password);
    }
    // RFC 7644 §3.5.2: 204 unless the client asked for attributes back.
    if (ctx.request.hasQueryItem(QStringLiteral("attributes")) ||
        ctx.request.hasQueryItem(QStringLiteral("excludedAttributes")))
        return m_renderer.response(200, ctx, type, stored, query.attributes, query.excludedAttributes);
    HttpResponse response = HttpResponse::empty(204);
    response.setHeader(QByteArrayLiteral("ETag"), ScimMessages::etag(stored.version).toLatin1());
    return response;
}

HttpResponse ResourceWrites::remove(const ScimContext &ctx, const ResourceType &type, const QString &id)
{
    const StoredResource stored = m_queries.load(ctx, type, id);
    checkPreconditions(ctx, stored);
    if (!m_store.deleteResource(ctx.connectionId, type.name(), id))
        throw ScimError::notFound(QStringLiteral("%1 %2 not found").arg(type.name(), id));
    if (!m_renderer.isGroup(type))
        publish(ctx, DomainEvent::Kind::UserDeleted, type, id);
    return HttpResponse::empty(204);
}

QJsonObject ResourceWrites::withMemberDisplayAliases(QJsonObject body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key().compare(QLatin1String("members"), Qt::CaseInsensitive) == 0) {
            it.value() = GroupMembership::aliasDisplayNames(it.value());
            break;
        }
    }
    return body;
}

void ResourceWrites::patchGroup(const ScimContext &ctx, const ResourceType &type, StoredResource &stored,
                                const QJsonObject &body)
{
    const QJsonValue operations = body.value(QStringLiteral("Operations"));
    if (!operations.isArray() || operations.toArray().isEmpty())
        throw ScimError::invalidSyntax(QStringLiteral("A PatchOp needs a non-empty 'Operations' array"));
    QList<GroupMembership::Operation> memberOperations;
    const QJsonArray rest = GroupMembership::split(operations.toArray(), &memberOperations);

    // Member rows and the group's JSON change in one transaction: all operations or none.
    bool membersChanged = false;
    m_store.transaction([&] {
        for (const GroupMembership::Operation &operation : std::as_const(memberOperations))
            membersChanged = m_membership.apply(operation, ctx.connectionId, stored.id) || membersChanged;
        QJsonObject data = stored.data;
        bool changed = false;
        if (!rest.isEmpty()) {
            QJsonObject request = body;
            request.insert(QStringLiteral("Operations"), rest);
            PatchEngine::Result patched = PatchEngine::apply(stored.data, request, type);
            changed = patched.changed;
            data = patched.resource;
        }
        if (changed || membersChanged)
            storeNewVersion(ctx, type, stored, data, std::nullopt);
    });
    if (membersChanged)
        publish(ctx, DomainEvent::Kind::GroupMembershipChanged, type, stored.id, {QStringLiteral("members")});
}

void ResourceWrites::storeNewVersion(const ScimContext &ctx, const ResourceType &type, StoredResource &stored,
                                     QJsonObject data, const std::optional<QString> &password)
{
    data.insert(QStringLiteral("id"), stored.id);
    checkUniqueness(ctx, type, data, stored.id);
    const bool user = !m_renderer.isGroup(type);
    // Deactivation (active true or absent → false) ends the user's sessions once the write is committed.
    const bool deactivated = user && stored.data.value(QStringLiteral("active")).toBool(true) &&
                             data.value(QStringLiteral("active")) == QJsonValue(false);
    QStringList changed;
    if (user && m_events) {
        changed = changedAttributes(stored.data, data);
        if (password)
            changed.append(QStringLiteral("password"));
    }
    stored.version += 1;
    QJsonObject meta = stored.data.value(QStringLiteral("meta")).toObject();
    meta.insert(QStringLiteral("lastModified"), ScimMessages::nowIso());
    meta.insert(QStringLiteral("version"), ScimMessages::etag(stored.version));
    data.insert(QStringLiteral("meta"), meta);
    stored.data = data;
    stored.uniqueKey = stringValue(data, uniqueAttribute(type));
    stored.externalId = stringValue(data, QStringLiteral("externalId"));
    stored.passwordHash = password ? PasswordHasher::hash(*password) : QByteArray();
    persist(ctx, type, stored, false, !password.has_value());
    if (user)
        publish(ctx, DomainEvent::Kind::UserUpdated, type, stored.id, changed);
    if (deactivated)
        publish(ctx, DomainEvent::Kind::UserDeactivated, type, stored.id, {QStringLiteral("active")});
}

void ResourceWrites::persist(const ScimContext &ctx, const ResourceType &type, StoredResource &stored, bool insert,
                             bool keepPassword)
{
    // The profile is computed before anything is written and stored by the resource's own statement, so a
    // User write is atomic without a savepoint: it either lands whole or not at all.
    std::optional<UserProfile> profile;
    if (m_projector && &type == &m_registry.users())
        profile = m_projector->profileFor(ctx.connectionId, stored);
    const UserProfile *withProfile = profile ? &*profile : nullptr;
    if (insert)
        stored.sequence = m_store.insertResource(stored, withProfile);
    else
        m_store.updateResource(stored, keepPassword, withProfile);
}

void ResourceWrites::publish(const ScimContext &ctx, DomainEvent::Kind kind, const ResourceType &type,
                             const QString &id, QStringList changedAttributes)
{
    if (!m_events)
        return;
    DomainEvent event;
    event.kind = kind;
    event.transactionId = ctx.transactionId;
    event.connectionId = ctx.connectionId;
    event.resourceType = type.name();
    event.resourceId = id;
    event.changedAttributes = std::move(changedAttributes);
    m_events->publish(std::move(event));
}

} // namespace scim
