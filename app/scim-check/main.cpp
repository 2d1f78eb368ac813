#include "models/check/CheckCliRun.h"
#include "models/check/CheckCommandLine.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scim-check"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCIM_VERSION_STRING));

    const scim::CheckCommandLine::Result parsed =
        scim::CheckCommandLine::parse(QCoreApplication::arguments(), qEnvironmentVariable("SCIM_CHECK_TOKEN"));
    if (!parsed.options) {
        if (!parsed.error.isEmpty())
            std::fprintf(stderr, "scim-check: %s\nTry 'scim-check --help'.\n", qUtf8Printable(parsed.error));
        else
            std::fputs(qUtf8Printable(parsed.output), stdout);
        return parsed.exitCode;
    }
    scim::CheckCliRun run(*parsed.options, stdout);
    QObject::connect(&run, &scim::CheckCliRun::finished, &app, [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &run, &scim::CheckCliRun::start);
    return QCoreApplication::exec();
}
