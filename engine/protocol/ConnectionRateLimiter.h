#pragma once

#include "common/TokenBucket.h"
#include "protocol/RateLimit.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace scim {

class Store;

// The per-connection SCIM rate limit: one token bucket per connection, sized by the connection's options.rate_limit
// (RateLimit). Only authenticated requests are counted, so nobody without a token can use up a connection's budget.
class ConnectionRateLimiter
{
public:
    struct Decision
    {
        int retryAfterSeconds = 0; // 0: admitted
        RateLimit limit;
        bool admitted() const { return retryAfterSeconds == 0; }
    };

    explicit ConnectionRateLimiter(Store &store);

    Decision admit(const QString &connectionId);
    // Connections were changed through the Management API: read their limits again before the next request.
    void forgetSettings();

private:
    struct Entry
    {
        RateLimit limit;
        TokenBucket bucket;
        bool current = false;
    };

    Store &m_store;
    QHash<QString, Entry> m_entries;
    QElapsedTimer m_clock;
};

} // namespace scim
