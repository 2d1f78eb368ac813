#include "requestlog/StreamDeliveryLoop.h"

#include "requestlog/LogStore.h"
#include "storage/StoreError.h"

#include <QDateTime>
#include <QTimer>

namespace scim {

QJsonObject StreamDeliveryLoop::deliveryState(const LogStreamRecord &stream)
{
    const auto date = [](const QDateTime &value) {
        return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject delivery{{QStringLiteral("last_delivered_at"), date(stream.lastDeliveredAt)},
                         {QStringLiteral("consecutive_failures"), stream.failures},
                         {QStringLiteral("last_error"), stream.lastError}};
    if (stream.status == QLatin1String("suspended")) {
        delivery.insert(QStringLiteral("suspended_at"), date(stream.suspendedAt));
        delivery.insert(QStringLiteral("suspended_reason"),
                        QStringLiteral("Suspended after %1 consecutive failed deliveries; the last one: %2")
                            .arg(stream.failures)
                            .arg(stream.lastError.isEmpty() ? QStringLiteral("unknown error") : stream.lastError));
    }
    return delivery;
}

StreamDeliveryLoop::StreamDeliveryLoop(LogStore &streams, QObject *owner, std::function<void()> wake,
                                       const char *logPrefix)
    : m_streams(streams)
    , m_owner(owner)
    , m_wake(std::move(wake))
    , m_logPrefix(logPrefix)
{}

bool StreamDeliveryLoop::isDue(const LogStreamRecord &stream, qint64 nowMs) const
{
    return stream.status == QLatin1String("active") && !m_inFlight.contains(stream.id) &&
           m_retryAt.value(stream.id) <= nowMs;
}

quint64 StreamDeliveryLoop::start(const QString &streamId)
{
    m_inFlight.insert(streamId);
    return m_generation.value(streamId);
}

bool StreamDeliveryLoop::answered(const QString &streamId, quint64 generation)
{
    if (m_generation.value(streamId) != generation)
        return false;
    m_inFlight.remove(streamId);
    return true;
}

void StreamDeliveryLoop::reset(const QString &streamId)
{
    m_retryAt.remove(streamId);
    ++m_generation[streamId]; // an answer for the old configuration is ignored
    m_inFlight.remove(streamId);
}

void StreamDeliveryLoop::clear()
{
    m_inFlight.clear();
    m_retryAt.clear();
}

StreamDeliveryLoop::Result StreamDeliveryLoop::finish(const QString &streamId, qint64 cursor, bool ok,
                                                      const QString &reason)
{
    Result result;
    try {
        std::optional<LogStreamRecord> stream = m_streams.logStream(streamId);
        if (!stream)
            return result;
        stream->updatedAt = QDateTime::currentDateTimeUtc();
        if (ok) {
            stream->cursor = qMax(stream->cursor, cursor);
            stream->failures = 0;
            stream->lastError.clear();
            stream->lastDeliveredAt = stream->updatedAt;
            result.outcome = Outcome::Delivered;
        } else {
            stream->failures += 1;
            stream->lastError = reason;
            result.outcome = Outcome::Failed;
            if (stream->failures >= kMaxFailures) {
                stream->status = QStringLiteral("suspended");
                stream->suspendedAt = stream->updatedAt;
                result.outcome = Outcome::Suspended;
            }
        }
        m_streams.saveLogStream(*stream);
        result.stream = *stream;
    } catch (const StoreError &error) {
        qWarning("%s: cannot update stream %s: %s", m_logPrefix, qUtf8Printable(streamId),
                 qUtf8Printable(error.message()));
        return {};
    }
    switch (result.outcome) {
    case Outcome::Delivered:
        m_retryAt.remove(streamId);
        QTimer::singleShot(0, m_owner, m_wake); // more may be waiting
        break;
    case Outcome::Failed: {
        if (result.stream.status != QLatin1String("active"))
            break; // paused by another instance meanwhile
        const qint64 delay = qMin<qint64>(qint64(m_retryBaseMs) << qMin(result.stream.failures - 1, 16), kMaxBackoffMs);
        m_retryAt.insert(streamId, QDateTime::currentMSecsSinceEpoch() + delay);
        QTimer::singleShot(int(delay), Qt::PreciseTimer, m_owner, m_wake);
        break;
    }
    case Outcome::Gone:
    case Outcome::Suspended:
        break;
    }
    return result;
}

} // namespace scim
