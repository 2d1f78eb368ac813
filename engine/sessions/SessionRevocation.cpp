#include "sessions/SessionRevocation.h"

#include "common/DomainEventBus.h"
#include "sessions/BackchannelLogout.h"
#include "storage/Store.h"
#include "storage/StoreError.h"

namespace scim {

SessionRevocation::SessionRevocation(Store &store, DomainEventBus &events, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_events(events)
    , m_logout(new BackchannelLogout(this))
{
    connect(&events, &DomainEventBus::committed, this, &SessionRevocation::handle);
}

void SessionRevocation::setIssuer(const QString &issuer)
{
    m_logout->setIssuer(issuer);
}

void SessionRevocation::setRetryBaseMs(int milliseconds)
{
    m_logout->setRetryBaseMs(milliseconds);
}

void SessionRevocation::handle(const DomainEvent &event)
{
    if (event.kind != DomainEvent::Kind::UserDeactivated)
        return;
    QJsonObject options;
    try {
        if (const std::optional<Connection> connection = m_store.connection(event.connectionId))
            options = connection->options;
    } catch (const StoreError &error) {
        qWarning("sessions: cannot read connection %s: %s", qUtf8Printable(event.connectionId),
                 qUtf8Printable(error.message()));
    }
    QJsonObject details{{QStringLiteral("reason"), QStringLiteral("user deactivated (active: false)")}};
    // The log event names the logout token's jti, so the delivery is planned once and used for both.
    if (const QJsonObject delivery = BackchannelLogout::plan(options); !delivery.isEmpty()) {
        details.insert(QStringLiteral("backchannel_logout"), delivery);
        m_logout->send(event.connectionId, options, event.resourceId, delivery.value(QStringLiteral("jti")).toString());
    }
    DomainEvent revoked;
    revoked.kind = DomainEvent::Kind::SessionsRevoked;
    revoked.transactionId = event.transactionId;
    revoked.connectionId = event.connectionId;
    revoked.resourceType = event.resourceType;
    revoked.resourceId = event.resourceId;
    revoked.details = details;
    m_events.publish(std::move(revoked));
}

} // namespace scim
