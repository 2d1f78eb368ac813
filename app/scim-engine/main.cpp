#include "auth/AdminCredential.h"
#include "server/Backends.h"
#include "server/Engine.h"
#include "server/EngineCommandLine.h"
#include "server/SignalWatcher.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

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

    // The generated admin token lives next to an SQLite file; with PostgreSQL in the engine's data directory
    // (several instances share one token through SCIM_ENGINE_ADMIN_TOKEN; docs/deployment.md).
    const QString dataDirectory = scim::Backends::isPostgres(options.databasePath)
                                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                      : QFileInfo(options.databasePath).absolutePath();
    const scim::AdminCredential::Result admin = scim::AdminCredential::resolve(dataDirectory);
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

    std::printf("database: %s\n", qUtf8Printable(scim::Backends::describe(options.databasePath)));
    std::printf("instance: %s%s\n", qUtf8Printable(engine.instanceName()),
                scim::Backends::isPostgres(options.databasePath)
                    ? (engine.isLeader() ? " (leader)" : " (follower until the leader goes)")
                    : "");
    std::printf("public url: %s\n", qUtf8Printable(engine.publicUrl()));
    std::printf("listening on %s\n", qUtf8Printable(engine.baseUrl()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
