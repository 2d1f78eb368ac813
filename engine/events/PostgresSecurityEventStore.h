#pragma once

#include "events/SecurityEventStore.h"

#include <memory>

namespace scim {

class PgConnection;

// The SET changes and signing keys in the engine's PostgreSQL database (tables of PostgresSchema's version 6),
// shared by every instance. Sequences are handed out under the row lock of `security_event_head`, so they become
// visible in order across instances. A stream's delivery lease (`security_event_leases`) is taken with
// SELECT … FOR UPDATE SKIP LOCKED: one instance delivers a stream at a time, and takes over from another only
// after that one's lease ran out. Appends NOTIFY the other instances (scim_changes "security_events <seq>").
class PostgresSecurityEventStore final : public SecurityEventStore
{
public:
    explicit PostgresSecurityEventStore(const QString &url); // throws StoreError
    ~PostgresSecurityEventStore() override;
    PostgresSecurityEventStore(const PostgresSecurityEventStore &) = delete;
    PostgresSecurityEventStore &operator=(const PostgresSecurityEventStore &) = delete;

    void append(const QList<QJsonObject> &changes) override;
    qint64 lastSequence() override;
    QList<Entry> after(qint64 sequence, int take) override;
    qint64 countAfter(qint64 sequence) override;
    int prune(qint64 deliveredUpTo, qint64 olderThanMs) override;
    std::optional<QByteArray> signingKey(const QString &algorithm) override;
    void saveSigningKey(const QString &keyId, const QString &algorithm, const QByteArray &pem) override;
    bool claim(const QString &streamId, const QString &owner, qint64 leaseMs) override;
    void release(const QString &owner) override;

private:
    std::unique_ptr<PgConnection> m_pg;
};

} // namespace scim
