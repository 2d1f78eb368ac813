#pragma once

#include <QString>

#include <optional>

namespace scim {

// Log ids are 24-digit decimal strings: "9", the event time in ms since the epoch (15 digits) and an 8-digit
// sequence. Internally they are one 64-bit key (ms << 20 | sequence), so SQLite orders them as its rowid.
namespace LogId {
constexpr int kSequenceBits = 20;
constexpr qint64 kSequenceMask = (qint64(1) << kSequenceBits) - 1;

QString fromKey(qint64 key);
// Accepts the 24-digit form; "0" or "" mean "before everything" (key 0).
std::optional<qint64> toKey(const QString &logId);
inline qint64 keyForMilliseconds(qint64 ms)
{
    return ms << kSequenceBits;
}
inline qint64 milliseconds(qint64 key)
{
    return key >> kSequenceBits;
}
} // namespace LogId

} // namespace scim
