#pragma once

#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

struct sqlite3;

namespace scim {

class SqliteStatement;
class WalCheckpointer;

// The SQLite store's connection: the file opened in WAL mode and owned through a lock file, the schema migrated,
// prepared statements cached by their SQL, and transactions (one per write, a savepoint inside a batch, or the
// batch's own for group commit). WAL checkpoints run on a background thread of their own. Not thread-safe: use
// it from the thread that opened it.
class SqliteConnection
{
public:
    // Opens (creating if needed) the database at `path` and migrates it. Throws StoreError.
    explicit SqliteConnection(const QString &path);
    ~SqliteConnection();

    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // Called after a rollback: caches above may hold rows that never made it to disk.
    void setRollbackHandler(std::function<void()> handler) { m_rolledBack = std::move(handler); }

    QSqlQuery &prepared(const char *sql);
    // The statements every request runs, on SQLite's API (see SqliteStatement); same connection and transaction.
    SqliteStatement &raw(const char *sql);
    // Records a write made through raw() the way exec() does for QSqlQuery.
    void noteRawWrite();
    void exec(QSqlQuery &query);
    void execSql(const QString &sql);
    // Of the last write statement.
    int rowsAffected() const { return m_rowsAffected; }
    qint64 lastInsertId() const { return m_lastInsertId; }

    // Run a bound query and read its first row / all rows / a COUNT(*).
    template <typename T, typename Reader> std::optional<T> fetchOne(QSqlQuery &query, Reader read)
    {
        exec(query);
        std::optional<T> result;
        if (query.next())
            result = read(query);
        query.finish();
        return result;
    }
    template <typename T, typename Reader> QList<T> fetchAll(QSqlQuery &query, Reader read)
    {
        exec(query);
        QList<T> result;
        while (query.next())
            result.append(read(query));
        query.finish();
        return result;
    }
    qsizetype fetchCount(QSqlQuery &query)
    {
        exec(query);
        const qsizetype count = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        return count;
    }

    // Before every write: opens the batch's transaction at its first write.
    void beginWrite();
    // Before every read (prepared() and raw() call it): inside a batch, its reads share one read transaction until
    // its first write, instead of each statement taking and releasing SQLite's locks on its own.
    void beginRead()
    {
        if (m_batchRequested && !m_inBatch && !m_inReadBatch)
            beginReadBatch();
    }
    // Runs `work` atomically: its own transaction, or a savepoint inside an open batch.
    void atomically(const std::function<void()> &work);
    void beginBatch();
    bool commitBatch();

    int schemaVersion();

private:
    void migrate();
    void rolledBack();
    void beginReadBatch();
    void endReadBatch();

    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    bool m_batchRequested = false; // beginBatch() called, transaction not necessarily open yet
    bool m_inBatch = false;        // the batch's transaction is open
    bool m_inReadBatch = false;    // the batch has read but not written: a deferred transaction is open
    int m_rowsAffected = 0;
    qint64 m_lastInsertId = 0;
    std::function<void()> m_rolledBack;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    QSqlDatabase m_db;
    std::unordered_map<const char *, std::unique_ptr<QSqlQuery>> m_statements;
    sqlite3 *m_handle = nullptr; // owned by m_db
    std::unordered_map<const char *, std::unique_ptr<SqliteStatement>> m_rawStatements;
};

} // namespace scim
