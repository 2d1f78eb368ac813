#pragma once

#include "models/logs/LogExporter.h"
#include "models/logs/LogFilter.h"

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace scim {

class ConnectionsModel;
class LogDetailWidget;
class LogFilterProxyModel;
class LogModel;
class ManagementClient;

// The console's Logs page: every SCIM request as it happens (oldest at the top, newest at the bottom), history paged
// in when the top row shows, filters (engine query for history, proxy for live rows), follow/pause, the detail
// pane and export.
class LogsPage : public QWidget
{
    Q_OBJECT

public:
    // Time range presets of the filter bar.
    enum TimeRange
    {
        AnyTime,
        Last15Minutes,
        LastHour,
        Last24Hours,
        Last7Days
    };
    using PathProvider = std::function<QString(LogExporter::Format)>;

    LogsPage(ManagementClient *client, ConnectionsModel *connections, QWidget *parent = nullptr);

    LogModel *model() const { return m_model; }
    LogFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    LogDetailWidget *details() const { return m_details; }
    LogExporter *exporter() const { return m_exporter; }
    bool isFollowing() const { return m_following; }
    LogFilter currentFilter() const;
    // Tests answer the save dialog through this seam; an empty path cancels.
    void setExportPathProvider(PathProvider provider) { m_pathProvider = std::move(provider); }
    void saveState() const;

public Q_SLOTS:
    void start();
    void stop();
    void setFollowing(bool following);
    void setPaused(bool paused);
    void clearFilters();
    // Only the events of one user ("Show in Logs" on the Users page): the other filters are cleared.
    void showUserEvents(const QString &user);
    void applyFilter();
    void exportView(scim::LogExporter::Format format);

Q_SIGNALS:
    void followingChanged(bool following);
    void errorOccurred(const QString &message);
    void connectionActivated(const QString &connectionId);
    void userActivated(const QString &connectionId, const QString &userId);
    void exportFinished(bool ok, const QString &path);

private:
    void buildFilterBar();
    void refreshConnectionChoices();
    void restoreFilter();
    void scrollChanged();
    void rangeChanged();
    void maybeFetchHistory();
    void updateStatus();
    void showSelected();
    void dropHiddenDetails();

    ManagementClient *m_client;
    ConnectionsModel *m_connections;
    LogModel *m_model;
    LogFilterProxyModel *m_proxy;
    LogExporter *m_exporter;
    QComboBox *m_connection;
    QComboBox *m_result;
    QComboBox *m_status;
    QComboBox *m_action;
    QLineEdit *m_user;
    QLineEdit *m_text;
    QComboBox *m_time;
    QPushButton *m_clear;
    QToolButton *m_follow;
    QToolButton *m_pause;
    QLabel *m_pending;
    QLabel *m_statusLabel;
    QToolButton *m_export;
    QTableView *m_table;
    LogDetailWidget *m_details;
    QSplitter *m_splitter;
    QTimer *m_filterDelay;
    QProgressDialog *m_progress = nullptr;
    PathProvider m_pathProvider;
    QString m_exportPath;
    QString m_selectedLogId; // the event selected in the table (the detail pane may show another page's event)
    bool m_following = true;
    bool m_restoring = false;
    bool m_adjustingScroll = false;
    int m_prependedRows = 0;
};

} // namespace scim
