#include "server/EngineCommandLine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace scim {

QString EngineCommandLine::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/scim-engine.sqlite");
}

EngineCommandLine::Result EngineCommandLine::parse(const QStringList &arguments)
{
    Result result;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "SCIM 2.0 service provider engine with an Auth0-shaped Management API.\n\n"
        "SCIM endpoints:   /scim/v2/connections/{connection_id}/...\n"
        "Management API:   /api/v2/... (Authorization: Bearer <admin token>)\n\n"
        "The admin token is read from the environment variable SCIM_ENGINE_ADMIN_TOKEN. If it is unset, a token\n"
        "is generated on first start and stored (mode 0600) in the file 'admin-token' next to the database\n"
        "(with PostgreSQL: in the engine's data directory); the engine prints that file's path, never the token.\n\n"
        "Several engines may share one PostgreSQL database (--database postgresql://...): give them the same\n"
        "SCIM_ENGINE_ADMIN_TOKEN. The password may come from the URL, PGPASSWORD or ~/.pgpass."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Show the version and exit."));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Address and port to listen on (default 127.0.0.1:8080). Port 0 picks a free port; "
                       "IPv6 as [::1]:8080."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("SQLite database file (default %1; created if missing), or a PostgreSQL database as "
                       "postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?...] (migrated on start).")
            .arg(QDir::toNativeSeparators(defaultDatabasePath())),
        QStringLiteral("PATH|URL"));
    const QCommandLineOption instance(
        QStringLiteral("instance-name"),
        QStringLiteral("This engine's name, shown in the console and in /api/v2/engine (default HOST:PORT)."),
        QStringLiteral("NAME"));
    const QCommandLineOption publicUrl(
        QStringLiteral("public-url"),
        QStringLiteral("Base URL clients use to reach this engine, used in meta.location and in the endpoint URLs the "
                       "Management API hands out (default http://HOST:PORT)."),
        QStringLiteral("URL"));
    const QCommandLineOption retentionDays(
        QStringLiteral("log-retention-days"),
        QStringLiteral("Delete SCIM log events older than DAYS days (default 30; 0 keeps them)."),
        QStringLiteral("DAYS"));
    const QCommandLineOption maxEvents(
        QStringLiteral("log-max-events"),
        QStringLiteral("Keep at most N SCIM log events, deleting the oldest (default 1000000; 0 for no limit)."),
        QStringLiteral("N"));
    const QCommandLineOption noRequestLog(QStringLiteral("no-request-log"),
                                          QStringLiteral("Do not record SCIM requests in the log."));
    const QCommandLineOption retryBase(
        QStringLiteral("delivery-retry-ms"),
        QStringLiteral("First retry delay for log streams and back-channel logout, doubled on each failure "
                       "(default 1000)."),
        QStringLiteral("MS"));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(listen);
    parser.addOption(database);
    parser.addOption(instance);
    parser.addOption(publicUrl);
    parser.addOption(retentionDays);
    parser.addOption(maxEvents);
    parser.addOption(noRequestLog);
    parser.addOption(retryBase);

    if (!parser.parse(arguments)) {
        result.error = parser.errorText() + QStringLiteral("\nTry 'scim-engine --help'.");
        result.exitCode = 2;
        return result;
    }
    if (parser.isSet(help)) {
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.output = QStringLiteral("scim-engine %1\n").arg(QStringLiteral(SCIM_VERSION_STRING));
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = QStringLiteral("Unexpected argument '%1'.\nTry 'scim-engine --help'.")
                           .arg(parser.positionalArguments().constFirst());
        result.exitCode = 2;
        return result;
    }

    EngineOptions options;
    if (parser.isSet(listen)) {
        const QString value = parser.value(listen);
        const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
        QString host = colon > 0 ? value.left(colon) : QString();
        const QString portText = colon > 0 ? value.mid(colon + 1) : QString();
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        QHostAddress address;
        if (host == QLatin1String("localhost"))
            address = QHostAddress(QHostAddress::LocalHost);
        else
            address = QHostAddress(host);
        if (host.isEmpty() || !ok || port > 65535 || address.isNull()) {
            result.error = QStringLiteral("Invalid value for --listen: '%1' (expected HOST:PORT, e.g. 127.0.0.1:8080).")
                               .arg(value);
            result.exitCode = 2;
            return result;
        }
        options.listenAddress = address;
        options.listenHost = host;
        options.port = quint16(port);
    }
    options.databasePath = parser.isSet(database) ? parser.value(database) : defaultDatabasePath();
    if (options.databasePath.trimmed().isEmpty()) {
        result.error = QStringLiteral("Invalid value for --database: the path is empty.");
        result.exitCode = 2;
        return result;
    }
    options.instanceName = parser.value(instance).trimmed();
    if (parser.isSet(publicUrl)) {
        QString value = parser.value(publicUrl);
        while (value.endsWith(QLatin1Char('/')))
            value.chop(1);
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty() || url.hasQuery() || url.hasFragment()) {
            result.error = QStringLiteral("Invalid value for --public-url: '%1' (expected an http or https URL such as "
                                          "https://scim.example.com).")
                               .arg(parser.value(publicUrl));
            result.exitCode = 2;
            return result;
        }
        options.publicUrl = value;
    }
    auto number = [&](const QCommandLineOption &option, qint64 minimum, qint64 maximum, qint64 *out) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < minimum || value > maximum) {
            result.error = QStringLiteral("Invalid value for --%1: '%2' (expected a whole number from %3 to %4).")
                               .arg(option.names().constFirst(), parser.value(option))
                               .arg(minimum)
                               .arg(maximum);
            result.exitCode = 2;
            return false;
        }
        *out = value;
        return true;
    };
    qint64 days = options.logRetention.days;
    qint64 retry = options.deliveryRetryMs;
    if (!number(retentionDays, 0, 36500, &days) ||
        !number(maxEvents, 0, qint64(1) << 40, &options.logRetention.maxEvents) ||
        !number(retryBase, 1, 600000, &retry))
        return result;
    options.logRetention.days = int(days);
    options.deliveryRetryMs = int(retry);
    options.requestLog = !parser.isSet(noRequestLog);
    result.options = options;
    return result;
}

} // namespace scim
