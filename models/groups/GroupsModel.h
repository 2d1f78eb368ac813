#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace scim {

class ManagementClient;

// A connection's groups as its IdP pushed them (GET /api/v2/groups?connection_id&q&include_totals): name, external
// id, member count, updated. Pages of kPageSize are fetched as the view scrolls (canFetchMore/fetchMore). Roles:
// ModelRoles::RawValueRole, IdRole (group id), JsonRole.
class GroupsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ExternalIdColumn,
        MembersColumn,
        UpdatedColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 100;

    explicit GroupsModel(ManagementClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    QString connectionId() const { return m_connectionId; }
    int total() const { return m_total; }
    bool isLoading() const { return m_loading; }

public Q_SLOTS:
    void setConnectionId(const QString &connectionId);
    void setSearch(const QString &search);
    void refresh();

Q_SIGNALS:
    void refreshed();
    void errorOccurred(const QString &message);

private:
    void load(int page);

    ManagementClient *m_client;
    QString m_connectionId;
    QString m_search;
    QList<QJsonObject> m_groups;
    int m_total = 0;
    int m_nextPage = 0;
    bool m_loading = false;
    quint64 m_request = 0;
};

} // namespace scim
