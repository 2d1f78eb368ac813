#pragma once

#include "common/DeliveryTest.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace scim {

class BatchListener;
class DomainEventBus;
class EcSigningKey;
class LogStore;
class SecurityEventPublisher;
class SecurityEventStore;
class SetStreamDispatcher;
struct LogStreamRecord;

// RFC 9967 SCIM security events: "scim-set" log streams that push one signed SET per provisioning change
// (docs/logs.md). Owns the change store, the engine's ES256 key, the publisher that listens to the domain events
// and the dispatcher that delivers; the log-stream endpoints and the engine talk to it.
class SecurityEvents : public QObject
{
    Q_OBJECT

public:
    // Takes the change store (the SQLite log database's, or the PostgreSQL database's) and loads (or creates) the
    // signing key. Throws StoreError.
    SecurityEvents(std::unique_ptr<SecurityEventStore> store, LogStore &streams, DomainEventBus &bus,
                   QObject *parent = nullptr);
    ~SecurityEvents() override;

    // What the commit pipeline tells about each batch (added after the bus).
    BatchListener *batchListener() const;
    void setIssuer(const QString &issuer);
    void setRetryBaseMs(int milliseconds);
    void setRetentionDays(int days);
    // Several instances share the database: look for changes other instances stored every `milliseconds` as well
    // (a safety net for a lost notification, and how a lease that ran out is taken over).
    void setPollIntervalMs(int milliseconds);
    // Another instance stored changes.
    void storedElsewhere();

    // Streams were created, changed or deleted (`streamId`: forget its retry state).
    void streamsChanged(const QString &streamId = QString());
    // The sequence of the newest change: where a new stream starts.
    qint64 lastSequence();
    // The delivery object of a stream's JSON.
    QJsonObject deliveryJson(const LogStreamRecord &stream);
    // Sends one signed verification SET to the stream's receiver (SetStreamDispatcher::sendTest); `done` gets
    // what the receiver answered.
    void sendTest(const LogStreamRecord &stream, DeliveryTest::Done done);
    // {"keys": [the public ES256 key]}, served at /.well-known/jwks.json.
    QJsonObject jwks() const;
    // ServiceProviderConfig's securityEvents (RFC 9967 §4); empty while no SET stream exists.
    QJsonObject serviceProviderConfig() const { return m_serviceProviderConfig; }

Q_SIGNALS:
    void serviceProviderConfigChanged(const QJsonObject &securityEvents);

private:
    std::unique_ptr<SecurityEventStore> m_store;
    std::unique_ptr<EcSigningKey> m_key;
    SecurityEventPublisher *m_publisher = nullptr;
    SetStreamDispatcher *m_dispatcher = nullptr;
    LogStore &m_streams;
    DomainEventBus &m_bus;
    QJsonObject m_serviceProviderConfig;
};

} // namespace scim
