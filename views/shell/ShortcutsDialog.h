#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

namespace scim {

// Help › Keyboard shortcuts: every shortcut of the window and its pages, grouped by where it applies.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString group;       // the menu or page it belongs to, translated
        QString description; // what it does, translated (mnemonics removed)
        QList<QKeySequence> keys;
    };

    explicit ShortcutsDialog(const QList<Entry> &entries, QWidget *parent = nullptr);
};

} // namespace scim
