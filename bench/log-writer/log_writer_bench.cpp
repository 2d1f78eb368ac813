// The request log writer's cost per event, without HTTP: builds records shaped like the engine benchmark's
// requests (GET by id and POST /Users), then times the writer's two steps, building stored rows and inserting
// them in batches, as the writer thread does. Prints microseconds per event.
//
//   log_writer_bench [--events N] [--batch N] [--kind get|post] <directory>

#include "requestlog/LogDatabase.h"
#include "requestlog/LogId.h"
#include "requestlog/LogRecord.h"
#include "requestlog/LogRowBuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>

#include <cstdio>

using namespace scim;

namespace {
LogRecord makeRecord(qint64 key, qint64 ms, int i, bool post)
{
    LogRecord record;
    record.key = key;
    record.dateMs = ms;
    record.connectionId = QStringLiteral("con_66GGkaZWjppkN2XF");
    record.connectionName = QStringLiteral("acme-okta");
    record.strategy = QStringLiteral("okta");
    record.method = post ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");
    const QString userId = QStringLiteral("01a206bd-109b-74c7-9860-%1").arg(i % 10000, 12, 10, QLatin1Char('0'));
    record.subPath = post ? QStringLiteral("/Users") : QStringLiteral("/Users/") + userId;
    record.headers = QByteArrayLiteral("host: 127.0.0.1:18555\nuser-agent: Okta SCIM Client 1.0.0\naccept: */*\n");
    if (post) {
        record.headers += QByteArrayLiteral("content-type: application/scim+json\ncontent-length: 180\n");
        record.requestBody = QStringLiteral(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],)"
                                            R"("userName":"user%1@example.com","name":{"givenName":"Ann",)"
                                            R"("familyName":"Lee"},"emails":[{"value":"user%1@example.com"}]})")
                                 .arg(i)
                                 .toUtf8();
        record.responseBody = record.requestBody;
        record.status = 201;
    } else {
        record.status = 200;
    }
    record.peer = QHostAddress(QHostAddress::LocalHost);
    record.tokenId = QStringLiteral("tok_oTEpLgWGDT5rdIqa");
    record.userId = userId;
    record.userName = QStringLiteral("user%1@example.com").arg(i % 10000);
    record.durationNs = 45000;
    return record;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("events"), QStringLiteral("Events"), QStringLiteral("n"), QStringLiteral("200000")});
    parser.addOption(
        {QStringLiteral("batch"), QStringLiteral("Batch size"), QStringLiteral("n"), QStringLiteral("1250")});
    parser.addOption(
        {QStringLiteral("kind"), QStringLiteral("get or post"), QStringLiteral("kind"), QStringLiteral("get")});
    parser.addPositionalArgument(QStringLiteral("directory"), QStringLiteral("Where the scratch database goes"));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const int events = parser.value(QStringLiteral("events")).toInt();
    const int batchSize = parser.value(QStringLiteral("batch")).toInt();
    const bool post = parser.value(QStringLiteral("kind")) == QLatin1String("post");
    const QString base = QDir(parser.positionalArguments().constFirst()).filePath(QStringLiteral("writer-bench"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(LogDatabase::pathFor(base) + suffix);
    LogDatabase database(LogDatabase::pathFor(base));

    QList<QList<LogRecord>> batches;
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < events; i += batchSize) {
        QList<LogRecord> batch;
        for (int j = i; j < qMin(events, i + batchSize); ++j)
            batch.append(makeRecord(LogId::keyForMilliseconds(start) + j, start + j / 50, j, post));
        batches.append(batch);
    }
    qint64 buildNs = 0;
    qint64 insertNs = 0;
    QElapsedTimer timer;
    for (const QList<LogRecord> &batch : std::as_const(batches)) {
        timer.start();
        QList<LogRow> rows;
        rows.reserve(batch.size());
        for (const LogRecord &record : batch)
            rows.append(LogRowBuilder::build(record));
        buildNs += timer.nsecsElapsed();
        timer.start();
        database.insert(rows);
        rows.clear();
        insertNs += timer.nsecsElapsed();
    }
    const QFileInfo file(LogDatabase::pathFor(base));
    std::printf("%s events=%d batch=%d build_us_per_event=%.2f store_us_per_event=%.2f total_us_per_event=%.2f "
                "bytes_per_event=%.0f\n",
                post ? "post" : "get", events, batchSize, buildNs / 1e3 / events, insertNs / 1e3 / events,
                (buildNs + insertNs) / 1e3 / events,
                double(file.size() + QFileInfo(file.filePath() + QStringLiteral("-wal")).size()) / events);
    return 0;
}
