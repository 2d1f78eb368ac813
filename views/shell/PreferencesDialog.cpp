#include "views/shell/PreferencesDialog.h"

#include "models/common/ConsoleSettings.h"
#include "models/common/Localization.h"
#include "views/common/Appearance.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace scim {

PreferencesDialog::PreferencesDialog(const QString &languageInUse, QWidget *parent)
    : QDialog(parent)
    , m_languageInUse(languageInUse)
    , m_language(new QComboBox)
    , m_appearance(new QComboBox)
    , m_restartNote(new QLabel)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_language->setObjectName(QStringLiteral("languageChoice"));
    //: %1: the language the system default stands for on this computer, in its own name ("Deutsch")
    m_language->addItem(tr("System default (%1)").arg(Localization::nativeName(Localization::resolve({}))), QString());
    for (const Localization::Language &language : Localization::available())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(ConsoleSettings::kLanguage.value())));

    m_appearance->setObjectName(QStringLiteral("appearanceChoice"));
    m_appearance->addItem(tr("System (follow the desktop)"), Appearance::modeToString(Appearance::Mode::System));
    m_appearance->addItem(tr("Light"), Appearance::modeToString(Appearance::Mode::Light));
    m_appearance->addItem(tr("Dark"), Appearance::modeToString(Appearance::Mode::Dark));
    m_appearance->setCurrentIndex(
        qMax(0, m_appearance->findData(Appearance::modeToString(Appearance::instance()->mode()))));

    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setText(tr("A new language takes effect when SCIM Console restarts."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Appearance:"), m_appearance);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::setLanguage(const QString &code)
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(code)));
}

QString PreferencesDialog::appearance() const
{
    return m_appearance->currentData().toString();
}

void PreferencesDialog::accept()
{
    ConsoleSettings::kLanguage.setValue(language());
    ConsoleSettings::kAppearance.setValue(appearance());
    Appearance::instance()->setMode(Appearance::modeFromString(appearance()));
    QDialog::accept();
    if (Localization::resolve(language()) != m_languageInUse)
        Q_EMIT restartNeeded();
}

} // namespace scim
