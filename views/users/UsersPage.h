#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace scim {

class ConnectionsModel;
class ManagementClient;
class UsersModel;

// Read-only browser of a connection's provisioned users: search, paging, and the full profile JSON.
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

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void updatePaging();
    void showProfile();

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
    QSplitter *m_splitter;
};

} // namespace scim
