#include "events/SecurityEventPublisher.h"

#include "common/DomainEventBus.h"
#include "common/RandomId.h"
#include "events/SecurityEventStore.h"
#include "events/SecurityEventTokens.h"
#include "storage/StoreError.h"

#include <QDateTime>

namespace scim {

SecurityEventPublisher::SecurityEventPublisher(DomainEventBus &bus, SecurityEventStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&bus, &DomainEventBus::committed, this, &SecurityEventPublisher::collect);
}

void SecurityEventPublisher::collect(const DomainEvent &event)
{
    if (!m_active)
        return;
    m_pending.append(event);
    if (!m_inBatch)
        flush(); // a write outside a batch committed on its own
}

void SecurityEventPublisher::batchCommitted()
{
    m_inBatch = false;
    flush();
}

void SecurityEventPublisher::batchDiscarded()
{
    m_inBatch = false;
    m_pending.clear();
}

void SecurityEventPublisher::batchRolledBack(const std::function<HttpResponse(quint64)> &)
{
    m_inBatch = false;
    m_pending.clear();
}

QString SecurityEventPublisher::txnOf(quint64 transactionId)
{
    // Transaction ids count requests within one run; the txn claim must be unique for good.
    auto it = m_txns.find(transactionId);
    if (it == m_txns.end()) {
        if (m_txns.size() > 4096)
            m_txns.clear();
        it = m_txns.insert(transactionId, RandomId::uuid());
    }
    return *it;
}

void SecurityEventPublisher::flush()
{
    if (m_pending.isEmpty())
        return;
    const QList<QJsonObject> changes = SecurityEventTokens::changes(
        m_pending, [this](quint64 id) { return txnOf(id); }, QDateTime::currentSecsSinceEpoch());
    m_pending.clear();
    try {
        m_store.append(changes);
    } catch (const StoreError &error) {
        qWarning("events: %lld security events could not be stored: %s", qint64(changes.size()),
                 qUtf8Printable(error.message()));
        return;
    }
    Q_EMIT appended();
}

} // namespace scim
