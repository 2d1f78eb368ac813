#include "LogStore.h"

#include "LogDatabase.h"
#include "PostgresLogStore.h"
#include "StoreFactory.h"

namespace scim {

std::unique_ptr<LogStore> LogStore::open(const QString &engineDatabase)
{
    if (StoreFactory::isPostgres(engineDatabase))
        return std::make_unique<PostgresLogStore>(engineDatabase);
    return std::make_unique<LogDatabase>(LogDatabase::pathFor(engineDatabase));
}

} // namespace scim
