#pragma once

#include <QtGlobal>

namespace scim {

// A token bucket: holds at most `burst` tokens and gains `ratePerSecond` of them per second. Each request takes one;
// when none is left the request is over the limit until the next token arrives. Times are monotonic milliseconds
// supplied by the caller, so that the bucket is a plain value.
class TokenBucket
{
public:
    TokenBucket() = default;
    TokenBucket(double ratePerSecond, double burst, qint64 nowMs);

    // Takes a token: 0 when one was there, otherwise the milliseconds until one will be (nothing is taken).
    qint64 take(qint64 nowMs);
    // The milliseconds until a token is there (0: one is there now); takes nothing.
    qint64 wait(qint64 nowMs);
    // New rate and burst; the tokens held are kept, up to the new burst.
    void reconfigure(double ratePerSecond, double burst, qint64 nowMs);
    // True when the bucket is full again, so forgetting it changes nothing.
    bool isFull(qint64 nowMs);

    double ratePerSecond() const { return m_rate; }
    double burst() const { return m_burst; }

private:
    void refill(qint64 nowMs);

    double m_rate = 0;
    double m_burst = 0;
    double m_tokens = 0;
    qint64 m_lastMs = 0;
};

} // namespace scim
