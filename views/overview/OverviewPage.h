#pragma once

#include <QHash>
#include <QWidget>

class QChartView;
class QGridLayout;
class QLabel;
class QLineSeries;
class QListView;
class QPushButton;
class QStackedWidget;
class QTimer;
class QValueAxis;

namespace scim {

class ActivityStats;
class ConnectionCard;
class ConnectionsModel;
class ManagementClient;
class RecentFailuresModel;
class ToneLabel;

// The first page: is provisioning healthy, per customer? One card per connection (ConnectionCard), the tenant's
// requests per minute of the last hour, live from the events the engine pushes, and the ten most recent failures
// with a click-through to the log detail. Without connections or without traffic it says what to do next.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(ManagementClient *client, ConnectionsModel *connections, QWidget *parent = nullptr);

    ActivityStats *stats() const { return m_stats; }
    RecentFailuresModel *failures() const { return m_failures; }
    ConnectionCard *card(const QString &connectionId) const { return m_cards.value(connectionId); }
    int cardCount() const { return int(m_cards.size()); }
    QLineSeries *liveSuccessSeries() const { return m_liveSuccess; }
    QLineSeries *liveFailureSeries() const { return m_liveFailure; }

public Q_SLOTS:
    void refresh();
    // Pushed events (EngineActivity::eventsArrived).
    void addEvents(const QList<QJsonObject> &events);
    void clear();

Q_SIGNALS:
    void newConnectionRequested();
    void connectionActivated(const QString &connectionId);
    void replaceTokenRequested(const QString &connectionId);
    void logActivated(const QString &logId);
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void syncCards();
    void updateCard(const QString &connectionId);
    void layoutCards();
    void updateLiveChart();
    void updateEmptyStates();
    void updateColors();

    ManagementClient *m_client;
    ConnectionsModel *m_connections;
    ActivityStats *m_stats;
    RecentFailuresModel *m_failures;
    QHash<QString, ConnectionCard *> m_cards;
    QStringList m_order;
    QStackedWidget *m_body;
    QWidget *m_cardsArea;
    QGridLayout *m_grid;
    int m_columns = 0;
    QLabel *m_summary;
    ToneLabel *m_noTraffic;
    QChartView *m_liveChart;
    QLineSeries *m_liveSuccess;
    QLineSeries *m_liveFailure;
    QValueAxis *m_liveX;
    QValueAxis *m_liveY;
    QListView *m_failureList;
    QLabel *m_noFailures;
    QPushButton *m_newConnection;
    QTimer *m_tick;
};

} // namespace scim
