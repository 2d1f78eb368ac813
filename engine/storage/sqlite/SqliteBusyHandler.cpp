#include "storage/sqlite/SqliteBusyHandler.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>
#include <unistd.h>

namespace scim {

namespace {

int retryQuickly(void *, int attempt)
{
    constexpr int kMaxAttempts = 40000;
    if (attempt >= kMaxAttempts)
        return 0;
    ::usleep(attempt < 20 ? 0 : 50);
    return 1;
}

} // namespace

void installFastBusyHandler(const QSqlDatabase &db)
{
    // The Qt driver links the same system libsqlite3 as we do, so its handle can be tuned directly.
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (auto *sqlite = *static_cast<sqlite3 *const *>(handle.data()))
            sqlite3_busy_handler(sqlite, retryQuickly, nullptr);
    }
}

} // namespace scim
