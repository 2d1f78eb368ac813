#include "storage/postgres/PostgresStore.h"

#include "common/JsonCbor.h"
#include "common/RetryBackoff.h"
#include "storage/StoreError.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PostgresSchema.h"
#include "storage/sqlite/SqliteStore.h"

#include <QJsonDocument>

namespace scim {

namespace {

const QString kApplicationName = QStringLiteral("scim-engine");

// Resource JSON is CBOR as in SQLite; a resource CBOR cannot carry exactly (an unpaired surrogate) is stored as
// JSON text, which starts with '{' where a CBOR map never does.
QByteArray encodeResource(const QJsonObject &object)
{
    if (std::optional<QByteArray> cbor = JsonCbor::encode(object))
        return *cbor;
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject decodeResource(const QByteArray &bytes)
{
    if (bytes.startsWith('{'))
        return QJsonDocument::fromJson(bytes).object();
    return JsonCbor::decode(bytes);
}

QByteArray profileBytes(const UserProfile &profile)
{
    if (!profile.encoded.isEmpty())
        return profile.encoded;
    QByteArray out;
    JsonCbor::appendValue(out, profile.data);
    return out;
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString nonNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QString() : value;
}

// The advisory lock that serializes writers of one unique key across instances (see updateResource).
QString keyLockName(const QString &connectionId, const QString &type, const QString &foldedKey)
{
    return connectionId + QLatin1Char('\n') + type + QLatin1Char('\n') + foldedKey;
}

QString likePattern(const QString &query)
{
    QString escaped = query.toCaseFolded();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

#define RESOURCE_COLUMNS                                                                                               \
    "r.connection_id, r.resource_type, r.id, r.data, r.version, r.seq, r.unique_key, r.external_id, r.password_hash"
// The resource's direct groups, "group_id member_type" lines, read by the same statement (see m_prefetchedGroups).
#define GROUPS_COLUMN                                                                                                  \
    "(SELECT string_agg(g.group_id || ' ' || g.member_type, E'\\n' ORDER BY g.group_id) FROM group_members g"          \
    " WHERE g.member_id = r.id)"

} // namespace

StoredResource PostgresStore::readResource(const PgResult &rows, int row, QByteArray *cbor)
{
    StoredResource resource;
    resource.connectionId = rows.text(row, 0);
    resource.resourceType = rows.text(row, 1);
    resource.id = rows.text(row, 2);
    resource.version = rows.integer(row, 4);
    // Decoding dominates a read: a resource's data changes only with its version, so the decoded object of the
    // version read last is reused (the row itself is always read: another instance may have written it).
    const QString key = resource.connectionId + QLatin1Char('/') + resource.id;
    if (const Decoded *decoded = m_decoded.object(key); decoded && decoded->version == resource.version) {
        resource.data = decoded->data;
    } else if (QByteArray bytes = rows.bytes(row, 3); cbor && !bytes.startsWith('{')) {
        *cbor = std::move(bytes);
    } else {
        resource.data = decodeResource(bytes);
        m_decoded.insert(key, new Decoded{resource.version, resource.data});
    }
    resource.sequence = rows.integer(row, 5);
    resource.uniqueKey = rows.text(row, 6);
    resource.externalId = rows.text(row, 7);
    resource.passwordHash = rows.bytes(row, 8);
    return resource;
}

namespace {

Connection readConnection(const PgResult &rows, int row)
{
    return Connection{rows.text(row, 0),      rows.text(row, 1),
                      rows.text(row, 2),      rows.timestamp(row, 3),
                      rows.timestamp(row, 4), QJsonDocument::fromJson(rows.bytes(row, 5)).object(),
                      rows.text(row, 6)};
}

ScimToken readToken(const PgResult &rows, int row)
{
    ScimToken token;
    token.tokenId = rows.text(row, 0);
    token.connectionId = rows.text(row, 1);
    token.secretHash = rows.bytes(row, 2);
    token.scopes = rows.text(row, 3).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    token.createdAt = rows.timestamp(row, 4);
    token.validUntil = rows.optionalTimestamp(row, 5);
    token.lastUsedAt = rows.optionalTimestamp(row, 6);
    token.scimEndpoint = rows.text(row, 7);
    return token;
}

UserProfile readProfile(const PgResult &rows, int row)
{
    return UserProfile{rows.text(row, 0), rows.text(row, 1), JsonCbor::decode(rows.bytes(row, 2)), rows.integer(row, 3),
                       rows.text(row, 4)};
}

} // namespace

PostgresStore::PostgresStore(const QString &url)
    : m_pg(std::make_unique<PgConnection>(url, kApplicationName))
    , m_decoded(kDecodedEntries)
    , m_description(PgConnection::describe(url))
{
    PostgresSchema::migrate(*m_pg);
}

PostgresStore::~PostgresStore()
{
    if (m_inBatch)
        commitBatch();
}

QString PostgresStore::description() const
{
    return m_description;
}

int PostgresStore::schemaVersion()
{
    return PostgresSchema::version(*m_pg);
}

void PostgresStore::forgetConfiguration(const QString &connectionId)
{
    m_configurationCache.remove(connectionId);
}

void PostgresStore::dropCaches()
{
    m_configurationCache.clear();
    m_prefetchedGroups.clear();
}

// --- Transactions ------------------------------------------------------------------------------------

void PostgresStore::beginBatch()
{
    m_batchRequested = true;
    m_transientMark = m_pg->transientFailures();
}

bool PostgresStore::batchNeedsRetry() const
{
    // Also after commitBatch() returned false: a COMMIT can fail with a serialization failure too.
    return m_pg->transientFailures() != m_transientMark;
}

void PostgresStore::rollbackBatch()
{
    m_batchRequested = false;
    if (!std::exchange(m_inBatch, false))
        return;
    if (m_pg->beginPending())
        m_pg->cancelLazyBegin();
    else
        rollback();
}

void PostgresStore::beginWrite()
{
    m_prefetchedGroups.clear();
    // The batch's BEGIN travels with its first write, so a batch of reads costs nothing.
    if (m_batchRequested && !m_inBatch) {
        m_pg->beginLazily();
        m_inBatch = true;
        m_batchGeneration = m_pg->generation();
    }
}

bool PostgresStore::commit()
{
    // A block that failed, or a connection that was re-established, has nothing left to commit.
    if (!m_pg->inTransaction()) {
        rollback();
        return false;
    }
    try {
        const PgResult result = m_pg->execDynamic(QStringLiteral("COMMIT"));
        Q_UNUSED(result)
    } catch (const StoreError &error) {
        qWarning("storage: commit failed: %s", qUtf8Printable(error.message()));
        rollback();
        return false;
    }
    return !m_pg->inTransaction();
}

void PostgresStore::rollback()
{
    // Reads inside the transaction may have cached its own writes, which are gone now.
    m_configurationCache.clear();
    m_prefetchedGroups.clear();
    m_decoded.clear();
    if (!m_pg->inTransaction() && !m_pg->transactionFailed())
        return;
    try {
        m_pg->command(QStringLiteral("ROLLBACK"));
    } catch (const StoreError &error) {
        qWarning("storage: rollback failed: %s", qUtf8Printable(error.message()));
    }
}

bool PostgresStore::commitBatch()
{
    m_batchRequested = false;
    if (!m_inBatch)
        return true;
    m_inBatch = false;
    if (m_pg->beginPending()) {
        // No statement ran: the transaction never started.
        m_pg->cancelLazyBegin();
        return true;
    }
    if (m_pg->generation() != m_batchGeneration) {
        qWarning("storage: the PostgreSQL connection was lost during a batch; its writes are rolled back");
        rollback();
        return false;
    }
    return commit();
}

void PostgresStore::transaction(const std::function<void()> &work)
{
    beginWrite();
    if (m_inBatch || m_depth > 0) {
        const QString name = QStringLiteral("atomically_%1").arg(++m_savepoints);
        m_pg->command(QStringLiteral("SAVEPOINT ") + name);
        try {
            work();
        } catch (...) {
            --m_savepoints;
            m_prefetchedGroups.clear();
            m_configurationCache.clear();
            m_decoded.clear();
            if (m_pg->inTransaction() || m_pg->transactionFailed())
                m_pg->command(QStringLiteral("ROLLBACK TO SAVEPOINT ") + name);
            throw;
        }
        --m_savepoints;
        m_pg->command(QStringLiteral("RELEASE SAVEPOINT ") + name);
        return;
    }
    // A transaction of its own: when the server aborts it to break a deadlock with another instance (or a
    // serialization conflict), it is run again from the start, a bounded number of times.
    for (int attempt = 1;; ++attempt) {
        const int transient = m_pg->transientFailures();
        try {
            runTransaction(work);
            return;
        } catch (const StoreError &error) {
            const bool retry = error.kind() == StoreError::Kind::Transient || m_pg->transientFailures() != transient;
            if (!retry || attempt == RetryBackoff::kMaxAttempts)
                throw;
            qInfo("storage: transaction aborted by a conflict with another transaction, running it again (%d): %s",
                  attempt, qUtf8Printable(error.message()));
            RetryBackoff::wait(attempt);
        }
    }
}

void PostgresStore::runTransaction(const std::function<void()> &work)
{
    m_pg->beginLazily();
    const int generation = m_pg->generation();
    const int transient = m_pg->transientFailures();
    ++m_depth;
    try {
        work();
    } catch (...) {
        --m_depth;
        if (m_pg->beginPending())
            m_pg->cancelLazyBegin(); // never started
        else
            rollback();
        throw;
    }
    --m_depth;
    if (m_pg->beginPending()) {
        m_pg->cancelLazyBegin(); // nothing was written
        return;
    }
    if (m_pg->transientFailures() != transient) {
        // The work caught the aborted statement's error itself: the transaction is gone all the same.
        rollback();
        throw StoreError(StoreError::Kind::Transient, QStringLiteral("The transaction was aborted by a conflict"));
    }
    if (m_pg->generation() != generation || !commit())
        throw StoreError(m_pg->transientFailures() != transient ? StoreError::Kind::Transient
                                                                : StoreError::Kind::Failure,
                         QStringLiteral("The transaction could not be committed"));
}

void PostgresStore::lockConnection(const QString &connectionId)
{
    beginWrite();
    m_pg->exec("SELECT pg_advisory_xact_lock(hashtextextended($1, 1))", PgParams().text(connectionId));
}

// --- Connections -------------------------------------------------------------------------------------

QList<Connection> PostgresStore::connections()
{
    const PgResult rows =
        m_pg->exec("SELECT id, name, strategy, created_at, updated_at, options, display_name FROM connections"
                   " ORDER BY created_at, id");
    QList<Connection> result;
    for (int row = 0; row < rows.rows(); ++row)
        result.append(readConnection(rows, row));
    return result;
}

std::optional<Connection> PostgresStore::connection(const QString &id)
{
    const PgResult rows = m_pg->exec(
        "SELECT id, name, strategy, created_at, updated_at, options, display_name FROM connections WHERE id = $1",
        PgParams().text(id));
    if (rows.rows() == 0)
        return std::nullopt;
    return readConnection(rows, 0);
}

std::optional<Connection> PostgresStore::connectionByName(const QString &name)
{
    const PgResult rows = m_pg->exec(
        "SELECT id, name, strategy, created_at, updated_at, options, display_name FROM connections WHERE name_key = $1",
        PgParams().text(SqliteStore::foldKey(name)));
    if (rows.rows() == 0)
        return std::nullopt;
    return readConnection(rows, 0);
}

void PostgresStore::insertConnection(const Connection &connection)
{
    beginWrite();
    // ON CONFLICT: a name taken by another instance's concurrent insert is a Conflict, not an aborted batch.
    const PgResult result =
        m_pg->exec("INSERT INTO connections (id, name, name_key, strategy, created_at, updated_at, options,"
                   " display_name) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
                   PgParams()
                       .text(connection.id)
                       .text(connection.name)
                       .text(SqliteStore::foldKey(connection.name))
                       .text(connection.strategy)
                       .timestamp(connection.createdAt)
                       .timestamp(connection.updatedAt)
                       .text(json(connection.options))
                       .text(connection.displayName));
    if (result.affected() == 0)
        throw StoreError(StoreError::Kind::Conflict, QStringLiteral("A connection with this name exists"));
}

void PostgresStore::updateConnection(const Connection &connection)
{
    beginWrite();
    const std::vector<PgResult> results = m_pg->pipeline({
        {"SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
         PgParams().text(SqliteStore::foldKey(connection.name))},
        {"UPDATE connections SET name = $1, name_key = $2, strategy = $3, updated_at = $4, options = $5,"
         " display_name = $7 WHERE id = $6 AND NOT EXISTS (SELECT 1 FROM connections c WHERE c.name_key = $2"
         " AND c.id <> $6)",
         PgParams()
             .text(connection.name)
             .text(SqliteStore::foldKey(connection.name))
             .text(connection.strategy)
             .timestamp(connection.updatedAt)
             .text(json(connection.options))
             .text(connection.id)
             .text(connection.displayName)},
    });
    if (results.back().affected() == 0 && this->connection(connection.id))
        throw StoreError(StoreError::Kind::Conflict, QStringLiteral("A connection with this name exists"));
}

bool PostgresStore::deleteConnection(const QString &id)
{
    beginWrite();
    m_configurationCache.remove(id);
    // Foreign keys cascade to configuration, tokens and resources within this one statement.
    return m_pg->exec("DELETE FROM connections WHERE id = $1", PgParams().text(id)).affected() > 0;
}

// --- SCIM configuration ------------------------------------------------------------------------------

std::optional<ScimConfiguration> PostgresStore::scimConfiguration(const QString &connectionId)
{
    // Every SCIM request asks for this; the listener drops entries that another instance changed.
    const auto cached = m_configurationCache.constFind(connectionId);
    if (cached != m_configurationCache.constEnd())
        return *cached;
    const PgResult rows =
        m_pg->exec("SELECT connection_id, user_id_attribute, mapping, created_at, updated_on, profile_version,"
                   " custom_schemas FROM scim_configurations WHERE connection_id = $1",
                   PgParams().text(connectionId));
    std::optional<ScimConfiguration> result;
    if (rows.rows() > 0) {
        result = ScimConfiguration{rows.text(0, 0),
                                   rows.text(0, 1),
                                   QJsonDocument::fromJson(rows.bytes(0, 2)).array(),
                                   rows.timestamp(0, 3),
                                   rows.timestamp(0, 4),
                                   rows.integer(0, 5),
                                   QJsonDocument::fromJson(rows.bytes(0, 6)).array()};
    }
    // Not cached inside a transaction: it may roll back.
    if (!m_pg->inTransaction())
        m_configurationCache.insert(connectionId, result);
    return result;
}

void PostgresStore::saveScimConfiguration(const ScimConfiguration &configuration)
{
    beginWrite();
    m_configurationCache.remove(configuration.connectionId);
    m_pg->exec("INSERT INTO scim_configurations (connection_id, user_id_attribute, mapping, created_at, updated_on,"
               " profile_version, custom_schemas) VALUES ($1, $2, $3, $4, $5, $6, $7)"
               " ON CONFLICT (connection_id) DO UPDATE SET user_id_attribute = excluded.user_id_attribute,"
               " mapping = excluded.mapping, updated_on = excluded.updated_on,"
               " profile_version = excluded.profile_version, custom_schemas = excluded.custom_schemas",
               PgParams()
                   .text(configuration.connectionId)
                   .text(configuration.userIdAttribute)
                   .text(json(configuration.mapping))
                   .timestamp(configuration.createdAt)
                   .timestamp(configuration.updatedOn)
                   .integer(configuration.profileVersion)
                   .text(json(configuration.customSchemas)));
}

bool PostgresStore::deleteScimConfiguration(const QString &connectionId)
{
    beginWrite();
    m_configurationCache.remove(connectionId);
    // One implicit transaction: a token of a disabled connection must die with the configuration.
    const std::vector<PgResult> results = m_pg->pipeline({
        {"DELETE FROM scim_tokens WHERE connection_id = $1", PgParams().text(connectionId)},
        {"DELETE FROM scim_configurations WHERE connection_id = $1", PgParams().text(connectionId)},
    });
    return results.back().affected() > 0;
}

// --- Tokens ------------------------------------------------------------------------------------------

QList<ScimToken> PostgresStore::tokens(const QString &connectionId)
{
    const PgResult rows =
        m_pg->exec("SELECT token_id, connection_id, secret_hash, scopes, created_at, valid_until, last_used_at,"
                   " scim_endpoint_url FROM scim_tokens WHERE connection_id = $1 ORDER BY created_at, token_id",
                   PgParams().text(connectionId));
    QList<ScimToken> result;
    for (int row = 0; row < rows.rows(); ++row)
        result.append(readToken(rows, row));
    return result;
}

std::optional<ScimToken> PostgresStore::token(const QString &tokenId)
{
    const PgResult rows =
        m_pg->exec("SELECT token_id, connection_id, secret_hash, scopes, created_at, valid_until, last_used_at,"
                   " scim_endpoint_url FROM scim_tokens WHERE token_id = $1",
                   PgParams().text(tokenId));
    if (rows.rows() == 0)
        return std::nullopt;
    return readToken(rows, 0);
}

void PostgresStore::insertToken(const ScimToken &token)
{
    beginWrite();
    m_pg->exec("INSERT INTO scim_tokens (token_id, connection_id, secret_hash, scopes, created_at, valid_until,"
               " last_used_at, scim_endpoint_url) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
               PgParams()
                   .text(token.tokenId)
                   .text(token.connectionId)
                   .bytes(token.secretHash)
                   .text(nonNull(token.scopes.join(QLatin1Char(' '))))
                   .timestamp(token.createdAt)
                   .timestamp(token.validUntil)
                   .timestamp(token.lastUsedAt)
                   .text(token.scimEndpoint.isEmpty() ? QString() : token.scimEndpoint));
}

bool PostgresStore::deleteToken(const QString &connectionId, const QString &tokenId)
{
    beginWrite();
    return m_pg->exec("DELETE FROM scim_tokens WHERE connection_id = $1 AND token_id = $2",
                      PgParams().text(connectionId).text(tokenId))
               .affected() > 0;
}

void PostgresStore::setTokenLastUsed(const QString &tokenId, const QDateTime &when)
{
    beginWrite();
    // Never moves back: another instance may have recorded a later use.
    m_pg->exec("UPDATE scim_tokens SET last_used_at = $1 WHERE token_id = $2"
               " AND (last_used_at IS NULL OR last_used_at < $1)",
               PgParams().timestamp(when).text(tokenId));
}

void PostgresStore::setTokenEndpoint(const QString &tokenId, const QString &endpoint)
{
    beginWrite();
    m_pg->exec("UPDATE scim_tokens SET scim_endpoint_url = $1 WHERE token_id = $2",
               PgParams().text(endpoint).text(tokenId));
}

// --- Resources ---------------------------------------------------------------------------------------

std::optional<StoredResource> PostgresStore::resource(const QString &connectionId, const QString &type,
                                                      const QString &id)
{
    return byId(connectionId, type, id, nullptr);
}

std::optional<StoredResource> PostgresStore::resourceForRead(const QString &connectionId, const QString &type,
                                                             const QString &id, QByteArray &cbor)
{
    cbor.clear();
    return byId(connectionId, type, id, &cbor);
}

std::optional<StoredResource> PostgresStore::byId(const QString &connectionId, const QString &type, const QString &id,
                                                  QByteArray *cbor)
{
    m_prefetchedGroups.clear();
    if (cbor) {
        if (const QList<int> *rows = readAheadRows(ReadAheadKey::Kind::Id, connectionId, type, id)) {
            if (rows->isEmpty())
                return std::nullopt;
            return readResourceWithGroups(*m_readAhead, rows->constFirst(), cbor);
        }
    }
    const PgResult rows = m_pg->exec("SELECT " RESOURCE_COLUMNS ", " GROUPS_COLUMN " FROM resources r"
                                     " WHERE r.id = $1 AND r.connection_id = $2 AND r.resource_type = $3",
                                     PgParams().text(id).text(connectionId).text(type));
    if (rows.rows() == 0)
        return std::nullopt;
    return readResourceWithGroups(rows, 0, cbor);
}

StoredResource PostgresStore::readResourceWithGroups(const PgResult &rows, int row, QByteArray *cbor)
{
    StoredResource resource = readResource(rows, row, cbor);
    QList<Membership> groups;
    if (!rows.isNull(row, 9)) {
        const QString lines = rows.text(row, 9);
        for (QStringView line : QStringView(lines).split(QLatin1Char('\n'))) {
            const qsizetype space = line.indexOf(QLatin1Char(' '));
            groups.append(
                Membership{line.left(space).toString(), resource.id, QString(), line.mid(space + 1).toString()});
        }
    }
    m_prefetchedGroups.insert(resource.id, std::move(groups));
    return resource;
}

QList<StoredResource> PostgresStore::resourcesByAttribute(const QString &connectionId, const QString &type,
                                                          IndexedAttribute attribute, const QString &value)
{
    return byAttribute(connectionId, type, attribute, value, nullptr);
}

QList<StoredResource> PostgresStore::resourcesByAttributeForRead(const QString &connectionId, const QString &type,
                                                                 IndexedAttribute attribute, const QString &value,
                                                                 QList<QByteArray> &cbor)
{
    cbor.clear();
    return byAttribute(connectionId, type, attribute, value, &cbor);
}

QList<StoredResource> PostgresStore::byAttribute(const QString &connectionId, const QString &type,
                                                 IndexedAttribute attribute, const QString &value,
                                                 QList<QByteArray> *cbor)
{
    m_prefetchedGroups.clear();
    if (cbor && attribute == IndexedAttribute::UserName) {
        if (const QList<int> *rows =
                readAheadRows(ReadAheadKey::Kind::UserName, connectionId, type, SqliteStore::foldKey(value))) {
            QList<StoredResource> result;
            for (const int row : *rows) {
                QByteArray bytes;
                result.append(readResourceWithGroups(*m_readAhead, row, &bytes));
                cbor->append(std::move(bytes));
            }
            return result;
        }
    }
    const PgResult rows =
        attribute == IndexedAttribute::UserName
            ? m_pg->exec("SELECT " RESOURCE_COLUMNS ", " GROUPS_COLUMN " FROM resources r WHERE r.connection_id = $1"
                         " AND r.resource_type = $2 AND r.unique_key = $3",
                         PgParams().text(connectionId).text(type).text(SqliteStore::foldKey(value)))
            : m_pg->exec("SELECT " RESOURCE_COLUMNS ", " GROUPS_COLUMN " FROM resources r WHERE r.connection_id = $1"
                         " AND r.resource_type = $2 AND r.external_id = $3 ORDER BY r.seq",
                         PgParams().text(connectionId).text(type).text(value));
    QList<StoredResource> result;
    for (int row = 0; row < rows.rows(); ++row) {
        QByteArray bytes;
        result.append(readResourceWithGroups(rows, row, cbor ? &bytes : nullptr));
        if (cbor)
            cbor->append(std::move(bytes));
    }
    return result;
}

namespace {

QString readAheadKey(ReadAheadKey::Kind kind, const QString &connectionId, const QString &type, const QString &value)
{
    return QLatin1Char(kind == ReadAheadKey::Kind::Id ? 'i' : 'u') + connectionId + QLatin1Char('\n') + type +
           QLatin1Char('\n') + value;
}

// A text[] literal: every element quoted, so no value is read as NULL or splits the array.
QString textArray(const QStringList &values)
{
    QString literal = QStringLiteral("{");
    for (const QString &value : values) {
        if (literal.size() > 1)
            literal += QLatin1Char(',');
        QString escaped = value;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        literal += QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    return literal + QLatin1Char('}');
}

} // namespace

void PostgresStore::readAhead(const QList<ReadAheadKey> &keys)
{
    m_readAhead.reset();
    m_readAheadIndex.clear();
    if (keys.isEmpty())
        return;
    QStringList kinds, connections, types, values, names;
    for (const ReadAheadKey &key : keys) {
        const bool byId = key.kind == ReadAheadKey::Kind::Id;
        const QString value = byId ? key.value : SqliteStore::foldKey(key.value);
        QString name = readAheadKey(key.kind, key.connectionId, key.resourceType, value);
        if (names.contains(name))
            continue; // the same read twice in one batch
        names.append(std::move(name));
        kinds.append(byId ? QStringLiteral("i") : QStringLiteral("u"));
        connections.append(key.connectionId);
        types.append(key.resourceType);
        values.append(value);
    }
    // One index probe per key (the LATERAL branches run for their kind only), in one round trip.
    auto rows = std::make_unique<PgResult>(m_pg->exec(
        "SELECT " RESOURCE_COLUMNS ", " GROUPS_COLUMN ", k.n FROM unnest($1::text[], $2::text[], $3::text[],"
        " $4::text[]) WITH ORDINALITY AS k(kind, connection_id, resource_type, value, n) CROSS JOIN LATERAL ("
        "SELECT * FROM resources x WHERE k.kind = 'i' AND x.id = k.value AND x.connection_id = k.connection_id"
        " AND x.resource_type = k.resource_type UNION ALL SELECT * FROM resources x WHERE k.kind = 'u'"
        " AND x.connection_id = k.connection_id AND x.resource_type = k.resource_type AND x.unique_key = k.value) r",
        PgParams().text(textArray(kinds)).text(textArray(connections)).text(textArray(types)).text(textArray(values))));
    for (const QString &name : std::as_const(names))
        m_readAheadIndex.insert(name, {});
    for (int row = 0; row < rows->rows(); ++row)
        m_readAheadIndex[names.at(rows->integer(row, 10) - 1)].append(row);
    m_readAhead = std::move(rows);
    m_readAheadMark = m_pg->statements();
}

const QList<int> *PostgresStore::readAheadRows(ReadAheadKey::Kind kind, const QString &connectionId,
                                               const QString &type, const QString &value) const
{
    if (!m_readAhead || m_pg->statements() != m_readAheadMark)
        return nullptr;
    const auto it = m_readAheadIndex.constFind(readAheadKey(kind, connectionId, type, value));
    return it == m_readAheadIndex.cend() ? nullptr : &it.value();
}

QList<StoredResource> PostgresStore::resources(const QString &connectionId, const QString &type, qsizetype offset,
                                               qsizetype limit)
{
    m_prefetchedGroups.clear();
    if (limit <= 0 || offset < 0)
        return {};
    // The block that holds the offset-th resource, from the per-block counts (about 250 rows for a million
    // resources), and how many of the block's resources come before it; then at most 4,095 steps on the index.
    const PgResult start =
        m_pg->exec("SELECT block, $3::bigint - (upto - n) FROM (SELECT block, n,"
                   " (sum(n) OVER (ORDER BY block))::bigint AS upto FROM resource_counts"
                   " WHERE connection_id = $1 AND resource_type = $2) b WHERE upto > $3::bigint ORDER BY block LIMIT 1",
                   PgParams().text(connectionId).text(type).integer(offset));
    if (start.rows() == 0)
        return {};
    // A page is rendered whole, `groups` included: read them with it.
    const PgResult rows =
        m_pg->exec("SELECT " RESOURCE_COLUMNS ", " GROUPS_COLUMN " FROM resources r"
                   " WHERE r.connection_id = $1 AND r.resource_type = $2 AND r.seq >= $3 ORDER BY r.seq"
                   " LIMIT $4 OFFSET $5",
                   PgParams()
                       .text(connectionId)
                       .text(type)
                       .integer(start.integer(0, 0) << kCountBlockBits)
                       .integer(limit)
                       .integer(start.integer(0, 1)));
    QList<StoredResource> result;
    result.reserve(rows.rows());
    for (int row = 0; row < rows.rows(); ++row)
        result.append(readResourceWithGroups(rows, row));
    return result;
}

QList<StoredResource> PostgresStore::resourcesAfter(const QString &connectionId, const QString &type,
                                                    qint64 afterSequence, qsizetype limit)
{
    m_prefetchedGroups.clear();
    if (limit <= 0)
        return {};
    const PgResult rows = m_pg->exec("SELECT " RESOURCE_COLUMNS ", " GROUPS_COLUMN " FROM resources r"
                                     " WHERE r.connection_id = $1 AND r.resource_type = $2 AND r.seq > $3"
                                     " ORDER BY r.seq LIMIT $4",
                                     PgParams().text(connectionId).text(type).integer(afterSequence).integer(limit));
    QList<StoredResource> result;
    result.reserve(rows.rows());
    for (int row = 0; row < rows.rows(); ++row)
        result.append(readResourceWithGroups(rows, row));
    return result;
}

QList<EncodedResource> PostgresStore::encodedResourcesAfter(const QString &connectionId, const QString &type,
                                                            qint64 afterSequence, qsizetype limit)
{
    if (limit <= 0)
        return {};
    // Neither the groups nor the decoded-object cache: a scan reads each resource once, and decodes only part.
    const PgResult rows = m_pg->exec("SELECT r.id, r.seq, r.unique_key, r.data FROM resources r"
                                     " WHERE r.connection_id = $1 AND r.resource_type = $2 AND r.seq > $3"
                                     " ORDER BY r.seq LIMIT $4",
                                     PgParams().text(connectionId).text(type).integer(afterSequence).integer(limit));
    QList<EncodedResource> result;
    result.reserve(rows.rows());
    for (int row = 0; row < rows.rows(); ++row)
        result.append(EncodedResource{rows.text(row, 0), rows.integer(row, 1), rows.text(row, 2), rows.bytes(row, 3)});
    return result;
}

QList<StoredResource> PostgresStore::resourcesBefore(const QString &connectionId, const QString &type,
                                                     qint64 beforeSequence, qsizetype limit)
{
    m_prefetchedGroups.clear();
    if (limit <= 0)
        return {};
    const PgResult rows = m_pg->exec("SELECT " RESOURCE_COLUMNS ", " GROUPS_COLUMN " FROM resources r"
                                     " WHERE r.connection_id = $1 AND r.resource_type = $2 AND r.seq < $3"
                                     " ORDER BY r.seq DESC LIMIT $4",
                                     PgParams().text(connectionId).text(type).integer(beforeSequence).integer(limit));
    QList<StoredResource> result;
    result.reserve(rows.rows());
    for (int row = 0; row < rows.rows(); ++row)
        result.append(readResourceWithGroups(rows, row));
    return result;
}

QList<StoredResource> PostgresStore::allResources(const QString &connectionId, const QString &type)
{
    m_prefetchedGroups.clear();
    const PgResult rows = m_pg->exec("SELECT " RESOURCE_COLUMNS " FROM resources r WHERE r.connection_id = $1"
                                     " AND r.resource_type = $2 ORDER BY r.seq",
                                     PgParams().text(connectionId).text(type));
    QList<StoredResource> result;
    result.reserve(rows.rows());
    for (int row = 0; row < rows.rows(); ++row)
        result.append(readResource(rows, row));
    return result;
}

std::optional<StoredResource> PostgresStore::resourceById(const QString &type, const QString &id)
{
    m_prefetchedGroups.clear();
    const PgResult rows = m_pg->exec("SELECT " RESOURCE_COLUMNS ", " GROUPS_COLUMN " FROM resources r"
                                     " WHERE r.id = $1 AND r.resource_type = $2",
                                     PgParams().text(id).text(type));
    if (rows.rows() == 0)
        return std::nullopt;
    return readResourceWithGroups(rows, 0);
}

// `text` as the search statements take it: $n = '' (all) or an ILIKE pattern over unique key and external id
// (SQLite's LIKE ignores ASCII case; the unique key is stored folded).
#define SEARCH_CONDITION(n)                                                                                            \
    " AND ($" #n "::text = '' OR r.unique_key ILIKE $" #n " ESCAPE '\\' OR r.external_id ILIKE $" #n " ESCAPE '\\')"

QList<StoredResource> PostgresStore::searchResources(const QString &connectionId, const QString &type,
                                                     const QString &text, qsizetype offset, qsizetype limit)
{
    m_prefetchedGroups.clear();
    if (limit <= 0 || offset < 0)
        return {};
    const QString pattern = text.isEmpty() ? QStringLiteral("") : likePattern(text);
    const PgResult rows =
        connectionId.isEmpty()
            ? m_pg->exec("SELECT " RESOURCE_COLUMNS " FROM resources r WHERE r.resource_type = $1" SEARCH_CONDITION(
                             2) " ORDER BY r.seq LIMIT $3 OFFSET $4",
                         PgParams().text(type).text(pattern).integer(limit).integer(offset))
            : m_pg->exec("SELECT " RESOURCE_COLUMNS " FROM resources r WHERE r.connection_id = $1"
                         " AND r.resource_type = $2" SEARCH_CONDITION(3) " ORDER BY r.seq LIMIT $4 OFFSET $5",
                         PgParams().text(connectionId).text(type).text(pattern).integer(limit).integer(offset));
    QList<StoredResource> result;
    result.reserve(rows.rows());
    for (int row = 0; row < rows.rows(); ++row)
        result.append(readResource(rows, row));
    return result;
}

qsizetype PostgresStore::countSearchResources(const QString &connectionId, const QString &type, const QString &text)
{
    const QString pattern = text.isEmpty() ? QStringLiteral("") : likePattern(text);
    if (connectionId.isEmpty() && text.isEmpty()) {
        return m_pg
            ->exec("SELECT coalesce(sum(n), 0)::bigint FROM resource_counts WHERE resource_type = $1",
                   PgParams().text(type))
            .integer(0, 0);
    }
    if (text.isEmpty())
        return countResources(connectionId, type);
    return connectionId.isEmpty()
               ? m_pg->exec("SELECT count(*) FROM resources r WHERE r.resource_type = $1" SEARCH_CONDITION(2),
                            PgParams().text(type).text(pattern))
                     .integer(0, 0)
               : m_pg->exec("SELECT count(*) FROM resources r WHERE r.connection_id = $1 AND r.resource_type = "
                            "$2" SEARCH_CONDITION(3),
                            PgParams().text(connectionId).text(type).text(pattern))
                     .integer(0, 0);
}

#undef SEARCH_CONDITION

qsizetype PostgresStore::countResources(const QString &connectionId, const QString &type)
{
    // The per-block counts the triggers keep (schema version 2): a few hundred rows instead of every index entry.
    return m_pg
        ->exec("SELECT coalesce(sum(n), 0)::bigint FROM resource_counts WHERE connection_id = $1"
               " AND resource_type = $2",
               PgParams().text(connectionId).text(type))
        .integer(0, 0);
}

qint64 PostgresStore::insertResource(const StoredResource &resource, const UserProfile *profile)
{
    beginWrite();
    const QString uniqueKey = SqliteStore::foldKey(resource.uniqueKey);
    PgParams insert;
    insert.text(resource.connectionId)
        .text(resource.resourceType)
        .text(resource.id)
        .text(nullIfEmpty(uniqueKey))
        .text(nullIfEmpty(resource.externalId))
        .bytes(encodeResource(resource.data))
        .integer(resource.version)
        .bytes(resource.passwordHash.isEmpty() ? QByteArray() : resource.passwordHash);
    if (profile)
        insert.bytes(profileBytes(*profile)).integer(profile->profileVersion).text(nonNull(profile->searchText));
    else
        insert.null().null().null();
    // The key lock makes a concurrent rename (updateResource) to the same key wait for this insert; ON CONFLICT
    // turns a key taken meanwhile into "no row" instead of an error that would abort the batch's transaction.
    static const char *const kInsert =
        "INSERT INTO resources (connection_id, resource_type, id, unique_key, external_id, data, version,"
        " password_hash, profile, profile_version, search_text) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
        " ON CONFLICT DO NOTHING RETURNING seq";
    std::vector<PgResult> results;
    if (uniqueKey.isEmpty()) {
        results.push_back(m_pg->exec(kInsert, insert));
    } else {
        results = m_pg->pipeline({
            {"SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
             PgParams().text(keyLockName(resource.connectionId, resource.resourceType, uniqueKey))},
            {kInsert, std::move(insert)},
        });
    }
    if (results.back().rows() == 0)
        throw StoreError(StoreError::Kind::Conflict, QStringLiteral("The unique key is taken"));
    m_prefetchedGroups.insert(resource.id, {}); // a new resource belongs to no group yet (the response renders it)
    return results.back().integer(0, 0);
}

bool PostgresStore::updateResource(const StoredResource &resource, bool keepPassword, const UserProfile *profile)
{
    beginWrite();
    const QString uniqueKey = SqliteStore::foldKey(resource.uniqueKey);
    const bool writePassword = !(keepPassword && resource.passwordHash.isEmpty());
    // Versions go up by one per write: the UPDATE applies only to the version the caller read, so of two
    // instances writing the same resource exactly one wins. The key is checked under its advisory lock (held to
    // the end of the transaction), so a concurrent insert or rename to the same key cannot slip past the check.
    PgParams update;
    update.text(resource.connectionId)
        .text(resource.resourceType)
        .text(resource.id)
        .text(nullIfEmpty(uniqueKey))
        .text(nullIfEmpty(resource.externalId))
        .bytes(encodeResource(resource.data))
        .integer(resource.version)
        .boolean(writePassword)
        .bytes(resource.passwordHash.isEmpty() ? QByteArray() : resource.passwordHash)
        .boolean(profile != nullptr);
    if (profile)
        update.bytes(profileBytes(*profile)).integer(profile->profileVersion).text(nonNull(profile->searchText));
    else
        update.null().null().null();
    static const char *const kUpdate =
        "UPDATE resources SET unique_key = $4, external_id = $5, data = $6, version = $7,"
        " password_hash = CASE WHEN $8 THEN $9 ELSE password_hash END,"
        " profile = CASE WHEN $10 THEN $11 ELSE profile END,"
        " profile_version = CASE WHEN $10 THEN $12 ELSE profile_version END,"
        " search_text = CASE WHEN $10 THEN $13 ELSE search_text END"
        " WHERE id = $3 AND connection_id = $1 AND resource_type = $2 AND version = $7 - 1"
        " AND ($4::text IS NULL OR NOT EXISTS (SELECT 1 FROM resources o WHERE o.connection_id = $1"
        " AND o.resource_type = $2 AND o.unique_key = $4 AND o.id <> $3))";
    std::vector<PgResult> results;
    if (uniqueKey.isEmpty()) {
        results.push_back(m_pg->exec(kUpdate, update));
    } else {
        results = m_pg->pipeline({
            {"SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
             PgParams().text(keyLockName(resource.connectionId, resource.resourceType, uniqueKey))},
            {kUpdate, std::move(update)},
        });
    }
    if (results.back().affected() > 0)
        return true;
    // Why not: gone, changed by someone else, or the key is taken.
    const PgResult current =
        m_pg->exec("SELECT version FROM resources WHERE id = $1 AND connection_id = $2 AND resource_type = $3",
                   PgParams().text(resource.id).text(resource.connectionId).text(resource.resourceType));
    if (current.rows() == 0)
        return false;
    if (current.integer(0, 0) != resource.version - 1)
        throw StoreError(
            StoreError::Kind::Stale,
            QStringLiteral("The resource was changed by another writer (version %1)").arg(current.integer(0, 0)));
    throw StoreError(StoreError::Kind::Conflict, QStringLiteral("The unique key is taken"));
}

bool PostgresStore::deleteResource(const QString &connectionId, const QString &type, const QString &id)
{
    beginWrite();
    return m_pg->exec("DELETE FROM resources WHERE id = $1 AND connection_id = $2 AND resource_type = $3",
                      PgParams().text(id).text(connectionId).text(type))
               .affected() > 0;
}

std::optional<UniqueValue> PostgresStore::setUniqueValues(const QString &connectionId, const QString &type,
                                                          const QString &id, const QList<UniqueValue> &values)
{
    beginWrite();
    for (const UniqueValue &value : values) {
        const PgResult owner =
            m_pg->exec("SELECT resource_id FROM unique_values WHERE connection_id = $1"
                       " AND resource_type = $2 AND attribute = $3 AND value = $4",
                       PgParams().text(connectionId).text(type).text(value.attribute).text(value.value));
        if (owner.rows() > 0 && owner.text(0, 0) != id)
            return value;
    }
    m_pg->exec("DELETE FROM unique_values WHERE resource_id = $1", PgParams().text(id));
    for (const UniqueValue &value : values) {
        // A value another writer (or instance) took meanwhile is the answer, so the caller names its attribute;
        // ON CONFLICT keeps the batch's transaction usable (an error would abort it and read as a unique-key clash).
        const PgResult inserted =
            m_pg->exec("INSERT INTO unique_values (connection_id, resource_type, attribute, value, resource_id)"
                       " VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                       PgParams().text(connectionId).text(type).text(value.attribute).text(value.value).text(id));
        if (inserted.affected() == 0)
            return value;
    }
    return std::nullopt;
}

// --- Group membership --------------------------------------------------------------------------------

QList<Membership> PostgresStore::membersAfter(const QString &groupId, const QString &afterMemberId, qsizetype limit)
{
    // The primary key (group_id, member_id) serves both the range and the order.
    const PgResult rows = m_pg->exec(
        "SELECT group_id, member_id, display, member_type FROM group_members WHERE group_id = $1"
        " AND member_id > $2 ORDER BY member_id LIMIT $3",
        PgParams().text(groupId).text(afterMemberId.isNull() ? QStringLiteral("") : afterMemberId).integer(limit));
    QList<Membership> result;
    result.reserve(rows.rows());
    for (int row = 0; row < rows.rows(); ++row)
        result.append(Membership{rows.text(row, 0), rows.text(row, 1), rows.text(row, 2), rows.text(row, 3)});
    return result;
}

QList<Membership> PostgresStore::members(const QString &groupId)
{
    const PgResult rows =
        m_pg->exec("SELECT group_id, member_id, display, member_type FROM group_members WHERE group_id = $1"
                   " ORDER BY member_id",
                   PgParams().text(groupId));
    QList<Membership> result;
    result.reserve(rows.rows());
    for (int row = 0; row < rows.rows(); ++row)
        result.append(Membership{rows.text(row, 0), rows.text(row, 1), rows.text(row, 2), rows.text(row, 3)});
    return result;
}

qsizetype PostgresStore::countMembers(const QString &groupId)
{
    return m_pg->exec("SELECT count(*) FROM group_members WHERE group_id = $1", PgParams().text(groupId)).integer(0, 0);
}

bool PostgresStore::isMember(const QString &groupId, const QString &memberId)
{
    return m_pg->exec("SELECT 1 FROM group_members WHERE group_id = $1 AND member_id = $2",
                      PgParams().text(groupId).text(memberId))
               .rows() > 0;
}

bool PostgresStore::addMember(const QString &connectionId, const Membership &membership)
{
    beginWrite();
    // xmax = 0 only on a freshly inserted row: tells "added" from "display updated" in one statement.
    const PgResult result =
        m_pg->exec("INSERT INTO group_members (group_id, member_id, connection_id, member_type, display)"
                   " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (group_id, member_id) DO UPDATE SET"
                   " display = COALESCE(excluded.display, group_members.display) RETURNING (xmax = 0)",
                   PgParams()
                       .text(membership.groupId)
                       .text(membership.memberId)
                       .text(connectionId)
                       .text(membership.type.isEmpty() ? QStringLiteral("User") : membership.type)
                       .text(nullIfEmpty(membership.display)));
    return result.rows() > 0 && result.boolean(0, 0);
}

bool PostgresStore::removeMember(const QString &groupId, const QString &memberId)
{
    beginWrite();
    return m_pg->exec("DELETE FROM group_members WHERE group_id = $1 AND member_id = $2",
                      PgParams().text(groupId).text(memberId))
               .affected() > 0;
}

int PostgresStore::removeAllMembers(const QString &groupId)
{
    beginWrite();
    return int(m_pg->exec("DELETE FROM group_members WHERE group_id = $1", PgParams().text(groupId)).affected());
}

QList<Membership> PostgresStore::groupsOf(const QString &memberId)
{
    const auto prefetched = m_prefetchedGroups.find(memberId);
    if (prefetched != m_prefetchedGroups.end()) {
        QList<Membership> groups = std::move(*prefetched);
        m_prefetchedGroups.erase(prefetched);
        return groups;
    }
    const PgResult rows =
        m_pg->exec("SELECT group_id, member_id, member_type FROM group_members WHERE member_id = $1 ORDER BY group_id",
                   PgParams().text(memberId));
    QList<Membership> result;
    for (int row = 0; row < rows.rows(); ++row)
        result.append(Membership{rows.text(row, 0), rows.text(row, 1), QString(), rows.text(row, 2)});
    return result;
}

// --- Profiles ----------------------------------------------------------------------------------------

void PostgresStore::saveProfile(const UserProfile &profile)
{
    beginWrite();
    m_pg->exec("UPDATE resources SET profile = $1, profile_version = $2, search_text = $3"
               " WHERE id = $4 AND connection_id = $5",
               PgParams()
                   .bytes(profileBytes(profile))
                   .integer(profile.profileVersion)
                   .text(nonNull(profile.searchText))
                   .text(profile.userId)
                   .text(profile.connectionId));
}

std::optional<UserProfile> PostgresStore::profile(const QString &userId)
{
    const PgResult rows = m_pg->exec("SELECT id, connection_id, profile, profile_version, search_text FROM resources"
                                     " WHERE id = $1 AND profile IS NOT NULL",
                                     PgParams().text(userId));
    if (rows.rows() == 0)
        return std::nullopt;
    return readProfile(rows, 0);
}

QList<UserProfile> PostgresStore::profiles(const QString &connectionId, const QString &query, qsizetype offset,
                                           qsizetype limit)
{
    const PgResult rows = m_pg->exec("SELECT id, connection_id, profile, profile_version, search_text FROM resources"
                                     " WHERE profile IS NOT NULL AND ($1 = '' OR connection_id = $1)"
                                     " AND ($2 = '' OR search_text LIKE $3) ORDER BY seq LIMIT $4 OFFSET $5",
                                     PgParams()
                                         .text(nonNull(connectionId))
                                         .text(nonNull(query))
                                         .text(likePattern(query))
                                         .integer(limit)
                                         .integer(offset));
    QList<UserProfile> result;
    for (int row = 0; row < rows.rows(); ++row)
        result.append(readProfile(rows, row));
    return result;
}

qsizetype PostgresStore::countProfiles(const QString &connectionId, const QString &query)
{
    return m_pg
        ->exec("SELECT count(*) FROM resources WHERE profile IS NOT NULL AND ($1 = '' OR connection_id = $1)"
               " AND ($2 = '' OR search_text LIKE $3)",
               PgParams().text(nonNull(connectionId)).text(nonNull(query)).text(likePattern(query)))
        .integer(0, 0);
}

qsizetype PostgresStore::countProfilesAtVersion(const QString &connectionId, qint64 profileVersion)
{
    return m_pg
        ->exec("SELECT count(*) FROM resources WHERE connection_id = $1 AND resource_type = 'User'"
               " AND profile_version = $2",
               PgParams().text(connectionId).integer(profileVersion))
        .integer(0, 0);
}

QList<StoredResource> PostgresStore::usersNeedingProfile(const QString &connectionId, qint64 profileVersion,
                                                         qint64 afterSequence, qsizetype limit)
{
    m_prefetchedGroups.clear();
    const PgResult rows =
        m_pg->exec("SELECT " RESOURCE_COLUMNS " FROM resources r WHERE r.connection_id = $1"
                   " AND r.resource_type = 'User' AND r.seq > $2"
                   " AND r.profile_version IS DISTINCT FROM $3 ORDER BY r.seq LIMIT $4",
                   PgParams().text(connectionId).integer(afterSequence).integer(profileVersion).integer(limit));
    QList<StoredResource> result;
    for (int row = 0; row < rows.rows(); ++row)
        result.append(readResource(rows, row));
    return result;
}

} // namespace scim
