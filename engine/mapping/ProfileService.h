#pragma once

#include "mapping/ProfileMapper.h"
#include "protocol/UserProjector.h"
#include "storage/StorageTypes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

namespace scim {

class ResourceType;
class Store;

// Keeps every provisioned user's profile equal to its SCIM resource projected through the connection's map.
// Writes call update() inside their transaction. When a map changes, the connection's profiles are
// recomputed from the stored resources in small batches between requests, each profile always matching
// either the old or the new map; status() reports the progress.
class ProfileService : public QObject, public UserProjector
{
    Q_OBJECT

public:
    // Small batches keep each pause of the event loop to a few milliseconds.
    static constexpr int kRecomputeBatch = 200;

    struct Status
    {
        bool current = true;
        qsizetype done = 0;
        qsizetype total = 0;
    };

    ProfileService(Store &store, const ResourceType &users, QObject *parent = nullptr);

    // The profile of `user` (a User resource of `connectionId`) under the connection's current map; none when
    // the connection has no SCIM configuration. Writes store it with the resource, in the same statement.
    std::optional<UserProfile> profileFor(const QString &connectionId, const StoredResource &user) override;
    // The connection's map or name changed: drop the compiled map and recompute its profiles.
    void markStale(const QString &connectionId);
    // Looks for connections whose profiles are behind (e.g. after an upgrade) and recomputes them.
    void resumePendingWork();
    Status status(const QString &connectionId);
    // Only one engine instance on a shared database recomputes (the leader); the others leave it to that one
    // and report progress from the database. On by default.
    void setRecomputeEnabled(bool enabled);
    bool isRecomputing() const { return !m_pending.isEmpty(); }

    // Processes up to `limit` users of pending connections; returns how many profiles were written.
    int recomputeSome(int limit = kRecomputeBatch);

Q_SIGNALS:
    void recomputeFinished(const QString &connectionId);

private:
    struct Compiled
    {
        qint64 profileVersion = 0;
        std::shared_ptr<ProfileMapper> mapper;
        ProfileMapper::Context context;
    };

    const Compiled *compiled(const QString &connectionId);
    UserProfile makeProfile(const Compiled &compiled, const QString &connectionId, const StoredResource &user) const;

    Store &m_store;
    const ResourceType &m_users;
    QHash<QString, Compiled> m_compiled;
    QSet<QString> m_pending;
    QHash<QString, qint64> m_cursor; // per pending connection: last insertion sequence recomputed
    QTimer m_timer;
    bool m_recomputeEnabled = true;
};

} // namespace scim
