#pragma once

#include <QStyledItemDelegate>

namespace scim {

// Edits the schema editor's enumerated columns with a combo box of the values RFC 7643 allows
// (SchemaAttributesModel::validValues), canonical values in a multi-line editor with one value per line (a value
// may contain commas), and the other free-text columns with the default line edit.
class SchemaValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

} // namespace scim
