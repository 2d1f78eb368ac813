#include "events/SetStreamDispatcher.h"

#include "common/RandomId.h"
#include "events/SecurityEventStore.h"
#include "events/SecurityEventTokens.h"
#include "events/SetSink.h"
#include "requestlog/LogStore.h"
#include "storage/StoreError.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <limits>

namespace scim {

SetStreamDispatcher::SetStreamDispatcher(LogStore &streams, SecurityEventStore &events, QObject *parent)
    : QObject(parent)
    , m_streams(streams)
    , m_events(events)
    , m_network(new QNetworkAccessManager(this))
    , m_owner(RandomId::uuid())
    , m_loop(
          streams, this, [this] { wake(); }, "events")
{}

void SetStreamDispatcher::reset(const QString &streamId)
{
    m_loop.reset(streamId);
}

void SetStreamDispatcher::wake()
{
    if (m_issuer.isEmpty())
        return; // not listening yet: a SET without its issuer cannot be verified
    QList<LogStreamRecord> streams;
    try {
        streams = m_streams.logStreams();
    } catch (const StoreError &error) {
        qWarning("events: cannot read log streams: %s", qUtf8Printable(error.message()));
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const LogStreamRecord &stream : std::as_const(streams)) {
        if (stream.type == kType && m_loop.isDue(stream, now))
            deliver(stream);
    }
    if (now - m_lastPruneMs > 60000)
        prune();
}

void SetStreamDispatcher::prune()
{
    m_lastPruneMs = QDateTime::currentMSecsSinceEpoch();
    try {
        qint64 delivered = std::numeric_limits<qint64>::max();
        for (const LogStreamRecord &stream : m_streams.logStreams()) {
            if (stream.type == kType)
                delivered = qMin(delivered, stream.cursor);
        }
        if (delivered == std::numeric_limits<qint64>::max())
            delivered = m_events.lastSequence(); // no SET stream: nobody needs any of them
        const qint64 cutoff = m_retentionDays > 0 ? m_lastPruneMs - qint64(m_retentionDays) * 86400000 : 0;
        m_events.prune(delivered, cutoff);
    } catch (const StoreError &error) {
        qWarning("events: cannot prune delivered security events: %s", qUtf8Printable(error.message()));
    }
}

QString SetStreamDispatcher::describeFailure(int status, const QByteArray &body, const QString &networkError)
{
    if (!status)
        return networkError;
    QString reason = QStringLiteral("HTTP %1").arg(status);
    const QJsonObject error = QJsonDocument::fromJson(body).object();
    const QString code = error.value(QStringLiteral("err")).toString();
    if (!code.isEmpty()) {
        reason += QLatin1Char(' ') + code;
        const QString description = error.value(QStringLiteral("description")).toString();
        if (!description.isEmpty())
            reason += QStringLiteral(": ") + description.left(200);
    }
    return reason;
}

void SetStreamDispatcher::deliver(const LogStreamRecord &listed)
{
    QList<SecurityEventStore::Entry> entries;
    std::optional<LogStreamRecord> current;
    try {
        // Another instance sharing the database may be delivering this stream: then it goes on doing so. Once the
        // lease is ours, the cursor is read again: the previous holder may have moved it since it was listed.
        if (m_events.after(listed.cursor, 1).isEmpty() || !m_events.claim(listed.id, m_owner, kLeaseMs))
            return;
        current = m_streams.logStream(listed.id);
        if (!current || current->status != QLatin1String("active"))
            return;
        entries = m_events.after(current->cursor, 1);
    } catch (const StoreError &error) {
        qWarning("events: cannot read security events for stream %s: %s", qUtf8Printable(listed.id),
                 qUtf8Printable(error.message()));
        return;
    }
    if (entries.isEmpty())
        return;
    const LogStreamRecord &stream = *current;
    const SecurityEventStore::Entry &entry = entries.constFirst();
    const SetSink sink = SetSink::fromJson(stream.sink);
    const QByteArray token =
        SecurityEventTokens::sign(SecurityEventTokens::claims(entry.change, sink, m_issuer, stream.id), sink, m_key);
    if (token.isEmpty()) {
        finished(stream.id, entry.sequence, false, QStringLiteral("The security event could not be signed"));
        return;
    }
    const QNetworkRequest request = sinkRequest(sink);
    const quint64 generation = m_loop.start(stream.id);
    QNetworkReply *reply = m_network->post(request, token);
    const QString id = stream.id;
    const qint64 sequence = entry.sequence;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, sequence, generation] {
        reply->deleteLater();
        if (!m_loop.answered(id, generation))
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // RFC 8935 §2.2 acknowledges with 202; any 2xx is taken as received.
        const bool ok = status >= 200 && status < 300;
        finished(id, sequence, ok, ok ? QString() : describeFailure(status, reply->readAll(), reply->errorString()));
    });
}

QNetworkRequest SetStreamDispatcher::sinkRequest(const SetSink &sink)
{
    QNetworkRequest request{QUrl(sink.endpoint)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/secevent+jwt"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!sink.authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), sink.authorization.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    return request;
}

void SetStreamDispatcher::sendTest(const LogStreamRecord &stream, DeliveryTest::Done done)
{
    const SetSink sink = SetSink::fromJson(stream.sink);
    const QJsonObject claims{
        {QStringLiteral("iss"), m_issuer},
        {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch()},
        {QStringLiteral("jti"), RandomId::alphanumeric(32)},
        {QStringLiteral("aud"), sink.audience},
        {QStringLiteral("sub_id"),
         QJsonObject{{QStringLiteral("format"), QStringLiteral("opaque")}, {QStringLiteral("id"), stream.id}}},
        {QStringLiteral("events"),
         QJsonObject{{QStringLiteral("https://schemas.openid.net/secevent/ssf/event-type/verification"),
                      QJsonObject{{QStringLiteral("state"), QStringLiteral("scim-console-test")}}}}}};
    const QByteArray token = SecurityEventTokens::sign(claims, sink, m_key);
    if (token.isEmpty()) {
        done(DeliveryTest::notSent(QStringLiteral("The security event could not be signed")));
        return;
    }
    DeliveryTest::post(*m_network, sinkRequest(sink), token, this, {}, std::move(done));
}

void SetStreamDispatcher::finished(const QString &streamId, qint64 sequence, bool ok, const QString &reason)
{
    const StreamDeliveryLoop::Result result = m_loop.finish(streamId, sequence, ok, reason);
    switch (result.outcome) {
    case StreamDeliveryLoop::Outcome::Gone:
        return;
    case StreamDeliveryLoop::Outcome::Delivered:
        Q_EMIT delivered(streamId, sequence);
        return;
    case StreamDeliveryLoop::Outcome::Failed:
    case StreamDeliveryLoop::Outcome::Suspended:
        Q_EMIT deliveryFailed(streamId, reason, result.stream.failures);
        return;
    }
}

} // namespace scim
