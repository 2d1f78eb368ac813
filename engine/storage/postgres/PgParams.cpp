#include "storage/postgres/PgParams.h"

namespace scim {

void PgParams::append(QByteArray value, int format, bool isNull)
{
    m_lengths.push_back(int(value.size()));
    m_formats.push_back(format);
    m_nulls.push_back(isNull);
    m_values.push_back(std::move(value));
}

PgParams &PgParams::text(const QString &value)
{
    if (value.isNull()) {
        append({}, 0, true);
        return *this;
    }
    QByteArray utf8 = value.toUtf8();
    if (utf8.contains('\0'))
        utf8.replace(QByteArrayView("\0", 1), QByteArrayView("\xEF\xBF\xBD"));
    append(std::move(utf8), 0, false);
    return *this;
}

PgParams &PgParams::integer(qint64 value)
{
    append(QByteArray::number(value), 0, false);
    return *this;
}

PgParams &PgParams::boolean(bool value)
{
    append(value ? QByteArrayLiteral("t") : QByteArrayLiteral("f"), 0, false);
    return *this;
}

PgParams &PgParams::bytes(const QByteArray &value)
{
    append(value, 1, value.isNull());
    return *this;
}

PgParams &PgParams::timestamp(const QDateTime &value)
{
    if (!value.isValid()) {
        append({}, 0, true);
        return *this;
    }
    append(value.toUTC().toString(Qt::ISODateWithMs).toLatin1(), 0, false);
    return *this;
}

PgParams &PgParams::timestamp(const std::optional<QDateTime> &value)
{
    return timestamp(value.value_or(QDateTime()));
}

PgParams &PgParams::null()
{
    append({}, 0, true);
    return *this;
}

const char *const *PgParams::values() const
{
    m_pointers.resize(m_values.size());
    for (size_t i = 0; i < m_values.size(); ++i) {
        // A non-null empty value must not be a null pointer (that would mean SQL NULL).
        m_pointers[i] = m_nulls[i] ? nullptr : (m_values[i].isNull() ? "" : m_values[i].constData());
    }
    return m_pointers.data();
}

} // namespace scim
