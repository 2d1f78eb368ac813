#include "models/users/UsersModel.h"

#include "models/api/ManagementClient.h"
#include "models/common/ModelRoles.h"

#include <QDateTime>

namespace scim {

UsersModel::UsersModel(ManagementClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsersModel::userNameOf(const QJsonObject &profile)
{
    for (const char *key : {"username", "preferred_username", "upn", "email"}) {
        const QString value = profile.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &user = m_users.at(index.row());
    QVariant raw;
    switch (index.column()) {
    case UserIdColumn:
        raw = user.value(QStringLiteral("user_id")).toString();
        break;
    case UserNameColumn:
        raw = userNameOf(user);
        break;
    case NameColumn: {
        QString name = user.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            name = QStringList{user.value(QStringLiteral("given_name")).toString(),
                               user.value(QStringLiteral("family_name")).toString()}
                       .join(QLatin1Char(' '))
                       .trimmed();
        raw = name;
        break;
    }
    case BlockedColumn:
        raw = user.value(QStringLiteral("blocked")).toBool();
        break;
    case UpdatedColumn:
        raw = QDateTime::fromString(user.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == BlockedColumn)
            //: A user's state in the Blocked column
            return raw.toBool() ? tr("Blocked") : QString();
        if (index.column() == UpdatedColumn)
            return raw.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        return raw;
    case ModelRoles::RawValueRole:
        return raw;
    case ModelRoles::IdRole:
        return user.value(QStringLiteral("user_id")).toString();
    case ModelRoles::JsonRole:
        return user;
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserIdColumn:
        return tr("User id");
    case UserNameColumn:
        return tr("Username / email");
    case NameColumn:
        return tr("Name");
    case BlockedColumn:
        //: Column header
        return tr("Blocked", "column");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

int UsersModel::pageCount() const
{
    return m_perPage > 0 ? qMax(1, (m_total + m_perPage - 1) / m_perPage) : 1;
}

void UsersModel::setConnectionId(const QString &connectionId)
{
    m_connectionId = connectionId;
    m_page = 0;
    refresh();
}

void UsersModel::setSearch(const QString &search)
{
    m_search = search;
    m_page = 0;
    refresh();
}

void UsersModel::setPage(int page)
{
    m_page = qMax(0, page);
    refresh();
}

void UsersModel::setPerPage(int perPage)
{
    m_perPage = qBound(1, perPage, 100);
    m_page = 0;
    refresh();
}

void UsersModel::refresh()
{
    const quint64 request = ++m_request;
    if (m_connectionId.isEmpty()) {
        beginResetModel();
        m_users.clear();
        m_total = 0;
        endResetModel();
        Q_EMIT refreshed();
        return;
    }
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    m_client->listUsers(m_connectionId, m_search, m_page, m_perPage, this, [this, request](const ApiResult &result) {
        if (request != m_request)
            return;
        m_loading = false;
        beginResetModel();
        m_users.clear();
        m_total = 0;
        if (result.ok()) {
            const QJsonObject body = result.object();
            for (const QJsonValue &user : body.value(QStringLiteral("users")).toArray())
                m_users.append(user.toObject());
            m_total = body.value(QStringLiteral("total")).toInt(int(m_users.size()));
        }
        endResetModel();
        Q_EMIT loadingChanged(false);
        if (!result.ok())
            Q_EMIT errorOccurred(result.status == 404 && result.errorCode.isEmpty()
                                     ? tr("Could not load the users: this engine has no users endpoint (GET "
                                          "/api/v2/users). Update the engine.")
                                     : result.describe(tr("Could not load the users: %1.")));
        Q_EMIT refreshed();
    });
}

} // namespace scim
