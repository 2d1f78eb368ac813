#include "storage/postgres/PgChangeListener.h"

#include "storage/StoreError.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PostgresSchema.h"

#include <QSocketNotifier>

namespace scim {

PgChangeListener::PgChangeListener(const QString &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &PgChangeListener::tick);
}

PgChangeListener::~PgChangeListener()
{
    delete m_notifier;
}

void PgChangeListener::start()
{
    connectToServer();
    m_timer.start();
    tick();
}

void PgChangeListener::setLeadershipWanted(bool wanted)
{
    m_wantLeadership = wanted;
    if (!wanted && m_leader && m_pg) {
        try {
            m_pg->exec("SELECT pg_advisory_unlock($1)", PgParams().integer(PostgresSchema::kLeaderLock));
        } catch (const StoreError &) {
        }
        setLeader(false);
    }
}

void PgChangeListener::connectToServer()
{
    delete m_notifier;
    m_notifier = nullptr;
    m_pg = std::make_unique<PgConnection>(m_url, QStringLiteral("scim-engine listener"));
    m_pg->command(
        QStringLiteral("LISTEN %1; LISTEN %2")
            .arg(QLatin1String(PostgresSchema::kChangesChannel), QLatin1String(PostgresSchema::kLogsChannel)));
    m_notifier = new QSocketNotifier(qintptr(m_pg->socket()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PgChangeListener::readNotifications);
    m_generation = -1;
}

void PgChangeListener::readNotifications()
{
    if (!m_pg)
        return;
    for (const auto &[channel, payload] : m_pg->notifications()) {
        if (channel == QLatin1String(PostgresSchema::kLogsChannel)) {
            Q_EMIT logsStored(payload.toLongLong());
        } else {
            const qsizetype space = payload.indexOf(QLatin1Char(' '));
            Q_EMIT changed(payload.left(space), space < 0 ? QString() : payload.mid(space + 1));
        }
    }
    if (!m_pg->isOpen())
        lost();
}

void PgChangeListener::lost()
{
    delete m_notifier;
    m_notifier = nullptr;
    m_pg.reset();
    setLeader(false);
    Q_EMIT everythingChanged();
}

void PgChangeListener::setLeader(bool leader)
{
    if (leader == m_leader)
        return;
    m_leader = leader;
    Q_EMIT leadershipChanged(leader);
}

void PgChangeListener::tick()
{
    try {
        if (!m_pg) {
            connectToServer();
            Q_EMIT everythingChanged(); // whatever happened while we were away
        }
        const qint64 generation = m_pg->exec("SELECT value FROM cache_generation WHERE id = 1").integer(0, 0);
        if (m_generation >= 0 && generation != m_generation)
            Q_EMIT everythingChanged();
        m_generation = generation;
        if (m_wantLeadership && !m_leader) {
            if (m_pg->exec("SELECT pg_try_advisory_lock($1)", PgParams().integer(PostgresSchema::kLeaderLock))
                    .boolean(0, 0))
                setLeader(true);
        }
        readNotifications(); // the queries may have read some
    } catch (const StoreError &error) {
        qWarning("postgresql listener: %s; retrying", qUtf8Printable(error.message()));
        if (m_pg)
            lost();
    }
}

} // namespace scim
