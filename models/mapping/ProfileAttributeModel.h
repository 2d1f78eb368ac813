#pragma once

#include "models/common/ModelRoles.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace scim {

class MappingModel;

// The profile side of the mapping editor: the root attributes a map may target, then app_metadata.* and
// user_metadata.* keys (those of the map, the defaults' and custom ones), each with the SCIM attribute it is
// mapped from. Dropping a SCIM attribute on a row maps it there; dropping pairs here removes them.
class ProfileAttributeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AttributeColumn,
        SourceColumn,
        ColumnCount
    };
    // Besides ModelRoles::RawValueRole:
    enum Role
    {
        TargetRole = ModelRoles::FirstModelRole, // the profile attribute path
        MappedFromRole,                          // the SCIM attribute feeding it, or empty
    };

    explicit ProfileAttributeModel(MappingModel *mapping, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    int rowOfTarget(const QString &target) const;
    QString targetAt(int row) const { return m_targets.value(row); }
    // Why `key` cannot be added (must be app_metadata.<key> or user_metadata.<key>, not listed yet), or empty.
    QString validateCustomKey(const QString &key) const;
    // Adds a custom metadata key through an undo command; false when invalid.
    bool addCustomKey(const QString &key);
    // Called by AddProfileKeyCommand.
    void applyAddKey(const QString &key);
    void applyRemoveKey(const QString &key);

private:
    void syncWithMap();

    MappingModel *m_mapping;
    QStringList m_targets;
    QHash<QString, QString> m_sources; // target → SCIM attribute
};

} // namespace scim
