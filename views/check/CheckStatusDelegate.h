#pragma once

#include <QStyledItemDelegate>

namespace scim {

// The Status column of the check results: the word in the tone of the outcome (failed, passed, skipped), bold while
// running. The word carries the meaning on its own; the colour comes from the view's palette (ThemeColors).
class CheckStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace scim
