#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace scim {

// A prepared statement on SQLite's own API, for the statements every request runs. QSqlQuery formats a
// placeholder name for each bound value and copies it through QVariants, which cost more than the insert it
// binds. Values are bound by 1-based position; a null QString/QByteArray binds NULL.
class SqliteStatement
{
public:
    // Throws StoreError when the SQL does not prepare.
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();

    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bind(int index, const QString &text);
    void bind(int index, const QByteArray &blob);
    void bind(int index, qint64 value);
    void bindNull(int index);

    // Runs a statement that returns no rows and resets it. Throws StoreError: Conflict for a unique or
    // primary key violation, Failure otherwise.
    void execute();
    // For queries: advances to the next row (false at the end, after which the statement is reset).
    bool next();
    QString text(int column) const;
    qint64 integer(int column) const;
    // A BLOB column's bytes without a copy: valid until the statement steps or resets.
    QByteArray blobView(int column) const;
    // A TEXT column's UTF-8 bytes without a copy, valid as long as blobView()'s.
    QByteArrayView utf8View(int column) const;
    bool isBlob(int column) const;
    // Resets a query that was not read to its end, so it does not keep its snapshot of the database.
    void reset();

private:
    [[noreturn]] void fail(int code);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace scim
