#include "storage/sqlite/SqliteStore.h"

#include "common/JsonCbor.h"
#include "storage/StoreError.h"
#include "storage/sqlite/SqliteConnection.h"
#include "storage/sqlite/SqliteStatement.h"
#include "storage/sqlite/SqliteValues.h"

#include <QJsonDocument>
#include <QVariant>

namespace scim {

namespace {

constexpr const char *kResourceColumns =
    "connection_id, resource_type, id, data, version, seq, unique_key, external_id, password_hash";

} // namespace

SqliteStore::SqliteStore(const QString &path)
    : m_path(path)
    , m_sql(std::make_unique<SqliteConnection>(path))
{
    m_sql->setRollbackHandler([this] { dropCaches(); });
    m_cache.setMaxCost(kCacheEntries);
    m_groupsOfCache.setMaxCost(kCacheEntries);
    loadRowIds();
}

void SqliteStore::loadRowIds()
{
    // Read from the `resources_by_id` index alone (it holds both columns): about 0.3 s at a million users.
    SqliteStatement &all = m_sql->raw("SELECT id, seq FROM resources INDEXED BY resources_by_id");
    while (all.next())
        m_rowIds.insertUtf8(all.utf8View(0), all.integer(1));
}

SqliteStore::~SqliteStore() = default;

void SqliteStore::transaction(const std::function<void()> &work)
{
    m_sql->atomically(work);
}

QString SqliteStore::description() const
{
    return QStringLiteral("sqlite:%1").arg(m_path);
}

QString SqliteStore::foldKey(const QString &value)
{
    return value.toCaseFolded();
}

void SqliteStore::dropCaches()
{
    // After a rollback the caches may hold rows that never made it to disk.
    m_cache.clear();
    m_configurationCache.clear();
    m_groupsOfCache.clear();
    m_membershipsExist.reset();
}

// --- Group membership --------------------------------------------------------------------------------

QList<Membership> SqliteStore::members(const QString &groupId)
{
    QSqlQuery &q =
        m_sql->prepared("SELECT group_id, member_id, display, member_type FROM group_members WHERE group_id = ?");
    q.addBindValue(groupId);
    m_sql->exec(q);
    QList<Membership> result;
    while (q.next())
        result.append(
            Membership{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    q.finish();
    return result;
}

QList<Membership> SqliteStore::membersAfter(const QString &groupId, const QString &afterMemberId, qsizetype limit)
{
    // The primary key (group_id, member_id) serves both the range and the order.
    QSqlQuery &q = m_sql->prepared("SELECT group_id, member_id, display, member_type FROM group_members"
                                   " WHERE group_id = ? AND member_id > ? ORDER BY member_id LIMIT ?");
    q.addBindValue(groupId);
    q.addBindValue(afterMemberId.isNull() ? QStringLiteral("") : afterMemberId);
    q.addBindValue(qint64(limit));
    return m_sql->fetchAll<Membership>(q, [](const QSqlQuery &row) {
        return Membership{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                          row.value(3).toString()};
    });
}

qsizetype SqliteStore::countMembers(const QString &groupId)
{
    QSqlQuery &q = m_sql->prepared("SELECT COUNT(*) FROM group_members WHERE group_id = ?");
    q.addBindValue(groupId);
    return m_sql->fetchCount(q);
}

bool SqliteStore::isMember(const QString &groupId, const QString &memberId)
{
    QSqlQuery &q = m_sql->prepared("SELECT 1 FROM group_members WHERE group_id = ? AND member_id = ?");
    q.addBindValue(groupId);
    q.addBindValue(memberId);
    m_sql->exec(q);
    const bool found = q.next();
    q.finish();
    return found;
}

bool SqliteStore::addMember(const QString &connectionId, const Membership &membership)
{
    m_sql->beginWrite();
    QSqlQuery &q =
        m_sql->prepared("INSERT INTO group_members (group_id, member_id, connection_id, member_type, display)"
                        " VALUES (?, ?, ?, ?, ?) ON CONFLICT(group_id, member_id) DO UPDATE SET"
                        " display = COALESCE(excluded.display, group_members.display)");
    const bool existed = isMember(membership.groupId, membership.memberId);
    m_groupsOfCache.remove(membership.memberId);
    m_membershipsExist = true;
    q.addBindValue(membership.groupId);
    q.addBindValue(membership.memberId);
    q.addBindValue(connectionId);
    q.addBindValue(membership.type.isEmpty() ? QStringLiteral("User") : membership.type);
    q.addBindValue(membership.display.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(membership.display));
    m_sql->exec(q);
    return !existed;
}

bool SqliteStore::removeMember(const QString &groupId, const QString &memberId)
{
    m_sql->beginWrite();
    m_groupsOfCache.remove(memberId);
    QSqlQuery &q = m_sql->prepared("DELETE FROM group_members WHERE group_id = ? AND member_id = ?");
    q.addBindValue(groupId);
    q.addBindValue(memberId);
    m_sql->exec(q);
    return m_sql->rowsAffected() > 0;
}

int SqliteStore::removeAllMembers(const QString &groupId)
{
    m_sql->beginWrite();
    m_groupsOfCache.clear();
    QSqlQuery &q = m_sql->prepared("DELETE FROM group_members WHERE group_id = ?");
    q.addBindValue(groupId);
    m_sql->exec(q);
    return m_sql->rowsAffected();
}

QList<Membership> SqliteStore::groupsOf(const QString &memberId)
{
    // Every User GET renders `groups`; most users' answer does not change between reads.
    if (const QList<Membership> *cached = m_groupsOfCache.object(memberId))
        return *cached;
    // Many deployments never receive a group: then no user's GET needs a statement or a cache entry for it
    // (at a million users nearly every GET is a cache miss). Only addMember() adds a membership.
    if (!m_membershipsExist) {
        SqliteStatement &any = m_sql->raw("SELECT EXISTS (SELECT 1 FROM group_members)");
        m_membershipsExist = any.next() && any.integer(0) != 0;
        any.reset();
    }
    if (!*m_membershipsExist)
        return {};
    SqliteStatement &q = m_sql->raw("SELECT group_id, member_id, member_type FROM group_members WHERE member_id = ?");
    q.bind(1, memberId);
    QList<Membership> result;
    while (q.next())
        result.append(Membership{q.text(0), q.text(1), QString(), q.text(2)});
    m_groupsOfCache.insert(memberId, new QList<Membership>(result));
    return result;
}

// --- Profiles ----------------------------------------------------------------------------------------

void SqliteStore::saveProfile(const UserProfile &profile)
{
    m_sql->beginWrite();
    // The profile lives in its user's row; a profile for a user that does not exist has nowhere to go.
    QSqlQuery &query = m_sql->prepared("UPDATE resources SET profile = ?, profile_version = ?, search_text = ?"
                                       " WHERE id = ? AND connection_id = ?");
    query.addBindValue(SqliteValues::profileBytes(profile));
    query.addBindValue(profile.profileVersion);
    query.addBindValue(profile.searchText.isNull() ? QStringLiteral("") : profile.searchText);
    query.addBindValue(profile.userId);
    query.addBindValue(profile.connectionId);
    m_sql->exec(query);
}

static UserProfile readProfile(const QSqlQuery &query)
{
    return UserProfile{query.value(0).toString(), query.value(1).toString(),
                       JsonCbor::decode(query.value(2).toByteArray()), query.value(3).toLongLong(),
                       query.value(4).toString()};
}

std::optional<UserProfile> SqliteStore::profile(const QString &userId)
{
    QSqlQuery &query = m_sql->prepared("SELECT id, connection_id, profile, profile_version, search_text FROM resources"
                                       " WHERE id = ? AND profile IS NOT NULL");
    query.addBindValue(userId);
    return m_sql->fetchOne<UserProfile>(query, readProfile);
}

static QString likePattern(const QString &query)
{
    QString escaped = query.toCaseFolded();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// Binds the four parameters of `(? = '' OR connection_id = ?) AND (? = '' OR search_text LIKE ? …)`.
static void bindProfileFilter(QSqlQuery &q, const QString &connectionId, const QString &query)
{
    const QString connection = connectionId.isNull() ? QStringLiteral("") : connectionId;
    const QString text = query.isNull() ? QStringLiteral("") : query;
    q.addBindValue(connection);
    q.addBindValue(connection);
    q.addBindValue(text);
    q.addBindValue(likePattern(text));
}

QList<UserProfile> SqliteStore::profiles(const QString &connectionId, const QString &query, qsizetype offset,
                                         qsizetype limit)
{
    QSqlQuery &q = m_sql->prepared("SELECT id, connection_id, profile, profile_version, search_text FROM resources"
                                   " WHERE profile IS NOT NULL AND (? = '' OR connection_id = ?)"
                                   " AND (? = '' OR search_text LIKE ? ESCAPE '\\') ORDER BY seq LIMIT ? OFFSET ?");
    bindProfileFilter(q, connectionId, query);
    q.addBindValue(qint64(limit));
    q.addBindValue(qint64(offset));
    return m_sql->fetchAll<UserProfile>(q, readProfile);
}

qsizetype SqliteStore::countProfiles(const QString &connectionId, const QString &query)
{
    QSqlQuery &q =
        m_sql->prepared("SELECT COUNT(*) FROM resources WHERE profile IS NOT NULL AND (? = '' OR connection_id = ?)"
                        " AND (? = '' OR search_text LIKE ? ESCAPE '\\')");
    bindProfileFilter(q, connectionId, query);
    return m_sql->fetchCount(q);
}

qsizetype SqliteStore::countProfilesAtVersion(const QString &connectionId, qint64 profileVersion)
{
    QSqlQuery &q = m_sql->prepared("SELECT COUNT(*) FROM resources WHERE connection_id = ? AND resource_type = 'User'"
                                   " AND profile_version = ?");
    q.addBindValue(connectionId);
    q.addBindValue(profileVersion);
    return m_sql->fetchCount(q);
}

QList<StoredResource> SqliteStore::usersNeedingProfile(const QString &connectionId, qint64 profileVersion,
                                                       qint64 afterSequence, qsizetype limit)
{
    QSqlQuery &q = m_sql->prepared("SELECT id FROM resources"
                                   // Unary + keeps SQLite on the rowid range (seq > ?) instead of the connection's
                                   // key index, which would re-read every user of the connection on each batch.
                                   " WHERE seq > ? AND +connection_id = ? AND +resource_type = 'User'"
                                   " AND (profile_version IS NULL OR profile_version <> ?) ORDER BY seq LIMIT ?");
    q.addBindValue(afterSequence);
    q.addBindValue(connectionId);
    q.addBindValue(profileVersion);
    q.addBindValue(qint64(limit));
    m_sql->exec(q);
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    q.finish();
    QList<StoredResource> result;
    for (const QString &id : std::as_const(ids)) {
        if (std::optional<StoredResource> row = resource(connectionId, QStringLiteral("User"), id))
            result.append(std::move(*row));
    }
    return result;
}

void SqliteStore::beginBatch()
{
    m_sql->beginBatch();
}

bool SqliteStore::commitBatch()
{
    return m_sql->commitBatch();
}

int SqliteStore::schemaVersion()
{
    return m_sql->schemaVersion();
}

// --- Connections -------------------------------------------------------------------------------------

static Connection readConnection(const QSqlQuery &query)
{
    return Connection{query.value(0).toString(),
                      query.value(1).toString(),
                      query.value(2).toString(),
                      SqliteValues::fromIso(query.value(3)),
                      SqliteValues::fromIso(query.value(4)),
                      QJsonDocument::fromJson(query.value(5).toByteArray()).object(),
                      query.value(6).toString()};
}

QList<Connection> SqliteStore::connections()
{
    QSqlQuery &query = m_sql->prepared("SELECT id, name, strategy, created_at, updated_at, options, display_name FROM "
                                       "connections ORDER BY created_at, id");
    return m_sql->fetchAll<Connection>(query, readConnection);
}

std::optional<Connection> SqliteStore::connection(const QString &id)
{
    QSqlQuery &query = m_sql->prepared(
        "SELECT id, name, strategy, created_at, updated_at, options, display_name FROM connections WHERE id = ?");
    query.addBindValue(id);
    return m_sql->fetchOne<Connection>(query, readConnection);
}

std::optional<Connection> SqliteStore::connectionByName(const QString &name)
{
    QSqlQuery &query = m_sql->prepared(
        "SELECT id, name, strategy, created_at, updated_at, options, display_name FROM connections WHERE name_key = ?");
    query.addBindValue(foldKey(name));
    return m_sql->fetchOne<Connection>(query, readConnection);
}

void SqliteStore::insertConnection(const Connection &connection)
{
    m_sql->beginWrite();
    QSqlQuery &query = m_sql->prepared("INSERT INTO connections (id, name, name_key, strategy, created_at, updated_at,"
                                       " options, display_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    query.addBindValue(connection.id);
    query.addBindValue(connection.name);
    query.addBindValue(foldKey(connection.name));
    query.addBindValue(connection.strategy);
    query.addBindValue(SqliteValues::isoDate(connection.createdAt));
    query.addBindValue(SqliteValues::isoDate(connection.updatedAt));
    query.addBindValue(QJsonDocument(connection.options).toJson(QJsonDocument::Compact));
    query.addBindValue(SqliteValues::nullableString(connection.displayName));
    m_sql->exec(query);
}

void SqliteStore::updateConnection(const Connection &connection)
{
    m_sql->beginWrite();
    QSqlQuery &query = m_sql->prepared("UPDATE connections SET name = ?, name_key = ?, strategy = ?, updated_at = ?,"
                                       " options = ?, display_name = ? WHERE id = ?");
    query.addBindValue(connection.name);
    query.addBindValue(foldKey(connection.name));
    query.addBindValue(connection.strategy);
    query.addBindValue(SqliteValues::isoDate(connection.updatedAt));
    query.addBindValue(QJsonDocument(connection.options).toJson(QJsonDocument::Compact));
    query.addBindValue(SqliteValues::nullableString(connection.displayName));
    query.addBindValue(connection.id);
    m_sql->exec(query);
}

bool SqliteStore::deleteConnection(const QString &id)
{
    m_sql->beginWrite();
    // Foreign keys cascade to configuration, tokens and resources within this one statement.
    m_cache.clear();
    m_groupsOfCache.clear();
    m_configurationCache.remove(id);
    QSqlQuery &query = m_sql->prepared("DELETE FROM connections WHERE id = ?");
    query.addBindValue(id);
    m_sql->exec(query);
    return m_sql->rowsAffected() > 0;
}

// --- SCIM configuration ------------------------------------------------------------------------------

std::optional<ScimConfiguration> SqliteStore::scimConfiguration(const QString &connectionId)
{
    // Every SCIM request asks for this; parsing the stored mapping each time would dominate a GET.
    const auto cached = m_configurationCache.constFind(connectionId);
    if (cached != m_configurationCache.constEnd())
        return *cached;
    QSqlQuery &query = m_sql->prepared("SELECT connection_id, user_id_attribute, mapping, created_at, updated_on,"
                                       " profile_version, custom_schemas FROM scim_configurations"
                                       " WHERE connection_id = ?");
    query.addBindValue(connectionId);
    m_sql->exec(query);
    std::optional<ScimConfiguration> result;
    if (query.next()) {
        result = ScimConfiguration{query.value(0).toString(),
                                   query.value(1).toString(),
                                   QJsonDocument::fromJson(query.value(2).toByteArray()).array(),
                                   SqliteValues::fromIso(query.value(3)),
                                   SqliteValues::fromIso(query.value(4)),
                                   query.value(5).toLongLong(),
                                   QJsonDocument::fromJson(query.value(6).toByteArray()).array()};
    }
    query.finish();
    m_configurationCache.insert(connectionId, result);
    return result;
}

void SqliteStore::saveScimConfiguration(const ScimConfiguration &configuration)
{
    m_sql->beginWrite();
    QSqlQuery &query =
        m_sql->prepared("INSERT INTO scim_configurations (connection_id, user_id_attribute, mapping, created_at,"
                        " updated_on, profile_version, custom_schemas) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        " ON CONFLICT(connection_id) DO UPDATE SET user_id_attribute = excluded.user_id_attribute,"
                        " mapping = excluded.mapping, updated_on = excluded.updated_on,"
                        " profile_version = excluded.profile_version, custom_schemas = excluded.custom_schemas");
    query.addBindValue(configuration.connectionId);
    query.addBindValue(configuration.userIdAttribute);
    query.addBindValue(QString::fromUtf8(QJsonDocument(configuration.mapping).toJson(QJsonDocument::Compact)));
    query.addBindValue(SqliteValues::isoDate(configuration.createdAt));
    query.addBindValue(SqliteValues::isoDate(configuration.updatedOn));
    query.addBindValue(configuration.profileVersion);
    query.addBindValue(QString::fromUtf8(QJsonDocument(configuration.customSchemas).toJson(QJsonDocument::Compact)));
    m_configurationCache.remove(configuration.connectionId);
    m_sql->exec(query);
}

bool SqliteStore::deleteScimConfiguration(const QString &connectionId)
{
    m_configurationCache.remove(connectionId);
    bool removed = false;
    m_sql->atomically([&] {
        QSqlQuery &tokens = m_sql->prepared("DELETE FROM scim_tokens WHERE connection_id = ?");
        tokens.addBindValue(connectionId);
        m_sql->exec(tokens);
        QSqlQuery &config = m_sql->prepared("DELETE FROM scim_configurations WHERE connection_id = ?");
        config.addBindValue(connectionId);
        m_sql->exec(config);
        removed = m_sql->rowsAffected() > 0;
    });
    return removed;
}

// --- Tokens ------------------------------------------------------------------------------------------

static ScimToken readToken(const QSqlQuery &query)
{
    ScimToken token;
    token.tokenId = query.value(0).toString();
    token.connectionId = query.value(1).toString();
    token.secretHash = query.value(2).toByteArray();
    token.scopes = query.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    token.createdAt = SqliteValues::fromIso(query.value(4));
    token.validUntil = SqliteValues::optionalDate(query.value(5));
    token.lastUsedAt = SqliteValues::optionalDate(query.value(6));
    token.scimEndpoint = query.value(7).toString();
    return token;
}

QList<ScimToken> SqliteStore::tokens(const QString &connectionId)
{
    QSqlQuery &query =
        m_sql->prepared("SELECT token_id, connection_id, secret_hash, scopes, created_at, valid_until, last_used_at,"
                        " scim_endpoint_url FROM scim_tokens WHERE connection_id = ? ORDER BY created_at, token_id");
    query.addBindValue(connectionId);
    return m_sql->fetchAll<ScimToken>(query, readToken);
}

std::optional<ScimToken> SqliteStore::token(const QString &tokenId)
{
    QSqlQuery &query =
        m_sql->prepared("SELECT token_id, connection_id, secret_hash, scopes, created_at, valid_until, last_used_at,"
                        " scim_endpoint_url FROM scim_tokens WHERE token_id = ?");
    query.addBindValue(tokenId);
    return m_sql->fetchOne<ScimToken>(query, readToken);
}

void SqliteStore::insertToken(const ScimToken &token)
{
    m_sql->beginWrite();
    QSqlQuery &query =
        m_sql->prepared("INSERT INTO scim_tokens"
                        " (token_id, connection_id, secret_hash, scopes, created_at, valid_until, last_used_at,"
                        " scim_endpoint_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    query.addBindValue(token.tokenId);
    query.addBindValue(token.connectionId);
    query.addBindValue(token.secretHash);
    // A null QString binds as SQL NULL; an empty scope list is an empty (not null) string.
    const QString scopes = token.scopes.join(QLatin1Char(' '));
    query.addBindValue(scopes.isNull() ? QStringLiteral("") : scopes);
    query.addBindValue(SqliteValues::isoDate(token.createdAt));
    query.addBindValue(SqliteValues::nullableDate(token.validUntil));
    query.addBindValue(SqliteValues::nullableDate(token.lastUsedAt));
    query.addBindValue(token.scimEndpoint.isEmpty() ? QVariant() : QVariant(token.scimEndpoint));
    m_sql->exec(query);
}

bool SqliteStore::deleteToken(const QString &connectionId, const QString &tokenId)
{
    m_sql->beginWrite();
    QSqlQuery &query = m_sql->prepared("DELETE FROM scim_tokens WHERE connection_id = ? AND token_id = ?");
    query.addBindValue(connectionId);
    query.addBindValue(tokenId);
    m_sql->exec(query);
    return m_sql->rowsAffected() > 0;
}

void SqliteStore::setTokenLastUsed(const QString &tokenId, const QDateTime &when)
{
    m_sql->beginWrite();
    QSqlQuery &query = m_sql->prepared("UPDATE scim_tokens SET last_used_at = ? WHERE token_id = ?");
    query.addBindValue(SqliteValues::isoDate(when));
    query.addBindValue(tokenId);
    m_sql->exec(query);
}

void SqliteStore::setTokenEndpoint(const QString &tokenId, const QString &endpoint)
{
    m_sql->beginWrite();
    QSqlQuery &query = m_sql->prepared("UPDATE scim_tokens SET scim_endpoint_url = ? WHERE token_id = ?");
    query.addBindValue(endpoint);
    query.addBindValue(tokenId);
    m_sql->exec(query);
}

// --- Resources ---------------------------------------------------------------------------------------

QList<StoredResource> SqliteStore::readResources(QSqlQuery &query)
{
    QList<StoredResource> result;
    while (query.next()) {
        StoredResource resource;
        resource.connectionId = query.value(0).toString();
        resource.resourceType = query.value(1).toString();
        resource.id = query.value(2).toString();
        resource.data = SqliteValues::readResourceData(query.value(3));
        resource.version = query.value(4).toLongLong();
        resource.sequence = query.value(5).toLongLong();
        resource.uniqueKey = query.value(6).toString();
        resource.externalId = query.value(7).toString();
        resource.passwordHash = query.value(8).toByteArray();
        result.append(std::move(resource));
    }
    query.finish();
    return result;
}

namespace {

constexpr const char *kResourceById = "SELECT connection_id, resource_type, id, data, version, seq, unique_key,"
                                      " external_id, password_hash FROM resources"
                                      " WHERE connection_id = ? AND resource_type = ? AND id = ?";
// The same row by its seq (SqliteRowIds), checked to be the resource asked for.
constexpr const char *kResourceBySeq = "SELECT connection_id, resource_type, id, data, version, seq, unique_key,"
                                       " external_id, password_hash FROM resources"
                                       " WHERE seq = ? AND id = ? AND connection_id = ? AND resource_type = ?";

// A row of kResourceColumns read on SQLite's own API; the data is left to the caller.
StoredResource rowWithoutData(const SqliteStatement &query, const QString &connectionId, const QString &type)
{
    StoredResource resource;
    resource.connectionId = connectionId;
    resource.resourceType = type;
    resource.id = query.text(2);
    resource.version = query.integer(4);
    resource.sequence = query.integer(5);
    resource.uniqueKey = query.text(6);
    resource.externalId = query.text(7);
    const QByteArray passwordHash = query.blobView(8);
    resource.passwordHash = QByteArray(passwordHash.constData(), passwordHash.size());
    return resource;
}

QJsonObject rowData(const SqliteStatement &query)
{
    return query.isBlob(3) ? JsonCbor::decode(query.blobView(3))
                           : QJsonDocument::fromJson(query.text(3).toUtf8()).object();
}

} // namespace

std::optional<StoredResource> SqliteStore::resource(const QString &connectionId, const QString &type, const QString &id)
{
    const QString key = cacheKey(connectionId, type, id);
    if (const StoredResource *cached = m_cache.object(key))
        return *cached;
    // A cache miss (most reads of a million users): SQLite's own API, the row's CBOR decoded in place, as
    // QSqlQuery's QVariant copies of each column cost as much as SQLite's lookup.
    SqliteStatement *found = rowById(connectionId, type, id);
    if (!found)
        return std::nullopt;
    SqliteStatement &query = *found;
    auto *resource = new StoredResource(rowWithoutData(query, connectionId, type));
    resource->data = rowData(query);
    query.reset();
    StoredResource result = *resource;
    m_cache.insert(key, resource);
    return result;
}

std::optional<StoredResource> SqliteStore::resourceForRead(const QString &connectionId, const QString &type,
                                                           const QString &id, QByteArray &cbor)
{
    cbor.clear();
    if (const StoredResource *cached = m_cache.object(cacheKey(connectionId, type, id)))
        return *cached;
    SqliteStatement *found = rowById(connectionId, type, id);
    if (!found)
        return std::nullopt;
    SqliteStatement &query = *found;
    StoredResource resource = rowWithoutData(query, connectionId, type);
    if (query.isBlob(3)) {
        const QByteArray stored = query.blobView(3);
        cbor = QByteArray(stored.constData(), stored.size());
    } else {
        resource.data = rowData(query); // JSON text from before schema version 4
    }
    query.reset();
    return resource;
}

SqliteStatement *SqliteStore::rowById(const QString &connectionId, const QString &type, const QString &id)
{
    // The row the hint names, if it is still this resource's: one descent of the table by seq.
    if (const std::optional<qint64> seq = m_rowIds.find(id)) {
        SqliteStatement &bySeq = m_sql->raw(kResourceBySeq);
        bySeq.bind(1, *seq);
        bySeq.bind(2, id);
        bySeq.bind(3, connectionId);
        bySeq.bind(4, type);
        if (bySeq.next())
            return &bySeq;
    }
    // No hint, or a stale one: the index, which is always right. A row found this way becomes a hint again.
    SqliteStatement &query = m_sql->raw(kResourceById);
    query.bind(1, connectionId);
    query.bind(2, type);
    query.bind(3, id);
    if (!query.next())
        return nullptr;
    m_rowIds.insert(id, query.integer(5));
    return &query;
}

QString SqliteStore::cacheKey(const QString &connectionId, const QString &type, const QString &id)
{
    return connectionId + QLatin1Char('/') + type + QLatin1Char('/') + id;
}

QList<StoredResource> SqliteStore::resourcesByAttribute(const QString &connectionId, const QString &type,
                                                        IndexedAttribute attribute, const QString &value)
{
    return byAttribute(connectionId, type, attribute, value, nullptr);
}

QList<StoredResource> SqliteStore::resourcesByAttributeForRead(const QString &connectionId, const QString &type,
                                                               IndexedAttribute attribute, const QString &value,
                                                               QList<QByteArray> &cbor)
{
    cbor.clear();
    return byAttribute(connectionId, type, attribute, value, &cbor);
}

QList<StoredResource> SqliteStore::byAttribute(const QString &connectionId, const QString &type,
                                               IndexedAttribute attribute, const QString &value,
                                               QList<QByteArray> *cbor)
{
    // The rows come with the index lookup: a cached row is taken from the cache, any other is decoded from
    // this statement (or, for a reader of CBOR, handed over undecoded) instead of being looked up again by id.
    const bool isKey = attribute == IndexedAttribute::UserName;
    static const QByteArray byKey = QByteArray("SELECT ") + kResourceColumns +
                                    " FROM resources WHERE connection_id = ? AND resource_type = ?"
                                    " AND unique_key = ? ORDER BY seq";
    static const QByteArray byExternalId = QByteArray("SELECT ") + kResourceColumns +
                                           " FROM resources WHERE connection_id = ? AND resource_type = ?"
                                           " AND external_id = ? AND external_id IS NOT NULL ORDER BY seq";
    SqliteStatement &query = m_sql->raw(isKey ? byKey.constData() : byExternalId.constData());
    query.bind(1, connectionId);
    query.bind(2, type);
    query.bind(3, isKey ? foldKey(value) : value);
    QList<StoredResource> result;
    while (query.next()) {
        const QString id = query.text(2);
        const QString key = cacheKey(connectionId, type, id);
        if (const StoredResource *cached = m_cache.object(key)) {
            result.append(*cached);
            if (cbor)
                cbor->append(QByteArray());
            continue;
        }
        if (cbor && query.isBlob(3)) {
            result.append(rowWithoutData(query, connectionId, type));
            const QByteArray stored = query.blobView(3);
            cbor->append(QByteArray(stored.constData(), stored.size()));
            continue;
        }
        auto *resource = new StoredResource(rowWithoutData(query, connectionId, type));
        resource->data = rowData(query);
        result.append(*resource);
        if (cbor)
            cbor->append(QByteArray());
        m_cache.insert(key, resource);
    }
    return result;
}

QList<StoredResource> SqliteStore::resources(const QString &connectionId, const QString &type, qsizetype offset,
                                             qsizetype limit)
{
    if (limit <= 0 || offset < 0)
        return {};
    // The block that holds the offset-th resource, from the per-block counts (a few hundred rows for a million
    // resources); then at most 4,095 steps inside it on the index.
    SqliteStatement &blocks = m_sql->raw("SELECT block, n FROM resource_counts WHERE connection_id = ?"
                                         " AND resource_type = ? ORDER BY block");
    blocks.bind(1, connectionId);
    blocks.bind(2, type);
    qint64 remaining = offset;
    qint64 block = -1;
    while (blocks.next()) {
        const qint64 n = blocks.integer(1);
        if (remaining < n) {
            block = blocks.integer(0);
            blocks.reset();
            break;
        }
        remaining -= n;
    }
    if (block < 0)
        return {};
    SqliteStatement &seek = m_sql->raw("SELECT seq FROM resources INDEXED BY resources_by_type"
                                       " WHERE connection_id = ? AND resource_type = ? AND seq >= ?"
                                       " ORDER BY seq LIMIT 1 OFFSET ?");
    seek.bind(1, connectionId);
    seek.bind(2, type);
    seek.bind(3, block << kCountBlockBits);
    seek.bind(4, remaining);
    if (!seek.next())
        return {};
    const qint64 first = seek.integer(0);
    seek.reset();
    return resourcesAfter(connectionId, type, first - 1, limit);
}

QList<StoredResource> SqliteStore::resourcesAfter(const QString &connectionId, const QString &type,
                                                  qint64 afterSequence, qsizetype limit)
{
    if (limit <= 0)
        return {};
    static const QByteArray sql = QByteArray("SELECT ") + kResourceColumns +
                                  " FROM resources INDEXED BY resources_by_type WHERE connection_id = ?"
                                  " AND resource_type = ? AND seq > ? ORDER BY seq LIMIT ?";
    QSqlQuery &query = m_sql->prepared(sql.constData());
    query.addBindValue(connectionId);
    query.addBindValue(type);
    query.addBindValue(afterSequence);
    query.addBindValue(qint64(limit));
    m_sql->exec(query);
    return readResources(query);
}

QList<EncodedResource> SqliteStore::encodedResourcesAfter(const QString &connectionId, const QString &type,
                                                          qint64 afterSequence, qsizetype limit)
{
    if (limit <= 0)
        return {};
    // SQLite's own API: through QSqlQuery, the QVariant copies of each row cost more than reading it.
    SqliteStatement &query = m_sql->raw("SELECT id, seq, unique_key, data FROM resources INDEXED BY resources_by_type"
                                        " WHERE connection_id = ? AND resource_type = ? AND seq > ? ORDER BY seq"
                                        " LIMIT ?");
    query.bind(1, connectionId);
    query.bind(2, type);
    query.bind(3, afterSequence);
    query.bind(4, qint64(limit));
    QList<EncodedResource> result;
    result.reserve(qMin<qsizetype>(limit, 1000));
    while (query.next()) {
        EncodedResource resource;
        resource.id = query.text(0);
        resource.sequence = query.integer(1);
        resource.uniqueKey = query.text(2);
        if (query.isBlob(3)) {
            const QByteArray view = query.blobView(3);
            resource.data = QByteArray(view.constData(), view.size());
        } else {
            resource.data = query.text(3).toUtf8(); // JSON text, written before version 4
        }
        result.append(std::move(resource));
    }
    return result;
}

QList<StoredResource> SqliteStore::resourcesBefore(const QString &connectionId, const QString &type,
                                                   qint64 beforeSequence, qsizetype limit)
{
    if (limit <= 0)
        return {};
    static const QByteArray sql = QByteArray("SELECT ") + kResourceColumns +
                                  " FROM resources INDEXED BY resources_by_type WHERE connection_id = ?"
                                  " AND resource_type = ? AND seq < ? ORDER BY seq DESC LIMIT ?";
    QSqlQuery &query = m_sql->prepared(sql.constData());
    query.addBindValue(connectionId);
    query.addBindValue(type);
    query.addBindValue(beforeSequence);
    query.addBindValue(qint64(limit));
    m_sql->exec(query);
    return readResources(query);
}

QList<StoredResource> SqliteStore::allResources(const QString &connectionId, const QString &type)
{
    static const QByteArray sql = QByteArray("SELECT ") + kResourceColumns +
                                  " FROM resources INDEXED BY resources_by_type WHERE connection_id = ?"
                                  " AND resource_type = ? ORDER BY seq";
    QSqlQuery &query = m_sql->prepared(sql.constData());
    query.addBindValue(connectionId);
    query.addBindValue(type);
    m_sql->exec(query);
    return readResources(query);
}

qsizetype SqliteStore::countResources(const QString &connectionId, const QString &type)
{
    SqliteStatement &query =
        m_sql->raw("SELECT COALESCE(SUM(n), 0) FROM resource_counts WHERE connection_id = ? AND resource_type = ?");
    query.bind(1, connectionId);
    query.bind(2, type);
    const qsizetype count = query.next() ? query.integer(0) : 0;
    query.reset();
    return count;
}

std::optional<StoredResource> SqliteStore::resourceById(const QString &type, const QString &id)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kResourceColumns + " FROM resources WHERE id = ? AND resource_type = ?";
    QSqlQuery &query = m_sql->prepared(sql.constData());
    query.addBindValue(id);
    query.addBindValue(type);
    m_sql->exec(query);
    QList<StoredResource> rows = readResources(query);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.takeFirst();
}

// Binds `text` for `(? = '' OR unique_key LIKE ? ESCAPE '\' OR external_id LIKE ? ESCAPE '\')`.
static void bindResourceText(QSqlQuery &q, const QString &text)
{
    q.addBindValue(text.isNull() ? QStringLiteral("") : text);
    q.addBindValue(likePattern(text));
    q.addBindValue(likePattern(text));
}

QList<StoredResource> SqliteStore::searchResources(const QString &connectionId, const QString &type,
                                                   const QString &text, qsizetype offset, qsizetype limit)
{
    // Two statements rather than `(? = '' OR connection_id = ?)`, which would keep SQLite off the connection's index.
    static const QByteArray one =
        QByteArray("SELECT ") + kResourceColumns +
        " FROM resources WHERE connection_id = ? AND resource_type = ? AND (? = '' OR unique_key LIKE ? ESCAPE '\\'"
        " OR external_id LIKE ? ESCAPE '\\') ORDER BY seq LIMIT ? OFFSET ?";
    static const QByteArray all = QByteArray("SELECT ") + kResourceColumns +
                                  " FROM resources WHERE resource_type = ? AND (? = '' OR unique_key LIKE ? ESCAPE '\\'"
                                  " OR external_id LIKE ? ESCAPE '\\') ORDER BY seq LIMIT ? OFFSET ?";
    QSqlQuery &query = m_sql->prepared(connectionId.isEmpty() ? all.constData() : one.constData());
    if (!connectionId.isEmpty())
        query.addBindValue(connectionId);
    query.addBindValue(type);
    bindResourceText(query, text);
    query.addBindValue(qint64(limit));
    query.addBindValue(qint64(offset));
    m_sql->exec(query);
    return readResources(query);
}

qsizetype SqliteStore::countSearchResources(const QString &connectionId, const QString &type, const QString &text)
{
    QSqlQuery &query = m_sql->prepared(
        connectionId.isEmpty()
            ? "SELECT COUNT(*) FROM resources WHERE resource_type = ? AND (? = '' OR unique_key LIKE ? ESCAPE '\\'"
              " OR external_id LIKE ? ESCAPE '\\')"
            : "SELECT COUNT(*) FROM resources WHERE connection_id = ? AND resource_type = ? AND (? = '' OR unique_key"
              " LIKE ? ESCAPE '\\' OR external_id LIKE ? ESCAPE '\\')");
    if (!connectionId.isEmpty())
        query.addBindValue(connectionId);
    query.addBindValue(type);
    bindResourceText(query, text);
    return m_sql->fetchCount(query);
}

qint64 SqliteStore::insertResource(const StoredResource &resource, const UserProfile *profile)
{
    m_sql->beginWrite();
    SqliteStatement &insert =
        m_sql->raw("INSERT INTO resources (connection_id, resource_type, id, unique_key, external_id,"
                   " data, version, password_hash, profile, profile_version, search_text)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString uniqueKey = foldKey(resource.uniqueKey);
    insert.bind(1, resource.connectionId);
    insert.bind(2, resource.resourceType);
    insert.bind(3, resource.id);
    insert.bind(4, uniqueKey.isEmpty() ? QString() : uniqueKey);
    insert.bind(5, resource.externalId.isEmpty() ? QString() : resource.externalId);
    const QVariant data = SqliteValues::encodeResourceData(resource.data);
    if (data.typeId() == QMetaType::QByteArray)
        insert.bind(6, data.toByteArray());
    else
        insert.bind(6, data.toString());
    insert.bind(7, resource.version);
    insert.bind(8, resource.passwordHash.isEmpty() ? QByteArray() : resource.passwordHash);
    if (profile) {
        insert.bind(9, SqliteValues::profileBytes(*profile));
        insert.bind(10, profile->profileVersion);
        insert.bind(11, profile->searchText.isNull() ? QStringLiteral("") : profile->searchText);
    } else {
        for (int column = 9; column <= 11; ++column)
            insert.bindNull(column);
    }
    insert.execute();
    m_sql->noteRawWrite();
    const qint64 sequence = m_sql->lastInsertId();
    m_rowIds.insert(resource.id, sequence);
    auto *cached = new StoredResource(resource);
    cached->sequence = sequence;
    cached->uniqueKey = uniqueKey;
    m_cache.insert(cacheKey(resource.connectionId, resource.resourceType, resource.id), cached);
    m_groupsOfCache.insert(resource.id, new QList<Membership>()); // a new resource belongs to no group yet
    return sequence;
}

bool SqliteStore::updateResource(const StoredResource &resource, bool keepPassword, const UserProfile *profile)
{
    m_sql->beginWrite();
    const bool writePassword = !(keepPassword && resource.passwordHash.isEmpty());
    // Without a profile the row's profile columns are left as they are.
    QSqlQuery &query =
        writePassword
            ? (profile ? m_sql->prepared("UPDATE resources SET unique_key = ?, external_id = ?, data = ?, version = ?,"
                                         " password_hash = ?, profile = ?, profile_version = ?, search_text = ?"
                                         " WHERE connection_id = ? AND resource_type = ? AND id = ?")
                       : m_sql->prepared("UPDATE resources SET unique_key = ?, external_id = ?, data = ?, version = ?,"
                                         " password_hash = ? WHERE connection_id = ? AND resource_type = ? AND id = ?"))
            : (profile ? m_sql->prepared("UPDATE resources SET unique_key = ?, external_id = ?, data = ?, version = ?,"
                                         " profile = ?, profile_version = ?, search_text = ?"
                                         " WHERE connection_id = ? AND resource_type = ? AND id = ?")
                       : m_sql->prepared("UPDATE resources SET unique_key = ?, external_id = ?, data = ?, version = ?"
                                         " WHERE connection_id = ? AND resource_type = ? AND id = ?"));
    query.addBindValue(SqliteValues::nullableString(foldKey(resource.uniqueKey)));
    query.addBindValue(SqliteValues::nullableString(resource.externalId));
    query.addBindValue(SqliteValues::encodeResourceData(resource.data));
    query.addBindValue(resource.version);
    if (writePassword) {
        query.addBindValue(resource.passwordHash.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                           : QVariant(resource.passwordHash));
    }
    if (profile)
        SqliteValues::bindProfile(query, profile);
    query.addBindValue(resource.connectionId);
    query.addBindValue(resource.resourceType);
    query.addBindValue(resource.id);
    // Drop the cached row first: if the write fails, the next read goes back to the database.
    m_cache.remove(cacheKey(resource.connectionId, resource.resourceType, resource.id));
    m_sql->exec(query);
    return m_sql->rowsAffected() > 0;
}

bool SqliteStore::deleteResource(const QString &connectionId, const QString &type, const QString &id)
{
    m_sql->beginWrite();
    m_cache.remove(cacheKey(connectionId, type, id));
    m_rowIds.remove(id);
    m_groupsOfCache.clear(); // memberships cascade with the resource
    QSqlQuery &query =
        m_sql->prepared("DELETE FROM resources WHERE connection_id = ? AND resource_type = ? AND id = ?");
    query.addBindValue(connectionId);
    query.addBindValue(type);
    query.addBindValue(id);
    m_sql->exec(query);
    return m_sql->rowsAffected() > 0;
}

std::optional<UniqueValue> SqliteStore::setUniqueValues(const QString &connectionId, const QString &type,
                                                        const QString &id, const QList<UniqueValue> &values)
{
    m_sql->beginWrite();
    for (const UniqueValue &value : values) {
        QSqlQuery &owner = m_sql->prepared("SELECT resource_id FROM unique_values WHERE connection_id = ?"
                                           " AND resource_type = ? AND attribute = ? AND value = ?");
        owner.addBindValue(connectionId);
        owner.addBindValue(type);
        owner.addBindValue(value.attribute);
        owner.addBindValue(value.value);
        const std::optional<QString> holder =
            m_sql->fetchOne<QString>(owner, [](const QSqlQuery &q) { return q.value(0).toString(); });
        if (holder && *holder != id)
            return value;
    }
    QSqlQuery &clear = m_sql->prepared("DELETE FROM unique_values WHERE resource_id = ?");
    clear.addBindValue(id);
    m_sql->exec(clear);
    for (const UniqueValue &value : values) {
        // The primary key refuses a value another writer took meanwhile: that value is the answer (the caller
        // names its attribute and rolls back), not a Conflict that would read as a clash of the unique key.
        QSqlQuery &insert = m_sql->prepared("INSERT INTO unique_values"
                                            " (connection_id, resource_type, attribute, value, resource_id)"
                                            " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
        insert.addBindValue(connectionId);
        insert.addBindValue(type);
        insert.addBindValue(value.attribute);
        insert.addBindValue(value.value);
        insert.addBindValue(id);
        m_sql->exec(insert);
        if (m_sql->rowsAffected() == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace scim
