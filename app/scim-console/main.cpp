#include "models/common/ConsoleSettings.h"
#include "models/common/Localization.h"
#include "views/common/Appearance.h"
#include "views/shell/ConsoleOptions.h"
#include "views/shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>

#include <cstdio>

namespace {

// --language must be known before the parser's own texts are made, so it is read from argv first.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if ((argument == QLatin1String("--language") || argument == QLatin1String("-language")) &&
            i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--language=")))
            return argument.section(u'=', 1);
    }
    return {};
}

// The arguments for a restart: the same, without --language (the new preference is to apply).
QStringList restartArguments(const QStringList &arguments)
{
    QStringList kept;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--language") || argument == QLatin1String("-language")) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1String("--language=")))
            kept.append(argument);
    }
    return kept;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("scim-console"));
    QApplication::setApplicationName(QStringLiteral("scim-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("SCIM Console"));
    QApplication::setApplicationVersion(QStringLiteral(SCIM_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("scim-console"));

    const QString requestedLanguage = languageArgument(QApplication::arguments());
    scim::Localization::install(requestedLanguage.isEmpty() ? scim::ConsoleSettings::kLanguage.value()
                                                            : requestedLanguage);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Desktop admin console for the SCIM engine"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "Embedded engine database (default: in the data directory)."),
        //: Placeholder of a command-line value, shown as <path>
        QCoreApplication::translate("main", "path"));
    const QCommandLineOption noKeychain(
        QStringLiteral("no-keychain"),
        QCoreApplication::translate("main", "Do not use the OS keychain for admin tokens."));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Interface language for this run: en, de or fr (default: the one chosen in "
                                            "Preferences, or the system's)."),
        //: Placeholder of a command-line value, shown as <code>
        QCoreApplication::translate("main", "code"));
    const QCommandLineOption appearanceOption(
        QStringLiteral("appearance"),
        QCoreApplication::translate("main", "Appearance for this run: light, dark or system (default: the one chosen "
                                            "in Preferences)."),
        //: Placeholder of a command-line value, shown as <mode>
        QCoreApplication::translate("main", "mode"));
    const QCommandLineOption quitWhenReady(
        QStringLiteral("quit-when-ready"),
        QCoreApplication::translate("main", "Print the start-up time and quit once the window is usable (benchmark)."));
    parser.addOptions({database, noKeychain, languageOption, appearanceOption, quitWhenReady});
    parser.process(app);

    if (parser.isSet(languageOption) && !scim::Localization::isAvailable(parser.value(languageOption).toLower())) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unknown language '%1': use en, de or fr.")
                                    .arg(parser.value(languageOption))));
        return 2;
    }
    bool appearanceValid = true;
    const scim::Appearance::Mode appearance = scim::Appearance::modeFromString(
        parser.isSet(appearanceOption) ? parser.value(appearanceOption) : scim::ConsoleSettings::kAppearance.value(),
        &appearanceValid);
    if (parser.isSet(appearanceOption) && !appearanceValid) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "Unknown appearance '%1': use light, dark or system.")
                           .arg(parser.value(appearanceOption))));
        return 2;
    }
    scim::Appearance::instance()->setMode(appearance);

    scim::ConsoleOptions options;
    options.databasePath = parser.value(database);
    options.useKeychain = !parser.isSet(noKeychain);
    scim::MainWindow window(options);
    if (parser.isSet(quitWhenReady)) {
        QObject::connect(&window, &scim::MainWindow::ready, &window, [&] {
            std::printf("ready after %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, &window, &QWidget::close);
        });
    }
    window.show();
    window.start();
    const int status = QApplication::exec();
    // Preferences › Language, "Restart now": the window closed cleanly (engine shut down); start anew.
    if (window.restartRequested())
        QProcess::startDetached(QApplication::applicationFilePath(), restartArguments(QApplication::arguments()));
    return status;
}
