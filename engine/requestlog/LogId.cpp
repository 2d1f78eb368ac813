#include "requestlog/LogId.h"

namespace scim::LogId {

QString fromKey(qint64 key)
{
    return QLatin1Char('9') + QString::number(milliseconds(key)).rightJustified(15, QLatin1Char('0')) +
           QString::number(key & kSequenceMask).rightJustified(8, QLatin1Char('0'));
}

std::optional<qint64> toKey(const QString &logId)
{
    if (logId.isEmpty() || logId == QLatin1String("0"))
        return qint64(0);
    if (logId.size() != 24 || logId.at(0) != QLatin1Char('9'))
        return std::nullopt;
    bool okMs = false;
    bool okSeq = false;
    const qint64 ms = logId.mid(1, 15).toLongLong(&okMs);
    const qint64 sequence = logId.mid(16).toLongLong(&okSeq);
    if (!okMs || !okSeq || ms < 0 || sequence < 0 || sequence > kSequenceMask || ms > (qint64(1) << 42))
        return std::nullopt;
    return (ms << kSequenceBits) | sequence;
}

} // namespace scim::LogId
