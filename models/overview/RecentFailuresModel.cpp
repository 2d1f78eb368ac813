#include "models/overview/RecentFailuresModel.h"

#include "models/api/ManagementClient.h"
#include "models/common/ModelRoles.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QUrlQuery>

namespace scim {

RecentFailuresModel::RecentFailuresModel(ManagementClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{}

int RecentFailuresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RecentFailuresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &event = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QDateTime date =
            QDateTime::fromString(event.value(QLatin1String("date")).toString(), Qt::ISODateWithMs).toLocalTime();
        //: One recent failure: %1 time, %2 connection name, %3 what failed ("Create user failed (409): …")
        return tr("%1 · %2 · %3")
            .arg(QLocale().toString(date, QLocale::ShortFormat), event.value(QLatin1String("connection")).toString(),
                 event.value(QLatin1String("description")).toString());
    }
    case Qt::ToolTipRole:
        //: Tooltip of a recent failure; %1: what failed, as the engine describes it
        return tr("Press Enter to open this event in Logs: %1")
            .arg(event.value(QLatin1String("description")).toString());
    case ModelRoles::RawValueRole:
        return event.value(QLatin1String("date")).toString();
    case ModelRoles::IdRole:
        return event.value(QLatin1String("log_id")).toString();
    case ModelRoles::JsonRole:
        return event;
    }
    return {};
}

void RecentFailuresModel::clear()
{
    ++m_generation;
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void RecentFailuresModel::refresh()
{
    if (!m_client->hasEndpoint())
        return;
    const int generation = ++m_generation;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), QStringLiteral("type:fscim"));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(kRows));
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("date:-1"));
    m_client->listLogs(query, this, [this, generation](const ApiResult &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            Q_EMIT errorOccurred(result.describe(tr("Could not load the recent failures: %1.")));
            return;
        }
        beginResetModel();
        m_rows.clear();
        for (const QJsonValue &value : result.array())
            m_rows.append(value.toObject());
        endResetModel();
        Q_EMIT refreshed();
    });
}

void RecentFailuresModel::addEvents(const QList<QJsonObject> &events)
{
    for (const QJsonObject &event : events) {
        if (event.value(QLatin1String("type")).toString() != QLatin1String("fscim"))
            continue;
        const QString id = event.value(QLatin1String("log_id")).toString();
        bool known = false;
        for (const QJsonObject &row : std::as_const(m_rows))
            known = known || row.value(QLatin1String("log_id")).toString() == id;
        if (known)
            continue;
        beginInsertRows({}, 0, 0);
        m_rows.prepend(event);
        endInsertRows();
        if (m_rows.size() > kRows) {
            beginRemoveRows({}, kRows, int(m_rows.size()) - 1);
            m_rows.resize(kRows);
            endRemoveRows();
        }
    }
}

} // namespace scim
