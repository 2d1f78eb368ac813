#include "auth/AdminCredential.h"
#include "server/Engine.h"
#include "server/EngineCommandLine.h"
#include "server/SignalWatcher.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("scim-console"));
    QCoreApplication::setApplicationName(QStringLiteral("scim-engine"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCIM_VERSION_STRING));

    const scim::EngineCommandLine::Result parsed = scim::EngineCommandLine::parse(QCoreApplication::arguments());
    if (!parsed.options) {
        if (!parsed.error.isEmpty())
            std::fprintf(stderr, "scim-engine: %s\n", qUtf8Printable(parsed.error));
        else
            std::fputs(qUtf8Printable(parsed.output), stdout);
        return parsed.exitCode;
    }
    scim::EngineOptions options = *parsed.options;

    const scim::AdminCredential::Result admin =
        scim::AdminCredential::resolve(QFileInfo(options.databasePath).absolutePath());
    if (!admin.error.isEmpty()) {
        std::fprintf(stderr, "scim-engine: %s\n", qUtf8Printable(admin.error));
        return 1;
    }
    options.adminToken = admin.token;
    if (!admin.filePath.isEmpty())
        std::printf("admin token file: %s%s\n", qUtf8Printable(admin.filePath), admin.generated ? " (generated)" : "");

    scim::Engine engine(options);
    if (!engine.start()) {
        std::fprintf(stderr, "scim-engine: %s\n", qUtf8Printable(engine.errorString()));
        return 1;
    }
    scim::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &scim::SignalWatcher::terminationRequested, &engine, [&engine](int) {
        std::printf("shutting down\n");
        std::fflush(stdout);
        engine.stop();
    });
    QObject::connect(&engine, &scim::Engine::stopped, &app, [] { QCoreApplication::exit(0); });

    std::printf("database: %s\n", qUtf8Printable(options.databasePath));
    std::printf("public url: %s\n", qUtf8Printable(engine.publicUrl()));
    std::printf("listening on %s\n", qUtf8Printable(engine.baseUrl()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
