#pragma once

#include <QString>

#include <functional>

class QWidget;
class QMessageBox;

namespace scim {

// A non-blocking confirmation (window-modal QMessageBox opened with open()). It has an objectName so that tests
// find and answer it like a user would; onConfirmed runs only when the destructive button was clicked.
class Confirmation
{
public:
    static QMessageBox *ask(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                            const QString &confirmLabel, std::function<void()> onConfirmed);
    // Unsaved edits: Save (the default), Discard or Cancel, in the same kind of box. The buttons are named
    // saveButton, discardButton and cancelButton; Cancel and Esc run neither function.
    static QMessageBox *askToSave(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                                  std::function<void()> onSave, std::function<void()> onDiscard);
};

} // namespace scim
