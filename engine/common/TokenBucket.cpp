#include "common/TokenBucket.h"

#include <cmath>
#include <limits>

namespace scim {

TokenBucket::TokenBucket(double ratePerSecond, double burst, qint64 nowMs)
    : m_rate(ratePerSecond)
    , m_burst(burst)
    , m_tokens(burst)
    , m_lastMs(nowMs)
{}

void TokenBucket::refill(qint64 nowMs)
{
    if (nowMs > m_lastMs) {
        m_tokens = qMin(m_burst, m_tokens + double(nowMs - m_lastMs) * m_rate / 1000.0);
        m_lastMs = nowMs;
    }
}

qint64 TokenBucket::wait(qint64 nowMs)
{
    refill(nowMs);
    if (m_tokens >= 1.0)
        return 0;
    if (m_rate <= 0)
        return std::numeric_limits<qint64>::max();
    return qint64(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate));
}

qint64 TokenBucket::take(qint64 nowMs)
{
    const qint64 waitMs = wait(nowMs);
    if (waitMs == 0)
        m_tokens -= 1.0;
    return waitMs;
}

void TokenBucket::reconfigure(double ratePerSecond, double burst, qint64 nowMs)
{
    refill(nowMs);
    m_rate = ratePerSecond;
    m_burst = burst;
    m_tokens = qMin(m_tokens, burst);
}

bool TokenBucket::isFull(qint64 nowMs)
{
    refill(nowMs);
    return m_tokens >= m_burst;
}

} // namespace scim
