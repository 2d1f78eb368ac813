#pragma once

#include <QtGlobal>

namespace scim {

// Hands out strictly increasing log keys from the wall clock, also when the clock steps back or many events share
// a millisecond; seeded with the newest stored key so ids keep increasing across restarts.
class LogIdGenerator
{
public:
    void seed(qint64 lastKey) { m_last = qMax(m_last, lastKey); }
    qint64 next(qint64 nowMs);
    qint64 last() const { return m_last; }

private:
    qint64 m_last = 0;
};

} // namespace scim
