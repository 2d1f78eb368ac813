#pragma once

#include "models/common/ModelRoles.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace scim {

class ManagementClient;

// The engine's log streams (GET /api/v2/log-streams): name, type, status, where it delivers, the last delivery and
// the consecutive failures. Roles: ModelRoles::RawValueRole, IdRole (stream id), JsonRole (the stream as the
// engine answered it), Qt::ToolTipRole on the status (why a stream was suspended, or its last error).
class LogStreamsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        StatusColumn,
        SinkColumn,
        LastDeliveryColumn,
        FailuresColumn,
        ColumnCount
    };

    explicit LogStreamsModel(ManagementClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowForId(const QString &id) const;
    QJsonObject stream(const QString &id) const;
    bool isLoading() const { return m_loading; }

    // Where a stream delivers: the webhook URL or the SET receiver.
    static QString sinkEndpoint(const QJsonObject &stream);
    // "Active", "Paused", "Suspended" in the interface language.
    static QString statusText(const QString &status);
    static QString typeText(const QString &type);

public Q_SLOTS:
    void refresh();
    void clear();

Q_SIGNALS:
    void refreshed();
    void errorOccurred(const QString &message);

private:
    ManagementClient *m_client;
    QList<QJsonObject> m_streams;
    bool m_loading = false;
};

} // namespace scim
