#pragma once

#include "common/BatchListener.h"
#include "common/DomainEvent.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace scim {

class DomainEventBus;
class SecurityEventStore;

// Turns committed domain events into stored changes for the SET streams (SecurityEventTokens::changes), one
// transaction per group-commit batch. Inactive (and free) while no SET stream exists.
class SecurityEventPublisher : public QObject, public BatchListener
{
    Q_OBJECT

public:
    SecurityEventPublisher(DomainEventBus &bus, SecurityEventStore &store, QObject *parent = nullptr);

    void setActive(bool active) { m_active = active; }
    bool isActive() const { return m_active; }

    // The commit pipeline adds this listener after the bus, which releases a batch's events first.
    void batchBegan() override { m_inBatch = true; }
    void batchCommitted() override;
    void batchDiscarded() override;
    void batchRolledBack(const std::function<HttpResponse(quint64)> &) override;

Q_SIGNALS:
    // New changes are stored.
    void appended();

private:
    void collect(const DomainEvent &event);
    void flush();
    QString txnOf(quint64 transactionId);

    SecurityEventStore &m_store;
    QList<DomainEvent> m_pending;
    QHash<quint64, QString> m_txns; // request → txn claim
    bool m_active = false;
    bool m_inBatch = false;
};

} // namespace scim
