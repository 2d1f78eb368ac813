#pragma once

#include <QList>
#include <QString>

class QWidget;

// Every text a window shows or gives to assistive technology: titles, labels, buttons, placeholders, tooltips,
// accessible names and descriptions, combo box entries, tab names, header sections and cells of item views (the
// first rows), actions and menus. Texts typed by the admin (line edit and document contents) are left out; so are
// the insides of Qt's file dialog (its own texts and the file system's names), only its title is taken.
class I18nTextWalker
{
public:
    struct Text
    {
        QString where; // "connectionDetails/QLabel#connectionTitle: text"
        QString text;  // plain (rich text converted), mnemonic ampersands removed
    };

    static QList<Text> texts(QWidget *window);
    // The mnemonic keys (lower-case) of the visible buttons, buddy labels, tabs and menu titles of `window`, with
    // where each is; a key that occurs twice cannot reach both.
    static QList<std::pair<QChar, QString>> mnemonics(QWidget *window);
    // "Sa&ve" → 'v'; 0 when there is none ("&&" is a literal ampersand).
    static QChar mnemonicOf(const QString &text);
};
