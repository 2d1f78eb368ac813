#include "views/schemas/SchemaValueDelegate.h"

#include "models/schemas/SchemaAttributesModel.h"

#include <QComboBox>

namespace scim {

QWidget *SchemaValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    QStringList values = SchemaAttributesModel::validValues(index.column());
    if (index.parent().isValid() && index.column() == SchemaAttributesModel::TypeColumn)
        values.removeAll(QStringLiteral("complex")); // RFC 7643 §2.3.8: sub-attributes are never complex
    if (values.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("schemaValueEditor"));
    combo->addItems(values);
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return combo;
}

void SchemaValueDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentText(index.data(Qt::EditRole).toString());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void SchemaValueDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentText(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace scim
