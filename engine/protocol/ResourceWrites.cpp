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
#include "protocol/ScimRequestInfo.h"
#include "protocol/UserProjector.h"
#include "protocol/patch/PatchEngine.h"
#include "protocol/schema/SchemaRegistry.h"
#include "protocol/schema/ScimError.h"
#include "protocol/validation/ResourceValidator.h"
#include "protocol/validation/ResourceValues.h"
#include "protocol/validation/UndeclaredAttributes.h"
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

// An extension's attributes are named `urn:…:attr`, so a change inside one says which attribute changed.
bool isExtension(const QString &key)
{
    return key.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive);
}

void compareAttribute(const QString &key, const QJsonValue &before, const QJsonValue &after, QStringList &changed)
{
    if (before == after)
        return;
    if (isExtension(key) && !before.isArray() && !after.isArray() && (before.isObject() || after.isObject())) {
        const QJsonObject old = before.toObject();
        const QJsonObject now = after.toObject();
        for (auto it = now.constBegin(); it != now.constEnd(); ++it) {
            if (old.value(it.key()) != it.value())
                changed.append(key + QLatin1Char(':') + it.key());
        }
        for (auto it = old.constBegin(); it != old.constEnd(); ++it) {
            if (!now.contains(it.key()))
                changed.append(key + QLatin1Char(':') + it.key());
        }
        return;
    }
    changed.append(key);
}

// The attributes whose value differs (meta and id are the service's own).
QStringList changedAttributes(const QJsonObject &before, const QJsonObject &after)
{
    QStringList changed;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (it.key() != QLatin1String("meta") && it.key() != QLatin1String("id"))
            compareAttribute(it.key(), before.value(it.key()), it.value(), changed);
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (it.key() != QLatin1String("meta") && it.key() != QLatin1String("id") && !after.contains(it.key()))
            compareAttribute(it.key(), it.value(), QJsonValue(QJsonValue::Undefined), changed);
    }
    return changed;
}

// What a new resource has: its id, its attributes (as for changes) and what is kept outside its JSON.
QStringList createdAttributes(const QJsonObject &data, bool password, bool members)
{
    QStringList created{QStringLiteral("id")};
    QJsonObject attributes = data;
    attributes.remove(QStringLiteral("id"));
    attributes.remove(QStringLiteral("meta"));
    attributes.remove(QStringLiteral("schemas"));
    created += changedAttributes(QJsonObject(), attributes);
    if (password)
        created.append(QStringLiteral("password"));
    if (members)
        created.append(QStringLiteral("members"));
    return created;
}

QString operationOf(const QByteArray &method)
{
    if (method == "POST")
        return QStringLiteral("create");
    return QString::fromLatin1(method.toLower());
}

// A PatchOp as a security event may carry it: operations on `password` dropped, `password` members removed.
QJsonObject withoutPasswords(const QJsonObject &patch)
{
    const auto isPassword = [](const QString &name) {
        return name.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0;
    };
    QJsonArray operations;
    for (const QJsonValue &value : patch.value(QStringLiteral("Operations")).toArray()) {
        QJsonObject operation = value.toObject();
        if (isPassword(operation.value(QStringLiteral("path")).toString()))
            continue;
        if (operation.value(QStringLiteral("value")).isObject()) {
            QJsonObject object = operation.value(QStringLiteral("value")).toObject();
            for (const QString &key : object.keys()) {
                if (isPassword(key))
                    object.remove(key);
            }
            operation.insert(QStringLiteral("value"), object);
        }
        operations.append(operation);
    }
    QJsonObject result = patch;
    result.insert(QStringLiteral("Operations"), operations);
    return result;
}

} // namespace

ResourceWrites::ResourceWrites(Store &store, GroupMembership &membership, const ResourceRenderer &renderer,
                               const ResourceQueries &queries)
    : m_store(store)
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

UndeclaredAttributes ResourceWrites::undeclaredFor(const ScimContext &ctx) const
{
    return UndeclaredAttributes([this, connectionId = ctx.connectionId] {
        const std::optional<Connection> connection = m_store.connection(connectionId);
        const QString name =
            connection ? connection->options.value(QStringLiteral("scim_unknown_attributes")).toString() : QString();
        return UndeclaredAttributes::parsePolicy(name).value_or(UndeclaredAttributes::Policy::Keep);
    });
}

void ResourceWrites::report(const ScimContext &ctx, const UndeclaredAttributes &undeclared)
{
    if (!ctx.info)
        return;
    for (const QString &path : undeclared.ignored()) {
        if (!ctx.info->ignoredAttributes.contains(path))
            ctx.info->ignoredAttributes.append(path);
    }
    for (const QString &path : undeclared.kept()) {
        if (!ctx.info->undeclaredAttributes.contains(path))
            ctx.info->undeclaredAttributes.append(path);
    }
}

HttpResponse ResourceWrites::create(const ScimContext &ctx, const ResourceType &type)
{
    const ListQuery query = ListQuery::fromUrl(ctx.request, &type);
    QJsonObject body = ScimMessages::parseBody(ctx.request);
    if (m_renderer.isGroup(type))
        body = withMemberDisplayAliases(body);
    UndeclaredAttributes undeclared = undeclaredFor(ctx);
    ResourceValidator::Result normalized =
        ResourceValidator::normalize(body, type, ResourceValidator::Mode::Create, nullptr, &undeclared);
    report(ctx, undeclared);
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
                persist(ctx, type, stored, true, false, true);
                m_membership.replace(ctx.connectionId, stored.id, rows);
            });
        } catch (const StoreError &error) {
            if (error.kind() != StoreError::Kind::Conflict)
                throw;
            throw taken();
        }
        publish(ctx, DomainEvent::Kind::GroupCreated, type, stored, createdAttributes(data, false, !rows.isEmpty()));
        if (!rows.isEmpty())
            publish(ctx, DomainEvent::Kind::GroupMembershipChanged, type, stored, {QStringLiteral("members")});
    } else {
        try {
            persist(ctx, type, stored, true, false, false);
        } catch (const StoreError &error) {
            if (error.kind() != StoreError::Kind::Conflict)
                throw;
            throw taken();
        }
        publish(ctx, DomainEvent::Kind::UserCreated, type, stored,
                createdAttributes(data, normalized.password.has_value(), false));
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

    UndeclaredAttributes undeclared = undeclaredFor(ctx);
    ResourceValidator::Result normalized =
        ResourceValidator::normalize(body, type, ResourceValidator::Mode::Replace, &stored.data, &undeclared);
    report(ctx, undeclared);
    QJsonObject data = normalized.resource;
    const QJsonArray members = data.take(QStringLiteral("members")).toArray();
    data.insert(QStringLiteral("id"), stored.id);
    data.insert(QStringLiteral("meta"), stored.data.value(QStringLiteral("meta")));
    if (m_renderer.isGroup(type)) {
        // PUT replaces the member list too (absent means none).
        const QList<Membership> rows = m_membership.toRows(members, ctx.connectionId, stored.id);
        bool membersChanged = false;
        QStringList changed;
        m_store.transaction([&] {
            membersChanged = m_membership.replace(ctx.connectionId, stored.id, rows);
            changed = changedAttributes(stored.data, data);
            if (membersChanged || !changed.isEmpty())
                storeNewVersion(ctx, type, stored, data, std::nullopt, true);
        });
        publishGroupUpdate(ctx, type, stored, changed, membersChanged);
        return m_renderer.response(200, ctx, type, stored, query.attributes, query.excludedAttributes);
    }
    if (data == stored.data && !normalized.password)
        return m_renderer.response(200, ctx, type, stored, query.attributes, query.excludedAttributes);

    storeNewVersion(ctx, type, stored, data, normalized.password, false);
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
        UndeclaredAttributes undeclared = undeclaredFor(ctx);
        PatchEngine::Result patched = PatchEngine::apply(stored.data, body, type, &undeclared);
        report(ctx, undeclared);
        if (patched.changed || patched.password)
            storeNewVersion(ctx, type, stored, patched.resource, patched.password, false);
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
    publish(ctx, m_renderer.isGroup(type) ? DomainEvent::Kind::GroupDeleted : DomainEvent::Kind::UserDeleted, type,
            stored);
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
    QStringList changedNames;
    m_store.transaction([&] {
        for (const GroupMembership::Operation &operation : std::as_const(memberOperations))
            membersChanged = m_membership.apply(operation, ctx.connectionId, stored.id) || membersChanged;
        QJsonObject data = stored.data;
        bool changed = false;
        if (!rest.isEmpty()) {
            QJsonObject request = body;
            request.insert(QStringLiteral("Operations"), rest);
            UndeclaredAttributes undeclared = undeclaredFor(ctx);
            PatchEngine::Result patched = PatchEngine::apply(stored.data, request, type, &undeclared);
            report(ctx, undeclared);
            changed = patched.changed;
            data = patched.resource;
        }
        if (changed)
            changedNames = changedAttributes(stored.data, data);
        if (changed || membersChanged)
            storeNewVersion(ctx, type, stored, data, std::nullopt, true);
    });
    publishGroupUpdate(ctx, type, stored, changedNames, membersChanged);
}

void ResourceWrites::publishGroupUpdate(const ScimContext &ctx, const ResourceType &type, const StoredResource &stored,
                                        QStringList changed, bool membersChanged)
{
    if (membersChanged)
        changed.append(QStringLiteral("members"));
    if (changed.isEmpty())
        return;
    publish(ctx, DomainEvent::Kind::GroupUpdated, type, stored, changed);
    if (membersChanged)
        publish(ctx, DomainEvent::Kind::GroupMembershipChanged, type, stored, {QStringLiteral("members")});
}

void ResourceWrites::storeNewVersion(const ScimContext &ctx, const ResourceType &type, StoredResource &stored,
                                     QJsonObject data, const std::optional<QString> &password, bool inTransaction)
{
    data.insert(QStringLiteral("id"), stored.id);
    checkUniqueness(ctx, type, data, stored.id);
    const bool user = !m_renderer.isGroup(type);
    // Deactivation (active true or absent → false) ends the user's sessions once the write is committed.
    const bool deactivated = user && stored.data.value(QStringLiteral("active")).toBool(true) &&
                             data.value(QStringLiteral("active")) == QJsonValue(false);
    const bool activated = user && stored.data.value(QStringLiteral("active")) == QJsonValue(false) &&
                           data.value(QStringLiteral("active")) == QJsonValue(true);
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
    persist(ctx, type, stored, false, !password.has_value(), inTransaction);
    if (user)
        publish(ctx, DomainEvent::Kind::UserUpdated, type, stored, changed);
    if (deactivated)
        publish(ctx, DomainEvent::Kind::UserDeactivated, type, stored, {QStringLiteral("active")});
    if (activated)
        publish(ctx, DomainEvent::Kind::UserActivated, type, stored, {QStringLiteral("active")});
}

void ResourceWrites::persist(const ScimContext &ctx, const ResourceType &type, StoredResource &stored, bool insert,
                             bool keepPassword, bool inTransaction)
{
    // The profile is computed before anything is written and stored by the resource's own statement, so a
    // User write is atomic without a savepoint: it either lands whole or not at all.
    std::optional<UserProfile> profile;
    if (m_projector && type.isUser())
        profile = m_projector->profileFor(ctx.connectionId, stored);
    const UserProfile *withProfile = profile ? &*profile : nullptr;
    const auto write = [&] {
        if (insert)
            stored.sequence = m_store.insertResource(stored, withProfile);
        else
            m_store.updateResource(stored, keepPassword, withProfile);
    };
    if (type.uniqueExtensionAttributes().isEmpty()) {
        write();
        return;
    }
    // Declared unique attributes: the resource and its values land together, or neither does.
    const auto writeWithValues = [&] {
        write();
        claimUniqueValues(ctx, type, stored);
    };
    if (inTransaction)
        writeWithValues();
    else
        m_store.transaction(writeWithValues);
}

void ResourceWrites::claimUniqueValues(const ScimContext &ctx, const ResourceType &type, const StoredResource &stored)
{
    QHash<QString, QString> sent; // attribute path → the value as the client wrote it, for the message
    const QList<UniqueValue> values = ResourceValues::uniqueValues(type, stored.data, &sent);
    if (const std::optional<UniqueValue> taken =
            m_store.setUniqueValues(ctx.connectionId, type.name(), stored.id, values))
        throw ScimError::uniqueness(
            QStringLiteral("%1 '%2' is already in use").arg(taken->attribute, sent.value(taken->attribute)));
}

void ResourceWrites::publish(const ScimContext &ctx, DomainEvent::Kind kind, const ResourceType &type,
                             const StoredResource &stored, QStringList changedAttributes)
{
    if (!m_events)
        return;
    DomainEvent event;
    event.kind = kind;
    event.transactionId = ctx.transactionId;
    event.connectionId = ctx.connectionId;
    event.resourceType = type.name();
    event.resourceId = stored.id;
    event.operation = operationOf(ctx.request.method);
    event.changedAttributes = std::move(changedAttributes);
    event.externalId = stored.externalId;
    const bool deleted = kind == DomainEvent::Kind::UserDeleted || kind == DomainEvent::Kind::GroupDeleted;
    if (!deleted)
        event.version = ScimMessages::etag(stored.version);
    // Full security events carry the resource (or the patch); rendering it costs, so only when someone wants it.
    if (m_events->wantsData() && !deleted && kind != DomainEvent::Kind::GroupMembershipChanged) {
        if (event.operation == QLatin1String("patch"))
            event.data = withoutPasswords(ScimMessages::parseBody(ctx.request));
        else
            event.data = m_renderer.render(ctx, type, stored, {}, {});
    }
    m_events->publish(std::move(event));
}

} // namespace scim
