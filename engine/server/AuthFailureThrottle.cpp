#include "server/AuthFailureThrottle.h"

#include "common/ClientAddress.h"

namespace scim {

namespace {
// Addresses whose bucket is full again are forgotten when more than this many are tracked.
constexpr qsizetype kPruneAbove = 4096;
} // namespace

AuthFailureThrottle::AuthFailureThrottle(int failuresPerMinute)
    : m_limit(qMax(0, failuresPerMinute))
{
    m_clock.start();
}

int AuthFailureThrottle::retryAfter(const QHostAddress &peer)
{
    if (m_limit == 0 || m_buckets.isEmpty())
        return 0;
    const auto it = m_buckets.find(ClientAddress::key(peer));
    if (it == m_buckets.end())
        return 0;
    const qint64 waitMs = it->wait(m_clock.elapsed());
    return waitMs == 0 ? 0 : int(qMax<qint64>(1, (waitMs + 999) / 1000));
}

void AuthFailureThrottle::recordFailure(const QHostAddress &peer)
{
    if (m_limit == 0)
        return;
    const qint64 now = m_clock.elapsed();
    const QString key = ClientAddress::key(peer);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= kPruneAbove)
            prune(now);
        it = m_buckets.insert(key, TokenBucket(m_limit / 60.0, m_limit, now));
    }
    it->take(now);
}

void AuthFailureThrottle::prune(qint64 now)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (it->isFull(now))
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace scim
