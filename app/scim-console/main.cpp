#include "models/common/ConsoleSettings.h"
#include "models/common/Localization.h"
#include "views/common/Appearance.h"
#include "views/shell/ConsoleOptions.h"
#include "views/shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <cstdio>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("scim-console"));
    QCoreApplication::setApplicationName(QStringLiteral("scim-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCIM_VERSION_STRING));
}

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// True when the command line asks only for --help or --version: those must work without a display (scripts,
// package checks over SSH), and QApplication cannot even be constructed there. Read before any parser exists,
// because the parser's texts are translated, which needs the application object.
bool wantsTextOnly(const QStringList &arguments)
{
    static const QStringList textOnly{
        QStringLiteral("-h"),        QStringLiteral("--help"),     QStringLiteral("-?"),    QStringLiteral("-v"),
        QStringLiteral("--version"), QStringLiteral("--help-all"), QStringLiteral("-help"), QStringLiteral("-version")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (textOnly.contains(arguments.at(i)))
            return true;
    }
    return false;
}

// --language is needed before the parser's own texts are made, so it is read from the arguments first.
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

void installLanguage(const QStringList &arguments)
{
    const QString requested = languageArgument(arguments);
    scim::Localization::install(requested.isEmpty() ? scim::ConsoleSettings::kLanguage.value() : requested);
}

struct CommandLine
{
    QCommandLineOption database{QStringLiteral("database"),
                                QCoreApplication::translate("main", "Embedded engine database (default: in the data "
                                                                    "directory)."),
                                //: Placeholder of a command-line value, shown as <path>
                                QCoreApplication::translate("main", "path")};
    QCommandLineOption noKeychain{QStringLiteral("no-keychain"),
                                  QCoreApplication::translate("main", "Do not use the OS keychain for admin tokens.")};
    QCommandLineOption language{
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Interface language for this run: en, de or fr (default: the one chosen in "
                                            "Preferences, or the system's)."),
        //: Placeholder of a command-line value, shown as <code>
        QCoreApplication::translate("main", "code")};
    QCommandLineOption appearance{
        QStringLiteral("appearance"),
        QCoreApplication::translate("main", "Appearance for this run: light, dark or system (default: the one chosen "
                                            "in Preferences)."),
        //: Placeholder of a command-line value, shown as <mode>
        QCoreApplication::translate("main", "mode")};
    QCommandLineOption quitWhenReady{
        QStringLiteral("quit-when-ready"),
        QCoreApplication::translate("main", "Print the start-up time and quit once the window is usable (benchmark).")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Desktop admin console for the SCIM engine"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({database, noKeychain, language, appearance, quitWhenReady});
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    setApplicationIdentity();
    const QStringList arguments = argumentsOf(argc, argv);

    if (wantsTextOnly(arguments)) {
        const QCoreApplication textOnly(argc, argv);
        installLanguage(arguments);
        QCommandLineParser parser;
        const CommandLine commandLine;
        commandLine.addTo(parser);
        parser.process(textOnly); // prints the help or the version and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("SCIM Console"));
    // The reverse-DNS desktop id: the .desktop file and the AppStream component in resources/ carry the same name.
    QApplication::setDesktopFileName(QStringLiteral("org.scimconsole.ScimConsole"));
    installLanguage(arguments);
    QCommandLineParser parser;
    const CommandLine commandLine;
    commandLine.addTo(parser);
    parser.process(app);

    if (parser.isSet(commandLine.language) &&
        !scim::Localization::isAvailable(parser.value(commandLine.language).toLower())) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unknown language '%1': use en, de or fr.")
                                    .arg(parser.value(commandLine.language))));
        return 2;
    }
    bool appearanceValid = true;
    const scim::Appearance::Mode appearance = scim::Appearance::modeFromString(
        parser.isSet(commandLine.appearance) ? parser.value(commandLine.appearance)
                                             : scim::ConsoleSettings::kAppearance.value(),
        &appearanceValid);
    if (parser.isSet(commandLine.appearance) && !appearanceValid) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "Unknown appearance '%1': use light, dark or system.")
                           .arg(parser.value(commandLine.appearance))));
        return 2;
    }
    scim::Appearance::instance()->setMode(appearance);

    scim::ConsoleOptions options;
    options.databasePath = parser.value(commandLine.database);
    options.useKeychain = !parser.isSet(commandLine.noKeychain);
    scim::MainWindow window(options);
    if (parser.isSet(commandLine.quitWhenReady)) {
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
        QProcess::startDetached(QApplication::applicationFilePath(), restartArguments(arguments));
    return status;
}
