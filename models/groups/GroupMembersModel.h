#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>

namespace scim {

class ManagementClient;

// The members of one group, paged in by checkpoint as the view scrolls (GET /api/v2/groups/{id}/members?from&take:
// each page costs the same at any depth, so a group of 100,000 members scrolls smoothly). Display: the user name
// (or display name) and the user id. Roles: ModelRoles::IdRole (user id), JsonRole (the member).
class GroupMembersModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;

    explicit GroupMembersModel(ManagementClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    QString groupId() const { return m_groupId; }
    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_complete; }

public Q_SLOTS:
    void setGroupId(const QString &groupId); // empty: none

Q_SIGNALS:
    void pageLoaded(int rows);
    void errorOccurred(const QString &message);

private:
    ManagementClient *m_client;
    QString m_groupId;
    QString m_next;
    QList<QJsonObject> m_members;
    bool m_loading = false;
    bool m_complete = true;
    quint64 m_request = 0;
};

} // namespace scim
