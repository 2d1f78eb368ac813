// Writes N synthetic SCIM log events straight into an engine's log database with the engine's own LogDatabase and
// LogId classes (sending a million SCIM requests would take far longer). The engine must not be running; it picks
// the events up on its next start. The mix resembles an IdP's traffic: creates, reads, patches and list calls over
// 20,000 users of 3 connections, about 8 % failures (404, 409, 401).

#include "requestlog/LogDatabase.h"
#include "requestlog/LogId.h"
#include "requestlog/LogRow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

using namespace scim;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"), QStringLiteral("Engine database path"), QStringLiteral("path")});
    parser.addOption(
        {QStringLiteral("events"), QStringLiteral("Number of events"), QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("connections-file"),
                      QStringLiteral("Connections to spread the events over, one \"id name strategy\" per line"),
                      QStringLiteral("path")});
    parser.process(app);
    const qint64 total = parser.value(QStringLiteral("events")).toLongLong();
    LogDatabase database(LogDatabase::pathFor(parser.value(QStringLiteral("database"))));

    struct Connection
    {
        QString id, name, strategy;
    };
    QList<Connection> connections{
        {QStringLiteral("con_bench0000000001"), QStringLiteral("acme-okta"), QStringLiteral("okta")},
        {QStringLiteral("con_bench0000000002"), QStringLiteral("globex-entra"), QStringLiteral("waad")},
        {QStringLiteral("con_bench0000000003"), QStringLiteral("initech-okta"), QStringLiteral("okta")}};
    // Real connections of the engine instead (bench/overview-bench.sh): one "id name strategy" per line.
    if (parser.isSet(QStringLiteral("connections-file"))) {
        QFile file(parser.value(QStringLiteral("connections-file")));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
            return 1;
        }
        connections.clear();
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() == 3)
                connections.append({QString::fromUtf8(fields.at(0)), QString::fromUtf8(fields.at(1)),
                                    QString::fromUtf8(fields.at(2))});
        }
        if (connections.isEmpty()) {
            std::fprintf(stderr, "no connections in %s\n", qPrintable(file.fileName()));
            return 1;
        }
    }
    QRandomGenerator random(42);
    // Spread the events over the last 20 days, one every ~1.7 s, ending now.
    const qint64 endMs = QDateTime::currentMSecsSinceEpoch() - 1000;
    const qint64 stepMs = qMax<qint64>(1, 20LL * 24 * 3600 * 1000 / qMax<qint64>(1, total));
    qint64 lastKey = database.maxKey();
    QElapsedTimer timer;
    timer.start();
    QList<LogRow> batch;
    for (qint64 i = 0; i < total; ++i) {
        const qint64 ms = endMs - (total - i) * stepMs;
        qint64 key = LogId::keyForMilliseconds(ms);
        if (key <= lastKey)
            key = lastKey + 1;
        lastKey = key;
        const Connection &connection = connections.at(int(random.bounded(quint32(connections.size()))));
        const int user = int(random.bounded(20000));
        const QString userId = QStringLiteral("0192f0c4-%1-7000-8000-%2")
                                   .arg(user, 4, 16, QLatin1Char('0'))
                                   .arg(qint64(user) * 7919, 12, 16, QLatin1Char('0'));
        const QString userName = QStringLiteral("user%1@example.com").arg(user);
        const QString base = QStringLiteral("/scim/v2/connections/") + connection.id;
        LogRow row;
        row.key = key;
        row.dateMs = ms;
        row.connectionId = connection.id;
        row.connectionName = connection.name;
        row.strategy = connection.strategy;
        row.ip = QStringLiteral("10.0.%1.%2").arg(user % 7).arg(user % 250 + 1);
        row.userAgent = connection.strategy == QLatin1StringView("okta") ? QStringLiteral("Okta SCIM Client 1.0.0")
                                                                         : QStringLiteral("Azure AD SCIM Client");
        row.tokenId = QStringLiteral("tok_bench%1").arg(connection.name.size());
        row.headers =
            QJsonDocument(QJsonObject{{QStringLiteral("content-type"), QStringLiteral("application/scim+json")},
                                      {QStringLiteral("user-agent"), row.userAgent}})
                .toJson(QJsonDocument::Compact);
        const QJsonObject resource{
            {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
            {QStringLiteral("id"), userId},
            {QStringLiteral("userName"), userName},
            {QStringLiteral("active"), true},
            {QStringLiteral("name"), QJsonObject{{QStringLiteral("givenName"), QStringLiteral("User")},
                                                 {QStringLiteral("familyName"), QString::number(user)}}},
            {QStringLiteral("emails"),
             QJsonArray{QJsonObject{{QStringLiteral("value"), userName}, {QStringLiteral("primary"), true}}}}};
        const QByteArray resourceJson = QJsonDocument(resource).toJson(QJsonDocument::Compact);
        const int pick = int(random.bounded(100));
        if (pick < 25) {
            row.action = QStringLiteral("create-user");
            row.method = QStringLiteral("POST");
            row.path = base + QStringLiteral("/Users");
            row.status = pick < 2 ? 409 : 201;
            row.userName = userName;
            if (row.status == 201)
                row.userId = userId;
            row.requestBody = resourceJson;
            row.responseBody =
                row.status == 201 ? resourceJson : QByteArray(R"({"status":"409","scimType":"uniqueness"})");
        } else if (pick < 60) {
            row.action = QStringLiteral("get-user");
            row.method = QStringLiteral("GET");
            row.path = base + QStringLiteral("/Users/") + userId;
            row.userId = userId;
            row.status = pick < 30 ? 404 : 200;
            row.userName = row.status == 200 ? userName : QString();
            row.responseBody = row.status == 200 ? resourceJson : QByteArray(R"({"status":"404"})");
        } else if (pick < 85) {
            row.action = QStringLiteral("patch-user");
            row.method = QStringLiteral("PATCH");
            row.path = base + QStringLiteral("/Users/") + userId;
            row.userId = userId;
            row.userName = userName;
            row.status = 200;
            row.requestBody = QByteArray(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],)"
                                         R"("Operations":[{"op":"replace","value":{"active":false}}]})");
            row.responseBody = resourceJson;
        } else if (pick < 98) {
            row.action = QStringLiteral("list-users");
            row.method = QStringLiteral("GET");
            row.path = base + QStringLiteral("/Users");
            row.query = QByteArray(R"({"filter":"userName eq \")") + userName.toUtf8() + QByteArray(R"(\""})");
            row.status = 200;
            row.responseBody = QByteArray(R"({"totalResults":1,"Resources":[)") + resourceJson + "]}";
        } else {
            row.action = QStringLiteral("auth-failed");
            row.method = QStringLiteral("GET");
            row.path = base + QStringLiteral("/Users");
            row.status = 401;
            row.tokenId.clear();
            row.responseBody = QByteArray(R"({"status":"401","detail":"Unauthorized"})");
        }
        row.type = row.status < 400 ? QStringLiteral("sscim") : QStringLiteral("fscim");
        row.description = row.action + QStringLiteral(" (%1)").arg(row.status);
        row.durationUs = 200 + random.bounded(3000);
        batch.append(row);
        if (batch.size() == 20000 || i + 1 == total) {
            database.insert(batch);
            batch.clear();
            std::printf("\r%lld events written", i + 1);
            std::fflush(stdout);
        }
    }
    std::printf("\n%lld events in %.1f s; the log now holds %lld\n", total, timer.elapsed() / 1000.0, database.count());
    return 0;
}
