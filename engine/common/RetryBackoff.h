#pragma once

#include <QRandomGenerator>
#include <QThread>

namespace scim {

// How long to wait before running a transaction again that the database aborted to break a deadlock or a
// serialization conflict with another engine instance. The wait is random (full jitter) so that the two parties
// do not collide again in lockstep, and grows with the attempt: up to 2, 4, 8, … ms, never more than 50 ms, since
// the engine thread waits (the other instance is already done after its own short transaction).
namespace RetryBackoff {

// Bounded: after this many runs the request fails with a 503 that asks the client to retry.
constexpr int kMaxAttempts = 8;

inline int delayMs(int attempt)
{
    const int cap = qMin(50, 1 << qBound(1, attempt, 6));
    return int(QRandomGenerator::global()->bounded(cap + 1));
}

inline void wait(int attempt)
{
    QThread::msleep(unsigned(delayMs(attempt)));
}

} // namespace RetryBackoff

} // namespace scim
