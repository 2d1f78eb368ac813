#pragma once

#include "storage/StorageTypes.h"

#include <QList>

#include <functional>

#include <optional>

namespace scim {

// Every piece of persistent state goes through this interface, so a PostgreSQL backend can replace the
// embedded SQLite one without touching SCIM logic. Implementations apply their migrations when opened and
// make each write one transaction. Methods report storage failures by throwing StoreError.
class Store
{
public:
    virtual ~Store() = default;

    // Connections
    virtual QList<Connection> connections() = 0;
    virtual std::optional<Connection> connection(const QString &id) = 0;
    virtual std::optional<Connection> connectionByName(const QString &name) = 0;
    virtual void insertConnection(const Connection &connection) = 0;
    virtual void updateConnection(const Connection &connection) = 0;
    // Removes the connection with its configuration, tokens and resources.
    virtual bool deleteConnection(const QString &id) = 0;

    // SCIM configuration
    virtual std::optional<ScimConfiguration> scimConfiguration(const QString &connectionId) = 0;
    virtual void saveScimConfiguration(const ScimConfiguration &configuration) = 0;
    // Removes the configuration and the connection's tokens (a token of a disabled connection must die).
    virtual bool deleteScimConfiguration(const QString &connectionId) = 0;

    // Tokens
    virtual QList<ScimToken> tokens(const QString &connectionId) = 0;
    virtual std::optional<ScimToken> token(const QString &tokenId) = 0;
    virtual void insertToken(const ScimToken &token) = 0;
    virtual bool deleteToken(const QString &connectionId, const QString &tokenId) = 0;
    virtual void setTokenLastUsed(const QString &tokenId, const QDateTime &when) = 0;
    virtual void setTokenEndpoint(const QString &tokenId, const QString &endpoint) = 0;

    // Resources
    virtual std::optional<StoredResource> resource(const QString &connectionId, const QString &type,
                                                   const QString &id) = 0;
    virtual QList<StoredResource> resourcesByAttribute(const QString &connectionId, const QString &type,
                                                       IndexedAttribute attribute, const QString &value) = 0;
    // resource() for a reader that can render stored CBOR itself (a plain GET): a row that is not in memory
    // comes back with empty data and its stored CBOR in `cbor`, undecoded and not cached (decoding and caching
    // were most of a read's cost at a million users). Otherwise `cbor` stays empty and data is set. The default
    // calls resource().
    virtual std::optional<StoredResource> resourceForRead(const QString &connectionId, const QString &type,
                                                          const QString &id, QByteArray &cbor);
    // resourcesByAttribute() for the same reader (a plain `userName eq` or `externalId eq` list): a row that is not
    // in memory comes back with empty data and its stored CBOR at the same index of `cbor`, undecoded and not
    // cached; for the others that entry is empty. The default calls resourcesByAttribute().
    virtual QList<StoredResource> resourcesByAttributeForRead(const QString &connectionId, const QString &type,
                                                              IndexedAttribute attribute, const QString &value,
                                                              QList<QByteArray> &cbor);
    // In insertion order (ascending `sequence`), skipping the first `offset`. Index paging (startIndex) calls
    // this on every list page: its cost must not grow with the offset (SQLite: per-block counts, see
    // docs/engine.md "Paging").
    virtual QList<StoredResource> resources(const QString &connectionId, const QString &type, qsizetype offset,
                                            qsizetype limit) = 0;
    // Keyset paging in insertion order: up to `limit` resources whose sequence is greater than `afterSequence`,
    // ascending (0: from the first). Cursor paging and every scan of a whole resource type read through this, so a
    // page costs the same at the end of a million rows as at the start.
    virtual QList<StoredResource> resourcesAfter(const QString &connectionId, const QString &type, qint64 afterSequence,
                                                 qsizetype limit) = 0;
    // resourcesAfter() without decoding: the stored bytes of each resource, for scans that read only a few
    // attributes of each (the default re-encodes what resourcesAfter() decoded; the backends read the column).
    virtual QList<EncodedResource> encodedResourcesAfter(const QString &connectionId, const QString &type,
                                                         qint64 afterSequence, qsizetype limit);
    // The other direction: up to `limit` resources whose sequence is less than `beforeSequence`, nearest first
    // (descending); the resources before a page, for previousCursor.
    virtual QList<StoredResource> resourcesBefore(const QString &connectionId, const QString &type,
                                                  qint64 beforeSequence, qsizetype limit) = 0;
    virtual QList<StoredResource> allResources(const QString &connectionId, const QString &type) = 0;
    // Every list response reports it (totalResults): its cost must not grow with the number of resources.
    virtual qsizetype countResources(const QString &connectionId, const QString &type) = 0;
    // The resource of `type` with this id in whichever connection holds it (ids are unique across the store).
    virtual std::optional<StoredResource> resourceById(const QString &type, const QString &id);
    // Resources of `type` whose unique key (userName, displayName) or externalId contains `text`
    // case-insensitively (empty: all), in insertion order; `connectionId` empty: every connection. The defaults
    // read whole connections; backends override them with an indexed query.
    virtual QList<StoredResource> searchResources(const QString &connectionId, const QString &type, const QString &text,
                                                  qsizetype offset, qsizetype limit);
    virtual qsizetype countSearchResources(const QString &connectionId, const QString &type, const QString &text);
    // Returns the sequence number assigned. Throws StoreError(Conflict) when the unique key is taken.
    // A non-null `profile` (of a User) is written by the same statement, so the two are atomic without a
    // transaction of their own.
    virtual qint64 insertResource(const StoredResource &resource, const UserProfile *profile) = 0;
    qint64 insertResource(const StoredResource &resource) { return insertResource(resource, nullptr); }
    // Writes data/version/keys; keeps the password hash when `resource.passwordHash` is empty and
    // `keepPassword` is true. A non-null `profile` replaces the stored one in the same statement; without one
    // the stored profile is left alone. Throws StoreError(Conflict) when the unique key is taken.
    virtual bool updateResource(const StoredResource &resource, bool keepPassword, const UserProfile *profile) = 0;
    bool updateResource(const StoredResource &resource, bool keepPassword)
    {
        return updateResource(resource, keepPassword, nullptr);
    }
    virtual bool deleteResource(const QString &connectionId, const QString &type, const QString &id) = 0;
    // The values of the resource's extension attributes declared unique (docs/schemas.md), which must be unique
    // per connection, resource type and attribute. Replaces the resource's previous values (an empty list removes
    // them). When another resource already holds one of them, returns it (the caller answers 409 `uniqueness` naming
    // that custom attribute and rolls back); a concurrent writer or another engine instance that took it first is
    // found the same way (INSERT … ON CONFLICT DO NOTHING), never an exception, so the transaction stays usable. The
    // values die with their resource. Callers run this in the transaction that writes the resource.
    virtual std::optional<UniqueValue> setUniqueValues(const QString &connectionId, const QString &type,
                                                       const QString &id, const QList<UniqueValue> &values) = 0;

    // Group membership (rows die with the group or the member)
    virtual QList<Membership> members(const QString &groupId) = 0;
    virtual qsizetype countMembers(const QString &groupId) = 0;
    // Checkpoint paging: at most `limit` members whose id sorts after `afterMemberId` ("" = from the first), in
    // member id order, so each page costs the same however deep it is (groups of 100,000 members).
    virtual QList<Membership> membersAfter(const QString &groupId, const QString &afterMemberId, qsizetype limit);
    virtual bool isMember(const QString &groupId, const QString &memberId) = 0;
    // Inserts, or updates `display` of an existing row; returns true when the row is new.
    virtual bool addMember(const QString &connectionId, const Membership &membership) = 0;
    virtual bool removeMember(const QString &groupId, const QString &memberId) = 0;
    virtual int removeAllMembers(const QString &groupId) = 0;
    // The groups `memberId` belongs to directly (groupId filled, display empty).
    virtual QList<Membership> groupsOf(const QString &memberId) = 0;

    // Profiles
    virtual void saveProfile(const UserProfile &profile) = 0;
    virtual std::optional<UserProfile> profile(const QString &userId) = 0;
    // `connectionId` empty: every connection. `query` matches case-insensitively within searchText.
    virtual QList<UserProfile> profiles(const QString &connectionId, const QString &query, qsizetype offset,
                                        qsizetype limit) = 0;
    virtual qsizetype countProfiles(const QString &connectionId, const QString &query) = 0;
    virtual qsizetype countProfilesAtVersion(const QString &connectionId, qint64 profileVersion) = 0;
    // Users of the connection after insertion sequence `afterSequence` whose profile is missing or was computed
    // with another version, oldest first.
    virtual QList<StoredResource> usersNeedingProfile(const QString &connectionId, qint64 profileVersion,
                                                      qint64 afterSequence, qsizetype limit) = 0;

    // Runs `work` atomically: in its own transaction, or as a savepoint of an open batch.
    virtual void transaction(const std::function<void()> &work) = 0;
    // Inside transaction(): other writers that take the same lock (on any engine instance sharing the database)
    // wait until this transaction ends, so a check and the write it guards (the two-token limit) are one step.
    // One SQLite engine serializes every write already.
    virtual void lockConnection(const QString &connectionId) { Q_UNUSED(connectionId) }

    // Group commit: writes between beginBatch() and commitBatch() share one transaction, so a burst of
    // requests costs one commit instead of one each. Outside a batch every write commits on its own.
    // commitBatch() returns false (and rolls back) when the commit failed. The commit pipeline (engine/server)
    // is their only caller.
    virtual void beginBatch() = 0;
    virtual bool commitBatch() = 0;
    // The reads the next requests of a batch will make through resourceForRead() and a userName
    // resourcesByAttributeForRead(), before they are handled: a store whose every read is a round trip to a server
    // (PostgreSQL) fetches them all in one, and serves those reads from it until its next statement. The default
    // does nothing. A failure here is not the requests' failure: they read as usual.
    virtual void readAhead(const QList<ReadAheadKey> &keys) { Q_UNUSED(keys) }

    virtual int schemaVersion() = 0;
    virtual QString description() const = 0;
};

} // namespace scim
