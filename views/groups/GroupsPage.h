#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QTableView;
class QTimer;

namespace scim {

class ConnectionsModel;
class GroupMembersModel;
class GroupsModel;
class ManagementClient;

// A connection's groups (name, external id, member count, updated) with search, and the selected group's members
// paged in as the list scrolls; activating a member opens the user on the Users page.
class GroupsPage : public QWidget
{
    Q_OBJECT

public:
    GroupsPage(ManagementClient *client, ConnectionsModel *connections, QWidget *parent = nullptr);

    GroupsModel *model() const { return m_model; }
    GroupMembersModel *members() const { return m_members; }
    QTableView *table() const { return m_table; }
    QListView *membersView() const { return m_membersView; }
    void setConnectionId(const QString &id);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void userActivated(const QString &connectionId, const QString &userId);
    void errorOccurred(const QString &message);

private:
    void showMembers();
    void reselect();
    void updateStatus();

    GroupsModel *m_model;
    GroupMembersModel *m_members;
    QComboBox *m_connection;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QTableView *m_table;
    QLabel *m_status;
    QLabel *m_membersTitle;
    QListView *m_membersView;
    QSplitter *m_splitter;
    QString m_reselect; // the group selected before a reload
};

} // namespace scim
