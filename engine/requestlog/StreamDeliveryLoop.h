#pragma once

#include "requestlog/LogStreamRecord.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <functional>

class QObject;

namespace scim {

class LogStore;

// The delivery bookkeeping every log stream shares, whatever it sends (webhook batches in LogStreamDispatcher,
// signed SETs in SetStreamDispatcher): one delivery in flight per stream, answers for a stream changed meanwhile
// ignored, the cursor saved after each acknowledged delivery, exponential backoff after a failure, and suspension
// after kMaxFailures failures in a row until an admin sets the stream active again. What is sent and how is the
// dispatcher's; when to send again is decided here, so both kinds of stream behave the same.
class StreamDeliveryLoop
{
public:
    static constexpr int kMaxFailures = 10;
    static constexpr int kMaxBackoffMs = 60000;

    enum class Outcome
    {
        Gone,      // the stream was deleted, or could not be read or saved (logged)
        Delivered, // the cursor moved; wake() follows right away, more may be waiting
        Failed,    // wake() follows after the backoff
        Suspended  // the last failure was one too many: nothing more until an admin sets the stream active
    };
    struct Result
    {
        Outcome outcome = Outcome::Gone;
        LogStreamRecord stream; // as saved
    };

    // `owner` carries the retry timers (they die with it); `wake` looks for due streams; `logPrefix` starts the
    // warnings ("logs", "events").
    StreamDeliveryLoop(LogStore &streams, QObject *owner, std::function<void()> wake, const char *logPrefix);

    // What every kind of stream reports of its delivery: last delivery, failures, last error and, when suspended,
    // since when and why (`delivery` in the Management API). Each kind adds its own cursor.
    static QJsonObject deliveryState(const LogStreamRecord &stream);

    void setRetryBaseMs(int milliseconds) { m_retryBaseMs = milliseconds; }

    // The stream is active, nothing is in flight for it and it is not waiting for a retry.
    bool isDue(const LogStreamRecord &stream, qint64 nowMs) const;
    // A delivery starts; pass the returned generation to answered() with its answer.
    quint64 start(const QString &streamId);
    // The answer of a delivery arrived: false when the stream was changed or deleted since (ignore the answer).
    bool answered(const QString &streamId, quint64 generation);
    // The stream was changed or deleted here: forget its backoff, ignore the answer in flight.
    void reset(const QString &streamId);
    // Another engine instance changed the stream: forget its backoff (a delivery in flight finishes as usual).
    void forgetBackoff(const QString &streamId) { m_retryAt.remove(streamId); }
    // Another instance took over (or gave up) delivery: forget every in-flight delivery and backoff.
    void clear();

    // Records a delivery's result in the stream (`cursor` on success; the failure count, `reason` and suspension on
    // failure), saves it and schedules the next wake().
    Result finish(const QString &streamId, qint64 cursor, bool ok, const QString &reason);

private:
    LogStore &m_streams;
    QObject *m_owner;
    std::function<void()> m_wake;
    const char *m_logPrefix;
    QSet<QString> m_inFlight;
    QHash<QString, qint64> m_retryAt; // stream id → msecs since epoch before which it waits
    QHash<QString, quint64> m_generation;
    int m_retryBaseMs = 1000;
};

} // namespace scim
