#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace scim {

class ConnectionsModel;
class ManagementClient;
class UsersModel;

// Read-only browser of a connection's provisioned users: search, paging, and the selected user's details in tabs:
// the profile, the SCIM resource as the IdP reads it, the user's groups and recent request-log events ("Show in
// Logs" filters the Logs page to the user).
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    UsersPage(ManagementClient *client, ConnectionsModel *connections, QWidget *parent = nullptr);

    UsersModel *model() const { return m_model; }
    void setConnectionId(const QString &id);
    // Shows one user (a link from the Logs page): the connection, searched by the user id.
    void showUser(const QString &connectionId, const QString &userId);
    void saveState() const;

    QTabWidget *detailTabs() const { return m_tabs; }

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // "Show in Logs": the Logs page filtered to this user.
    void showUserLogsRequested(const QString &userId);
    void logActivated(const QString &logId);

private:
    void updatePaging();
    void showProfile();
    void loadDetails(const QString &userId);

    ManagementClient *m_client;
    ConnectionsModel *m_connections;
    UsersModel *m_model;
    QComboBox *m_connection;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QTableView *m_table;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_pageLabel;
    QPlainTextEdit *m_profile;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_scim;
    QListWidget *m_groups;
    QListWidget *m_logs;
    QPushButton *m_showInLogs;
    QString m_detailUserId;
    QString m_reselect; // the user selected before a reload
    QSplitter *m_splitter;
};

} // namespace scim
