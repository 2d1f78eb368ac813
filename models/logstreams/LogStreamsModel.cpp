#include "models/logstreams/LogStreamsModel.h"

#include "models/api/ManagementClient.h"

#include <QDateTime>
#include <QLocale>

namespace scim {

LogStreamsModel::LogStreamsModel(ManagementClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

int LogStreamsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_streams.size());
}

int LogStreamsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogStreamsModel::sinkEndpoint(const QJsonObject &stream)
{
    const QJsonObject sink = stream.value(QStringLiteral("sink")).toObject();
    return sink
        .value(sink.contains(QStringLiteral("setEndpoint")) ? QStringLiteral("setEndpoint")
                                                            : QStringLiteral("httpEndpoint"))
        .toString();
}

QString LogStreamsModel::statusText(const QString &status)
{
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("paused"))
        return tr("Paused");
    if (status == QLatin1String("suspended"))
        return tr("Suspended");
    return status;
}

QString LogStreamsModel::typeText(const QString &type)
{
    if (type == QLatin1String("http"))
        return tr("Webhook");
    if (type == QLatin1String("scim-set"))
        return tr("Security events (SET)");
    return type;
}

QVariant LogStreamsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_streams.size())
        return {};
    const QJsonObject &stream = m_streams.at(index.row());
    const QJsonObject delivery = stream.value(QStringLiteral("delivery")).toObject();
    const QDateTime last =
        QDateTime::fromString(delivery.value(QStringLiteral("last_delivered_at")).toString(), Qt::ISODateWithMs);
    if (role == ModelRoles::IdRole)
        return stream.value(QStringLiteral("id")).toString();
    if (role == ModelRoles::JsonRole)
        return stream;
    if (role == ModelRoles::RawValueRole) {
        switch (index.column()) {
        case NameColumn:
            return stream.value(QStringLiteral("name")).toString();
        case TypeColumn:
            return stream.value(QStringLiteral("type")).toString();
        case StatusColumn:
            return stream.value(QStringLiteral("status")).toString();
        case SinkColumn:
            return sinkEndpoint(stream);
        case LastDeliveryColumn:
            return last;
        case FailuresColumn:
            return delivery.value(QStringLiteral("consecutive_failures")).toInt();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn) {
        const QString reason = delivery.value(QStringLiteral("suspended_reason")).toString();
        return reason.isEmpty() ? delivery.value(QStringLiteral("last_error")).toString() : reason;
    }
    if (role == Qt::TextAlignmentRole && index.column() == FailuresColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return stream.value(QStringLiteral("name")).toString();
    case TypeColumn:
        return typeText(stream.value(QStringLiteral("type")).toString());
    case StatusColumn:
        return statusText(stream.value(QStringLiteral("status")).toString());
    case SinkColumn:
        return sinkEndpoint(stream);
    case LastDeliveryColumn:
        return last.isValid() ? QLocale().toString(last.toLocalTime(), QLocale::ShortFormat) : tr("Never");
    case FailuresColumn:
        return delivery.value(QStringLiteral("consecutive_failures")).toInt();
    default:
        return {};
    }
}

QVariant LogStreamsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case SinkColumn:
        return tr("Delivers to");
    case LastDeliveryColumn:
        return tr("Last delivery");
    case FailuresColumn:
        return tr("Failures");
    default:
        return {};
    }
}

int LogStreamsModel::rowForId(const QString &id) const
{
    for (int row = 0; row < m_streams.size(); ++row) {
        if (m_streams.at(row).value(QStringLiteral("id")).toString() == id)
            return row;
    }
    return -1;
}

QJsonObject LogStreamsModel::stream(const QString &id) const
{
    const int row = rowForId(id);
    return row < 0 ? QJsonObject() : m_streams.at(row);
}

void LogStreamsModel::refresh()
{
    m_loading = true;
    m_client->listLogStreams(this, [this](const ApiResult &result) {
        m_loading = false;
        if (!result.ok()) {
            Q_EMIT errorOccurred(result.describe(tr("Could not load the log streams: %1.")));
            Q_EMIT refreshed();
            return;
        }
        QList<QJsonObject> streams;
        for (const QJsonValue &value : result.array())
            streams.append(value.toObject());
        beginResetModel();
        m_streams = streams;
        endResetModel();
        Q_EMIT refreshed();
    });
}

void LogStreamsModel::clear()
{
    beginResetModel();
    m_streams.clear();
    endResetModel();
}

} // namespace scim
