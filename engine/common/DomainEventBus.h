#pragma once

#include "common/BatchListener.h"
#include "common/DomainEvent.h"

#include <QList>
#include <QObject>

namespace scim {

// Carries domain events from the SCIM service to their subscribers. While a batch is open (group commit) events
// wait for its outcome: released in order when it commits, dropped when it rolls back. Outside a batch every write
// commits on its own, so events go out at once. Subscribers may publish in turn (e.g. SessionsRevoked after a
// UserDeactivated); those follow the event that caused them.
class DomainEventBus : public QObject, public BatchListener
{
    Q_OBJECT

public:
    using QObject::QObject;

    void publish(DomainEvent event);

    // Whether publishers should fill DomainEvent::data (it costs a rendering per write, so only when asked).
    bool wantsData() const { return m_wantsData; }
    void setWantsData(bool wanted) { m_wantsData = wanted; }

    void batchBegan() override { m_holding = true; }
    void batchCommitted() override;
    void batchDiscarded() override;
    void batchRolledBack(const std::function<HttpResponse(quint64)> &) override;

Q_SIGNALS:
    // A committed event, on the engine thread.
    void committed(const scim::DomainEvent &event);

private:
    void release();

    QList<DomainEvent> m_pending;
    bool m_holding = false;
    bool m_releasing = false;
    bool m_wantsData = false;
};

} // namespace scim
