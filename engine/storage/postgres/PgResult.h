#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

struct pg_result;

namespace scim {

// One libpq result in binary format, owned. Columns are read by 0-based index with the accessor for their SQL
// type; integers of any width read as qint64, timestamptz as a UTC QDateTime with millisecond precision.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result)
        : m_result(result)
    {}
    ~PgResult();
    PgResult(PgResult &&other) noexcept
        : m_result(std::exchange(other.m_result, nullptr))
    {}
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    // Rows changed by an INSERT/UPDATE/DELETE (the command tag's count).
    qint64 affected() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    qint64 integer(int row, int column) const;
    bool boolean(int row, int column) const;
    QDateTime timestamp(int row, int column) const; // invalid when NULL
    std::optional<QDateTime> optionalTimestamp(int row, int column) const;

private:
    pg_result *m_result = nullptr;
};

} // namespace scim
