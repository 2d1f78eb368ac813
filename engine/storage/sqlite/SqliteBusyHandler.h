#pragma once

class QSqlDatabase;

namespace scim {

// SQLite's default busy handler sleeps 1, 2, 5, 10 … 100 ms between retries, so a momentary lock conflict
// between the engine's connection and the checkpointer's would stall a request for tens of milliseconds.
// This handler retries every 50 µs for up to about two seconds instead.
void installFastBusyHandler(const QSqlDatabase &db);

} // namespace scim
