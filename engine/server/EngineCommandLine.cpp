#include "server/EngineCommandLine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace scim {

namespace {

// HOST:PORT, IPv6 as [::1]:8080, "localhost" as 127.0.0.1.
bool parseListenAddress(const QString &value, QHostAddress *address, QString *host, quint16 *port)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    QString hostPart = colon > 0 ? value.left(colon) : QString();
    const QString portText = colon > 0 ? value.mid(colon + 1) : QString();
    bool ok = false;
    const uint portNumber = portText.toUInt(&ok);
    if (hostPart.startsWith(QLatin1Char('[')) && hostPart.endsWith(QLatin1Char(']')))
        hostPart = hostPart.mid(1, hostPart.size() - 2);
    const QHostAddress parsed =
        hostPart == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(hostPart);
    if (hostPart.isEmpty() || !ok || portNumber > 65535 || parsed.isNull())
        return false;
    *address = parsed;
    *host = hostPart;
    *port = quint16(portNumber);
    return true;
}

} // namespace

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
        "The admin token is read from --admin-token-file, else from $CREDENTIALS_DIRECTORY/admin-token (a systemd\n"
        "credential), else from the environment variable SCIM_ENGINE_ADMIN_TOKEN. Without any of them a token is\n"
        "generated on first start and stored (mode 0600) in the file 'admin-token' next to the database (with\n"
        "PostgreSQL: in the engine's data directory); the engine prints that file's path, never the token.\n\n"
        "Several engines may share one PostgreSQL database (--database postgresql://...): give them the same\n"
        "admin token. The password may come from the URL, PGPASSWORD or ~/.pgpass.\n\n"
        "Signals: SIGTERM/SIGINT stop after the requests in flight; SIGHUP reloads the TLS certificate and key."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Show the version and exit."));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Address and port to listen on (default 127.0.0.1:8080). Port 0 picks a free port; "
                       "IPv6 as [::1]:8080."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption adminListen(
        QStringLiteral("admin-listen"),
        QStringLiteral("Serve the Management API (/api/v2, including the log push channel) only on this address and "
                       "port; the --listen address then serves SCIM only and answers 404 for /api/v2. Port 0 picks a "
                       "free port."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS only (TLS 1.2 or later) on every listener with this PEM certificate, followed by "
                       "its chain. Needs --tls-key. SIGHUP reads both files again for new connections."),
        QStringLiteral("PATH"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("The certificate's private key (PEM, RSA or EC, unencrypted)."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption adminTokenFile(
        QStringLiteral("admin-token-file"),
        QStringLiteral("Read the Management API's admin token from this file (surrounding whitespace removed) "
                       "instead of SCIM_ENGINE_ADMIN_TOKEN, $CREDENTIALS_DIRECTORY/admin-token or the generated file."),
        QStringLiteral("PATH"));
    const QCommandLineOption headerTimeout(
        QStringLiteral("header-timeout"),
        QStringLiteral("Close a connection whose TLS handshake and request headers, or a later request's headers from "
                       "its first byte, take longer than SECONDS (default 10; 0: no limit)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        QStringLiteral("Connections open at once per listener (default 1000; 0: no limit). Further ones are closed "
                       "at once."),
        QStringLiteral("N"));
    const QCommandLineOption maxPerAddress(
        QStringLiteral("max-connections-per-address"),
        QStringLiteral("Connections open at once per listener from one client address, an IPv6 /64 counting as one "
                       "(default 128; 0: no limit)."),
        QStringLiteral("N"));
    const QCommandLineOption authFailureLimit(
        QStringLiteral("auth-failure-limit"),
        QStringLiteral("Failed authentications a client address may make per minute before its requests are "
                       "answered 429 (default 20; 0: no limit)."),
        QStringLiteral("N"));
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
                       "Management API hands out (default http://HOST:PORT, or https://HOST:PORT with TLS)."),
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
    parser.addOption(adminListen);
    parser.addOption(tlsCert);
    parser.addOption(tlsKey);
    parser.addOption(adminTokenFile);
    parser.addOption(headerTimeout);
    parser.addOption(maxConnections);
    parser.addOption(maxPerAddress);
    parser.addOption(authFailureLimit);

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
    if (parser.isSet(listen) &&
        !parseListenAddress(parser.value(listen), &options.listenAddress, &options.listenHost, &options.port)) {
        result.error = QStringLiteral("Invalid value for --listen: '%1' (expected HOST:PORT, e.g. 127.0.0.1:8080).")
                           .arg(parser.value(listen));
        result.exitCode = 2;
        return result;
    }
    if (parser.isSet(adminListen)) {
        if (!parseListenAddress(parser.value(adminListen), &options.adminListenAddress, &options.adminListenHost,
                                &options.adminPort)) {
            result.error =
                QStringLiteral("Invalid value for --admin-listen: '%1' (expected HOST:PORT, e.g. 127.0.0.1:8081).")
                    .arg(parser.value(adminListen));
            result.exitCode = 2;
            return result;
        }
        if (options.adminListenAddress == options.listenAddress && options.adminPort == options.port &&
            options.port != 0) {
            result.error = QStringLiteral("--admin-listen must differ from --listen (both are %1).")
                               .arg(parser.value(adminListen));
            result.exitCode = 2;
            return result;
        }
        options.adminListen = true;
    }
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        result.error = QStringLiteral("--tls-cert and --tls-key go together: give both, or neither for plain HTTP.");
        result.exitCode = 2;
        return result;
    }
    if (parser.isSet(tlsCert)) {
        options.tlsCertificatePath = parser.value(tlsCert);
        options.tlsKeyPath = parser.value(tlsKey);
        if (options.tlsCertificatePath.trimmed().isEmpty() || options.tlsKeyPath.trimmed().isEmpty()) {
            result.error = QStringLiteral("Invalid value for --tls-cert or --tls-key: the path is empty.");
            result.exitCode = 2;
            return result;
        }
    }
    if (parser.isSet(adminTokenFile)) {
        result.adminTokenFile = parser.value(adminTokenFile);
        if (result.adminTokenFile.trimmed().isEmpty()) {
            result.error = QStringLiteral("Invalid value for --admin-token-file: the path is empty.");
            result.exitCode = 2;
            return result;
        }
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
    qint64 headerSeconds = options.headerTimeoutMs / 1000;
    qint64 connections = options.maxConnections;
    qint64 perAddress = options.maxConnectionsPerAddress;
    qint64 authFailures = options.authFailuresPerMinute;
    if (!number(retentionDays, 0, 36500, &days) ||
        !number(maxEvents, 0, qint64(1) << 40, &options.logRetention.maxEvents) ||
        !number(retryBase, 1, 600000, &retry) || !number(headerTimeout, 0, 3600, &headerSeconds) ||
        !number(maxConnections, 0, 1000000, &connections) || !number(maxPerAddress, 0, 1000000, &perAddress) ||
        !number(authFailureLimit, 0, 1000000, &authFailures))
        return result;
    options.logRetention.days = int(days);
    options.deliveryRetryMs = int(retry);
    options.headerTimeoutMs = int(headerSeconds * 1000);
    options.maxConnections = int(connections);
    options.maxConnectionsPerAddress = int(perAddress);
    options.authFailuresPerMinute = int(authFailures);
    options.requestLog = !parser.isSet(noRequestLog);
    result.options = options;
    return result;
}

} // namespace scim
