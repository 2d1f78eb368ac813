#include "models/groups/GroupMembersModel.h"

#include "models/api/ManagementClient.h"
#include "models/common/ModelRoles.h"

#include <QJsonArray>

namespace scim {

GroupMembersModel::GroupMembersModel(ManagementClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{}

int GroupMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

QVariant GroupMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &member = m_members.at(index.row());
    const QString id = member.value(QLatin1String("id")).toString();
    switch (role) {
    case Qt::DisplayRole: {
        QString name = member.value(QLatin1String("user_name")).toString();
        if (name.isEmpty())
            name = member.value(QLatin1String("display")).toString();
        if (name.isEmpty())
            name = member.value(QLatin1String("name")).toString();
        //: A group member: %1 user name, %2 user id
        return name.isEmpty() ? id : tr("%1 (%2)").arg(name, id);
    }
    case Qt::ToolTipRole:
        return id;
    case ModelRoles::RawValueRole:
    case ModelRoles::IdRole:
        return id;
    case ModelRoles::JsonRole:
        return member;
    }
    return {};
}

bool GroupMembersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_groupId.isEmpty() && !m_complete && !m_loading;
}

void GroupMembersModel::setGroupId(const QString &groupId)
{
    ++m_request;
    m_loading = false;
    beginResetModel();
    m_members.clear();
    m_groupId = groupId;
    m_next.clear();
    m_complete = groupId.isEmpty();
    endResetModel();
    if (!groupId.isEmpty())
        fetchMore();
}

void GroupMembersModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const quint64 request = ++m_request;
    m_loading = true;
    m_client->listGroupMembers(m_groupId, m_next, kPageSize, this, [this, request](const ApiResult &result) {
        if (request != m_request)
            return;
        m_loading = false;
        if (!result.ok()) {
            m_complete = true; // no retry loop through canFetchMore
            Q_EMIT errorOccurred(result.describe(tr("Could not load the group's members: %1.")));
            return;
        }
        const QJsonObject body = result.object();
        const QJsonArray members = body.value(QLatin1String("members")).toArray();
        m_next = body.value(QLatin1String("next")).toString();
        m_complete = m_next.isEmpty();
        if (!members.isEmpty()) {
            const int first = int(m_members.size());
            beginInsertRows({}, first, first + int(members.size()) - 1);
            for (const QJsonValue &member : members)
                m_members.append(member.toObject());
            endInsertRows();
        }
        Q_EMIT pageLoaded(int(members.size()));
    });
}

} // namespace scim
