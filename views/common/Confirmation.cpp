#include "views/common/Confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace scim {

QMessageBox *Confirmation::ask(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                               const QString &confirmLabel, std::function<void()> onConfirmed)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(confirmLabel, QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(cancel); // destructive actions are never the default
    QObject::connect(box, &QMessageBox::finished, box, [box, confirm, onConfirmed] {
        if (box->clickedButton() == confirm && onConfirmed)
            onConfirmed();
    });
    box->open();
    return box;
}

QMessageBox *Confirmation::askToSave(QWidget *parent, const QString &objectName, const QString &title,
                                     const QString &text, std::function<void()> onSave, std::function<void()> onDiscard)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *save = box->addButton(QMessageBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    QPushButton *discard = box->addButton(QMessageBox::Discard);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(save);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::finished, box, [box, save, discard, onSave, onDiscard] {
        if (box->clickedButton() == save && onSave)
            onSave();
        else if (box->clickedButton() == discard && onDiscard)
            onDiscard();
    });
    box->open();
    return box;
}

} // namespace scim
