#include "models/connections/ConnectionsModel.h"

#include "models/api/ManagementClient.h"
#include "models/common/ModelRoles.h"
#include "models/connections/Strategies.h"
#include "models/connections/TokenInfo.h"

#include <QSet>

namespace scim {

ConnectionsModel::ConnectionsModel(ManagementClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionsModel::rawValue(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.json.value(QStringLiteral("name")).toString();
    case StrategyColumn:
        return row.json.value(QStringLiteral("strategy")).toString();
    case ScimColumn:
        return row.json.value(QStringLiteral("scim_enabled")).toBool();
    case TokensColumn:
        return row.tokens;
    case UsersColumn:
        return row.users;
    }
    return {};
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QVariant raw = rawValue(row, index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StrategyColumn:
            return Strategies::displayName(raw.toString());
        case ScimColumn:
            return raw.toBool() ? tr("Enabled") : tr("Off");
        case TokensColumn:
        case UsersColumn:
            return raw.isValid() ? raw.toString() : QStringLiteral("–");
        case NameColumn: {
            // What people read; the name (identifier) is in the tooltip.
            const QString displayName = row.json.value(QStringLiteral("display_name")).toString();
            return displayName.isEmpty() ? raw : QVariant(displayName);
        }
        default:
            return raw;
        }
    case Qt::ToolTipRole:
        if (index.column() == UsersColumn && !raw.isValid())
            return tr("The engine does not report user counts (needs GET /api/v2/users).");
        if (index.column() == NameColumn)
            //: %1 the connection's name (identifier), %2 its id
            return tr("%1 · %2").arg(row.json.value(QStringLiteral("name")).toString(),
                                     row.json.value(QStringLiteral("id")).toString());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TokensColumn || index.column() == UsersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ModelRoles::RawValueRole:
        return raw;
    case ModelRoles::IdRole:
        return row.json.value(QStringLiteral("id")).toString();
    case ModelRoles::JsonRole:
        return row.json;
    case ExpiringTokenRole:
        return TokenInfo::needingReplacement(row.tokenList);
    case GroupsCountRole:
        return row.groups;
    case StaleEndpointTokensRole:
        return TokenInfo::issuedForOtherEndpoint(row.tokenList,
                                                 row.json.value(QStringLiteral("scim_enabled")).toBool()
                                                     ? row.json.value(QStringLiteral("scim_endpoint_url")).toString()
                                                     : QString());
    }
    return {};
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StrategyColumn:
        return tr("Strategy");
    case ScimColumn:
        return tr("SCIM");
    case TokensColumn:
        return tr("Tokens");
    case UsersColumn:
        return tr("Users");
    }
    return {};
}

int ConnectionsModel::rowForId(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).json.value(QStringLiteral("id")).toString() == id)
            return i;
    }
    return -1;
}

QJsonObject ConnectionsModel::connection(const QString &id) const
{
    const int row = rowForId(id);
    return row < 0 ? QJsonObject() : m_rows.at(row).json;
}

void ConnectionsModel::begin()
{
    if (m_outstanding++ == 0)
        Q_EMIT loadingChanged(true);
}

void ConnectionsModel::end()
{
    if (--m_outstanding == 0) {
        Q_EMIT loadingChanged(false);
        Q_EMIT refreshed();
    }
}

void ConnectionsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ConnectionsModel::refresh()
{
    if (!m_client->hasEndpoint())
        return;
    begin();
    m_client->listConnectionsWithCounts(this, [this](const ApiResult &result) {
        if (!result.ok()) {
            Q_EMIT errorOccurred(result.describe(tr("Could not load the connections: %1.")));
            end();
            return;
        }
        const QJsonArray list = result.array();
        QSet<QString> ids;
        for (const QJsonValue &value : list)
            ids.insert(value.toObject().value(QStringLiteral("id")).toString());
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (!ids.contains(m_rows.at(i).json.value(QStringLiteral("id")).toString())) {
                beginRemoveRows({}, i, i);
                m_rows.removeAt(i);
                endRemoveRows();
            }
        }
        for (const QJsonValue &value : list)
            setConnection(value.toObject());
        end();
    });
}

void ConnectionsModel::refreshConnection(const QString &id)
{
    begin();
    m_client->getConnectionWithCounts(id, this, [this, id](const ApiResult &result) {
        if (result.status == 404) {
            const int row = rowForId(id);
            if (row >= 0) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
            }
        } else if (result.ok()) {
            setConnection(result.object());
        } else {
            Q_EMIT errorOccurred(result.describe(tr("Could not reload the connection: %1.")));
        }
        end();
    });
}

void ConnectionsModel::setConnection(const QJsonObject &json)
{
    // The engine sends the counts and tokens with the connection (include_counts, include_tokens); the row keeps
    // only the connection itself in `json`.
    QJsonObject connection = json;
    const QJsonObject counts = connection.take(QStringLiteral("counts")).toObject();
    const QJsonArray tokens = connection.take(QStringLiteral("scim_tokens")).toArray();
    Row updated{connection, {}, {}, {}, tokens};
    updated.tokens = TokenInfo::activeCount(tokens);
    if (counts.contains(QStringLiteral("users")))
        updated.users = counts.value(QStringLiteral("users")).toInt();
    if (counts.contains(QStringLiteral("groups")))
        updated.groups = counts.value(QStringLiteral("groups")).toInt();
    const int row = rowForId(connection.value(QStringLiteral("id")).toString());
    if (row >= 0) {
        m_rows[row] = updated;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(updated);
    endInsertRows();
}

} // namespace scim
