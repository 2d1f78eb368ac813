#include "mapping/ProfileService.h"

#include "protocol/schema/ResourceType.h"
#include "storage/Store.h"
#include "storage/StoreError.h"

namespace scim {

ProfileService::ProfileService(Store &store, const ResourceType &users, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_users(users)
{
    // A zero interval runs one batch per event-loop pass, so requests are served between batches.
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        try {
            recomputeSome();
        } catch (const StoreError &error) {
            qWarning("profiles: recompute failed, retrying: %s", qUtf8Printable(error.message()));
        }
        if (m_pending.isEmpty())
            m_timer.stop();
    });
}

const ProfileService::Compiled *ProfileService::compiled(const QString &connectionId)
{
    const std::optional<ScimConfiguration> configuration = m_store.scimConfiguration(connectionId);
    if (!configuration)
        return nullptr;
    auto it = m_compiled.find(connectionId);
    if (it == m_compiled.end() || it->profileVersion != configuration->profileVersion) {
        const std::optional<Connection> connection = m_store.connection(connectionId);
        if (!connection)
            return nullptr;
        Compiled entry;
        entry.profileVersion = configuration->profileVersion;
        entry.mapper = std::make_shared<ProfileMapper>(
            AttributeMap::fromJson(configuration->mapping, configuration->userIdAttribute), m_users);
        entry.context = ProfileMapper::Context{connection->name, connection->strategy};
        it = m_compiled.insert(connectionId, entry);
    }
    return &*it;
}

UserProfile ProfileService::makeProfile(const Compiled &compiled, const QString &connectionId,
                                        const StoredResource &user) const
{
    UserProfile profile;
    profile.userId = user.id;
    profile.connectionId = connectionId;
    profile.profileVersion = compiled.profileVersion;
    // Straight to CBOR: the write path never needs the profile as a QJsonObject.
    const ProfileMapper::Projection projection = compiled.mapper->projectFields(user.data, compiled.context);
    profile.encoded = projection.toCbor();
    QString search = profile.userId;
    for (const QStringView field : {u"email", u"username", u"preferred_username", u"upn", u"name"}) {
        const QString value = projection.value(field).toString();
        if (!value.isEmpty())
            search += QLatin1Char('\n') + value;
    }
    profile.searchText = search.toCaseFolded();
    return profile;
}

std::optional<UserProfile> ProfileService::profileFor(const QString &connectionId, const StoredResource &user)
{
    if (const Compiled *entry = compiled(connectionId))
        return makeProfile(*entry, connectionId, user);
    return std::nullopt;
}

void ProfileService::setRecomputeEnabled(bool enabled)
{
    m_recomputeEnabled = enabled;
    if (!enabled) {
        m_pending.clear();
        m_cursor.clear();
        m_timer.stop();
    }
}

void ProfileService::markStale(const QString &connectionId)
{
    m_compiled.remove(connectionId);
    if (!m_recomputeEnabled)
        return;
    m_pending.insert(connectionId);
    m_cursor.insert(connectionId, 0);
    if (!m_timer.isActive())
        m_timer.start();
}

void ProfileService::resumePendingWork()
{
    if (!m_recomputeEnabled)
        return;
    for (const Connection &connection : m_store.connections()) {
        const std::optional<ScimConfiguration> configuration = m_store.scimConfiguration(connection.id);
        if (!configuration)
            continue;
        if (m_store.countProfilesAtVersion(connection.id, configuration->profileVersion) !=
            m_store.countResources(connection.id, m_users.name()))
            markStale(connection.id);
    }
}

ProfileService::Status ProfileService::status(const QString &connectionId)
{
    Status status;
    status.total = m_store.countResources(connectionId, m_users.name());
    if (!m_recomputeEnabled) {
        // Another instance does the work: the database says how far it got.
        const std::optional<ScimConfiguration> configuration = m_store.scimConfiguration(connectionId);
        status.done = configuration ? m_store.countProfilesAtVersion(connectionId, configuration->profileVersion) : 0;
        status.current = status.done == status.total;
        return status;
    }
    if (!m_pending.contains(connectionId)) {
        status.done = status.total;
        return status;
    }
    const std::optional<ScimConfiguration> configuration = m_store.scimConfiguration(connectionId);
    status.current = false;
    status.done = configuration ? m_store.countProfilesAtVersion(connectionId, configuration->profileVersion) : 0;
    return status;
}

int ProfileService::recomputeSome(int limit)
{
    int written = 0;
    const QList<QString> pending = m_pending.values();
    for (const QString &connectionId : pending) {
        if (written >= limit)
            break;
        const Compiled *entry = compiled(connectionId);
        if (!entry) {
            m_pending.remove(connectionId);
            continue;
        }
        // A cursor keeps every batch from re-reading the rows already done; one last pass from the start
        // catches anything the cursor skipped (nothing, unless a write under the old map raced it).
        const qint64 cursor = m_cursor.value(connectionId, 0);
        const QList<StoredResource> users =
            m_store.usersNeedingProfile(connectionId, entry->profileVersion, cursor, limit - written);
        if (users.isEmpty()) {
            if (cursor > 0) {
                m_cursor.insert(connectionId, 0);
                continue;
            }
            m_pending.remove(connectionId);
            m_cursor.remove(connectionId);
            Q_EMIT recomputeFinished(connectionId);
            continue;
        }
        m_cursor.insert(connectionId, users.constLast().sequence);
        // One transaction per batch: a profile is either wholly old or wholly new.
        const Compiled snapshot = *entry;
        m_store.transaction([&] {
            for (const StoredResource &user : users)
                m_store.saveProfile(makeProfile(snapshot, connectionId, user));
        });
        written += int(users.size());
    }
    return written;
}

} // namespace scim
