#include "storage/postgres/PgResult.h"

#include <QtEndian>

#include <libpq-fe.h>

#include <cstring>

namespace scim {

namespace {
// timestamptz in binary format: microseconds since 2000-01-01 00:00:00 UTC.
constexpr qint64 kPostgresEpochMs = 946684800000;

qint64 bigEndian(const char *data, int length)
{
    switch (length) {
    case 2:
        return qFromBigEndian<qint16>(data);
    case 4:
        return qFromBigEndian<qint32>(data);
    case 8:
        return qFromBigEndian<qint64>(data);
    default:
        return 0;
    }
}
} // namespace

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

qint64 PgResult::affected() const
{
    if (!m_result)
        return 0;
    const char *tuples = PQcmdTuples(m_result);
    return tuples && *tuples ? QByteArray(tuples).toLongLong() : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QByteArray PgResult::bytes(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    if (isNull(row, column))
        return 0;
    return bigEndian(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

bool PgResult::boolean(int row, int column) const
{
    return !isNull(row, column) && PQgetlength(m_result, row, column) == 1 && *PQgetvalue(m_result, row, column) != 0;
}

QDateTime PgResult::timestamp(int row, int column) const
{
    if (isNull(row, column))
        return {};
    const qint64 micros = bigEndian(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
    const qint64 millis = micros >= 0 ? micros / 1000 : (micros - 999) / 1000;
    return QDateTime::fromMSecsSinceEpoch(kPostgresEpochMs + millis, Qt::UTC);
}

std::optional<QDateTime> PgResult::optionalTimestamp(int row, int column) const
{
    if (isNull(row, column))
        return std::nullopt;
    return timestamp(row, column);
}

} // namespace scim
