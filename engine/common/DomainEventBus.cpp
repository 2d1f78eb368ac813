#include "common/DomainEventBus.h"

namespace scim {

void DomainEventBus::publish(DomainEvent event)
{
    m_pending.append(std::move(event));
    if (!m_holding)
        release();
}

void DomainEventBus::batchCommitted()
{
    m_holding = false;
    release();
}

void DomainEventBus::batchDiscarded()
{
    m_holding = false;
    m_pending.clear();
}

void DomainEventBus::batchRolledBack(const std::function<HttpResponse(quint64)> &)
{
    // Nothing the events describe was stored.
    m_holding = false;
    m_pending.clear();
}

void DomainEventBus::release()
{
    // Events published by a subscriber join the queue instead of overtaking the one being delivered.
    if (m_releasing)
        return;
    m_releasing = true;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const DomainEvent event = m_pending.at(i);
        Q_EMIT committed(event);
    }
    m_pending.clear();
    m_releasing = false;
}

} // namespace scim
