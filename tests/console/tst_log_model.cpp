// The log viewer's models against a real engine (in-process, port 0, temporary database): LogModel's history paging
// and live tail (push channel and polling), pause, the bound on rows, reconnection across an engine restart without
// gaps or duplicates, LogFilterProxyModel for every filter, and LogExporter's files. QAbstractItemModelTester
// watches the models throughout.

#include "TestEngine.h"
#include "models/api/ManagementClient.h"
#include "models/common/ModelRoles.h"
#include "models/logs/LogEventId.h"
#include "models/logs/LogExporter.h"
#include "models/logs/LogFilter.h"
#include "models/logs/LogFilterProxyModel.h"
#include "models/logs/LogModel.h"
#include "models/logs/LogStreamClient.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace scim;

class TestLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void logIdsOrderAndIncrement();
    void filterBuildsEngineQueries();
    void modelShowsHistoryAndLiveEventsWithTheirFields();
    void historyPagesInLazilyWithoutGaps();
    void engineQueryNarrowsHistory();
    void pauseCollectsEventsUntilResumed();
    void liveBufferIsBounded();
    void pollingFallbackWhenThePushChannelIsOff();
    void reconnectsAfterEngineRestartWithoutGapsOrDuplicates();
    void proxyAppliesEachFilter_data();
    void proxyAppliesEachFilter();
    void exportWritesJsonLinesAndCsv();
    void exportCancelLeavesNoFile();

private:
    struct Traffic
    {
        QString connectionId;
        QString token;
        int successes = 0;
        int failures = 0;
    };
    // Sends `rounds` × (create user 201, get a missing user 404, a request with a bad token 401).
    Traffic sendMix(int rounds, const QString &connectionName = u"acme-okta"_s);
    QStringList engineIds(); // every event id the engine holds, oldest first (checkpoint mode)
    QStringList modelIds(const LogModel &model);

    std::unique_ptr<TestEngine> m_engine;
    std::unique_ptr<ManagementClient> m_client;
    int m_userCounter = 0;
};

void TestLogModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLogModel::init()
{
    m_engine = std::make_unique<TestEngine>();
    QVERIFY(m_engine->start());
    m_client = std::make_unique<ManagementClient>();
    m_client->setEndpoint(m_engine->url(), TestEngine::kAdminToken);
}

void TestLogModel::cleanup()
{
    m_client.reset();
    m_engine.reset();
}

TestLogModel::Traffic TestLogModel::sendMix(int rounds, const QString &connectionName)
{
    Traffic traffic;
    traffic.connectionId = m_engine->createScimConnection(connectionName);
    traffic.token = m_engine->createToken(traffic.connectionId);
    for (int i = 0; i < rounds; ++i) {
        const int n = ++m_userCounter;
        const QString id = m_engine->provisionUser(traffic.connectionId, traffic.token, u"user%1@example.com"_s.arg(n),
                                                   u"Given"_s, u"Family%1"_s.arg(n));
        if (!id.isEmpty())
            ++traffic.successes;
        if (m_engine->scim("GET", traffic.connectionId, u"/Users/does-not-exist"_s, traffic.token).status == 404)
            ++traffic.failures;
        if (m_engine->scim("GET", traffic.connectionId, u"/Users"_s, u"wrong-token"_s).status == 401)
            ++traffic.failures;
    }
    m_engine->flushLogs(); // history, not live traffic: every event is stored before a model starts
    return traffic;
}

QStringList TestLogModel::engineIds()
{
    m_engine->flushLogs();
    QStringList ids;
    QString from = u"0"_s;
    while (true) {
        const TestEngine::Reply page = m_engine->api("GET", u"/api/v2/logs?from=%1&take=100"_s.arg(from));
        if (page.status != 200)
            return {u"status %1"_s.arg(page.status)};
        const QJsonArray events = page.json.array();
        for (const QJsonValue &event : events)
            ids << event.toObject().value(u"log_id"_s).toString();
        if (events.size() < 100)
            return ids;
        from = ids.last();
    }
}

QStringList TestLogModel::modelIds(const LogModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(ModelRoles::IdRole).toString();
    return ids;
}

void TestLogModel::logIdsOrderAndIncrement()
{
    const LogEventId a = LogEventId::fromString(u"900017637168001230000001"_s);
    const LogEventId b = LogEventId::fromString(u"900017637168001230000002"_s);
    const LogEventId c = LogEventId::fromString(u"900017637168001240000000"_s);
    QVERIFY(!a.isNull());
    QVERIFY(a < b && b < c);
    QCOMPARE(a.next(), b);
    QCOMPARE(LogEventId::fromString(u"900017637168001239999999"_s).next(), c);
    QCOMPARE(a.toString(), u"900017637168001230000001"_s);
    QVERIFY(LogEventId::fromString(u"12345"_s).isNull());
    QVERIFY(LogEventId::fromString(u"90001763716800123000000x"_s).isNull());
    QVERIFY(c < LogEventId::maximum());
    QCOMPARE(LogEventId::maximum().toString(), QString(24, u'9'));
}

void TestLogModel::filterBuildsEngineQueries()
{
    LogFilter filter;
    QVERIFY(filter.isEmpty());
    QCOMPARE(filter.toQuery(), QString());
    filter.connection = u"acme okta"_s;
    filter.result = LogFilter::Result::Failure;
    filter.statusClass = 4;
    filter.action = u"create-user"_s;
    filter.user = u"ada@example.com"_s;
    filter.text = u"Users  bulk"_s;
    filter.from = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
    QCOMPARE(filter.toQuery(), u"connection:\"acme okta\" AND type:fscim AND status:[400 TO 499] AND "
                               "action:create-user AND (user_name:ada@example.com* OR user_id:ada@example.com) AND "
                               "Users AND bulk AND date:[2026-11-01T10:00:00.000Z TO *]"_s);
    // Remembered without loss.
    QCOMPARE(LogFilter::fromVariantMap(filter.toVariantMap()), filter);
}

void TestLogModel::modelShowsHistoryAndLiveEventsWithTheirFields()
{
    const Traffic before = sendMix(3);
    const QStringList historyIds = engineIds();
    QCOMPARE(historyIds.size(), 9);

    LogModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LogFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.start();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 9, 10000);
    QCOMPARE(modelIds(model), historyIds);
    QTRY_COMPARE_WITH_TIMEOUT(model.stream()->state(), LogStreamClient::State::Streaming, 10000);

    // The first row is the oldest: the first user created, with every column filled.
    const LogEntry &created = model.entry(0);
    QCOMPARE(model.index(0, LogModel::ResultColumn).data(ModelRoles::RawValueRole).toString(), u"sscim"_s);
    QCOMPARE(model.index(0, LogModel::ResultColumn).data().toString(), u"Success"_s);
    QCOMPARE(model.index(0, LogModel::ConnectionColumn).data().toString(), u"acme-okta"_s);
    QCOMPARE(model.index(0, LogModel::ActionColumn).data().toString(), u"create-user"_s);
    QCOMPARE(model.index(0, LogModel::MethodColumn).data().toString(), u"POST"_s);
    QCOMPARE(model.index(0, LogModel::PathColumn).data().toString(),
             u"/scim/v2/connections/%1/Users"_s.arg(before.connectionId));
    QCOMPARE(model.index(0, LogModel::StatusColumn).data(ModelRoles::RawValueRole).toInt(), 201);
    QCOMPARE(model.index(0, LogModel::UserColumn).data().toString(), u"user1@example.com"_s);
    QVERIFY(model.index(0, LogModel::DurationColumn).data(ModelRoles::RawValueRole).toDouble() >= 0);
    QVERIFY(model.index(0, LogModel::TimeColumn)
                .data(ModelRoles::RawValueRole)
                .toDateTime()
                .secsTo(QDateTime::currentDateTimeUtc()) < 60);
    QVERIFY(!created.failure);
    // The missing user: fscim 404 get-user with the id in the path.
    QCOMPARE(model.index(1, LogModel::ResultColumn).data(ModelRoles::RawValueRole).toString(), u"fscim"_s);
    QCOMPARE(model.index(1, LogModel::StatusColumn).data(ModelRoles::RawValueRole).toInt(), 404);
    QCOMPARE(model.index(1, LogModel::ActionColumn).data().toString(), u"get-user"_s);
    QCOMPARE(model.index(1, LogModel::PathColumn).data().toString(),
             u"/scim/v2/connections/%1/Users/does-not-exist"_s.arg(before.connectionId));
    // The bad token: auth-failed 401.
    QCOMPARE(model.index(2, LogModel::ActionColumn).data().toString(), u"auth-failed"_s);
    QCOMPARE(model.index(2, LogModel::StatusColumn).data(ModelRoles::RawValueRole).toInt(), 401);
    QCOMPARE(model.index(2, LogModel::ResultColumn).data().toString(), u"Failure"_s);

    // Live: new requests show up at the bottom, through the push channel, well within a second each.
    QSignalSpy appended(&model, &LogModel::liveRowsAppended);
    QElapsedTimer timer;
    timer.start();
    m_engine->scim("GET", before.connectionId, u"/Users/still-missing"_s, before.token);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 10, 5000);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(model.index(9, LogModel::PathColumn).data().toString(),
             u"/scim/v2/connections/%1/Users/still-missing"_s.arg(before.connectionId));
    sendMix(2, u"globex-entra"_s);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 16, 10000);
    QCOMPARE(modelIds(model), engineIds());
    QCOMPARE(model.index(15, LogModel::ConnectionColumn).data().toString(), u"globex-entra"_s);
    QVERIFY(!appended.isEmpty());
    QCOMPARE(model.rowForId(model.entry(12).id), 12);
}

void TestLogModel::historyPagesInLazilyWithoutGaps()
{
    sendMix(7); // 21 events
    LogModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistoryPageSize(5);
    QSignalSpy loaded(&model, &LogModel::historyLoaded);
    model.start();
    QVERIFY(loaded.wait(10000));
    // One page of history (the newest event itself arrives through the live tail).
    QCOMPARE(loaded.first().at(0).toInt(), 5);
    QVERIFY(model.rowCount() <= 6);
    QVERIFY(!model.isHistoryComplete());
    // The rest on demand (QAbstractItemModelTester also asks for more whenever the model changes).
    int rounds = 0;
    while (!model.isHistoryComplete()) {
        if (model.canFetchMore())
            model.fetchMore();
        QVERIFY(loaded.wait(10000));
        QVERIFY(++rounds < 20);
    }
    QVERIFY(model.isHistoryComplete());
    QCOMPARE(model.rowCount(), 21);
    QCOMPARE(modelIds(model), engineIds());
}

void TestLogModel::engineQueryNarrowsHistory()
{
    const Traffic traffic = sendMix(4);
    LogModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(u"type:fscim"_s);
    model.start();
    QTRY_VERIFY_WITH_TIMEOUT(model.isHistoryComplete(), 10000);
    QCOMPARE(model.rowCount(), traffic.failures);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.entry(row).failure);
    // Changing the query reloads history; live events are never narrowed by it.
    QSignalSpy loaded(&model, &LogModel::historyLoaded);
    model.setQuery(u"action:create-user"_s);
    QVERIFY(loaded.wait(10000));
    // History is narrowed; the newest event (an auth failure) splits history from the live tail and arrives live.
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), traffic.successes + 1, 5000);
    QCOMPARE(model.index(model.rowCount() - 1, LogModel::ActionColumn).data().toString(), u"auth-failed"_s);
    QTRY_COMPARE_WITH_TIMEOUT(model.stream()->state(), LogStreamClient::State::Streaming, 10000);
    m_engine->scim("GET", traffic.connectionId, u"/Users/x"_s, traffic.token);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), traffic.successes + 2, 5000);
    QCOMPARE(model.index(model.rowCount() - 1, LogModel::ActionColumn).data().toString(), u"get-user"_s);
}

void TestLogModel::pauseCollectsEventsUntilResumed()
{
    const Traffic traffic = sendMix(1);
    LogModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.start();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model.stream()->state(), LogStreamClient::State::Streaming, 10000);
    model.setPaused(true);
    QSignalSpy pending(&model, &LogModel::pendingCountChanged);
    for (int i = 0; i < 4; ++i)
        m_engine->scim("GET", traffic.connectionId, u"/Users/missing-%1"_s.arg(i), traffic.token);
    QTRY_COMPARE_WITH_TIMEOUT(model.pendingCount(), 4, 5000);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!pending.isEmpty());
    // Past the pending limit the stream stops; resuming replays from the last collected event.
    model.setMaximumPending(5);
    for (int i = 4; i < 8; ++i)
        m_engine->scim("GET", traffic.connectionId, u"/Users/missing-%1"_s.arg(i), traffic.token);
    QTRY_COMPARE_WITH_TIMEOUT(model.stream()->state(), LogStreamClient::State::Stopped, 5000);
    model.setPaused(false);
    QCOMPARE(model.pendingCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 11, 10000);
    QCOMPARE(modelIds(model), engineIds());
}

void TestLogModel::liveBufferIsBounded()
{
    const Traffic traffic = sendMix(2);
    LogModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.start();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 6, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(model.isHistoryComplete(), 10000);
    model.setMaximumRows(4);
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(!model.isHistoryComplete());
    QVERIFY(!model.canFetchMore()); // full
    QTRY_COMPARE_WITH_TIMEOUT(model.stream()->state(), LogStreamClient::State::Streaming, 10000);
    m_engine->scim("GET", traffic.connectionId, u"/Users/x"_s, traffic.token);
    QTRY_COMPARE_WITH_TIMEOUT(model.index(3, LogModel::PathColumn).data().toString(),
                              u"/scim/v2/connections/%1/Users/x"_s.arg(traffic.connectionId), 5000);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(modelIds(model), engineIds().mid(3));
}

void TestLogModel::pollingFallbackWhenThePushChannelIsOff()
{
    const Traffic traffic = sendMix(1);
    LogModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.stream()->setStreamEnabled(false);
    model.stream()->setPollInterval(100);
    model.start();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model.stream()->state(), LogStreamClient::State::Polling, 5000);
    QElapsedTimer timer;
    timer.start();
    m_engine->scim("GET", traffic.connectionId, u"/Users/polled"_s, traffic.token);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, 5000);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    // 150 events: more than one checkpoint page per poll.
    for (int i = 0; i < 50; ++i)
        sendMix(1, u"bulk-%1"_s.arg(i)).connectionId.isEmpty();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 154, 20000);
    QCOMPARE(modelIds(model), engineIds());
}

void TestLogModel::reconnectsAfterEngineRestartWithoutGapsOrDuplicates()
{
    Traffic traffic = sendMix(2);
    LogModel model(m_client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.stream()->setStreamRetryInterval(300);
    model.stream()->setPollInterval(100);
    model.start();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 6, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model.stream()->state(), LogStreamClient::State::Streaming, 10000);

    for (int restart = 0; restart < 2; ++restart) {
        m_engine->stop();
        QTRY_VERIFY_WITH_TIMEOUT(model.stream()->state() != LogStreamClient::State::Streaming, 10000);
        QVERIFY(m_engine->start());
        // Traffic right after the restart, before the console has necessarily reconnected.
        for (int i = 0; i < 5; ++i)
            m_engine->scim("GET", traffic.connectionId, u"/Users/after-restart-%1-%2"_s.arg(restart).arg(i),
                           traffic.token);
        const QStringList expected = engineIds();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(expected.size()), 15000);
        QCOMPARE(modelIds(model), expected);
        QTRY_COMPARE_WITH_TIMEOUT(model.stream()->state(), LogStreamClient::State::Streaming, 10000);
    }
    // And it still follows.
    m_engine->scim("GET", traffic.connectionId, u"/Users/final"_s, traffic.token);
    const QStringList expected = engineIds();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(expected.size()), 5000);
    QCOMPARE(modelIds(model), expected);
}

void TestLogModel::proxyAppliesEachFilter_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("connection") << u"connection"_s;
    QTest::newRow("result") << u"result"_s;
    QTest::newRow("status class") << u"status"_s;
    QTest::newRow("action") << u"action"_s;
    QTest::newRow("user") << u"user"_s;
    QTest::newRow("text") << u"text"_s;
    QTest::newRow("time range") << u"time"_s;
    QTest::newRow("combined") << u"combined"_s;
}

void TestLogModel::proxyAppliesEachFilter()
{
    QFETCH(QString, field);
    const int secondUser = m_userCounter + 2;
    const Traffic acme = sendMix(2, u"acme-okta"_s);
    const Traffic globex = sendMix(2, u"globex-entra"_s);
    LogModel model(m_client.get());
    model.start();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 12, 10000);
    LogFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 12);

    LogFilter filter;
    int expected = 0;
    if (field == u"connection"_s) {
        filter.connection = u"globex-entra"_s;
        expected = 6;
    } else if (field == u"result"_s) {
        filter.result = LogFilter::Result::Success;
        expected = acme.successes + globex.successes;
    } else if (field == u"status"_s) {
        filter.statusClass = 4;
        expected = acme.failures + globex.failures;
    } else if (field == u"action"_s) {
        filter.action = u"auth-failed"_s;
        expected = 4;
    } else if (field == u"user"_s) {
        filter.user = u"USER%1@"_s.arg(secondUser); // prefix, case-insensitive
        expected = 1;
    } else if (field == u"text"_s) {
        filter.text = u"does-not-exist globex"_s;
        expected = 2;
    } else if (field == u"time"_s) {
        filter.from = QDateTime::currentDateTimeUtc().addSecs(3600);
        expected = 0;
    } else {
        filter.connection = u"acme-okta"_s;
        filter.result = LogFilter::Result::Failure;
        filter.statusClass = 4;
        filter.from = QDateTime::currentDateTimeUtc().addSecs(-3600);
        filter.to = QDateTime::currentDateTimeUtc().addSecs(60);
        expected = acme.failures;
    }
    proxy.setLogFilter(filter);
    QCOMPARE(proxy.rowCount(), expected);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(filter.matches(model.entry(proxy.mapToSource(proxy.index(row, 0)).row()), model.strings()));

    // The engine agrees: the same filter as a query returns the same events.
    const QString query = QString::fromLatin1(QUrl::toPercentEncoding(filter.toQuery()));
    const TestEngine::Reply searched =
        m_engine->api("GET", u"/api/v2/logs?per_page=100&include_totals=true&q="_s + query);
    QCOMPARE(searched.status, 200);
    QCOMPARE(searched.object().value(u"total"_s).toInt(), expected);

    // New live events are filtered as they arrive.
    QTRY_COMPARE_WITH_TIMEOUT(model.stream()->state(), LogStreamClient::State::Streaming, 10000);
    const int before = proxy.rowCount();
    m_engine->scim("GET", globex.connectionId, u"/Users"_s, u"bad"_s); // globex auth-failed 401
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 13, 5000);
    const bool matches = filter.matches(model.entry(12), model.strings());
    QCOMPARE(proxy.rowCount(), before + (matches ? 1 : 0));
    proxy.setLogFilter({});
    QCOMPARE(proxy.rowCount(), 13);
}

void TestLogModel::exportWritesJsonLinesAndCsv()
{
    sendMix(3);
    LogModel model(m_client.get());
    model.start();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 9, 10000);
    LogFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    LogFilter failures;
    failures.result = LogFilter::Result::Failure;
    proxy.setLogFilter(failures);
    QCOMPARE(proxy.rowCount(), 6);

    QTemporaryDir dir;
    LogExporter exporter;
    exporter.setSliceSize(2); // several slices: progress is reported along the way
    QSignalSpy progress(&exporter, &LogExporter::progress);
    QSignalSpy finished(&exporter, &LogExporter::finished);
    const QString jsonl = dir.filePath(u"failures.jsonl"_s);
    QVERIFY(exporter.start(&proxy, jsonl, LogExporter::formatForPath(jsonl)));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(progress.size() >= 3);
    QCOMPARE(progress.last().at(0).toInt(), 6);
    QFile file(jsonl);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 7); // 6 lines and the final newline
    for (int row = 0; row < 6; ++row) {
        const QJsonObject object = QJsonDocument::fromJson(lines.at(row)).object();
        const QModelIndex source = proxy.mapToSource(proxy.index(row, 0));
        QCOMPARE(object.value(u"log_id"_s).toString(), source.data(ModelRoles::IdRole).toString());
        QCOMPARE(object.value(u"type"_s).toString(), u"fscim"_s);
        QCOMPARE(object.value(u"status"_s).toInt(), model.entry(source.row()).status);
        QCOMPARE(object.value(u"path"_s).toString(), model.index(source.row(), LogModel::PathColumn).data().toString());
        QCOMPARE(object.value(u"connection"_s).toString(), u"acme-okta"_s);
    }

    finished.clear();
    const QString csv = dir.filePath(u"failures.csv"_s);
    QCOMPARE(LogExporter::formatForPath(csv), LogExporter::Format::Csv);
    QVERIFY(exporter.start(&proxy, csv, LogExporter::Format::Csv));
    QVERIFY(finished.wait(10000));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csvFile.readAll().split('\n');
    QCOMPARE(rows.size(), 8);
    QVERIFY(rows.first().startsWith("log_id,date,type,connection,connection_id,action,method,path,status"));
    const QList<QByteArray> first = rows.at(1).trimmed().split(',');
    QCOMPARE(first.size(), 13);
    QCOMPARE(first.at(0), proxy.index(0, 0).data(ModelRoles::IdRole).toString().toLatin1());
    QCOMPARE(first.at(2), QByteArray("fscim"));
    QCOMPARE(first.at(3), QByteArray("acme-okta"));
}

void TestLogModel::exportCancelLeavesNoFile()
{
    sendMix(4);
    LogModel model(m_client.get());
    model.start();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 12, 10000);
    QTemporaryDir dir;
    LogExporter exporter;
    exporter.setSliceSize(1);
    QSignalSpy finished(&exporter, &LogExporter::finished);
    const QString path = dir.filePath(u"all.jsonl"_s);
    QVERIFY(exporter.start(&model, path, LogExporter::Format::JsonLines));
    QVERIFY(exporter.isRunning());
    QCOMPARE(exporter.total(), 12);
    exporter.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!exporter.isRunning());
}

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_log_model.moc"
