#include "storage/sqlite/SqliteStore.h"

#include "common/JsonCbor.h"
#include "storage/StoreError.h"
#include "storage/sqlite/SqliteBusyHandler.h"
#include "storage/sqlite/SqliteStatement.h"
#include "storage/sqlite/WalCheckpointer.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace scim {

namespace {

QAtomicInt s_connectionCounter;

QString isoDate(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

std::optional<QDateTime> optionalDate(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    return fromIso(value);
}

QVariant nullableDate(const std::optional<QDateTime> &dt)
{
    return dt ? QVariant(isoDate(*dt)) : QVariant(QMetaType::fromType<QString>());
}

QVariant nullableString(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// Resource data is stored as CBOR (a BLOB): encoding it costs a fraction of compact JSON text. Rows written
// before schema version 4 hold JSON text and stay readable, as do resources CBOR cannot carry exactly (a
// string with an unpaired surrogate, which JSON escapes): those are stored as JSON text still.
QVariant encodeResourceData(const QJsonObject &object)
{
    if (std::optional<QByteArray> cbor = JsonCbor::encode(object))
        return QVariant(*cbor);
    return QVariant(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QJsonObject readResourceData(const QVariant &value)
{
    // A BLOB is CBOR; TEXT is the JSON the store wrote before.
    if (value.typeId() == QMetaType::QByteArray)
        return JsonCbor::decode(value.toByteArray());
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

// CBOR: smaller than JSON text and cheaper to encode, and profiles are written as often as resources.
QByteArray profileBytes(const UserProfile &profile)
{
    if (!profile.encoded.isEmpty())
        return profile.encoded;
    // Like QCborValue (the encoder before), an unpaired surrogate is stored as U+FFFD.
    QByteArray out;
    JsonCbor::appendValue(out, profile.data);
    return out;
}

// Binds the profile, profile_version and search_text columns (NULLs without a profile).
void bindProfile(QSqlQuery &query, const UserProfile *profile)
{
    if (!profile) {
        query.addBindValue(QVariant(QMetaType::fromType<QByteArray>()));
        query.addBindValue(QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(QVariant(QMetaType::fromType<QString>()));
        return;
    }
    query.addBindValue(profileBytes(*profile));
    query.addBindValue(profile->profileVersion);
    query.addBindValue(profile->searchText.isNull() ? QStringLiteral("") : profile->searchText);
}

// Each migration is applied once, in order, inside one transaction; never edit one that has shipped.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> list{
        {
            QStringLiteral("CREATE TABLE connections ("
                           " id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " name_key TEXT NOT NULL UNIQUE,"
                           " strategy TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE scim_configurations ("
                           " connection_id TEXT PRIMARY KEY REFERENCES connections(id) ON DELETE CASCADE,"
                           " user_id_attribute TEXT NOT NULL,"
                           " mapping TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " updated_on TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE scim_tokens ("
                           " token_id TEXT PRIMARY KEY,"
                           " connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,"
                           " secret_hash BLOB NOT NULL,"
                           " scopes TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " valid_until TEXT,"
                           " last_used_at TEXT)"),
            QStringLiteral("CREATE INDEX scim_tokens_by_connection ON scim_tokens(connection_id)"),
            // seq is the rowid: always larger than any existing row's, which is all list ordering needs.
            // Keys stay short and NULL externalIds stay out of their index: every index page a write touches
            // is another page in the WAL.
            QStringLiteral("CREATE TABLE resources ("
                           " seq INTEGER PRIMARY KEY,"
                           " connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,"
                           " resource_type TEXT NOT NULL,"
                           " id TEXT NOT NULL,"
                           " unique_key TEXT,"
                           " external_id TEXT,"
                           " data TEXT NOT NULL,"
                           " version INTEGER NOT NULL,"
                           " password_hash BLOB)"),
            QStringLiteral("CREATE UNIQUE INDEX resources_by_id ON resources(id)"),
            QStringLiteral("CREATE UNIQUE INDEX resources_by_unique_key"
                           " ON resources(connection_id, resource_type, unique_key)"),
            QStringLiteral("CREATE INDEX resources_by_external_id"
                           " ON resources(connection_id, resource_type, external_id) WHERE external_id IS NOT NULL"),
        },
        {
            QStringLiteral("ALTER TABLE scim_configurations ADD COLUMN profile_version INTEGER NOT NULL DEFAULT 1"),
            // No secondary index: each provisioning write also writes a profile, and every index is another page
            // in the WAL. Per-connection counts scan; they only feed recompute progress. `data` is CBOR.
            QStringLiteral("CREATE TABLE profiles ("
                           " user_id TEXT PRIMARY KEY REFERENCES resources(id) ON DELETE CASCADE,"
                           " connection_id TEXT NOT NULL,"
                           " data TEXT NOT NULL,"
                           " profile_version INTEGER NOT NULL,"
                           " search_text TEXT NOT NULL)"),
        },
        {
            QStringLiteral("CREATE TABLE group_members ("
                           " group_id TEXT NOT NULL REFERENCES resources(id) ON DELETE CASCADE,"
                           " member_id TEXT NOT NULL REFERENCES resources(id) ON DELETE CASCADE,"
                           " connection_id TEXT NOT NULL,"
                           " member_type TEXT NOT NULL,"
                           " display TEXT,"
                           " PRIMARY KEY (group_id, member_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX group_members_by_member ON group_members(member_id)"),
        },
        {
            // The profile moves into its user's row: one statement writes both, so a provisioning write is one
            // B-tree insert and needs no savepoint to stay atomic. Added NULL columns cost nothing per row.
            QStringLiteral("ALTER TABLE resources ADD COLUMN profile BLOB"),
            QStringLiteral("ALTER TABLE resources ADD COLUMN profile_version INTEGER"),
            QStringLiteral("ALTER TABLE resources ADD COLUMN search_text TEXT"),
            QStringLiteral("UPDATE resources SET profile = p.data, profile_version = p.profile_version,"
                           " search_text = p.search_text FROM profiles p WHERE p.user_id = resources.id"),
            QStringLiteral("DROP TABLE profiles"),
        },
        {
            // Connection options (JSON), e.g. the back-channel logout endpoint.
            QStringLiteral("ALTER TABLE connections ADD COLUMN options TEXT NOT NULL DEFAULT '{}'"),
        },
    };
    return list;
}

constexpr const char *kResourceColumns =
    "connection_id, resource_type, id, data, version, seq, unique_key, external_id, password_hash";

} // namespace

SqliteStore::SqliteStore(const QString &path)
    : m_path(path)
    , m_connectionName(QStringLiteral("scim-sqlite-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        throw StoreError(StoreError::Kind::Failure,
                         QStringLiteral("Cannot create directory %1").arg(info.absolutePath()));
    // One engine process owns the file. That makes the resource cache below coherent, and a second engine
    // on the same file fails at start with a clear message instead of silently sharing it.
    m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        throw StoreError(
            StoreError::Kind::Failure,
            QStringLiteral("Database %1 is locked: another engine (pid %2) is using it").arg(path).arg(pid));
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
    if (!m_db.open())
        throw StoreError(StoreError::Kind::Failure,
                         QStringLiteral("Cannot open database %1: %2").arg(path, m_db.lastError().text()));
    installFastBusyHandler(m_db);
    // The Qt driver links the same system libsqlite3 as we do, so its connection can run raw() statements.
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.data());
    if (!m_handle)
        throw StoreError(StoreError::Kind::Failure, QStringLiteral("The Qt SQLite driver exposes no handle"));
    execSql(QStringLiteral("PRAGMA journal_mode=WAL"));
    // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last commits.
    execSql(QStringLiteral("PRAGMA synchronous=NORMAL"));
    execSql(QStringLiteral("PRAGMA foreign_keys=ON"));
    // Checkpoints run on WalCheckpointer's thread, never inside a request's commit.
    execSql(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    // When the log restarts, shrink its file back to this size.
    execSql(QStringLiteral("PRAGMA journal_size_limit=67108864"));
    m_cache.setMaxCost(kCacheEntries);
    m_groupsOfCache.setMaxCost(kCacheEntries);
    migrate();
    m_checkpointer = std::make_unique<WalCheckpointer>(path);
    m_checkpointer->start(QThread::LowPriority);
}

SqliteStore::~SqliteStore()
{
    if (m_checkpointer)
        m_checkpointer->stop();
    m_checkpointer.reset();
    m_rawStatements.clear(); // finalized before the connection closes
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString SqliteStore::description() const
{
    return QStringLiteral("sqlite:%1").arg(m_path);
}

QString SqliteStore::foldKey(const QString &value)
{
    return value.toCaseFolded();
}

void SqliteStore::execSql(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw StoreError(StoreError::Kind::Failure, QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
}

QSqlQuery &SqliteStore::prepared(const char *sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        if (!query->prepare(QString::fromLatin1(sql)))
            throw StoreError(
                StoreError::Kind::Failure,
                QStringLiteral("Cannot prepare %1: %2").arg(QString::fromLatin1(sql), query->lastError().text()));
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

SqliteStatement &SqliteStore::raw(const char *sql)
{
    auto it = m_rawStatements.find(sql);
    if (it == m_rawStatements.end())
        it = m_rawStatements.emplace(sql, std::make_unique<SqliteStatement>(m_handle, sql)).first;
    return *it->second;
}

void SqliteStore::noteRawWrite()
{
    m_rowsAffected = sqlite3_changes(m_handle);
    m_lastInsertId = sqlite3_last_insert_rowid(m_handle);
    if (m_checkpointer)
        m_checkpointer->noteWrite();
}

void SqliteStore::exec(QSqlQuery &query)
{
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        const QString text = error.text();
        query.finish();
        // SQLite reports constraint violations with extended code 2067 (unique) / 1555 (primary key).
        if (text.contains(QLatin1String("UNIQUE constraint failed")) ||
            error.nativeErrorCode() == QLatin1String("2067") || error.nativeErrorCode() == QLatin1String("1555"))
            throw StoreError(StoreError::Kind::Conflict, text);
        throw StoreError(StoreError::Kind::Failure, text);
    }
    // Reset finished writes at once: a statement left un-reset pins its snapshot, which stops the WAL from
    // being restarted after a checkpoint (affected-row counts and insert ids are per connection and survive).
    if (!query.isSelect()) {
        m_rowsAffected = query.numRowsAffected();
        m_lastInsertId = query.lastInsertId().toLongLong();
        query.finish();
        if (m_checkpointer)
            m_checkpointer->noteWrite();
    }
}

void SqliteStore::migrate()
{
    execSql(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                           " applied_at TEXT NOT NULL)"));
    const int current = schemaVersion();
    const QList<QStringList> &steps = migrations();
    for (int version = current + 1; version <= steps.size(); ++version) {
        if (!m_db.transaction())
            throw StoreError(StoreError::Kind::Failure, m_db.lastError().text());
        try {
            for (const QString &sql : steps.at(version - 1))
                execSql(sql);
            QSqlQuery record(m_db);
            record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
            record.addBindValue(version);
            record.addBindValue(isoDate(QDateTime::currentDateTimeUtc()));
            if (!record.exec())
                throw StoreError(StoreError::Kind::Failure, record.lastError().text());
        } catch (...) {
            m_db.rollback();
            throw;
        }
        if (!m_db.commit())
            throw StoreError(StoreError::Kind::Failure, m_db.lastError().text());
    }
}

void SqliteStore::atomically(const std::function<void()> &work)
{
    beginWrite();
    if (m_inBatch) {
        execSql(QStringLiteral("SAVEPOINT atomically"));
        try {
            work();
        } catch (...) {
            execSql(QStringLiteral("ROLLBACK TO atomically"));
            execSql(QStringLiteral("RELEASE atomically"));
            dropCaches();
            throw;
        }
        execSql(QStringLiteral("RELEASE atomically"));
        return;
    }
    if (!m_db.transaction())
        throw StoreError(StoreError::Kind::Failure, m_db.lastError().text());
    try {
        work();
    } catch (...) {
        m_db.rollback();
        dropCaches();
        throw;
    }
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_db.rollback();
        dropCaches();
        throw StoreError(StoreError::Kind::Failure, error);
    }
}

void SqliteStore::dropCaches()
{
    // After a rollback the caches may hold rows that never made it to disk.
    m_cache.clear();
    m_configurationCache.clear();
    m_groupsOfCache.clear();
}

// --- Group membership --------------------------------------------------------------------------------

QList<Membership> SqliteStore::members(const QString &groupId)
{
    QSqlQuery &q = prepared("SELECT group_id, member_id, display, member_type FROM group_members WHERE group_id = ?");
    q.addBindValue(groupId);
    exec(q);
    QList<Membership> result;
    while (q.next())
        result.append(
            Membership{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    q.finish();
    return result;
}

qsizetype SqliteStore::countMembers(const QString &groupId)
{
    QSqlQuery &q = prepared("SELECT COUNT(*) FROM group_members WHERE group_id = ?");
    q.addBindValue(groupId);
    return fetchCount(q);
}

bool SqliteStore::isMember(const QString &groupId, const QString &memberId)
{
    QSqlQuery &q = prepared("SELECT 1 FROM group_members WHERE group_id = ? AND member_id = ?");
    q.addBindValue(groupId);
    q.addBindValue(memberId);
    exec(q);
    const bool found = q.next();
    q.finish();
    return found;
}

bool SqliteStore::addMember(const QString &connectionId, const Membership &membership)
{
    beginWrite();
    QSqlQuery &q = prepared("INSERT INTO group_members (group_id, member_id, connection_id, member_type, display)"
                            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(group_id, member_id) DO UPDATE SET"
                            " display = COALESCE(excluded.display, group_members.display)");
    const bool existed = isMember(membership.groupId, membership.memberId);
    m_groupsOfCache.remove(membership.memberId);
    q.addBindValue(membership.groupId);
    q.addBindValue(membership.memberId);
    q.addBindValue(connectionId);
    q.addBindValue(membership.type.isEmpty() ? QStringLiteral("User") : membership.type);
    q.addBindValue(membership.display.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(membership.display));
    exec(q);
    return !existed;
}

bool SqliteStore::removeMember(const QString &groupId, const QString &memberId)
{
    beginWrite();
    m_groupsOfCache.remove(memberId);
    QSqlQuery &q = prepared("DELETE FROM group_members WHERE group_id = ? AND member_id = ?");
    q.addBindValue(groupId);
    q.addBindValue(memberId);
    exec(q);
    return m_rowsAffected > 0;
}

int SqliteStore::removeAllMembers(const QString &groupId)
{
    beginWrite();
    m_groupsOfCache.clear();
    QSqlQuery &q = prepared("DELETE FROM group_members WHERE group_id = ?");
    q.addBindValue(groupId);
    exec(q);
    return m_rowsAffected;
}

QList<Membership> SqliteStore::groupsOf(const QString &memberId)
{
    // Every User GET renders `groups`; most users' answer does not change between reads.
    if (const QList<Membership> *cached = m_groupsOfCache.object(memberId))
        return *cached;
    QSqlQuery &q = prepared("SELECT group_id, member_id, member_type FROM group_members WHERE member_id = ?");
    q.addBindValue(memberId);
    exec(q);
    QList<Membership> result;
    while (q.next())
        result.append(Membership{q.value(0).toString(), q.value(1).toString(), QString(), q.value(2).toString()});
    q.finish();
    m_groupsOfCache.insert(memberId, new QList<Membership>(result));
    return result;
}

// --- Profiles ----------------------------------------------------------------------------------------

void SqliteStore::saveProfile(const UserProfile &profile)
{
    beginWrite();
    // The profile lives in its user's row; a profile for a user that does not exist has nowhere to go.
    QSqlQuery &query = prepared("UPDATE resources SET profile = ?, profile_version = ?, search_text = ?"
                                " WHERE id = ? AND connection_id = ?");
    query.addBindValue(profileBytes(profile));
    query.addBindValue(profile.profileVersion);
    query.addBindValue(profile.searchText.isNull() ? QStringLiteral("") : profile.searchText);
    query.addBindValue(profile.userId);
    query.addBindValue(profile.connectionId);
    exec(query);
}

static UserProfile readProfile(const QSqlQuery &query)
{
    return UserProfile{query.value(0).toString(), query.value(1).toString(),
                       JsonCbor::decode(query.value(2).toByteArray()), query.value(3).toLongLong(),
                       query.value(4).toString()};
}

std::optional<UserProfile> SqliteStore::profile(const QString &userId)
{
    QSqlQuery &query = prepared("SELECT id, connection_id, profile, profile_version, search_text FROM resources"
                                " WHERE id = ? AND profile IS NOT NULL");
    query.addBindValue(userId);
    return fetchOne<UserProfile>(query, readProfile);
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
    QSqlQuery &q = prepared("SELECT id, connection_id, profile, profile_version, search_text FROM resources"
                            " WHERE profile IS NOT NULL AND (? = '' OR connection_id = ?)"
                            " AND (? = '' OR search_text LIKE ? ESCAPE '\\') ORDER BY seq LIMIT ? OFFSET ?");
    bindProfileFilter(q, connectionId, query);
    q.addBindValue(qint64(limit));
    q.addBindValue(qint64(offset));
    return fetchAll<UserProfile>(q, readProfile);
}

qsizetype SqliteStore::countProfiles(const QString &connectionId, const QString &query)
{
    QSqlQuery &q = prepared("SELECT COUNT(*) FROM resources WHERE profile IS NOT NULL AND (? = '' OR connection_id = ?)"
                            " AND (? = '' OR search_text LIKE ? ESCAPE '\\')");
    bindProfileFilter(q, connectionId, query);
    return fetchCount(q);
}

qsizetype SqliteStore::countProfilesAtVersion(const QString &connectionId, qint64 profileVersion)
{
    QSqlQuery &q = prepared("SELECT COUNT(*) FROM resources WHERE connection_id = ? AND resource_type = 'User'"
                            " AND profile_version = ?");
    q.addBindValue(connectionId);
    q.addBindValue(profileVersion);
    return fetchCount(q);
}

QList<StoredResource> SqliteStore::usersNeedingProfile(const QString &connectionId, qint64 profileVersion,
                                                       qint64 afterSequence, qsizetype limit)
{
    QSqlQuery &q = prepared("SELECT id FROM resources"
                            // Unary + keeps SQLite on the rowid range (seq > ?) instead of the connection's
                            // key index, which would re-read every user of the connection on each batch.
                            " WHERE seq > ? AND +connection_id = ? AND +resource_type = 'User'"
                            " AND (profile_version IS NULL OR profile_version <> ?) ORDER BY seq LIMIT ?");
    q.addBindValue(afterSequence);
    q.addBindValue(connectionId);
    q.addBindValue(profileVersion);
    q.addBindValue(qint64(limit));
    exec(q);
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
    m_batchRequested = true;
}

void SqliteStore::beginWrite()
{
    // The batch's transaction starts at its first write, so batches of reads cost nothing. IMMEDIATE takes
    // the write lock up front (waiting through the busy handler), where a deferred transaction could fail
    // with SQLITE_BUSY when it upgrades from reading to writing.
    if (m_batchRequested && !m_inBatch) {
        execSql(QStringLiteral("BEGIN IMMEDIATE"));
        m_inBatch = true;
    }
}

bool SqliteStore::commitBatch()
{
    m_batchRequested = false;
    if (!m_inBatch)
        return true;
    m_inBatch = false;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("COMMIT")))
        return true;
    qWarning("storage: commit failed: %s", qUtf8Printable(query.lastError().text()));
    query.exec(QStringLiteral("ROLLBACK"));
    dropCaches();
    return false;
}

int SqliteStore::schemaVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

// --- Connections -------------------------------------------------------------------------------------

static Connection readConnection(const QSqlQuery &query)
{
    return Connection{query.value(0).toString(), query.value(1).toString(),
                      query.value(2).toString(), fromIso(query.value(3)),
                      fromIso(query.value(4)),   QJsonDocument::fromJson(query.value(5).toByteArray()).object()};
}

QList<Connection> SqliteStore::connections()
{
    QSqlQuery &query =
        prepared("SELECT id, name, strategy, created_at, updated_at, options FROM connections ORDER BY created_at, id");
    return fetchAll<Connection>(query, readConnection);
}

std::optional<Connection> SqliteStore::connection(const QString &id)
{
    QSqlQuery &query =
        prepared("SELECT id, name, strategy, created_at, updated_at, options FROM connections WHERE id = ?");
    query.addBindValue(id);
    return fetchOne<Connection>(query, readConnection);
}

std::optional<Connection> SqliteStore::connectionByName(const QString &name)
{
    QSqlQuery &query =
        prepared("SELECT id, name, strategy, created_at, updated_at, options FROM connections WHERE name_key = ?");
    query.addBindValue(foldKey(name));
    return fetchOne<Connection>(query, readConnection);
}

void SqliteStore::insertConnection(const Connection &connection)
{
    beginWrite();
    QSqlQuery &query = prepared("INSERT INTO connections (id, name, name_key, strategy, created_at, updated_at,"
                                " options) VALUES (?, ?, ?, ?, ?, ?, ?)");
    query.addBindValue(connection.id);
    query.addBindValue(connection.name);
    query.addBindValue(foldKey(connection.name));
    query.addBindValue(connection.strategy);
    query.addBindValue(isoDate(connection.createdAt));
    query.addBindValue(isoDate(connection.updatedAt));
    query.addBindValue(QJsonDocument(connection.options).toJson(QJsonDocument::Compact));
    exec(query);
}

void SqliteStore::updateConnection(const Connection &connection)
{
    beginWrite();
    QSqlQuery &query = prepared("UPDATE connections SET name = ?, name_key = ?, strategy = ?, updated_at = ?,"
                                " options = ? WHERE id = ?");
    query.addBindValue(connection.name);
    query.addBindValue(foldKey(connection.name));
    query.addBindValue(connection.strategy);
    query.addBindValue(isoDate(connection.updatedAt));
    query.addBindValue(QJsonDocument(connection.options).toJson(QJsonDocument::Compact));
    query.addBindValue(connection.id);
    exec(query);
}

bool SqliteStore::deleteConnection(const QString &id)
{
    beginWrite();
    // Foreign keys cascade to configuration, tokens and resources within this one statement.
    m_cache.clear();
    m_groupsOfCache.clear();
    m_configurationCache.remove(id);
    QSqlQuery &query = prepared("DELETE FROM connections WHERE id = ?");
    query.addBindValue(id);
    exec(query);
    return m_rowsAffected > 0;
}

// --- SCIM configuration ------------------------------------------------------------------------------

std::optional<ScimConfiguration> SqliteStore::scimConfiguration(const QString &connectionId)
{
    // Every SCIM request asks for this; parsing the stored mapping each time would dominate a GET.
    const auto cached = m_configurationCache.constFind(connectionId);
    if (cached != m_configurationCache.constEnd())
        return *cached;
    QSqlQuery &query = prepared("SELECT connection_id, user_id_attribute, mapping, created_at, updated_on,"
                                " profile_version FROM scim_configurations WHERE connection_id = ?");
    query.addBindValue(connectionId);
    exec(query);
    std::optional<ScimConfiguration> result;
    if (query.next()) {
        result = ScimConfiguration{query.value(0).toString(),
                                   query.value(1).toString(),
                                   QJsonDocument::fromJson(query.value(2).toByteArray()).array(),
                                   fromIso(query.value(3)),
                                   fromIso(query.value(4)),
                                   query.value(5).toLongLong()};
    }
    query.finish();
    m_configurationCache.insert(connectionId, result);
    return result;
}

void SqliteStore::saveScimConfiguration(const ScimConfiguration &configuration)
{
    beginWrite();
    QSqlQuery &query =
        prepared("INSERT INTO scim_configurations"
                 " (connection_id, user_id_attribute, mapping, created_at, updated_on, profile_version)"
                 " VALUES (?, ?, ?, ?, ?, ?)"
                 " ON CONFLICT(connection_id) DO UPDATE SET user_id_attribute = excluded.user_id_attribute,"
                 " mapping = excluded.mapping, updated_on = excluded.updated_on,"
                 " profile_version = excluded.profile_version");
    query.addBindValue(configuration.connectionId);
    query.addBindValue(configuration.userIdAttribute);
    query.addBindValue(QString::fromUtf8(QJsonDocument(configuration.mapping).toJson(QJsonDocument::Compact)));
    query.addBindValue(isoDate(configuration.createdAt));
    query.addBindValue(isoDate(configuration.updatedOn));
    query.addBindValue(configuration.profileVersion);
    m_configurationCache.remove(configuration.connectionId);
    exec(query);
}

bool SqliteStore::deleteScimConfiguration(const QString &connectionId)
{
    m_configurationCache.remove(connectionId);
    bool removed = false;
    atomically([&] {
        QSqlQuery &tokens = prepared("DELETE FROM scim_tokens WHERE connection_id = ?");
        tokens.addBindValue(connectionId);
        exec(tokens);
        QSqlQuery &config = prepared("DELETE FROM scim_configurations WHERE connection_id = ?");
        config.addBindValue(connectionId);
        exec(config);
        removed = m_rowsAffected > 0;
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
    token.createdAt = fromIso(query.value(4));
    token.validUntil = optionalDate(query.value(5));
    token.lastUsedAt = optionalDate(query.value(6));
    return token;
}

QList<ScimToken> SqliteStore::tokens(const QString &connectionId)
{
    QSqlQuery &query =
        prepared("SELECT token_id, connection_id, secret_hash, scopes, created_at, valid_until, last_used_at"
                 " FROM scim_tokens WHERE connection_id = ? ORDER BY created_at, token_id");
    query.addBindValue(connectionId);
    return fetchAll<ScimToken>(query, readToken);
}

std::optional<ScimToken> SqliteStore::token(const QString &tokenId)
{
    QSqlQuery &query =
        prepared("SELECT token_id, connection_id, secret_hash, scopes, created_at, valid_until, last_used_at"
                 " FROM scim_tokens WHERE token_id = ?");
    query.addBindValue(tokenId);
    return fetchOne<ScimToken>(query, readToken);
}

void SqliteStore::insertToken(const ScimToken &token)
{
    beginWrite();
    QSqlQuery &query = prepared("INSERT INTO scim_tokens"
                                " (token_id, connection_id, secret_hash, scopes, created_at, valid_until, last_used_at)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?)");
    query.addBindValue(token.tokenId);
    query.addBindValue(token.connectionId);
    query.addBindValue(token.secretHash);
    // A null QString binds as SQL NULL; an empty scope list is an empty (not null) string.
    const QString scopes = token.scopes.join(QLatin1Char(' '));
    query.addBindValue(scopes.isNull() ? QStringLiteral("") : scopes);
    query.addBindValue(isoDate(token.createdAt));
    query.addBindValue(nullableDate(token.validUntil));
    query.addBindValue(nullableDate(token.lastUsedAt));
    exec(query);
}

bool SqliteStore::deleteToken(const QString &connectionId, const QString &tokenId)
{
    beginWrite();
    QSqlQuery &query = prepared("DELETE FROM scim_tokens WHERE connection_id = ? AND token_id = ?");
    query.addBindValue(connectionId);
    query.addBindValue(tokenId);
    exec(query);
    return m_rowsAffected > 0;
}

void SqliteStore::setTokenLastUsed(const QString &tokenId, const QDateTime &when)
{
    beginWrite();
    QSqlQuery &query = prepared("UPDATE scim_tokens SET last_used_at = ? WHERE token_id = ?");
    query.addBindValue(isoDate(when));
    query.addBindValue(tokenId);
    exec(query);
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
        resource.data = readResourceData(query.value(3));
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

std::optional<StoredResource> SqliteStore::resource(const QString &connectionId, const QString &type, const QString &id)
{
    const QString key = cacheKey(connectionId, type, id);
    if (const StoredResource *cached = m_cache.object(key))
        return *cached;
    static const QByteArray sql = QByteArray("SELECT ") + kResourceColumns +
                                  " FROM resources WHERE connection_id = ? AND resource_type = ? AND id = ?";
    QSqlQuery &query = prepared(sql.constData());
    query.addBindValue(connectionId);
    query.addBindValue(type);
    query.addBindValue(id);
    exec(query);
    QList<StoredResource> rows = readResources(query);
    if (rows.isEmpty())
        return std::nullopt;
    m_cache.insert(key, new StoredResource(rows.constFirst()));
    return rows.takeFirst();
}

QString SqliteStore::cacheKey(const QString &connectionId, const QString &type, const QString &id)
{
    return connectionId + QLatin1Char('/') + type + QLatin1Char('/') + id;
}

QList<StoredResource> SqliteStore::resourcesByAttribute(const QString &connectionId, const QString &type,
                                                        IndexedAttribute attribute, const QString &value)
{
    // Only ids come from the index; the rows themselves usually come from the cache.
    const bool isKey = attribute == IndexedAttribute::UserName;
    SqliteStatement &query = isKey ? raw("SELECT id FROM resources WHERE connection_id = ? AND resource_type = ?"
                                         " AND unique_key = ? ORDER BY seq")
                                   : raw("SELECT id FROM resources WHERE connection_id = ? AND resource_type = ?"
                                         " AND external_id = ? AND external_id IS NOT NULL ORDER BY seq");
    query.bind(1, connectionId);
    query.bind(2, type);
    query.bind(3, isKey ? foldKey(value) : value);
    QStringList ids;
    while (query.next())
        ids.append(query.text(0));
    QList<StoredResource> result;
    for (const QString &id : std::as_const(ids)) {
        if (std::optional<StoredResource> row = resource(connectionId, type, id))
            result.append(std::move(*row));
    }
    return result;
}

QList<StoredResource> SqliteStore::resources(const QString &connectionId, const QString &type, qsizetype offset,
                                             qsizetype limit)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kResourceColumns +
        " FROM resources WHERE connection_id = ? AND resource_type = ? ORDER BY seq LIMIT ? OFFSET ?";
    QSqlQuery &query = prepared(sql.constData());
    query.addBindValue(connectionId);
    query.addBindValue(type);
    query.addBindValue(qint64(limit));
    query.addBindValue(qint64(offset));
    exec(query);
    return readResources(query);
}

QList<StoredResource> SqliteStore::allResources(const QString &connectionId, const QString &type)
{
    static const QByteArray sql = QByteArray("SELECT ") + kResourceColumns +
                                  " FROM resources WHERE connection_id = ? AND resource_type = ? ORDER BY seq";
    QSqlQuery &query = prepared(sql.constData());
    query.addBindValue(connectionId);
    query.addBindValue(type);
    exec(query);
    return readResources(query);
}

qsizetype SqliteStore::countResources(const QString &connectionId, const QString &type)
{
    QSqlQuery &query = prepared("SELECT COUNT(*) FROM resources WHERE connection_id = ? AND resource_type = ?");
    query.addBindValue(connectionId);
    query.addBindValue(type);
    return fetchCount(query);
}

qint64 SqliteStore::insertResource(const StoredResource &resource, const UserProfile *profile)
{
    beginWrite();
    SqliteStatement &insert = raw("INSERT INTO resources (connection_id, resource_type, id, unique_key, external_id,"
                                  " data, version, password_hash, profile, profile_version, search_text)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString uniqueKey = foldKey(resource.uniqueKey);
    insert.bind(1, resource.connectionId);
    insert.bind(2, resource.resourceType);
    insert.bind(3, resource.id);
    insert.bind(4, uniqueKey.isEmpty() ? QString() : uniqueKey);
    insert.bind(5, resource.externalId.isEmpty() ? QString() : resource.externalId);
    const QVariant data = encodeResourceData(resource.data);
    if (data.typeId() == QMetaType::QByteArray)
        insert.bind(6, data.toByteArray());
    else
        insert.bind(6, data.toString());
    insert.bind(7, resource.version);
    insert.bind(8, resource.passwordHash.isEmpty() ? QByteArray() : resource.passwordHash);
    if (profile) {
        insert.bind(9, profileBytes(*profile));
        insert.bind(10, profile->profileVersion);
        insert.bind(11, profile->searchText.isNull() ? QStringLiteral("") : profile->searchText);
    } else {
        for (int column = 9; column <= 11; ++column)
            insert.bindNull(column);
    }
    insert.execute();
    noteRawWrite();
    const qint64 sequence = m_lastInsertId;
    auto *cached = new StoredResource(resource);
    cached->sequence = sequence;
    cached->uniqueKey = uniqueKey;
    m_cache.insert(cacheKey(resource.connectionId, resource.resourceType, resource.id), cached);
    m_groupsOfCache.insert(resource.id, new QList<Membership>()); // a new resource belongs to no group yet
    return sequence;
}

bool SqliteStore::updateResource(const StoredResource &resource, bool keepPassword, const UserProfile *profile)
{
    beginWrite();
    const bool writePassword = !(keepPassword && resource.passwordHash.isEmpty());
    // Without a profile the row's profile columns are left as they are.
    QSqlQuery &query =
        writePassword
            ? (profile ? prepared("UPDATE resources SET unique_key = ?, external_id = ?, data = ?, version = ?,"
                                  " password_hash = ?, profile = ?, profile_version = ?, search_text = ?"
                                  " WHERE connection_id = ? AND resource_type = ? AND id = ?")
                       : prepared("UPDATE resources SET unique_key = ?, external_id = ?, data = ?, version = ?,"
                                  " password_hash = ? WHERE connection_id = ? AND resource_type = ? AND id = ?"))
            : (profile ? prepared("UPDATE resources SET unique_key = ?, external_id = ?, data = ?, version = ?,"
                                  " profile = ?, profile_version = ?, search_text = ?"
                                  " WHERE connection_id = ? AND resource_type = ? AND id = ?")
                       : prepared("UPDATE resources SET unique_key = ?, external_id = ?, data = ?, version = ?"
                                  " WHERE connection_id = ? AND resource_type = ? AND id = ?"));
    query.addBindValue(nullableString(foldKey(resource.uniqueKey)));
    query.addBindValue(nullableString(resource.externalId));
    query.addBindValue(encodeResourceData(resource.data));
    query.addBindValue(resource.version);
    if (writePassword) {
        query.addBindValue(resource.passwordHash.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                           : QVariant(resource.passwordHash));
    }
    if (profile)
        bindProfile(query, profile);
    query.addBindValue(resource.connectionId);
    query.addBindValue(resource.resourceType);
    query.addBindValue(resource.id);
    // Drop the cached row first: if the write fails, the next read goes back to the database.
    m_cache.remove(cacheKey(resource.connectionId, resource.resourceType, resource.id));
    exec(query);
    return m_rowsAffected > 0;
}

bool SqliteStore::deleteResource(const QString &connectionId, const QString &type, const QString &id)
{
    beginWrite();
    m_cache.remove(cacheKey(connectionId, type, id));
    m_groupsOfCache.clear(); // memberships cascade with the resource
    QSqlQuery &query = prepared("DELETE FROM resources WHERE connection_id = ? AND resource_type = ? AND id = ?");
    query.addBindValue(connectionId);
    query.addBindValue(type);
    query.addBindValue(id);
    exec(query);
    return m_rowsAffected > 0;
}

} // namespace scim
