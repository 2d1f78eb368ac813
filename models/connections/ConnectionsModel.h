#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QVariant>

#include "models/common/ModelRoles.h"

namespace scim {

class ManagementClient;

// The engine's connections: name, strategy, SCIM enabled, active token count and provisioned user count.
// One request: the engine sends each connection's counts and tokens with the list (include_counts, include_tokens);
// a refresh keeps rows (and therefore view selection) of connections that still exist. Roles: ModelRoles::RawValueRole,
// IdRole (connection id), JsonRole, and Role below.
class ConnectionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StrategyColumn,
        ScimColumn,
        TokensColumn,
        UsersColumn,
        ColumnCount
    };

    enum Role
    {
        // The active token that expires within TokenInfo::kWarningDays with none to take over (QJsonObject, empty
        // when there is none): what the overview card and the expiry banner warn about.
        ExpiringTokenRole = ModelRoles::FirstModelRole,
        GroupsCountRole, // int, or invalid while unknown
                         // The active tokens issued for an earlier SCIM endpoint URL of the connection (QJsonArray, see
                         // TokenInfo::issuedForOtherEndpoint): what the endpoint-changed warnings count.
        StaleEndpointTokensRole,
    };

    explicit ConnectionsModel(ManagementClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isLoading() const { return m_outstanding > 0; }
    int rowForId(const QString &id) const;
    QJsonObject connection(const QString &id) const;

public Q_SLOTS:
    void refresh();
    // Re-reads one connection and its counts (after a change made through the details view).
    void refreshConnection(const QString &id);
    void clear();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void refreshed();
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        QJsonObject json;
        QVariant tokens; // int, or invalid while unknown
        QVariant users;  // int, or invalid while unknown
        QVariant groups; // int, or invalid while unknown
        QJsonArray tokenList;
    };

    void setConnection(const QJsonObject &json);
    void begin();
    void end();
    QVariant rawValue(const Row &row, int column) const;

    ManagementClient *m_client;
    QList<Row> m_rows;
    int m_outstanding = 0;
};

} // namespace scim
