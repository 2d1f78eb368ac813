#pragma once

#include <QString>

#include <memory>

namespace scim {

class LogStore;
class SecurityEventStore;
class Store;

// The storage backend a `--database` value names: a postgresql:// (or postgres://) URL is a PostgreSQL database that
// several engine instances may share, anything else an SQLite file. Wiring, so it lives above both backends.
namespace Backends {
bool isPostgres(const QString &location);
// What the location is, fit to show: the SQLite file path, or the PostgreSQL server and database (no password).
QString describe(const QString &location);
// The store, migrated. Throws StoreError.
std::unique_ptr<Store> openStore(const QString &location);
// The request log's store for the engine database `location` (the SQLite log file next to it, or the same
// PostgreSQL database); one per thread. Throws StoreError.
std::unique_ptr<LogStore> openLogStore(const QString &location);
// Where SET streams keep their changes and the signing key: the SQLite log file, or the same PostgreSQL database
// (whose schema the store's migrations created). Throws StoreError.
std::unique_ptr<SecurityEventStore> openSecurityEventStore(const QString &location);
} // namespace Backends

} // namespace scim
