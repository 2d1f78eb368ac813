#include "events/SecurityEvents.h"

#include "common/DomainEventBus.h"
#include "events/EcSigningKey.h"
#include "events/SecurityEventPublisher.h"
#include "events/SecurityEventStore.h"
#include "events/SecurityEventTokens.h"
#include "events/SetSink.h"
#include "events/SetStreamDispatcher.h"
#include "requestlog/LogStore.h"
#include "requestlog/StreamDeliveryLoop.h"
#include "storage/StoreError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

namespace scim {

SecurityEvents::SecurityEvents(std::unique_ptr<SecurityEventStore> store, LogStore &streams, DomainEventBus &bus,
                               QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_streams(streams)
    , m_bus(bus)
{
    // One key for the engine's lifetime, kept in the database so receivers that cached the JWKS stay valid.
    const QString es256 = QStringLiteral("ES256");
    if (const std::optional<QByteArray> pem = m_store->signingKey(es256)) {
        if (std::optional<EcSigningKey> key = EcSigningKey::fromPem(*pem))
            m_key = std::make_unique<EcSigningKey>(std::move(*key));
        else
            qWarning("events: the stored ES256 key cannot be read; generating a new one");
    }
    if (!m_key) {
        std::optional<EcSigningKey> key = EcSigningKey::generate();
        if (!key)
            throw StoreError(StoreError::Kind::Failure, QStringLiteral("OpenSSL could not generate a P-256 key"));
        m_store->saveSigningKey(key->keyId(), es256, key->privateKeyPem());
        // Another instance may have stored its own key at the same time: use the one the store keeps.
        if (const std::optional<QByteArray> pem = m_store->signingKey(es256); pem && *pem != key->privateKeyPem())
            key = EcSigningKey::fromPem(*pem);
        if (!key)
            throw StoreError(StoreError::Kind::Failure, QStringLiteral("The stored ES256 key cannot be read"));
        m_key = std::make_unique<EcSigningKey>(std::move(*key));
    }
    m_publisher = new SecurityEventPublisher(bus, *m_store, this);
    m_dispatcher = new SetStreamDispatcher(streams, *m_store, this);
    m_dispatcher->setSigningKey(m_key.get());
    connect(m_publisher, &SecurityEventPublisher::appended, m_dispatcher, &SetStreamDispatcher::wake);
    streamsChanged();
    m_dispatcher->prune();
}

SecurityEvents::~SecurityEvents()
{
    // A restarted engine is a new owner: without this, its streams would wait for the old lease to run out.
    try {
        m_store->release(m_dispatcher->owner());
    } catch (const StoreError &error) {
        qWarning("events: cannot release the delivery leases: %s", qUtf8Printable(error.message()));
    }
}

BatchListener *SecurityEvents::batchListener() const
{
    return m_publisher;
}

void SecurityEvents::setIssuer(const QString &issuer)
{
    m_dispatcher->setIssuer(issuer);
    m_dispatcher->wake(); // streams left behind by the previous run, now that SETs can name their issuer
}

void SecurityEvents::setRetryBaseMs(int milliseconds)
{
    m_dispatcher->setRetryBaseMs(milliseconds);
}

void SecurityEvents::setRetentionDays(int days)
{
    m_dispatcher->setRetentionDays(days);
}

void SecurityEvents::setPollIntervalMs(int milliseconds)
{
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, m_dispatcher, &SetStreamDispatcher::wake);
    poll->start(milliseconds);
}

void SecurityEvents::storedElsewhere()
{
    m_dispatcher->wake();
}

void SecurityEvents::streamsChanged(const QString &streamId)
{
    if (!streamId.isEmpty())
        m_dispatcher->reset(streamId);
    bool any = false;
    bool full = false;
    try {
        for (const LogStreamRecord &stream : m_streams.logStreams()) {
            if (stream.type != SetStreamDispatcher::kType)
                continue;
            any = true;
            full = full || SetSink::fromJson(stream.sink).full;
        }
    } catch (const StoreError &error) {
        qWarning("events: cannot read log streams: %s", qUtf8Printable(error.message()));
        return;
    }
    m_publisher->setActive(any);
    m_bus.setWantsData(full);
    QJsonObject config;
    if (any)
        config =
            QJsonObject{{QStringLiteral("asyncRequest"), QStringLiteral("none")},
                        {QStringLiteral("eventUris"), QJsonArray::fromStringList(SecurityEventTokens::eventUris())}};
    if (config != m_serviceProviderConfig) {
        m_serviceProviderConfig = config;
        Q_EMIT serviceProviderConfigChanged(config);
    }
    m_dispatcher->wake();
}

qint64 SecurityEvents::lastSequence()
{
    return m_store->lastSequence();
}

QJsonObject SecurityEvents::deliveryJson(const LogStreamRecord &stream)
{
    // The same delivery facts as a webhook stream's, counted in SETs rather than log events.
    QJsonObject delivery = StreamDeliveryLoop::deliveryState(stream);
    delivery.insert(QStringLiteral("last_delivered_sequence"), stream.cursor);
    delivery.insert(QStringLiteral("pending_events"), m_store->countAfter(stream.cursor));
    return delivery;
}

void SecurityEvents::sendTest(const LogStreamRecord &stream, DeliveryTest::Done done)
{
    m_dispatcher->sendTest(stream, std::move(done));
}

QJsonObject SecurityEvents::jwks() const
{
    return {{QStringLiteral("keys"), QJsonArray{m_key->publicJwk()}}};
}

} // namespace scim
