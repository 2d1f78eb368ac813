#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace scim {

class ConnectionDetailsWidget;
class ConnectionsModel;
class ManagementClient;

// The connections table (sorted on raw values) beside the selected connection's details.
class ConnectionsPage : public QWidget
{
    Q_OBJECT

public:
    ConnectionsPage(ManagementClient *client, ConnectionsModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ConnectionDetailsWidget *details() const { return m_details; }
    QString selectedId() const;
    void selectConnection(const QString &id);
    void saveState() const;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void showSelected();

    ConnectionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    ConnectionDetailsWidget *m_details;
    QSplitter *m_splitter;
    QString m_pendingSelection;
};

} // namespace scim
