#pragma once

#include "models/common/ModelRoles.h"

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QList>

namespace scim {

class MappingModel;

// The SCIM side of the mapping editor: the connection's User attributes from its schemas (core with the common
// attributes, each extension, sub-attributes), the usual filtered entries (emails[type eq "work"].value, …) and
// custom ones, each with its type, required-ness and what it is mapped to. id, meta, password and groups are
// listed greyed with the reason; they cannot be dragged. Dropping pairs here removes them (dragging a pair out).
class ScimAttributeTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        RequiredColumn,
        MappedColumn,
        ColumnCount
    };
    // Besides ModelRoles::RawValueRole:
    enum Role
    {
        PathRole = ModelRoles::FirstModelRole, // the mapping path of the entry (empty for headings)
        MappableRole,
        MappedToRole, // the profile attribute it feeds, or empty
    };

    explicit ScimAttributeTreeModel(MappingModel *mapping, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Rebuilds the tree from the mapping model's rules (after the connection's schemas arrived).
    void rebuild();
    QModelIndex indexOfPath(const QString &path, int column = NameColumn) const;
    // Single-valued attributes, for the user_id_attribute chooser.
    QStringList userIdCandidates() const;

    // Why `path` cannot be added as a custom entry, or empty.
    QString validateCustomEntry(const QString &path) const;
    // Adds a custom filtered entry through an undo command; false (and nothing happens) when invalid.
    bool addCustomEntry(const QString &path);
    // Called by AddCustomScimEntryCommand.
    void applyAddEntry(const QString &path, bool custom);
    void applyRemoveEntry(const QString &path);

private:
    struct Node
    {
        QString label;
        QString path;
        QString type;
        QString description;
        QString reason; // why it cannot be mapped
        QString canonical;
        QString mappedTo;
        int parent = -1;
        QList<int> children;
        bool multiValued = false;
        bool required = false;
        bool mappable = false;
        bool heading = false;
        bool custom = false;
    };

    int addNode(int parent, Node node);
    void addAttribute(int parent, const QJsonObject &definition, const QString &prefix, bool forbidden);
    int rowInParent(int node) const;
    const QList<int> &childrenOf(int node) const;
    int nodeOf(const QModelIndex &index) const;
    void updateMapped();

    MappingModel *m_mapping;
    QList<Node> m_nodes;
    QList<int> m_roots;
    int m_filteredGroup = -1;
};

} // namespace scim
