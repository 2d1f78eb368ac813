#pragma once

#include <QByteArray>
#include <QString>

#include <compare>

namespace scim {

// A log event id (docs/logs.md): 24 decimal digits whose numeric order is the recording order. Held as two integers
// (the first 16 and the last 8 digits) so that a million rows do not carry a million strings.
class LogEventId
{
public:
    LogEventId() = default;
    static LogEventId fromString(QStringView text); // null unless exactly 24 digits
    static LogEventId maximum();                    // 24 nines: "before" it means "the newest events"

    bool isNull() const { return m_high == 0 && m_low == 0; }
    QString toString() const;
    QByteArray toLatin1() const;
    LogEventId next() const; // the smallest id greater than this one

    friend auto operator<=>(const LogEventId &, const LogEventId &) = default;
    friend bool operator==(const LogEventId &, const LogEventId &) = default;

private:
    LogEventId(quint64 high, quint32 low)
        : m_high(high)
        , m_low(low)
    {}

    quint64 m_high = 0; // digits 1–16
    quint32 m_low = 0;  // digits 17–24
};

} // namespace scim
