#include "views/shell/ConsoleOptions.h"
#include "views/shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
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

// True when the command line asks only for --help or --version: those must work without a display (scripts,
// package checks over SSH), and QApplication cannot even be constructed there.
bool wantsTextOnly(QCommandLineParser &parser, const QCommandLineOption &help, const QCommandLineOption &version,
                   int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!parser.parse(arguments))
        return false;
    return parser.isSet(help) || parser.isSet(version) || parser.isSet(QStringLiteral("help-all"));
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    setApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Desktop admin console for the SCIM engine"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("Embedded engine database (default: in the data directory)."),
                                      QStringLiteral("path"));
    const QCommandLineOption noKeychain(QStringLiteral("no-keychain"),
                                        QStringLiteral("Do not use the OS keychain for admin tokens."));
    const QCommandLineOption quitWhenReady(QStringLiteral("quit-when-ready"),
                                           QStringLiteral("Print the start-up time and quit once the window is "
                                                          "usable (benchmark)."));
    parser.addOptions({database, noKeychain, quitWhenReady});

    if (wantsTextOnly(parser, help, version, argc, argv)) {
        const QCoreApplication textOnly(argc, argv);
        parser.process(textOnly); // prints the help or the version and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("SCIM Console"));
    // The reverse-DNS desktop id: the .desktop file and the AppStream component in resources/ carry the same name.
    QApplication::setDesktopFileName(QStringLiteral("org.scimconsole.ScimConsole"));
    parser.process(app);

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
    return QApplication::exec();
}
