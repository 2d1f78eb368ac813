#include "StoreFactory.h"

#include "PgConnection.h"
#include "PostgresStore.h"
#include "SqliteStore.h"

namespace scim::StoreFactory {

std::unique_ptr<Store> open(const QString &location)
{
    if (isPostgres(location))
        return std::make_unique<PostgresStore>(location);
    return std::make_unique<SqliteStore>(location);
}

bool isPostgres(const QString &location)
{
    return PgConnection::isUrl(location);
}

QString describe(const QString &location)
{
    return isPostgres(location) ? PgConnection::describe(location) : location;
}

} // namespace scim::StoreFactory
