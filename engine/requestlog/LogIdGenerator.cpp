#include "requestlog/LogIdGenerator.h"

#include "requestlog/LogId.h"

namespace scim {

qint64 LogIdGenerator::next(qint64 nowMs)
{
    const qint64 candidate = LogId::keyForMilliseconds(nowMs);
    m_last = candidate > m_last ? candidate : m_last + 1;
    return m_last;
}

} // namespace scim
