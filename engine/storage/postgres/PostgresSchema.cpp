#include "storage/postgres/PostgresSchema.h"

#include "storage/StoreError.h"
#include "storage/postgres/PgConnection.h"

#include <QStringList>

namespace scim::PostgresSchema {

namespace {

// The SQLite schema's tables with PostgreSQL types; the resource JSON and profiles stay CBOR (bytea). Dates are
// timestamptz. The triggers tell every instance (LISTEN scim_changes) which cached rows changed, and bump
// `cache_generation`, which each instance also polls as a safety net for a lost notification.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> list{
        {
            QStringLiteral("CREATE TABLE connections ("
                           " id text PRIMARY KEY,"
                           " name text NOT NULL,"
                           " name_key text NOT NULL UNIQUE,"
                           " strategy text NOT NULL,"
                           " created_at timestamptz NOT NULL,"
                           " updated_at timestamptz NOT NULL,"
                           " options text NOT NULL DEFAULT '{}')"),
            QStringLiteral("CREATE TABLE scim_configurations ("
                           " connection_id text PRIMARY KEY REFERENCES connections(id) ON DELETE CASCADE,"
                           " user_id_attribute text NOT NULL,"
                           " mapping text NOT NULL,"
                           " created_at timestamptz NOT NULL,"
                           " updated_on timestamptz NOT NULL,"
                           " profile_version bigint NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE TABLE scim_tokens ("
                           " token_id text PRIMARY KEY,"
                           " connection_id text NOT NULL REFERENCES connections(id) ON DELETE CASCADE,"
                           " secret_hash bytea NOT NULL,"
                           " scopes text NOT NULL,"
                           " created_at timestamptz NOT NULL,"
                           " valid_until timestamptz,"
                           " last_used_at timestamptz)"),
            QStringLiteral("CREATE INDEX scim_tokens_by_connection ON scim_tokens(connection_id)"),
            // seq gives lists their insertion order. The profile lives in its user's row, as in SQLite.
            QStringLiteral("CREATE TABLE resources ("
                           " seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                           " connection_id text NOT NULL REFERENCES connections(id) ON DELETE CASCADE,"
                           " resource_type text NOT NULL,"
                           " id text NOT NULL UNIQUE,"
                           " unique_key text,"
                           " external_id text,"
                           " data bytea NOT NULL,"
                           " version bigint NOT NULL,"
                           " password_hash bytea,"
                           " profile bytea,"
                           " profile_version bigint,"
                           " search_text text)"),
            QStringLiteral("CREATE UNIQUE INDEX resources_by_unique_key"
                           " ON resources(connection_id, resource_type, unique_key)"),
            // seq last: a lookup returns its rows in order from the index alone. (A unique key has one row and no
            // ORDER BY: given one, the planner preferred walking the connection's rows in order to the unique index.)
            QStringLiteral("CREATE INDEX resources_by_external_id ON resources(connection_id, resource_type,"
                           " external_id, seq) WHERE external_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX resources_in_order ON resources(connection_id, resource_type, seq)"),
            QStringLiteral("CREATE TABLE group_members ("
                           " group_id text NOT NULL REFERENCES resources(id) ON DELETE CASCADE,"
                           " member_id text NOT NULL REFERENCES resources(id) ON DELETE CASCADE,"
                           " connection_id text NOT NULL,"
                           " member_type text NOT NULL,"
                           " display text,"
                           " PRIMARY KEY (group_id, member_id))"),
            QStringLiteral("CREATE INDEX group_members_by_member ON group_members(member_id)"),

            QStringLiteral("CREATE TABLE cache_generation (id int PRIMARY KEY CHECK (id = 1), value bigint NOT NULL)"),
            QStringLiteral("INSERT INTO cache_generation VALUES (1, 0)"),
            QStringLiteral("CREATE FUNCTION scim_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                           "DECLARE\n"
                           "  row_data jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);\n"
                           "BEGIN\n"
                           "  UPDATE cache_generation SET value = value + 1 WHERE id = 1;\n"
                           "  PERFORM pg_notify('scim_changes', TG_TABLE_NAME || ' ' || (row_data ->> TG_ARGV[0]));\n"
                           "  RETURN NULL;\n"
                           "END $$"),
            // Updates notify only when a value really changed (upserts write every column).
            QStringLiteral("CREATE TRIGGER connections_changed AFTER INSERT OR DELETE ON connections"
                           " FOR EACH ROW EXECUTE FUNCTION scim_notify_change('id')"),
            QStringLiteral("CREATE TRIGGER connections_updated AFTER UPDATE ON connections FOR EACH ROW"
                           " WHEN (OLD IS DISTINCT FROM NEW) EXECUTE FUNCTION scim_notify_change('id')"),
            QStringLiteral("CREATE TRIGGER scim_configurations_changed AFTER INSERT OR DELETE ON scim_configurations"
                           " FOR EACH ROW EXECUTE FUNCTION scim_notify_change('connection_id')"),
            QStringLiteral("CREATE TRIGGER scim_configurations_updated AFTER UPDATE ON scim_configurations"
                           " FOR EACH ROW WHEN (OLD IS DISTINCT FROM NEW)"
                           " EXECUTE FUNCTION scim_notify_change('connection_id')"),
            // last_used_at changes on use; nothing cached depends on it.
            QStringLiteral("CREATE TRIGGER scim_tokens_changed AFTER INSERT OR DELETE ON scim_tokens"
                           " FOR EACH ROW EXECUTE FUNCTION scim_notify_change('token_id')"),
            QStringLiteral("CREATE TRIGGER scim_tokens_updated AFTER UPDATE ON scim_tokens FOR EACH ROW"
                           " WHEN ((OLD.connection_id, OLD.secret_hash, OLD.scopes, OLD.valid_until) IS DISTINCT FROM"
                           " (NEW.connection_id, NEW.secret_hash, NEW.scopes, NEW.valid_until))"
                           " EXECUTE FUNCTION scim_notify_change('token_id')"),

            // Request logs: one row per event in day partitions of the log key (ms << 20 | sequence), created
            // ahead by the writers; retention drops whole partitions. log_head serializes the writers of all
            // instances: keys are assigned under its row lock, so they become visible in key order.
            QStringLiteral("CREATE TABLE logs ("
                           " key bigint NOT NULL,"
                           " date_ms bigint NOT NULL,"
                           " type text NOT NULL,"
                           " description text NOT NULL,"
                           " connection_id text NOT NULL,"
                           " connection text NOT NULL,"
                           " strategy text NOT NULL,"
                           " user_id text NOT NULL,"
                           " user_name text NOT NULL,"
                           " action text NOT NULL,"
                           " method text NOT NULL,"
                           " status int NOT NULL,"
                           " duration_us bigint NOT NULL,"
                           " token_id text NOT NULL,"
                           " ip text NOT NULL,"
                           " path text NOT NULL,"
                           " user_agent text NOT NULL,"
                           " query bytea,"
                           " headers bytea,"
                           " request_body bytea,"
                           " response_body bytea,"
                           " extra bytea,"
                           " PRIMARY KEY (key)) PARTITION BY RANGE (key)"),
            QStringLiteral("CREATE INDEX logs_by_connection ON logs(connection_id, key)"),
            QStringLiteral("CREATE INDEX logs_by_user ON logs(user_id, key) WHERE user_id <> ''"),
            QStringLiteral("CREATE TABLE log_head (id int PRIMARY KEY CHECK (id = 1), last_key bigint NOT NULL,"
                           " count bigint NOT NULL)"),
            QStringLiteral("INSERT INTO log_head VALUES (1, 0, 0)"),
            QStringLiteral("CREATE TABLE log_streams ("
                           " id text PRIMARY KEY, name text NOT NULL, type text NOT NULL, status text NOT NULL,"
                           " filters text NOT NULL, sink text NOT NULL, cursor bigint NOT NULL,"
                           " failures int NOT NULL, last_error text NOT NULL, created_at text NOT NULL,"
                           " updated_at text NOT NULL)"),
            // The delivery state (cursor, failures) changes with every batch delivered; only the configuration counts.
            QStringLiteral("CREATE TRIGGER log_streams_changed AFTER INSERT OR DELETE ON log_streams"
                           " FOR EACH ROW EXECUTE FUNCTION scim_notify_change('id')"),
            QStringLiteral("CREATE TRIGGER log_streams_updated AFTER UPDATE ON log_streams FOR EACH ROW"
                           " WHEN ((OLD.name, OLD.type, OLD.status, OLD.filters, OLD.sink) IS DISTINCT FROM"
                           " (NEW.name, NEW.type, NEW.status, NEW.filters, NEW.sink))"
                           " EXECUTE FUNCTION scim_notify_change('id')"),
        },
        {
            // Paging (docs/engine.md "Paging"), as SQLite's version 6: how many resources each block of 4,096
            // sequence numbers holds, per connection and type, kept by a trigger. A count, or the position of the
            // N-th resource, adds up a few hundred rows instead of stepping over N index entries (an index page at
            // startIndex N, totalResults). Blocks emptied by deletes stay as rows of n = 0.
            QStringLiteral("CREATE TABLE resource_counts ("
                           " connection_id text NOT NULL REFERENCES connections(id) ON DELETE CASCADE,"
                           " resource_type text NOT NULL,"
                           " block bigint NOT NULL,"
                           " n bigint NOT NULL,"
                           " PRIMARY KEY (connection_id, resource_type, block))"),
            QStringLiteral("CREATE FUNCTION scim_count_resources() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                           " IF TG_OP = 'INSERT' THEN"
                           " INSERT INTO resource_counts AS c VALUES (NEW.connection_id, NEW.resource_type,"
                           " NEW.seq >> 12, 1) ON CONFLICT (connection_id, resource_type, block)"
                           " DO UPDATE SET n = c.n + 1;"
                           " ELSE"
                           " UPDATE resource_counts SET n = n - 1 WHERE connection_id = OLD.connection_id"
                           " AND resource_type = OLD.resource_type AND block = OLD.seq >> 12;"
                           " END IF; RETURN NULL; END $$"),
            // Also runs for the rows a connection's deletion cascades to (whose counts cascade as well).
            QStringLiteral("CREATE TRIGGER resources_counted AFTER INSERT OR DELETE ON resources"
                           " FOR EACH ROW EXECUTE FUNCTION scim_count_resources()"),
            QStringLiteral("INSERT INTO resource_counts SELECT connection_id, resource_type, seq >> 12, count(*)"
                           " FROM resources GROUP BY connection_id, resource_type, seq >> 12"),
            // Startup compares the users whose profile is current with all users (ProfileService): an index-only
            // count instead of reading every user's row.
            QStringLiteral("CREATE INDEX resources_by_profile_version"
                           " ON resources(connection_id, resource_type, profile_version)"),
        },
        {
            // Declared custom schemas (docs/schemas.md), and the values of their attributes declared unique: the
            // primary key is the uniqueness (across instances too), the resource's own rows are found by
            // resource_id and die with it.
            QStringLiteral("ALTER TABLE scim_configurations ADD COLUMN custom_schemas text NOT NULL DEFAULT '[]'"),
            QStringLiteral("CREATE TABLE unique_values ("
                           " connection_id text NOT NULL,"
                           " resource_type text NOT NULL,"
                           " attribute text NOT NULL,"
                           " value text NOT NULL,"
                           " resource_id text NOT NULL REFERENCES resources(id) ON DELETE CASCADE,"
                           " PRIMARY KEY (connection_id, resource_type, attribute, value))"),
            QStringLiteral("CREATE INDEX unique_values_by_resource ON unique_values(resource_id)"),
        },
        {
            // A display name beside the name (a slug): "Acme Corp (Okta)". NULL: the name.
            QStringLiteral("ALTER TABLE connections ADD COLUMN display_name text"),
            // A log stream's delivery state (ISO dates as its other dates; '': never / not suspended).
            QStringLiteral("ALTER TABLE log_streams ADD COLUMN last_delivered_at text NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE log_streams ADD COLUMN suspended_at text NOT NULL DEFAULT ''"),
        },
        {
            // Request statistics (GET /api/v2/scim-stats, the console's overview) as in the SQLite log: requests
            // per minute and per hour, connection and action, kept by each log batch's transaction (under the turn
            // on log_head, so writers never contend for these rows) and by retention, so a statistics request
            // reads a few hundred counts instead of aggregating every event of its range. The turn is taken first
            // so that no writer stores events while the existing ones are counted.
            QStringLiteral("SELECT 1 FROM log_head WHERE id = 1 FOR UPDATE"),
            QStringLiteral("CREATE TABLE log_counts ("
                           " granularity bigint NOT NULL, bucket_ms bigint NOT NULL, connection_id text NOT NULL,"
                           " action text NOT NULL, success bigint NOT NULL, failure bigint NOT NULL,"
                           " PRIMARY KEY (granularity, bucket_ms, connection_id, action))"),
            QStringLiteral("CREATE INDEX log_counts_by_connection ON log_counts (granularity, connection_id,"
                           " bucket_ms)"),
            QStringLiteral("INSERT INTO log_counts SELECT g.ms, l.date_ms - l.date_ms % g.ms, l.connection_id,"
                           " l.action, count(*) FILTER (WHERE l.status < 400), count(*) FILTER (WHERE l.status >= 400)"
                           " FROM logs l CROSS JOIN (VALUES (60000::bigint), (3600000::bigint)) AS g(ms)"
                           " WHERE l.action <> 'revoke-sessions' GROUP BY 1, 2, 3, 4"),
        },
        {
            // RFC 9967 security events (docs/logs.md), as in the SQLite log database: the changes SET streams have
            // yet to deliver, their sequence head (its row lock orders the appenders of all instances), the
            // engine's signing keys, and each stream's delivery lease (PostgresSecurityEventStore).
            QStringLiteral("CREATE TABLE security_events (seq bigint PRIMARY KEY, created_ms bigint NOT NULL,"
                           " change text NOT NULL)"),
            QStringLiteral("CREATE INDEX security_events_by_age ON security_events(created_ms)"),
            QStringLiteral("CREATE TABLE security_event_head (id int PRIMARY KEY CHECK (id = 1),"
                           " last_seq bigint NOT NULL)"),
            QStringLiteral("INSERT INTO security_event_head VALUES (1, 0)"),
            QStringLiteral("CREATE TABLE signing_keys (kid text PRIMARY KEY, algorithm text NOT NULL,"
                           " private_key text NOT NULL, created_at timestamptz NOT NULL)"),
            QStringLiteral("CREATE TABLE security_event_leases (stream_id text PRIMARY KEY, owner text NOT NULL,"
                           " until_ms bigint NOT NULL)"),
        },
        {
            // As SQLite's version 10: the SCIM endpoint URL a token was issued for (or last used at).
            QStringLiteral("ALTER TABLE scim_tokens ADD COLUMN scim_endpoint_url text"),
        },
    };
    return list;
}

} // namespace

int latestVersion()
{
    return int(migrations().size());
}

int version(PgConnection &connection)
{
    const PgResult result = connection.execDynamic(
        QStringLiteral("SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN 0"
                       " ELSE (SELECT coalesce(max(version), 0) FROM schema_migrations) END::bigint"));
    return int(result.integer(0, 0));
}

void migrate(PgConnection &connection)
{
    // Session lock: held across the migration transactions, released before returning (also on failure). Another
    // instance may be migrating: wait for it however long that takes.
    connection.command(QStringLiteral("SET lock_timeout = 0; SELECT pg_advisory_lock(%1)").arg(kMigrationLock));
    try {
        connection.command(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY,"
                                          " applied_at timestamptz NOT NULL DEFAULT now())"));
        const QList<QStringList> &steps = migrations();
        const int current = version(connection);
        if (current > steps.size())
            throw StoreError(StoreError::Kind::Failure,
                             QStringLiteral("The database has schema version %1; this engine knows up to %2."
                                            " Upgrade the engine.")
                                 .arg(current)
                                 .arg(steps.size()));
        for (int next = current + 1; next <= steps.size(); ++next) {
            connection.command(QStringLiteral("BEGIN"));
            try {
                for (const QString &sql : steps.at(next - 1))
                    connection.command(sql);
                connection.command(QStringLiteral("INSERT INTO schema_migrations (version) VALUES (%1)").arg(next));
                connection.command(QStringLiteral("COMMIT"));
            } catch (...) {
                connection.command(QStringLiteral("ROLLBACK"));
                throw;
            }
        }
    } catch (...) {
        try {
            connection.command(
                QStringLiteral("SELECT pg_advisory_unlock(%1); SET lock_timeout = '5s'").arg(kMigrationLock));
        } catch (...) {
            // The lock dies with the session anyway.
        }
        throw;
    }
    connection.command(QStringLiteral("SELECT pg_advisory_unlock(%1); SET lock_timeout = '5s'").arg(kMigrationLock));
}

} // namespace scim::PostgresSchema
