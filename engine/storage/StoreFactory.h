#pragma once

#include <QString>

#include <memory>

namespace scim {

class Store;

// Opens the store a `--database` value names: a postgresql:// (or postgres://) URL is a PostgreSQL database that
// several engine instances may share, anything else an SQLite file. Throws StoreError.
namespace StoreFactory {
std::unique_ptr<Store> open(const QString &location);
bool isPostgres(const QString &location);
// What the location is, fit to show: the SQLite file path, or the PostgreSQL server and database (no password).
QString describe(const QString &location);
} // namespace StoreFactory

} // namespace scim
