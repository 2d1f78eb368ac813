#include "views/shell/ConsoleOptions.h"
#include "views/shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

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

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Desktop admin console for the SCIM engine"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("Embedded engine database (default: in the data directory)."),
                                      QStringLiteral("path"));
    const QCommandLineOption noKeychain(QStringLiteral("no-keychain"),
                                        QStringLiteral("Do not use the OS keychain for admin tokens."));
    const QCommandLineOption quitWhenReady(QStringLiteral("quit-when-ready"),
                                           QStringLiteral("Print the start-up time and quit once the window is "
                                                          "usable (benchmark)."));
    parser.addOptions({database, noKeychain, quitWhenReady});
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
