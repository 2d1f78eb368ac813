#pragma once

#include <QStyledItemDelegate>

namespace scim {

// Edits the schema editor's enumerated columns with a combo box of the values RFC 7643 allows
// (SchemaAttributesModel::validValues); free-text columns get the default line edit.
class SchemaValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace scim
