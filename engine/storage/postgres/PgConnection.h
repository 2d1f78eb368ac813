#pragma once

#include "storage/postgres/PgParams.h"
#include "storage/postgres/PgResult.h"

#include <QString>

#include <string>
#include <unordered_map>
#include <vector>

struct pg_conn;

namespace scim {

// One libpq connection with the few ways the PostgreSQL backend talks to the server: prepared statements with
// binary results (prepared once per connection, keyed by the address of their SQL literal), dynamic SQL, simple
// commands, and pipelines (several statements in one round trip, one implicit transaction outside a block).
// Failures throw StoreError: Conflict for a unique violation (SQLSTATE 23505), Transient for a deadlock or a
// serialization failure (40P01, 40001), Failure otherwise. A connection
// that broke is re-established by the next call made outside a transaction. Not thread-safe: one per thread.
class PgConnection
{
public:
    struct Step
    {
        const char *sql;
        PgParams params;
    };

    // `location` is a libpq URI (postgresql://user[:password]@host[:port]/dbname[?…]); a password may also come
    // from PGPASSWORD or ~/.pgpass. Throws StoreError when the server cannot be reached.
    PgConnection(const QString &location, const QString &applicationName);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // True for a postgresql:// or postgres:// location (anything else is an SQLite file path).
    static bool isUrl(const QString &location);
    // "PostgreSQL user@host:port/dbname": the location without its password, for logs and the console.
    static QString describe(const QString &location);

    PgResult exec(const char *sql, const PgParams &params = {});
    PgResult execDynamic(const QString &sql, const PgParams &params = {});
    void command(const QString &sql);
    std::vector<PgResult> pipeline(const std::vector<Step> &steps);

    // The next statement opens a transaction block (BEGIN travels with it, no round trip of its own).
    void beginLazily() { m_beginPending = true; }
    bool beginPending() const { return m_beginPending; }
    // Forgets a BEGIN that no statement carried yet (the transaction never started).
    void cancelLazyBegin() { m_beginPending = false; }
    // Inside a transaction block that has not failed.
    bool inTransaction() const;
    // Inside a block that failed (every statement fails until ROLLBACK).
    bool transactionFailed() const;
    // Incremented each time the connection is re-established: a transaction cannot survive that.
    int generation() const { return m_generation; }
    // Incremented by every statement the server aborted with a deadlock or serialization failure (StoreError
    // Kind::Transient), whether or not the caller caught the error: the transaction must be run again.
    int transientFailures() const { return m_transientFailures; }
    // Incremented by every statement sent (exec, execDynamic, command, pipeline): what was read before a later
    // statement may be outdated by it.
    quint64 statements() const { return m_statements; }

    pg_conn *handle() const { return m_conn; }
    int socket() const;
    // Reads pending input and returns the notifications received: (channel, payload).
    std::vector<std::pair<QString, QString>> notifications();
    bool isOpen() const;
    // Re-establishes a broken connection; false when the server is still unreachable.
    bool reconnect();

private:
    void applySessionSettings();
    const std::string &prepare(const char *sql);
    PgResult check(struct pg_result *result, const char *what);
    void ensureUsable();

    pg_conn *m_conn = nullptr;
    std::unordered_map<const char *, std::string> m_prepared;
    int m_counter = 0;
    int m_generation = 0;
    int m_transientFailures = 0;
    quint64 m_statements = 0;
    bool m_beginPending = false;
};

} // namespace scim
