#include "models/logs/LogEventId.h"

namespace scim {

namespace {
constexpr quint32 kLowLimit = 100000000;             // 10^8: the low part holds 8 digits
constexpr quint64 kHighLimit = 10000000000000000ULL; // 10^16
} // namespace

LogEventId LogEventId::fromString(QStringView text)
{
    if (text.size() != 24)
        return {};
    quint64 high = 0;
    quint32 low = 0;
    for (qsizetype i = 0; i < 24; ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9')
            return {};
        const unsigned digit = c.unicode() - u'0';
        if (i < 16)
            high = high * 10 + digit;
        else
            low = low * 10 + digit;
    }
    return LogEventId(high, low);
}

LogEventId LogEventId::maximum()
{
    return LogEventId(kHighLimit - 1, kLowLimit - 1);
}

QString LogEventId::toString() const
{
    return QString::fromLatin1(toLatin1());
}

QByteArray LogEventId::toLatin1() const
{
    QByteArray out(24, '0');
    quint64 high = m_high;
    quint32 low = m_low;
    for (int i = 23; i >= 16; --i, low /= 10)
        out[i] = char('0' + low % 10);
    for (int i = 15; i >= 0; --i, high /= 10)
        out[i] = char('0' + high % 10);
    return out;
}

LogEventId LogEventId::next() const
{
    if (m_low + 1 < kLowLimit)
        return LogEventId(m_high, m_low + 1);
    if (m_high + 1 < kHighLimit)
        return LogEventId(m_high + 1, 0);
    return *this;
}

} // namespace scim
