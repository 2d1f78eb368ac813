#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace scim {

// Edit › Preferences: the interface language (System default, or each language in its own name; it takes effect
// after a restart, which the window offers) and the appearance (System, Light, Dark; applied at once). Both are
// kept in ConsoleSettings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // `languageInUse`: the language this run shows, so that a change can be recognised.
    explicit PreferencesDialog(const QString &languageInUse, QWidget *parent = nullptr);

    // "" for System default, otherwise a language code.
    QString language() const;
    void setLanguage(const QString &code);
    QString appearance() const;

    void accept() override;

Q_SIGNALS:
    // The stored language now differs from the one this run shows.
    void restartNeeded();

private:
    QString m_languageInUse;
    QComboBox *m_language;
    QComboBox *m_appearance;
    QLabel *m_restartNote;
};

} // namespace scim
