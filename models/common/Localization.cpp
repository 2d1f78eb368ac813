#include "models/common/Localization.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace scim {

namespace {

struct Installed
{
    QString code;
    std::vector<std::unique_ptr<QTranslator>> translators;
};

Installed &installed()
{
    static Installed state;
    return state;
}

// Loads one catalog into the application; a missing catalog (Qt's for English, or a system without
// qt6-translations-l10n) is not an error: its texts then stay in English.
void installCatalog(Installed &state, const QString &path)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(path) || translator->isEmpty())
        return;
    QCoreApplication::installTranslator(translator.get());
    state.translators.push_back(std::move(translator));
}

} // namespace

QList<Localization::Language> Localization::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString Localization::nativeName(const QString &code)
{
    for (const Language &language : available()) {
        if (language.code == code)
            return language.nativeName;
    }
    return code;
}

bool Localization::isAvailable(const QString &code)
{
    for (const Language &language : available()) {
        if (language.code == code)
            return true;
    }
    return false;
}

QString Localization::resolve(const QString &preference)
{
    const QString wanted = preference.trimmed().toLower().section(QLatin1Char('_'), 0, 0).section(u'-', 0, 0);
    if (isAvailable(wanted))
        return wanted;
    // uiLanguages() is ordered by the user's preference ("de-CH", "de", "en-US", …).
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(u'-', 0, 0).toLower();
        if (isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

QString Localization::catalogPath(const QString &code)
{
    return QStringLiteral(":/i18n/scim-console_%1.qm").arg(code);
}

QString Localization::install(const QString &preference)
{
    Installed &state = installed();
    for (const auto &translator : state.translators)
        QCoreApplication::removeTranslator(translator.get());
    state.translators.clear();

    const QString code = resolve(preference);
    state.code = code;
    // English has a catalog too: it holds the plural forms of the source texts ("1 pair", "2 pairs").
    installCatalog(state, catalogPath(code));
    if (code != QLatin1String("en")) {
        installCatalog(state, QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                                  .filePath(QStringLiteral("qtbase_%1.qm").arg(code)));
#ifdef SCIM_QTKEYCHAIN_TRANSLATIONS
        // QtKeychain's error messages appear in the console's keychain notices.
        installCatalog(
            state,
            QDir(QStringLiteral(SCIM_QTKEYCHAIN_TRANSLATIONS)).filePath(QStringLiteral("qtkeychain_%1.qm").arg(code)));
#endif
    }
    // Numbers and dates follow the interface language, unless the system locale already speaks it (de_CH stays
    // de_CH rather than becoming de_DE).
    const QLocale system = QLocale::system();
    QLocale::setDefault(QLocale::languageToCode(system.language()) == code ? system : QLocale(code));
    return code;
}

QString Localization::installedLanguage()
{
    return installed().code;
}

} // namespace scim
