#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace scim {

class PgConnection;

// One engine instance's own connection for what the other instances do: LISTENs for changes to cached rows
// (connections, SCIM configurations, tokens, log streams: `scim_changes`) and for stored log events
// (`scim_logs`), and holds the leader lock. Every second it also re-checks the change counter the triggers bump,
// so a lost notification (a dropped connection) costs at most a second of staleness, and it retries leadership.
// The leader is whichever instance holds the session advisory lock; it dies with its connection, so another
// instance takes over within a second or two of the leader's death.
class PgChangeListener : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTickMs = 1000;

    explicit PgChangeListener(const QString &url, QObject *parent = nullptr);
    ~PgChangeListener() override;

    // Connects and starts listening; throws StoreError when the server cannot be reached.
    void start();
    bool isLeader() const { return m_leader; }
    // Whether this instance may become the leader (an instance can be started as a follower only).
    void setLeadershipWanted(bool wanted);

Q_SIGNALS:
    // A row of `table` with key `id` changed in the database (by any instance).
    void changed(const QString &table, const QString &id);
    // Something may have changed that was not announced: drop every cache.
    void everythingChanged();
    // Log events up to `lastKey` are stored (by any instance).
    void logsStored(qint64 lastKey);
    void leadershipChanged(bool leader);

private:
    void connectToServer();
    void readNotifications();
    void tick();
    void lost();
    void setLeader(bool leader);

    QString m_url;
    std::unique_ptr<PgConnection> m_pg;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_timer;
    qint64 m_generation = -1;
    bool m_leader = false;
    bool m_wantLeadership = true;
};

} // namespace scim
