#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace scim {

// Positional parameters ($1, $2, …) for a libpq statement. Text, integers and times are sent in text format and
// bytea in binary, so no value is ever spliced into SQL. A null QString/QByteArray or an invalid QDateTime is NULL.
// PostgreSQL text cannot hold U+0000: text values carry U+FFFD in its place (the exact value lives in bytea).
class PgParams
{
public:
    PgParams &text(const QString &value);
    PgParams &integer(qint64 value);
    PgParams &boolean(bool value);
    PgParams &bytes(const QByteArray &value);
    PgParams &timestamp(const QDateTime &value);
    PgParams &timestamp(const std::optional<QDateTime> &value);
    PgParams &null();

    int size() const { return int(m_values.size()); }
    // Arrays for PQexecPrepared & co.; valid while this object lives and is not changed.
    const char *const *values() const;
    const int *lengths() const { return m_lengths.data(); }
    const int *formats() const { return m_formats.data(); }

private:
    void append(QByteArray value, int format, bool isNull);

    std::vector<QByteArray> m_values;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
    std::vector<bool> m_nulls;
    mutable std::vector<const char *> m_pointers;
};

} // namespace scim
