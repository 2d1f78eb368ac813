#include "protocol/ConnectionRateLimiter.h"

#include "storage/Store.h"

#include <cmath>

namespace scim {

ConnectionRateLimiter::ConnectionRateLimiter(Store &store)
    : m_store(store)
{
    m_clock.start();
}

ConnectionRateLimiter::Decision ConnectionRateLimiter::admit(const QString &connectionId)
{
    const qint64 now = m_clock.elapsed();
    auto it = m_entries.find(connectionId);
    if (it == m_entries.end() || !it->current) {
        const std::optional<Connection> connection = m_store.connection(connectionId);
        const RateLimit limit = connection ? RateLimit::fromOptions(connection->options) : RateLimit();
        if (it == m_entries.end())
            it = m_entries.insert(connectionId, Entry{limit, TokenBucket(limit.requestsPerSecond, limit.burst, now)});
        else
            it->bucket.reconfigure(limit.requestsPerSecond, limit.burst, now);
        it->limit = limit;
        it->current = true;
    }
    Decision decision;
    decision.limit = it->limit;
    if (!it->limit.enabled())
        return decision;
    const qint64 waitMs = it->bucket.take(now);
    if (waitMs > 0)
        decision.retryAfterSeconds = int(qMax<qint64>(1, (waitMs + 999) / 1000));
    return decision;
}

void ConnectionRateLimiter::forgetSettings()
{
    for (Entry &entry : m_entries)
        entry.current = false;
}

} // namespace scim
