#include "views/schemas/SchemaValueDelegate.h"

#include "models/schemas/SchemaAttributesModel.h"

#include <QComboBox>
#include <QPlainTextEdit>

namespace scim {

QWidget *SchemaValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    if (index.column() == SchemaAttributesModel::CanonicalValuesColumn) {
        auto *edit = new QPlainTextEdit(parent);
        edit->setObjectName(QStringLiteral("canonicalValuesEditor"));
        edit->setAccessibleName(tr("Canonical values, one per line"));
        edit->setPlaceholderText(tr("One value per line"));
        edit->setTabChangesFocus(true); // Tab leaves the editor and commits, as in the other cells
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        return edit;
    }
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
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor))
        edit->setPlainText(index.data(Qt::EditRole).toStringList().join(u'\n'));
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentText(index.data(Qt::EditRole).toString());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void SchemaValueDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor))
        model->setData(index, edit->toPlainText().split(u'\n'), Qt::EditRole);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentText(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

void SchemaValueDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                               const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    if (qobject_cast<QPlainTextEdit *>(editor)) {
        // Room for a few values below the cell; the editor floats over the rows underneath while it is open.
        QRect rect = editor->geometry();
        rect.setHeight(qMax(rect.height(), 5 * editor->fontMetrics().lineSpacing() + 12));
        rect.setWidth(qMax(rect.width(), 16 * editor->fontMetrics().averageCharWidth()));
        editor->setGeometry(rect);
    }
}

} // namespace scim
