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
            // A display name beside the name (a slug): "Acme Corp (Okta)". NULL: the name.
            QStringLiteral("ALTER TABLE connections ADD COLUMN display_name TEXT"),
        },
    };
    return list;
}

} // namespace scim::SqliteMigrations
