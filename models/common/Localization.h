#pragma once

#include <QList>
#include <QString>

class QTranslator;

namespace scim {

// The console's interface languages: the catalogs built into the binary (translations/*.ts, compiled by
// qt_add_translations into :/i18n) and Qt's own (qtbase_*.qm, for the texts of standard dialogs and buttons).
// The language is chosen once, before the first window exists; changing it takes a restart.
class Localization
{
public:
    struct Language
    {
        QString code;       // "de"
        QString nativeName; // "Deutsch": each language in its own name, never translated
    };

    // The languages with a catalog, English first.
    static QList<Language> available();
    static QString nativeName(const QString &code);
    static bool isAvailable(const QString &code);

    // The language the console would use for a preference: the code itself when it has a catalog, otherwise the
    // first of the system's UI languages that has one, otherwise English.
    static QString resolve(const QString &preference);

    // Installs the catalog of `code` (resolved first) and Qt's own into the application, replacing what an earlier
    // call installed. Returns the code in use.
    static QString install(const QString &preference);
    // The code install() put in place; empty before the first call.
    static QString installedLanguage();

    // Resource path of a catalog (":/i18n/scim-console_de.qm").
    static QString catalogPath(const QString &code);
};

} // namespace scim
