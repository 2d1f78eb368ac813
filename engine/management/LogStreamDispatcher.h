#pragma once

#include "common/DeliveryTest.h"
#include "requestlog/LogStreamRecord.h"
#include "requestlog/StreamDeliveryLoop.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace scim {

class LogStore;

// Delivers log events to the active HTTP log streams (type "http"): per stream, in log_id order, in batches, at
// least once. The cursor (last delivered key) is persisted after each acknowledged batch, so a restart resumes
// where it stopped. A failed batch is retried with exponential backoff; after kMaxFailures consecutive failures the
// stream becomes `suspended` until an admin PATCHes it back to `active` (StreamDeliveryLoop, shared with SET streams).
class LogStreamDispatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxFailures = StreamDeliveryLoop::kMaxFailures;
    static constexpr int kBatchSize = 100;
    static constexpr int kMaxBackoffMs = StreamDeliveryLoop::kMaxBackoffMs;

    explicit LogStreamDispatcher(LogStore &database, QObject *parent = nullptr);

    void setRetryBaseMs(int milliseconds) { m_loop.setRetryBaseMs(milliseconds); }
    // New events are readable, or a stream was created or changed.
    void wake();
    // Forget in-memory retry state of a stream that was changed or deleted.
    void reset(const QString &streamId);
    // Another engine instance changed a stream: re-read the streams, drop its backoff (a delivery in flight
    // finishes as usual).
    void changedElsewhere(const QString &streamId);
    // Streams were created, changed or deleted: re-read them on the next wake.
    void invalidate() { m_activeStreams = -1; }
    // Only one engine instance on a shared database delivers (the leader); on by default.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    static bool acceptsScimEvents(const QJsonArray &filters);
    static QByteArray format(const QList<QJsonObject> &events, const QString &contentFormat);

    // Sends one synthetic event to the stream's sink as a real batch would go (format, authorization, headers),
    // whatever the stream's status; it does not move the cursor or count as a failure.
    void sendTest(const LogStreamRecord &stream, DeliveryTest::Done done);
    static QJsonObject testEvent(const LogStreamRecord &stream);

Q_SIGNALS:
    void batchDelivered(const QString &streamId, qint64 cursor, int events);
    void deliveryFailed(const QString &streamId, const QString &reason, int failures);

private:
    void deliver(LogStreamRecord stream);
    // The POST of a batch to the stream's sink; one place for every sink type's request.
    static QNetworkRequest sinkRequest(const LogStreamRecord &stream);
    void finished(const QString &streamId, qint64 lastKey, int events, bool ok, const QString &reason);

    LogStore &m_database;
    QNetworkAccessManager *m_network;
    StreamDeliveryLoop m_loop;
    int m_activeStreams = -1; // -1: unknown; 0 lets wake() return without touching the database
    bool m_enabled = true;
};

} // namespace scim
