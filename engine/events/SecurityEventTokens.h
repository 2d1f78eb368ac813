#pragma once

#include "common/DomainEvent.h"
#include "events/SetSink.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

namespace scim {

class EcSigningKey;

// RFC 9967 SCIM provisioning events as security event tokens (RFC 8417), in two steps. Domain events become
// *changes* when they are committed: one per resource state change, stored until every SET stream has it. A
// change becomes a stream's SET when it is delivered: claims with the stream's audience and form, then signed.
class SecurityEventTokens
{
public:
    // The event URIs this engine sends (ServiceProviderConfig's securityEvents.eventUris).
    static QStringList eventUris();

    // One change per resource state change, in order: a write's UserUpdated and its UserActivated or
    // UserDeactivated become one change (one SET with both events, RFC 9967 §2.1); a group's membership change is
    // part of its create or update. `txnOf` names the transaction of a request; `issuedAt` is in seconds.
    static QList<QJsonObject> changes(const QList<DomainEvent> &events, const std::function<QString(quint64)> &txnOf,
                                      qint64 issuedAt);

    // The claims of the SET that tells the receiver of stream `streamId` about `change`. The jti is derived from
    // both, so a SET sent again after a failure or a restart is the same SET.
    static QJsonObject claims(const QJsonObject &change, const SetSink &sink, const QString &issuer,
                              const QString &streamId);

    // The compact JWS (typ secevent+jwt); ES256 needs `key`. Empty when it cannot be signed.
    static QByteArray sign(const QJsonObject &claims, const SetSink &sink, const EcSigningKey *key);

    static QString base64Url(const QByteArray &bytes);
};

} // namespace scim
