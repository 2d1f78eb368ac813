#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace scim {

// The changes that SET streams have yet to deliver, and the engine's signing keys: SqliteSecurityEventStore (the
// SQLite log database) or PostgresSecurityEventStore (the engine's PostgreSQL database, shared by every instance).
// A change gets a sequence number that is never reused and that follows commit order, so a stream's cursor (the
// last sequence it delivered) survives restarts and pruning, and never passes a change that is not visible yet.
// Used on the engine thread. Every method throws StoreError.
class SecurityEventStore
{
public:
    struct Entry
    {
        qint64 sequence = 0;
        QJsonObject change;
    };

    virtual ~SecurityEventStore() = default;

    // Appends in one transaction, in order.
    virtual void append(const QList<QJsonObject> &changes) = 0;
    virtual qint64 lastSequence() = 0;
    virtual QList<Entry> after(qint64 sequence, int take) = 0;
    virtual qint64 countAfter(qint64 sequence) = 0;
    // Deletes what every stream has (sequence ≤ `deliveredUpTo`) and anything older than `olderThanMs`
    // (milliseconds since the epoch; 0 keeps it). Returns how many.
    virtual int prune(qint64 deliveredUpTo, qint64 olderThanMs) = 0;

    // The signing key of `algorithm` (PEM) every instance uses, if any; keys are never overwritten.
    virtual std::optional<QByteArray> signingKey(const QString &algorithm) = 0;
    virtual void saveSigningKey(const QString &keyId, const QString &algorithm, const QByteArray &pem) = 0;

    // Whether `owner` (one dispatcher) may deliver the stream's next SET now: it holds the stream's delivery lease
    // for `leaseMs` from now. Several instances sharing one database must never send the same SET twice; with a
    // database only one engine opens, the answer is always yes.
    virtual bool claim(const QString &streamId, const QString &owner, qint64 leaseMs) = 0;
    // Gives up `owner`'s leases (an engine that stops), so another instance or the next run takes over at once.
    virtual void release(const QString &owner) = 0;
};

} // namespace scim
