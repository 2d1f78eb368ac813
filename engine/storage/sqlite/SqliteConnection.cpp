#include "storage/sqlite/SqliteConnection.h"

#include "storage/StoreError.h"
#include "storage/sqlite/SqliteBusyHandler.h"
#include "storage/sqlite/SqliteMigrations.h"
#include "storage/sqlite/SqliteStatement.h"
#include "storage/sqlite/SqliteValues.h"
#include "storage/sqlite/WalCheckpointer.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace scim {

namespace {
QAtomicInt s_connectionCounter;
} // namespace

SqliteConnection::SqliteConnection(const QString &path)
    : m_connectionName(QStringLiteral("scim-sqlite-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        throw StoreError(StoreError::Kind::Failure,
                         QStringLiteral("Cannot create directory %1").arg(info.absolutePath()));
    // One engine process owns the file. That makes the store's caches coherent, and a second engine on the same
    // file fails at start with a clear message instead of silently sharing it.
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
    // 32 MiB of page cache instead of SQLite's 2 MB: at a million users the interior pages of the table and of its
    // indexes (about 20 MB) stay cached, so a lookup that misses the resource cache reads one or two leaf pages
    // from the file instead of four or five.
    execSql(QStringLiteral("PRAGMA cache_size=-32768"));
    migrate();
    m_checkpointer = std::make_unique<WalCheckpointer>(path);
    m_checkpointer->start(QThread::LowPriority);
}

SqliteConnection::~SqliteConnection()
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

void SqliteConnection::rolledBack()
{
    if (m_rolledBack)
        m_rolledBack();
}

void SqliteConnection::execSql(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw StoreError(StoreError::Kind::Failure, QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
}

QSqlQuery &SqliteConnection::prepared(const char *sql)
{
    beginRead();
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

SqliteStatement &SqliteConnection::raw(const char *sql)
{
    beginRead();
    auto it = m_rawStatements.find(sql);
    if (it == m_rawStatements.end())
        it = m_rawStatements.emplace(sql, std::make_unique<SqliteStatement>(m_handle, sql)).first;
    return *it->second;
}

void SqliteConnection::noteRawWrite()
{
    m_rowsAffected = sqlite3_changes(m_handle);
    m_lastInsertId = sqlite3_last_insert_rowid(m_handle);
    if (m_checkpointer)
        m_checkpointer->noteWrite();
}

void SqliteConnection::exec(QSqlQuery &query)
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

void SqliteConnection::migrate()
{
    execSql(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                           " applied_at TEXT NOT NULL)"));
    const int current = schemaVersion();
    const QList<QStringList> &steps = SqliteMigrations::steps();
    for (int version = current + 1; version <= steps.size(); ++version) {
        if (!m_db.transaction())
            throw StoreError(StoreError::Kind::Failure, m_db.lastError().text());
        try {
            for (const QString &sql : steps.at(version - 1))
                execSql(sql);
            QSqlQuery record(m_db);
            record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
            record.addBindValue(version);
            record.addBindValue(SqliteValues::isoDate(QDateTime::currentDateTimeUtc()));
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

void SqliteConnection::atomically(const std::function<void()> &work)
{
    beginWrite();
    if (m_inBatch) {
        execSql(QStringLiteral("SAVEPOINT atomically"));
        try {
            work();
        } catch (...) {
            execSql(QStringLiteral("ROLLBACK TO atomically"));
            execSql(QStringLiteral("RELEASE atomically"));
            rolledBack();
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
        rolledBack();
        throw;
    }
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_db.rollback();
        rolledBack();
        throw StoreError(StoreError::Kind::Failure, error);
    }
}

void SqliteConnection::beginBatch()
{
    m_batchRequested = true;
}

void SqliteConnection::beginReadBatch()
{
    // A deferred transaction: the read snapshot (and SQLite's file locks) is taken at the first statement and
    // kept until the batch writes or ends. Only this process writes the file (the lock file), so what the batch
    // read stays current when the read transaction ends early for a write.
    if (sqlite3_exec(m_handle, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK)
        m_inReadBatch = true;
}

void SqliteConnection::endReadBatch()
{
    if (!m_inReadBatch)
        return;
    m_inReadBatch = false;
    // Read-only: nothing to lose. A statement still stepping (a streamed page) keeps its own snapshot.
    if (sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteConnection::beginWrite()
{
    // The batch's write transaction starts at its first write, ending the read transaction its reads shared.
    // IMMEDIATE takes the write lock up front (waiting through the busy handler), where a deferred transaction
    // could fail with SQLITE_BUSY when it upgrades from reading to writing.
    if (m_batchRequested && !m_inBatch) {
        endReadBatch();
        execSql(QStringLiteral("BEGIN IMMEDIATE"));
        m_inBatch = true;
    }
}

bool SqliteConnection::commitBatch()
{
    m_batchRequested = false;
    endReadBatch();
    if (!m_inBatch)
        return true;
    m_inBatch = false;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("COMMIT")))
        return true;
    qWarning("storage: commit failed: %s", qUtf8Printable(query.lastError().text()));
    query.exec(QStringLiteral("ROLLBACK"));
    rolledBack();
    return false;
}

int SqliteConnection::schemaVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace scim
