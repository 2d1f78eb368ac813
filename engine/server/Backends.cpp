#include "server/Backends.h"

#include "events/PostgresSecurityEventStore.h"
#include "events/SqliteSecurityEventStore.h"
#include "requestlog/LogDatabase.h"
#include "requestlog/postgres/PostgresLogStore.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PostgresStore.h"
#include "storage/sqlite/SqliteStore.h"

namespace scim::Backends {

bool isPostgres(const QString &location)
{
    return PgConnection::isUrl(location);
}

QString describe(const QString &location)
{
    return isPostgres(location) ? PgConnection::describe(location) : location;
}

std::unique_ptr<Store> openStore(const QString &location)
{
    if (isPostgres(location))
        return std::make_unique<PostgresStore>(location);
    return std::make_unique<SqliteStore>(location);
}

std::unique_ptr<LogStore> openLogStore(const QString &location)
{
    if (isPostgres(location))
        return std::make_unique<PostgresLogStore>(location);
    return std::make_unique<LogDatabase>(LogDatabase::pathFor(location));
}

std::unique_ptr<SecurityEventStore> openSecurityEventStore(const QString &location)
{
    if (isPostgres(location))
        return std::make_unique<PostgresSecurityEventStore>(location);
    return std::make_unique<SqliteSecurityEventStore>(LogDatabase::pathFor(location));
}

} // namespace scim::Backends
