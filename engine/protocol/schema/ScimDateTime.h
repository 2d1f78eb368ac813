#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace scim {

// An xsd:dateTime instant (RFC 7643 §2.3.5) with sub-millisecond precision. QDateTime stops at milliseconds,
// but .NET clients send seven fractional digits; comparing those after truncation would make distinct
// instants equal.
class ScimDateTime
{
public:
    // Accepts `YYYY-MM-DD[(T|t| )hh:mm[:ss[.fraction]]][Z|±hh[:]mm]`; a missing offset means UTC and a
    // date alone means midnight UTC. Fractions of any length are kept to the nanosecond.
    static std::optional<ScimDateTime> parse(QStringView text);

    qint64 msecsSinceEpoch() const { return m_msecs; }
    int subMsecNanos() const { return m_subMsecNanos; }

    friend auto operator<=>(const ScimDateTime &, const ScimDateTime &) = default;

private:
    ScimDateTime(qint64 msecs, int subMsecNanos);

    qint64 m_msecs = 0;
    int m_subMsecNanos = 0;
};

} // namespace scim
