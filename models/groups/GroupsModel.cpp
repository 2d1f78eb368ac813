#include "models/groups/GroupsModel.h"

#include "models/api/ManagementClient.h"
#include "models/common/ModelRoles.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace scim {

GroupsModel::GroupsModel(ManagementClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

int GroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int GroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &group = m_groups.at(index.row());
    QVariant raw;
    switch (index.column()) {
    case NameColumn:
        raw = group.value(QLatin1String("name")).toString();
        break;
    case ExternalIdColumn:
        raw = group.value(QLatin1String("external_id")).toString();
        break;
    case MembersColumn:
        raw = group.value(QLatin1String("members_count")).toInt();
        break;
    case UpdatedColumn:
        raw = QDateTime::fromString(group.value(QLatin1String("updated_at")).toString(), Qt::ISODateWithMs);
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == UpdatedColumn)
            return raw.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (index.column() == MembersColumn)
            return QLocale().toString(raw.toInt());
        return raw;
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return group.value(QLatin1String("id")).toString();
    case ModelRoles::RawValueRole:
        return raw;
    case ModelRoles::IdRole:
        return group.value(QLatin1String("id")).toString();
    case ModelRoles::JsonRole:
        return group;
    }
    return {};
}

QVariant GroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ExternalIdColumn:
        return tr("External id");
    case MembersColumn:
        return tr("Members");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

bool GroupsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && !m_connectionId.isEmpty() && m_groups.size() < m_total;
}

void GroupsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(m_nextPage);
}

void GroupsModel::setConnectionId(const QString &connectionId)
{
    m_connectionId = connectionId;
    refresh();
}

void GroupsModel::setSearch(const QString &search)
{
    m_search = search;
    refresh();
}

void GroupsModel::refresh()
{
    ++m_request;
    m_loading = false;
    if (!m_groups.isEmpty() || m_total != 0) {
        beginResetModel();
        m_groups.clear();
        m_total = 0;
        endResetModel();
    }
    if (m_connectionId.isEmpty()) {
        Q_EMIT refreshed();
        return;
    }
    load(0);
}

void GroupsModel::load(int page)
{
    const quint64 request = ++m_request;
    m_loading = true;
    m_client->listGroups(m_connectionId, m_search, page, kPageSize, this, [this, request, page](const ApiResult &r) {
        if (request != m_request)
            return;
        m_loading = false;
        if (!r.ok()) {
            Q_EMIT errorOccurred(r.describe(tr("Could not load the groups: %1.")));
            Q_EMIT refreshed();
            return;
        }
        const QJsonObject body = r.object();
        const QJsonArray groups = body.value(QLatin1String("groups")).toArray();
        m_total = body.value(QLatin1String("total")).toInt();
        m_nextPage = page + 1;
        if (!groups.isEmpty()) {
            const int first = int(m_groups.size());
            beginInsertRows({}, first, first + int(groups.size()) - 1);
            for (const QJsonValue &group : groups)
                m_groups.append(group.toObject());
            endInsertRows();
        } else {
            m_total = int(m_groups.size()); // nothing more, whatever the total said
        }
        Q_EMIT refreshed();
    });
}

} // namespace scim
