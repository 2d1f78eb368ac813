#include "storage/sqlite/SqliteStatement.h"

#include "storage/StoreError.h"

#include <sqlite3.h>

namespace scim {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
        throw StoreError(
            StoreError::Kind::Failure,
            QStringLiteral("Cannot prepare %1: %2").arg(QString::fromUtf8(sql), QString::fromUtf8(sqlite3_errmsg(db))));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, const QString &text)
{
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull()) {
        bindNull(index);
        return;
    }
    sqlite3_bind_blob(m_statement, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::execute()
{
    const int code = sqlite3_step(m_statement);
    if (code != SQLITE_DONE && code != SQLITE_ROW)
        fail(code);
    sqlite3_reset(m_statement);
}

bool SqliteStatement::next()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        fail(code);
    sqlite3_reset(m_statement);
    return false;
}

QString SqliteStatement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    if (!data)
        return QString();
    return QString(reinterpret_cast<const QChar *>(data), sqlite3_column_bytes16(m_statement, column) / 2);
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArray SqliteStatement::blobView(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    if (!data)
        return QByteArray();
    return QByteArray::fromRawData(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column));
}

QByteArrayView SqliteStatement::utf8View(int column) const
{
    const unsigned char *data = sqlite3_column_text(m_statement, column);
    if (!data)
        return QByteArrayView();
    return QByteArrayView(reinterpret_cast<const char *>(data), sqlite3_column_bytes(m_statement, column));
}

bool SqliteStatement::isBlob(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_BLOB;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

void SqliteStatement::fail(int code)
{
    const int extended = sqlite3_extended_errcode(m_db);
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    // The same classification as QSqlQuery errors get in SqliteStore::exec().
    const bool conflict = extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY ||
                          message.contains(QLatin1String("UNIQUE constraint failed"));
    Q_UNUSED(code);
    throw StoreError(conflict ? StoreError::Kind::Conflict : StoreError::Kind::Failure, message);
}

} // namespace scim
