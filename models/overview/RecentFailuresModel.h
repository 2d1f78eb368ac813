#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>

namespace scim {

class ManagementClient;

// The most recent failed requests of every connection (GET /api/v2/logs?q=type:fscim), newest first, kept current
// by pushed events (addEvents). Display: "time · connection · description". Roles: ModelRoles::IdRole (the log id),
// JsonRole (the event).
class RecentFailuresModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int kRows = 10;

    explicit RecentFailuresModel(ManagementClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void refresh();
    void addEvents(const QList<QJsonObject> &events);
    void clear();

Q_SIGNALS:
    void refreshed();
    void errorOccurred(const QString &message);

private:
    ManagementClient *m_client;
    QList<QJsonObject> m_rows;
    int m_generation = 0;
};

} // namespace scim
