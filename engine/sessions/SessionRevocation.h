#pragma once

#include <QObject>

namespace scim {

class BackchannelLogout;
class DomainEventBus;
class Store;
struct DomainEvent;

// Ends a deactivated user's sessions: on every committed UserDeactivated it plans and sends the connection's
// OpenID Connect back-channel logout (when one is configured) and publishes SessionsRevoked, which the request
// log records. The only path from a deactivation to a logout, whether or not requests are logged.
class SessionRevocation : public QObject
{
    Q_OBJECT

public:
    SessionRevocation(Store &store, DomainEventBus &events, QObject *parent = nullptr);

    void setIssuer(const QString &issuer);
    void setRetryBaseMs(int milliseconds);

private:
    void handle(const DomainEvent &event);

    Store &m_store;
    DomainEventBus &m_events;
    BackchannelLogout *m_logout;
};

} // namespace scim
