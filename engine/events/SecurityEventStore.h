#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace scim {

// The changes that SET streams have yet to deliver, and the engine's signing keys, in the log database next to
// the log streams and their cursors (its own connection, on the engine thread). A change gets a sequence number
// that is never reused, so a stream's cursor (the last sequence it delivered) survives restarts and pruning.
class SecurityEventStore
{
public:
    struct Entry
    {
        qint64 sequence = 0;
        QJsonObject change;
    };

    explicit SecurityEventStore(const QString &path); // throws StoreError
    ~SecurityEventStore();
    SecurityEventStore(const SecurityEventStore &) = delete;
    SecurityEventStore &operator=(const SecurityEventStore &) = delete;

    // Appends in one transaction, in order.
    void append(const QList<QJsonObject> &changes);
    qint64 lastSequence();
    QList<Entry> after(qint64 sequence, int take);
    qint64 countAfter(qint64 sequence);
    // Deletes what every stream has (sequence ≤ `deliveredUpTo`) and anything older than `olderThanMs`
    // (milliseconds since the epoch; 0 keeps it). Returns how many.
    int prune(qint64 deliveredUpTo, qint64 olderThanMs);

    // The newest signing key of `algorithm` (PEM), if any; keys are never overwritten.
    std::optional<QByteArray> signingKey(const QString &algorithm);
    void saveSigningKey(const QString &keyId, const QString &algorithm, const QByteArray &pem);

private:
    void exec(const QString &sql);

    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace scim
