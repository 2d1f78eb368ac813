#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>

namespace scim {

class ManagementClient;

// One page of a connection's provisioned users (GET /api/v2/users), read-only: user id, username or email, name,
// blocked, updated. Search and paging are done by the engine. Roles: ModelRoles::RawValueRole, IdRole (user id),
// JsonRole (the profile as listed).
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UserIdColumn,
        UserNameColumn,
        NameColumn,
        BlockedColumn,
        UpdatedColumn,
        ColumnCount
    };

    explicit UsersModel(ManagementClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString connectionId() const { return m_connectionId; }
    QString search() const { return m_search; }
    int page() const { return m_page; }
    int perPage() const { return m_perPage; }
    int total() const { return m_total; }
    int pageCount() const;
    bool isLoading() const { return m_loading; }

    // "Username": username, else preferred_username, else upn, else email.
    static QString userNameOf(const QJsonObject &profile);

public Q_SLOTS:
    void setConnectionId(const QString &connectionId);
    void setSearch(const QString &search);
    void setPage(int page);
    void setPerPage(int perPage);
    void refresh();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void refreshed();
    void errorOccurred(const QString &message);

private:
    ManagementClient *m_client;
    QString m_connectionId;
    QString m_search;
    int m_page = 0;
    int m_perPage = 50;
    int m_total = 0;
    QList<QJsonObject> m_users;
    bool m_loading = false;
    quint64 m_request = 0;
};

} // namespace scim
