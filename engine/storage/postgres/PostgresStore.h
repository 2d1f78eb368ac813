#pragma once

#include "storage/Store.h"

#include <QCache>
#include <QHash>
#include <QJsonObject>

#include <memory>

namespace scim {

class PgConnection;
class PgResult;

// The PostgreSQL store: the same Store behaviour as SqliteStore on a database that several engine instances
// share. Nothing that another instance can change is cached without an invalidation path: resources are always
// read from the server (a write on one instance is read on another at once); SCIM configurations are cached and
// dropped by forgetConfiguration()/dropCaches() when an instance's listener (PgChangeListener) hears of a change.
// Races between instances are decided by the server: unique keys under a per-key advisory lock, versions by the
// UPDATE's own condition (a lost race throws StoreError::Kind::Stale). Not thread-safe: one per thread.
class PostgresStore final : public Store
{
public:
    // Connects to `url` and applies missing migrations (once, under an advisory lock). Throws StoreError.
    explicit PostgresStore(const QString &url);
    ~PostgresStore() override;

    PostgresStore(const PostgresStore &) = delete;
    PostgresStore &operator=(const PostgresStore &) = delete;

    QList<Connection> connections() override;
    std::optional<Connection> connection(const QString &id) override;
    std::optional<Connection> connectionByName(const QString &name) override;
    void insertConnection(const Connection &connection) override;
    void updateConnection(const Connection &connection) override;
    bool deleteConnection(const QString &id) override;

    std::optional<ScimConfiguration> scimConfiguration(const QString &connectionId) override;
    void saveScimConfiguration(const ScimConfiguration &configuration) override;
    bool deleteScimConfiguration(const QString &connectionId) override;

    QList<ScimToken> tokens(const QString &connectionId) override;
    std::optional<ScimToken> token(const QString &tokenId) override;
    void insertToken(const ScimToken &token) override;
    bool deleteToken(const QString &connectionId, const QString &tokenId) override;
    void setTokenLastUsed(const QString &tokenId, const QDateTime &when) override;
    void setTokenEndpoint(const QString &tokenId, const QString &endpoint) override;

    std::optional<StoredResource> resource(const QString &connectionId, const QString &type,
                                           const QString &id) override;
    std::optional<StoredResource> resourceForRead(const QString &connectionId, const QString &type, const QString &id,
                                                  QByteArray &cbor) override;
    QList<StoredResource> resourcesByAttribute(const QString &connectionId, const QString &type,
                                               IndexedAttribute attribute, const QString &value) override;
    QList<StoredResource> resourcesByAttributeForRead(const QString &connectionId, const QString &type,
                                                      IndexedAttribute attribute, const QString &value,
                                                      QList<QByteArray> &cbor) override;
    QList<StoredResource> resources(const QString &connectionId, const QString &type, qsizetype offset,
                                    qsizetype limit) override;
    QList<EncodedResource> encodedResourcesAfter(const QString &connectionId, const QString &type, qint64 afterSequence,
                                                 qsizetype limit) override;
    QList<StoredResource> resourcesAfter(const QString &connectionId, const QString &type, qint64 afterSequence,
                                         qsizetype limit) override;
    QList<StoredResource> resourcesBefore(const QString &connectionId, const QString &type, qint64 beforeSequence,
                                          qsizetype limit) override;
    QList<StoredResource> allResources(const QString &connectionId, const QString &type) override;
    qsizetype countResources(const QString &connectionId, const QString &type) override;
    std::optional<StoredResource> resourceById(const QString &type, const QString &id) override;
    QList<StoredResource> searchResources(const QString &connectionId, const QString &type, const QString &text,
                                          qsizetype offset, qsizetype limit) override;
    qsizetype countSearchResources(const QString &connectionId, const QString &type, const QString &text) override;
    using Store::insertResource;
    using Store::updateResource;
    qint64 insertResource(const StoredResource &resource, const UserProfile *profile) override;
    bool updateResource(const StoredResource &resource, bool keepPassword, const UserProfile *profile) override;
    bool deleteResource(const QString &connectionId, const QString &type, const QString &id) override;
    std::optional<UniqueValue> setUniqueValues(const QString &connectionId, const QString &type, const QString &id,
                                               const QList<UniqueValue> &values) override;

    QList<Membership> members(const QString &groupId) override;
    qsizetype countMembers(const QString &groupId) override;
    QList<Membership> membersAfter(const QString &groupId, const QString &afterMemberId, qsizetype limit) override;
    bool isMember(const QString &groupId, const QString &memberId) override;
    bool addMember(const QString &connectionId, const Membership &membership) override;
    bool removeMember(const QString &groupId, const QString &memberId) override;
    int removeAllMembers(const QString &groupId) override;
    QList<Membership> groupsOf(const QString &memberId) override;

    void saveProfile(const UserProfile &profile) override;
    std::optional<UserProfile> profile(const QString &userId) override;
    QList<UserProfile> profiles(const QString &connectionId, const QString &query, qsizetype offset,
                                qsizetype limit) override;
    qsizetype countProfiles(const QString &connectionId, const QString &query) override;
    qsizetype countProfilesAtVersion(const QString &connectionId, qint64 profileVersion) override;
    QList<StoredResource> usersNeedingProfile(const QString &connectionId, qint64 profileVersion, qint64 afterSequence,
                                              qsizetype limit) override;

    void transaction(const std::function<void()> &work) override;
    void lockConnection(const QString &connectionId) override;
    void beginBatch() override;
    bool commitBatch() override;
    void readAhead(const QList<ReadAheadKey> &keys) override;
    bool inBatch() const { return m_batchRequested; }
    // The batch's transaction was aborted by a deadlock or a serialization failure (another instance's
    // transaction won): rollbackBatch(), then run its requests again in a new batch (CommitPipeline does).
    bool batchNeedsRetry() const;
    // Ends the batch without committing anything it wrote.
    void rollbackBatch();

    int schemaVersion() override;
    QString description() const override;

    // Another instance changed a connection's SCIM configuration (or nobody knows what changed).
    void forgetConfiguration(const QString &connectionId);
    void dropCaches();

    PgConnection &pg() { return *m_pg; }

private:
    // resource_counts blocks: 4,096 sequence numbers each (the migration's `seq >> 12`, as in SQLite).
    static constexpr int kCountBlockBits = 12;

    // `cbor` given: stored CBOR whose decoded form is not in memory is returned there undecoded (data empty).
    StoredResource readResource(const PgResult &rows, int row, QByteArray *cbor = nullptr);
    // readResource() of a row whose column 9 holds its groups (GROUPS_COLUMN), kept for groupsOf().
    std::optional<StoredResource> byId(const QString &connectionId, const QString &type, const QString &id,
                                       QByteArray *cbor);
    QList<StoredResource> byAttribute(const QString &connectionId, const QString &type, IndexedAttribute attribute,
                                      const QString &value, QList<QByteArray> *cbor);
    StoredResource readResourceWithGroups(const PgResult &rows, int row, QByteArray *cbor = nullptr);
    // The rows readAhead() fetched for this key, while no statement has run since; nothing otherwise.
    const QList<int> *readAheadRows(ReadAheadKey::Kind kind, const QString &connectionId, const QString &type,
                                    const QString &value) const;
    void beginWrite();
    // One run of transaction()'s work in a transaction of its own.
    void runTransaction(const std::function<void()> &work);
    bool commit();
    void rollback();

    struct Decoded
    {
        qint64 version = 0;
        QJsonObject data;
    };

    std::unique_ptr<PgConnection> m_pg;
    // Decoded resource data by connection/id, valid for the version it was decoded from (see readResource()).
    static constexpr int kDecodedEntries = 100000;
    QCache<QString, Decoded> m_decoded;
    QString m_description;
    QHash<QString, std::optional<ScimConfiguration>> m_configurationCache;
    // Groups of the resources the last read returned (read by the same statement), consumed by groupsOf(): a User
    // GET renders `groups` without a second round trip. Cleared by every read and write of resources.
    QHash<QString, QList<Membership>> m_prefetchedGroups;
    // What readAhead() fetched: its rows, their indexes by key, and PgConnection::statements() right after it
    // (any later statement, a write above all, makes them stale).
    std::unique_ptr<PgResult> m_readAhead;
    QHash<QString, QList<int>> m_readAheadIndex;
    quint64 m_readAheadMark = 0;
    bool m_batchRequested = false; // beginBatch() called
    bool m_inBatch = false;        // the batch's transaction was requested (BEGIN goes with its first write)
    int m_batchGeneration = 0;     // connection generation when the batch began
    int m_depth = 0;               // transaction() nesting outside a batch
    int m_savepoints = 0;
    int m_transientMark = 0; // PgConnection::transientFailures() when the batch began
};

} // namespace scim
