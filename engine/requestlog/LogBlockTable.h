#pragma once

struct sqlite3;

namespace scim {

// The `logs` table that searches run on: an eponymous SQLite virtual table that reads the events stored in
// `log_blocks` (LogBlock) back as rows with the columns the Management API filters on. It skips whole blocks by
// log id and date bounds, connection and user (the block summaries), and returns rows in log id order either way,
// so `ORDER BY key [DESC] LIMIT n` reads only the blocks it needs.
class LogBlockTable
{
public:
    // Registers the table on one connection; returns an SQLite result code.
    static int registerOn(sqlite3 *db);
};

} // namespace scim
