#pragma once

#include "common/DeliveryTest.h"
#include "requestlog/LogStreamRecord.h"
#include "requestlog/StreamDeliveryLoop.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace scim {

class EcSigningKey;
class LogStore;
class SecurityEventStore;
struct SetSink;

// Delivers stored changes to the active "scim-set" log streams as RFC 8935 push requests: one signed SET per POST
// (Content-Type application/secevent+jwt), per stream in order, at least once. The guarantees are those of
// webhook streams (LogStreamDispatcher), from the same StreamDeliveryLoop: the cursor (last delivered sequence) is
// saved after each acknowledged SET, failures are retried with exponential backoff, and after kMaxFailures in a row
// the stream is suspended until an admin sets it active again.
class SetStreamDispatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxFailures = StreamDeliveryLoop::kMaxFailures;
    static constexpr int kMaxBackoffMs = StreamDeliveryLoop::kMaxBackoffMs;
    static constexpr int kTimeoutMs = 15000;
    // How long a delivery lease lasts (SecurityEventStore::claim): longer than any one delivery can take.
    static constexpr int kLeaseMs = 4 * kTimeoutMs;
    static inline const QString kType = QStringLiteral("scim-set");

    SetStreamDispatcher(LogStore &streams, SecurityEventStore &events, QObject *parent = nullptr);

    void setIssuer(const QString &issuer) { m_issuer = issuer; }
    void setRetryBaseMs(int milliseconds) { m_loop.setRetryBaseMs(milliseconds); }
    void setSigningKey(const EcSigningKey *key) { m_key = key; }
    // Changes older than this are dropped even if a (paused or suspended) stream has not taken them; 0 keeps them.
    void setRetentionDays(int days) { m_retentionDays = days; }
    // This dispatcher in delivery leases (SecurityEventStore::claim).
    const QString &owner() const { return m_owner; }

    // New changes are stored, or a stream was created or changed.
    void wake();
    // Forgets the in-memory retry state of a stream that was changed or deleted.
    void reset(const QString &streamId);
    // Deletes the changes every stream has delivered (and those past retention).
    void prune();

    // Sends one signed verification SET (OpenID Shared Signals' verification event) to the stream's endpoint,
    // whatever its status: moves no cursor and counts no failure.
    void sendTest(const LogStreamRecord &stream, DeliveryTest::Done done);

    // The RFC 8935 §2.3 error of a refused SET ({"err", "description"}) as the stream's last_error.
    static QString describeFailure(int status, const QByteArray &body, const QString &networkError);

Q_SIGNALS:
    void delivered(const QString &streamId, qint64 sequence);
    void deliveryFailed(const QString &streamId, const QString &reason, int failures);

private:
    static QNetworkRequest sinkRequest(const SetSink &sink);
    void deliver(const LogStreamRecord &stream);
    void finished(const QString &streamId, qint64 sequence, bool ok, const QString &reason);

    LogStore &m_streams;
    SecurityEventStore &m_events;
    QNetworkAccessManager *m_network;
    const EcSigningKey *m_key = nullptr;
    QString m_issuer;
    const QString m_owner; // this dispatcher, in delivery leases
    StreamDeliveryLoop m_loop;
    int m_retentionDays = 0;
    qint64 m_lastPruneMs = 0;
};

} // namespace scim
