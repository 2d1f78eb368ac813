#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

namespace scim {

class ManagementClient;

// Request statistics for the overview (GET /api/v2/scim-stats, docs/engine.md "Statistics"): the last 24 hours per
// hour for every connection in one request, and the tenant-wide requests per minute of the last hour, which the
// events pushed by the engine keep current between reloads (addEvents), so the live chart needs no polling.
class ActivityStats : public QObject
{
    Q_OBJECT

public:
    struct Bucket
    {
        QDateTime start;
        int success = 0;
        int failure = 0;
    };
    struct Connection
    {
        QList<Bucket> hours; // the last 24 hours, oldest first
        int success = 0;
        int failure = 0;
        QJsonObject lastRequest; // {log_id, date, status, action}, empty when none
        QJsonObject lastFailure;
    };
    static constexpr int kMinutes = 60;

    explicit ActivityStats(ManagementClient *client, QObject *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    // Empty figures for a connection the engine has not reported (yet).
    Connection connection(const QString &id) const { return m_connections.value(id); }
    // The tenant-wide requests per minute, oldest first, the current minute last.
    const QList<Bucket> &minutes() const { return m_minutes; }
    int tenantSuccess() const { return m_success; }
    int tenantFailure() const { return m_failure; }

public Q_SLOTS:
    void refresh();
    // Pushed events (EngineActivity::eventsArrived): counted into the minutes and into their connection's hour.
    void addEvents(const QList<QJsonObject> &events);
    void clear();
    // Moves the minutes on to the current one (a timer calls it, so the live chart scrolls without traffic).
    void tick();

Q_SIGNALS:
    void refreshed();
    // The minutes changed (a pushed event, or a new minute began).
    void minutesChanged();
    // A connection's figures changed through pushed events.
    void connectionChanged(const QString &connectionId);
    void errorOccurred(const QString &message);

private:
    static QList<Bucket> buckets(const QJsonArray &array);
    // Appends empty buckets up to the one containing `at` and drops the oldest beyond `keep`.
    static void advance(QList<Bucket> &list, const QDateTime &at, qint64 seconds, int keep);

    ManagementClient *m_client;
    QHash<QString, Connection> m_connections;
    QList<Bucket> m_minutes;
    int m_success = 0;
    int m_failure = 0;
    QString m_hoursCountedUpTo; // the newest log id the hourly figures include
    QString m_minutesCountedUpTo;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace scim
