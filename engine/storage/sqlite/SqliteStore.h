#pragma once

#include "storage/Store.h"
#include "storage/sqlite/SqliteRowIds.h"

#include <QCache>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace scim {

class SqliteConnection;
class SqliteStatement;

// The embedded store: one SQLite file in WAL mode (SqliteConnection: lock file, migrations, transactions), with
// the rows the engine reads most cached in memory. Not thread-safe: use it from the thread that opened it (the
// engine's thread).
class SqliteStore final : public Store
{
public:
    // Opens (creating if needed) the database at `path` and migrates it. Throws StoreError.
    explicit SqliteStore(const QString &path);
    ~SqliteStore() override;

    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

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

    void beginBatch() override;
    bool commitBatch() override;

    int schemaVersion() override;
    QString description() const override;

    // The lower-cased form used for case-insensitive unique keys.
    static QString foldKey(const QString &value);

private:
    void dropCaches();
    QList<StoredResource> readResources(QSqlQuery &query);
    static QString cacheKey(const QString &connectionId, const QString &type, const QString &id);

    // Parsed resources by connection/type/id. Parsing JSON dominates reads, and the exclusive lock on the
    // file guarantees every write goes through this object, so the cache cannot go stale.
    // The row of a resource on its statement, positioned (reset() it after reading), or null.
    SqliteStatement *rowById(const QString &connectionId, const QString &type, const QString &id);
    QList<StoredResource> byAttribute(const QString &connectionId, const QString &type, IndexedAttribute attribute,
                                      const QString &value, QList<QByteArray> *cbor);

    void loadRowIds();

    // 50,000 parsed resources (about 2 KB each): at a million users random reads find one in twenty here
    // either way, and the memory is better spent on m_rowIds, which serves every lookup by id.
    static constexpr int kCacheEntries = 50000;
    // resource_counts blocks: 4,096 sequence numbers each (the migration's `seq >> 12`).
    static constexpr int kCountBlockBits = 12;
    QCache<QString, StoredResource> m_cache;
    QHash<QString, std::optional<ScimConfiguration>> m_configurationCache;
    QCache<QString, QList<Membership>> m_groupsOfCache; // member id → its direct groups
    std::optional<bool> m_membershipsExist;             // unknown until asked; a rollback forgets it
    SqliteRowIds m_rowIds;                              // id → seq hints, checked on use

    QString m_path;
    std::unique_ptr<SqliteConnection> m_sql;
};

} // namespace scim
