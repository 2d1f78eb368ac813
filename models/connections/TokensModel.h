#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace scim {

class ManagementClient;

// The SCIM tokens of one connection: id, created, expires, scopes, last used. Never holds a secret.
// Roles: ModelRoles::RawValueRole, IdRole (token id), JsonRole.
class TokensModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        CreatedColumn,
        ExpiresColumn,
        ScopesColumn,
        LastUsedColumn,
        ColumnCount
    };

    explicit TokensModel(ManagementClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString connectionId() const { return m_connectionId; }
    int activeCount() const;
    bool canGenerate() const;
    bool isLoading() const { return m_loading; }

public Q_SLOTS:
    // Empty id clears the model (connection without SCIM, or nothing selected).
    void setConnectionId(const QString &connectionId);
    void refresh();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void refreshed();
    void errorOccurred(const QString &message);

private:
    ManagementClient *m_client;
    QString m_connectionId;
    QList<QJsonObject> m_tokens;
    bool m_loading = false;
    quint64 m_request = 0;
};

} // namespace scim
