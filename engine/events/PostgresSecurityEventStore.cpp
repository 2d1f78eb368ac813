#include "events/PostgresSecurityEventStore.h"

#include "storage/StoreError.h"
#include "storage/postgres/PgConnection.h"

#include <QDateTime>
#include <QJsonDocument>

namespace scim {

PostgresSecurityEventStore::PostgresSecurityEventStore(const QString &url)
    : m_pg(std::make_unique<PgConnection>(url, QStringLiteral("scim-engine security events")))
{}

PostgresSecurityEventStore::~PostgresSecurityEventStore() = default;

void PostgresSecurityEventStore::append(const QList<QJsonObject> &changes)
{
    if (changes.isEmpty())
        return;
    m_pg->command(QStringLiteral("BEGIN"));
    try {
        // The head's row lock orders the appenders of every instance: this batch's sequences follow the previous
        // batch's and become visible only after it, so a cursor never passes a change still being written.
        const qint64 last = m_pg->exec("UPDATE security_event_head SET last_seq = last_seq + $1 WHERE id = 1"
                                       " RETURNING last_seq",
                                       PgParams().integer(changes.size()))
                                .integer(0, 0);
        qint64 sequence = last - changes.size();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        std::vector<PgConnection::Step> steps;
        steps.reserve(size_t(changes.size()) + 1);
        for (const QJsonObject &change : changes)
            steps.push_back({"INSERT INTO security_events (seq, created_ms, change) VALUES ($1, $2, $3)",
                             PgParams()
                                 .integer(++sequence)
                                 .integer(now)
                                 .text(QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)))});
        // Delivered at commit: the other instances' dispatchers wake (Engine::changedElsewhere).
        steps.push_back({"SELECT pg_notify('scim_changes', 'security_events ' || $1::text)", PgParams().integer(last)});
        m_pg->pipeline(steps);
        m_pg->command(QStringLiteral("COMMIT"));
    } catch (...) {
        try {
            m_pg->command(QStringLiteral("ROLLBACK"));
        } catch (...) {
            // A broken connection has no transaction left to end.
        }
        throw;
    }
}

qint64 PostgresSecurityEventStore::lastSequence()
{
    return m_pg->exec("SELECT last_seq FROM security_event_head WHERE id = 1").integer(0, 0);
}

QList<SecurityEventStore::Entry> PostgresSecurityEventStore::after(qint64 sequence, int take)
{
    const PgResult rows = m_pg->exec("SELECT seq, change FROM security_events WHERE seq > $1 ORDER BY seq LIMIT $2",
                                     PgParams().integer(sequence).integer(take));
    QList<Entry> entries;
    for (int row = 0; row < rows.rows(); ++row)
        entries.append({rows.integer(row, 0), QJsonDocument::fromJson(rows.bytes(row, 1)).object()});
    return entries;
}

qint64 PostgresSecurityEventStore::countAfter(qint64 sequence)
{
    return m_pg->exec("SELECT count(*) FROM security_events WHERE seq > $1", PgParams().integer(sequence))
        .integer(0, 0);
}

int PostgresSecurityEventStore::prune(qint64 deliveredUpTo, qint64 olderThanMs)
{
    const qint64 deleted = m_pg->exec("DELETE FROM security_events WHERE seq <= $1 OR created_ms < $2",
                                      PgParams().integer(deliveredUpTo).integer(olderThanMs))
                               .affected();
    // Leases of streams that were deleted.
    m_pg->exec("DELETE FROM security_event_leases WHERE stream_id NOT IN (SELECT id FROM log_streams)");
    return int(deleted);
}

std::optional<QByteArray> PostgresSecurityEventStore::signingKey(const QString &algorithm)
{
    // The oldest: instances that started together and each generated a key all settle on the same one.
    const PgResult rows = m_pg->exec("SELECT private_key FROM signing_keys WHERE algorithm = $1"
                                     " ORDER BY created_at, kid LIMIT 1",
                                     PgParams().text(algorithm));
    if (!rows.rows())
        return std::nullopt;
    return rows.bytes(0, 0);
}

void PostgresSecurityEventStore::saveSigningKey(const QString &keyId, const QString &algorithm, const QByteArray &pem)
{
    m_pg->exec("INSERT INTO signing_keys (kid, algorithm, private_key, created_at) VALUES ($1, $2, $3, now())"
               " ON CONFLICT (kid) DO NOTHING",
               PgParams().text(keyId).text(algorithm).text(QString::fromUtf8(pem)));
}

bool PostgresSecurityEventStore::claim(const QString &streamId, const QString &owner, qint64 leaseMs)
{
    m_pg->exec("INSERT INTO security_event_leases (stream_id, owner, until_ms) VALUES ($1, '', 0)"
               " ON CONFLICT (stream_id) DO NOTHING",
               PgParams().text(streamId));
    // SKIP LOCKED: while another instance is taking or renewing the lease, this one does not wait for it, it
    // simply does not deliver. The server's clock decides when a lease ran out, so instances' clocks do not matter.
    return m_pg->exec("WITH free AS (SELECT stream_id FROM security_event_leases WHERE stream_id = $1"
                      " AND (owner = $2 OR until_ms < (extract(epoch FROM clock_timestamp()) * 1000)::bigint)"
                      " FOR UPDATE SKIP LOCKED)"
                      " UPDATE security_event_leases l SET owner = $2,"
                      " until_ms = (extract(epoch FROM clock_timestamp()) * 1000)::bigint + $3"
                      " FROM free WHERE l.stream_id = free.stream_id",
                      PgParams().text(streamId).text(owner).integer(leaseMs))
               .affected() == 1;
}

void PostgresSecurityEventStore::release(const QString &owner)
{
    m_pg->exec("UPDATE security_event_leases SET until_ms = 0 WHERE owner = $1", PgParams().text(owner));
}

} // namespace scim
