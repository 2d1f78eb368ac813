#include "models/session/EngineActivity.h"

#include <QTimer>

namespace scim {

namespace {
// Successful requests that change users or groups (docs/logs.md, "Actions").
bool changesUsers(const QString &action)
{
    return action == QLatin1String("create-user") || action == QLatin1String("replace-user") ||
           action == QLatin1String("patch-user") || action == QLatin1String("delete-user") ||
           action == QLatin1String("bulk");
}

bool changesGroups(const QString &action)
{
    return action == QLatin1String("create-group") || action == QLatin1String("replace-group") ||
           action == QLatin1String("patch-group") || action == QLatin1String("delete-group") ||
           action == QLatin1String("bulk") || action == QLatin1String("delete-user");
}
} // namespace

EngineActivity::EngineActivity(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kSettleMs);
    connect(m_timer, &QTimer::timeout, this, &EngineActivity::settle);
}

void EngineActivity::setSettleInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void EngineActivity::reset()
{
    m_lastLogId.clear();
    m_active.clear();
    m_users.clear();
    m_groups.clear();
    m_timer->stop();
}

void EngineActivity::addEvents(const QList<QJsonObject> &events)
{
    QList<QJsonObject> fresh;
    for (const QJsonObject &event : events) {
        // Log ids are fixed-width decimal strings: string order is recording order.
        const QString id = event.value(QLatin1String("log_id")).toString();
        if (id.size() != m_lastLogId.size() ? id.size() < m_lastLogId.size() : id <= m_lastLogId)
            continue;
        m_lastLogId = id;
        fresh.append(event);
        const QString connection = event.value(QLatin1String("connection_id")).toString();
        if (connection.isEmpty())
            continue;
        m_active.insert(connection);
        if (event.value(QLatin1String("type")).toString() != QLatin1String("sscim"))
            continue;
        const QString action =
            event.value(QLatin1String("details")).toObject().value(QLatin1String("action")).toString();
        if (changesUsers(action))
            m_users.insert(connection);
        if (changesGroups(action))
            m_groups.insert(connection);
    }
    if (fresh.isEmpty())
        return;
    Q_EMIT eventsArrived(fresh);
    if (!m_timer->isActive())
        m_timer->start();
}

void EngineActivity::settle()
{
    if (!m_active.isEmpty())
        Q_EMIT connectionsActive(std::exchange(m_active, {}));
    if (!m_users.isEmpty())
        Q_EMIT usersChanged(std::exchange(m_users, {}));
    if (!m_groups.isEmpty())
        Q_EMIT groupsChanged(std::exchange(m_groups, {}));
}

} // namespace scim
