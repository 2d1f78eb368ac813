#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class QTimer;

namespace scim {

// What the engine reports as it happens, for the pages that must follow it: the request-log events pushed by the
// engine (GET /api/v2/logs/stream, through the Logs page's stream) are passed on once each, and every half second
// at most the connections whose users, groups or tokens may have changed are named, so that lists and counts
// reload by themselves instead of waiting for F5.
class EngineActivity : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSettleMs = 500;

    explicit EngineActivity(QObject *parent = nullptr);

    void setSettleInterval(int milliseconds);
    QString lastLogId() const { return m_lastLogId; }

public Q_SLOTS:
    // Events in log id order; events already seen (a stream that resumed or restarted) are ignored.
    void addEvents(const QList<QJsonObject> &events);
    // A different engine: forget what was seen.
    void reset();

Q_SIGNALS:
    // Each event once, as it arrives.
    void eventsArrived(const QList<QJsonObject> &events);
    // At most every kSettleMs: connections with any request (tokens were used), and those whose users or groups
    // a request changed.
    void connectionsActive(const QSet<QString> &connectionIds);
    void usersChanged(const QSet<QString> &connectionIds);
    void groupsChanged(const QSet<QString> &connectionIds);

private:
    void settle();

    QTimer *m_timer;
    QString m_lastLogId;
    QSet<QString> m_active;
    QSet<QString> m_users;
    QSet<QString> m_groups;
};

} // namespace scim
