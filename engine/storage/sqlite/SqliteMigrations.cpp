#include "storage/sqlite/SqliteMigrations.h"

namespace scim::SqliteMigrations {

const QList<QStringList> &steps()
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
        {
            // Paging (docs/engine.md "Paging"). Every index ends with the rowid (seq), so this one holds a
            // connection's resources of one type in insertion order: a keyset page seeks into it.
            QStringLiteral("CREATE INDEX resources_by_type ON resources(connection_id, resource_type)"),
            // How many resources each block of 4,096 sequence numbers holds, per connection and type, kept by
            // the triggers below: a count, or the position of the N-th resource, adds up a few hundred rows
            // instead of stepping over N index entries. Blocks emptied by deletes stay as rows of n = 0.
            QStringLiteral("CREATE TABLE resource_counts ("
                           " connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,"
                           " resource_type TEXT NOT NULL,"
                           " block INTEGER NOT NULL,"
                           " n INTEGER NOT NULL,"
                           " PRIMARY KEY (connection_id, resource_type, block)) WITHOUT ROWID"),
            QStringLiteral("CREATE TRIGGER resources_counted AFTER INSERT ON resources BEGIN"
                           " INSERT INTO resource_counts (connection_id, resource_type, block, n)"
                           " VALUES (new.connection_id, new.resource_type, new.seq >> 12, 1)"
                           " ON CONFLICT (connection_id, resource_type, block) DO UPDATE SET n = n + 1; END"),
            // Also runs for the rows a connection's deletion cascades to (whose counts cascade as well).
            QStringLiteral("CREATE TRIGGER resources_uncounted AFTER DELETE ON resources BEGIN"
                           " UPDATE resource_counts SET n = n - 1 WHERE connection_id = old.connection_id"
                           " AND resource_type = old.resource_type AND block = old.seq >> 12; END"),
            QStringLiteral("INSERT INTO resource_counts (connection_id, resource_type, block, n)"
                           " SELECT connection_id, resource_type, seq >> 12, COUNT(*) FROM resources"
                           " GROUP BY connection_id, resource_type, seq >> 12"),
        },
        {
            // Startup compares the users whose profile is current with all users (ProfileService): without this
            // index that count read every user's row, over a second at a million users.
            QStringLiteral("CREATE INDEX resources_by_profile_version"
                           " ON resources(connection_id, resource_type, profile_version)"),
        },
        {
            // Declared custom schemas (docs/schemas.md), and the values of their attributes declared unique: the
            // primary key is the uniqueness, the resource's own rows are found by resource_id (and die with it).
            QStringLiteral("ALTER TABLE scim_configurations ADD COLUMN custom_schemas TEXT NOT NULL DEFAULT '[]'"),
            QStringLiteral("CREATE TABLE unique_values ("
                           " connection_id TEXT NOT NULL,"
                           " resource_type TEXT NOT NULL,"
                           " attribute TEXT NOT NULL,"
                           " value TEXT NOT NULL,"
                           " resource_id TEXT NOT NULL REFERENCES resources(id) ON DELETE CASCADE,"
                           " PRIMARY KEY (connection_id, resource_type, attribute, value)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX unique_values_by_resource ON unique_values(resource_id)"),
        },
        {
            // A display name beside the name (a slug): "Acme Corp (Okta)". NULL: the name.
            QStringLiteral("ALTER TABLE connections ADD COLUMN display_name TEXT"),
        },
        {
            // The SCIM endpoint URL a token was issued for (or last used at): the console warns when the connection's
            // endpoint has moved since. NULL: a token from before this was recorded.
            QStringLiteral("ALTER TABLE scim_tokens ADD COLUMN scim_endpoint_url TEXT"),
        },
    };
    return list;
}

} // namespace scim::SqliteMigrations
