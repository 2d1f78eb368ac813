#pragma once

#include <QtGlobal>

namespace scim {

class PgConnection;

// The PostgreSQL schema (engine state and request logs in one database) and its versioned migrations. Every
// instance calls migrate() when it opens the database; the migrations run once, under an advisory lock, so
// instances started together never race. Never edit a migration that has shipped: add one.
namespace PostgresSchema {

// Advisory lock keys (per database): schema changes, the leader of the instances, log partition DDL.
constexpr qint64 kMigrationLock = 0x5C1A0001;
constexpr qint64 kLeaderLock = 0x5C1A0002;
constexpr qint64 kLogPartitionLock = 0x5C1A0003;

// NOTIFY channels: changes to cached tables ("table id" payloads) and newly stored log events (the last key).
constexpr const char *kChangesChannel = "scim_changes";
constexpr const char *kLogsChannel = "scim_logs";

// Applies the missing migrations; throws StoreError.
void migrate(PgConnection &connection);
int version(PgConnection &connection);
int latestVersion();

} // namespace PostgresSchema

} // namespace scim
