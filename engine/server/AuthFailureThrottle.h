#pragma once

#include "common/TokenBucket.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QString>

namespace scim {

// Failed authentications per client address (ClientAddress: IPv4, or an IPv6 /64): an address that fails more than
// `failuresPerMinute` times within a minute is answered 429 for a while, before its credentials are looked at, then
// gets one attempt per 60/failuresPerMinute seconds until it stops failing. Other addresses are unaffected.
class AuthFailureThrottle
{
public:
    explicit AuthFailureThrottle(int failuresPerMinute);

    bool isEnabled() const { return m_limit > 0; }
    int limit() const { return m_limit; }
    // 0 when the address may try; otherwise the seconds it should wait (Retry-After).
    int retryAfter(const QHostAddress &peer);
    void recordFailure(const QHostAddress &peer);
    int trackedAddresses() const { return int(m_buckets.size()); }

private:
    void prune(qint64 now);

    int m_limit;
    QHash<QString, TokenBucket> m_buckets;
    QElapsedTimer m_clock;
};

} // namespace scim
