// The Overview page and its models against a real engine (TestEngine on 127.0.0.1): the statistics and recent
// failures models (watched by QAbstractItemModelTester), then the page in a whole console connected to the engine:
// cards and chart series follow requests made during the test through the push channel, a failure clicks through
// to the log detail, the empty state offers the wizard, and a short-lived token is flagged with its replacement
// one click away.

#include "TestEngine.h"
#include "models/api/ManagementClient.h"
#include "models/common/Localization.h"
#include "models/common/ModelRoles.h"
#include "models/connections/ConnectionsModel.h"
#include "models/connections/Strategies.h"
#include "models/connections/TokenInfo.h"
#include "models/overview/ActivityStats.h"
#include "models/overview/RecentFailuresModel.h"
#include "models/session/EngineActivity.h"
#include "models/session/EngineSession.h"
#include "views/connections/ConnectionsPage.h"
#include "views/connections/GenerateTokenDialog.h"
#include "views/logs/LogDetailWidget.h"
#include "views/logs/LogsPage.h"
#include "views/overview/ConnectionCard.h"
#include "views/overview/OverviewPage.h"
#include "views/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scim;

namespace {
QJsonObject failureEvent(int n, const QString &connectionId)
{
    return {{u"log_id"_s, u"9900000000000000000%1"_s.arg(n, 5, 10, QLatin1Char('0'))},
            {u"type"_s, u"fscim"_s},
            {u"date"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {u"connection_id"_s, connectionId},
            {u"connection"_s, u"acme"_s},
            {u"description"_s, u"Create user failed (409): taken %1"_s.arg(n)},
            {u"details"_s,
             QJsonObject{{u"action"_s, u"create-user"_s}, {u"response"_s, QJsonObject{{u"statusCode"_s, 409}}}}}};
}

int sum(const QList<int> &values)
{
    int total = 0;
    for (int value : values)
        total += value;
    return total;
}

int sum(const QLineSeries *series)
{
    int total = 0;
    for (const QPointF &point : series->points())
        total += int(point.y());
    return total;
}
} // namespace

class TestOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statisticsAndFailuresModels();
    void overviewFollowsRequestsLive();
    void emptyStateAndExpiringToken();
    void scopePresetsIncludeGroups();
    void engineActivityNamesChangedConnections();

private:
    QTemporaryDir m_dir;
};

void TestOverview::initTestCase()
{
    scim::Localization::install(u"en"_s);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"scim-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_overview"_s);
    QSettings().clear();
}

void TestOverview::statisticsAndFailuresModels()
{
    TestEngine engine;
    QVERIFY(engine.start());
    const QString id = engine.createScimConnection(u"acme"_s);
    const QString token = engine.createToken(id);
    engine.provisionUser(id, token, u"ada@example.com"_s, u"Ada"_s, u"Lovelace"_s);
    engine.provisionUser(id, token, u"bob@example.com"_s, u"Bob"_s, u"Builder"_s);
    // The same userName again: 409, one failure.
    const QJsonObject duplicate{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s}},
                                {u"userName"_s, u"ada@example.com"_s}};
    QCOMPARE(engine.scim("POST", id, u"/Users"_s, token, duplicate).status, 409);
    engine.flushLogs();

    ManagementClient client;
    client.setEndpoint(engine.url(), TestEngine::kAdminToken);
    ActivityStats stats(&client);
    QSignalSpy refreshed(&stats, &ActivityStats::refreshed);
    QSignalSpy minutes(&stats, &ActivityStats::minutesChanged);
    stats.refresh();
    QVERIFY(refreshed.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(minutes.count() > 0, 10000);
    const ActivityStats::Connection figures = stats.connection(id);
    QCOMPARE(figures.failure, 1);
    QCOMPARE(figures.success, 2);
    QCOMPARE(figures.hours.size(), 24);
    int hourSuccess = 0, hourFailure = 0;
    for (const ActivityStats::Bucket &bucket : figures.hours) {
        hourSuccess += bucket.success;
        hourFailure += bucket.failure;
    }
    QCOMPARE(hourSuccess, 2);
    QCOMPARE(hourFailure, 1);
    QCOMPARE(figures.lastRequest.value(u"status"_s).toInt(), 409);
    QCOMPARE(stats.minutes().size(), ActivityStats::kMinutes);
    QCOMPARE(stats.minutes().constLast().success + stats.minutes().constLast().failure, 3);

    RecentFailuresModel failures(&client);
    QAbstractItemModelTester tester(&failures, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&failures, &RecentFailuresModel::refreshed);
    failures.refresh();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(failures.rowCount(), 1);
    QVERIFY(failures.index(0).data().toString().contains(u"409"_s));
    QVERIFY(failures.index(0).data().toString().contains(u"acme"_s));
    QVERIFY(!failures.index(0).data(ModelRoles::IdRole).toString().isEmpty());

    // Pushed events: newest first, each once, never more than ten; counted into the minutes and the hour.
    QList<QJsonObject> pushed;
    for (int n = 1; n <= 12; ++n)
        pushed.append(failureEvent(n, id));
    failures.addEvents(pushed);
    failures.addEvents({pushed.constLast()});
    QCOMPARE(failures.rowCount(), RecentFailuresModel::kRows);
    QVERIFY(failures.index(0).data().toString().contains(u"taken 12"_s));
    stats.addEvents(pushed);
    QCOMPARE(stats.connection(id).failure, 13);
    QCOMPARE(stats.minutes().constLast().failure, 13);
    QCOMPARE(stats.tenantFailure(), 13);
    stats.addEvents({QJsonObject{{u"type"_s, u"revoke-sessions"_s}, {u"date"_s, pushed.first()[u"date"_s]}}});
    QCOMPARE(stats.tenantFailure(), 13);
}

void TestOverview::overviewFollowsRequestsLive()
{
    TestEngine engine;
    QVERIFY(engine.start());
    const QString id = engine.createScimConnection(u"acme"_s);
    const QString token = engine.createToken(id);
    engine.provisionUser(id, token, u"ada@example.com"_s, u"Ada"_s, u"Lovelace"_s);
    engine.flushLogs();

    ConsoleOptions options;
    options.useKeychain = false;
    options.startEngine = false;
    MainWindow window(options);
    QSignalSpy ready(&window, &MainWindow::ready);
    window.resize(1280, 800);
    window.show();
    window.session()->connectRemote(engine.url(), TestEngine::kAdminToken, false);
    QVERIFY(ready.wait(15000));

    // The overview is the first page; the card shows what happened before the console opened.
    OverviewPage *page = window.overviewPage();
    QVERIFY(page->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(page->card(id) != nullptr, 10000);
    ConnectionCard *card = page->card(id);
    QVERIFY(card->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(sum(card->successSeries()), 1, 10000);
    QCOMPARE(sum(card->failureSeries()), 0);
    QTRY_VERIFY_WITH_TIMEOUT(card->findChild<QLabel *>(u"cardCounts"_s)->text().contains(u"1 user"_s), 10000);
    QVERIFY(card->findChild<QLabel *>(u"cardLastRequest"_s)->text().contains(u"create-user"_s));
    // TestEngine's tokens last one day: within the warning period, with no other token to take over.
    QTRY_VERIFY_WITH_TIMEOUT(card->findChild<QLabel *>(u"cardTokenExpiry"_s)->isVisible(), 10000);
    auto *noFailures = page->findChild<QLabel *>(u"overviewNoFailures"_s);
    QTRY_VERIFY(noFailures->isVisible());

    // Requests made now arrive through the push channel: the live chart, the card and the failures follow.
    QTRY_VERIFY_WITH_TIMEOUT(sum(page->liveSuccessSeries()) >= 1, 10000);
    const int liveBefore = sum(page->liveSuccessSeries());
    engine.provisionUser(id, token, u"bob@example.com"_s, u"Bob"_s, u"Builder"_s);
    const QJsonObject duplicate{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s}},
                                {u"userName"_s, u"bob@example.com"_s}};
    QCOMPARE(engine.scim("POST", id, u"/Users"_s, token, duplicate).status, 409);
    QTRY_COMPARE_WITH_TIMEOUT(sum(page->liveSuccessSeries()), liveBefore + 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(sum(page->liveFailureSeries()), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(sum(card->successSeries()), 2, 15000);
    QCOMPARE(sum(card->failureSeries()), 1);
    auto *failures = page->findChild<QListView *>(u"recentFailures"_s);
    QTRY_COMPARE_WITH_TIMEOUT(failures->model()->rowCount(), 1, 10000);
    QVERIFY(failures->isVisible());
    QVERIFY(!noFailures->isVisible());
    // The users count follows without F5.
    QTRY_VERIFY_WITH_TIMEOUT(card->findChild<QLabel *>(u"cardCounts"_s)->text().contains(u"2 users"_s), 10000);

    // Click-through: the failure opens in the Logs page's detail pane.
    const QString logId = failures->model()->index(0, 0).data(ModelRoles::IdRole).toString();
    QSignalSpy eventLoaded(window.logsPage()->details(), &LogDetailWidget::eventLoaded);
    failures->setCurrentIndex(failures->model()->index(0, 0));
    Q_EMIT failures->activated(failures->model()->index(0, 0));
    QTRY_VERIFY(window.logsPage()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!eventLoaded.isEmpty(), 10000);
    QCOMPARE(eventLoaded.constFirst().constFirst().toString(), logId);

    // The card opens its connection.
    window.showPage(MainWindow::OverviewPageIndex);
    QTest::mouseClick(card->findChild<QPushButton *>(u"cardOpen"_s), Qt::LeftButton);
    QTRY_VERIFY(window.connectionsPage()->isVisible());
}

void TestOverview::emptyStateAndExpiringToken()
{
    TestEngine engine;
    QVERIFY(engine.start());
    ConsoleOptions options;
    options.useKeychain = false;
    options.startEngine = false;
    MainWindow window(options);
    QSignalSpy ready(&window, &MainWindow::ready);
    window.show();
    window.session()->connectRemote(engine.url(), TestEngine::kAdminToken, false);
    QVERIFY(ready.wait(15000));
    OverviewPage *page = window.overviewPage();
    // Nothing selected: the actions on the selected connection are off.
    QVERIFY(!window.findChild<QAction *>(u"actionGenerateToken"_s)->isEnabled());
    QVERIFY(!window.findChild<QAction *>(u"actionDeleteConnection"_s)->isEnabled());
    auto *create = page->findChild<QPushButton *>(u"overviewNewConnection"_s);
    QTRY_VERIFY(create->isVisible());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY(window.findChild<QWidget *>(u"newConnectionWizard"_s) &&
                window.findChild<QWidget *>(u"newConnectionWizard"_s)->isVisible());
    window.findChild<QDialog *>(u"newConnectionWizard"_s)->reject();

    // A connection whose only token expires in three days: the card warns and offers the replacement.
    const QString id = engine.createScimConnection(u"soon"_s);
    QCOMPARE(engine
                 .api("POST", u"/api/v2/connections/%1/scim-configuration/tokens"_s.arg(id),
                      {{u"token_lifetime"_s, 3 * 86400}})
                 .status,
             201);
    window.connectionsModel()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(page->card(id) != nullptr, 10000);
    ConnectionCard *card = page->card(id);
    QTRY_VERIFY(!create->isVisible());
    auto *expiry = card->findChild<QLabel *>(u"cardTokenExpiry"_s);
    QTRY_VERIFY_WITH_TIMEOUT(expiry->isVisible(), 10000);
    QVERIFY2(expiry->text().contains(u"in 3 days"_s), qPrintable(expiry->text()));
    // Traffic-less: the page explains where the endpoint URL goes.
    QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QLabel *>(u"overviewNoTraffic"_s)->isVisible(), 10000);
    QTest::mouseClick(card->findChild<QPushButton *>(u"cardReplaceToken"_s), Qt::LeftButton);
    auto *dialog = window.findChild<GenerateTokenDialog *>(u"generateTokenDialog"_s);
    QTRY_VERIFY((dialog = window.findChild<GenerateTokenDialog *>(u"generateTokenDialog"_s)) && dialog->isVisible());
    dialog->reject();
    QVERIFY(window.findChild<QAction *>(u"actionGenerateToken"_s)->isEnabled());
    // A fresh 30-day token is "in 30 days", not "in 29 days".
    QCOMPARE(TokenInfo::remainingText(30 * 86400 - 3), u"in 30 days"_s);
    QCOMPARE(TokenInfo::remainingText(3 * 3600 - 10), u"in 3 hours"_s);

    // A token that lasts longer takes over: no warning any more.
    QCOMPARE(engine.api("POST", u"/api/v2/connections/%1/scim-configuration/tokens"_s.arg(id)).status, 201);
    window.connectionsModel()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!expiry->isVisible(), 10000);
}

// Okta's Group Push and Entra's group provisioning need the groups scopes; without them the IdP gets 403.
void TestOverview::scopePresetsIncludeGroups()
{
    const QStringList okta = Strategies::recommendedScopes(u"okta"_s);
    for (const QString &scope : {u"get:groups"_s, u"post:groups"_s, u"put:groups"_s, u"patch:groups"_s,
                                 u"delete:groups"_s, u"get:users"_s, u"post:users"_s, u"patch:users"_s})
        QVERIFY2(okta.contains(scope), qPrintable(scope));
    QVERIFY(!okta.contains(u"delete:users"_s));
    const QStringList entra = Strategies::recommendedScopes(u"waad"_s);
    for (const QString &scope : {u"get:groups"_s, u"post:groups"_s, u"patch:groups"_s, u"delete:groups"_s,
                                 u"delete:users"_s, u"patch:users"_s})
        QVERIFY2(entra.contains(scope), qPrintable(scope));
}

void TestOverview::engineActivityNamesChangedConnections()
{
    EngineActivity activity;
    activity.setSettleInterval(50);
    QSignalSpy arrived(&activity, &EngineActivity::eventsArrived);
    QSignalSpy users(&activity, &EngineActivity::usersChanged);
    QSignalSpy groups(&activity, &EngineActivity::groupsChanged);
    QSignalSpy active(&activity, &EngineActivity::connectionsActive);
    auto event = [](const QString &id, const QString &connection, const QString &type, const QString &action) {
        return QJsonObject{{u"log_id"_s, id},
                           {u"connection_id"_s, connection},
                           {u"type"_s, type},
                           {u"details"_s, QJsonObject{{u"action"_s, action}}}};
    };
    activity.addEvents({event(u"900000000000000000000001"_s, u"con_a"_s, u"sscim"_s, u"create-user"_s),
                        event(u"900000000000000000000002"_s, u"con_b"_s, u"sscim"_s, u"patch-group"_s),
                        event(u"900000000000000000000003"_s, u"con_c"_s, u"fscim"_s, u"create-user"_s)});
    // Replayed events (a resumed stream) are passed on once only.
    activity.addEvents({event(u"900000000000000000000002"_s, u"con_b"_s, u"sscim"_s, u"patch-group"_s)});
    QCOMPARE(arrived.count(), 1);
    QCOMPARE(arrived.constFirst().constFirst().value<QList<QJsonObject>>().size(), 3);
    QTRY_COMPARE(users.count(), 1);
    QCOMPARE(users.constFirst().constFirst().value<QSet<QString>>(), QSet<QString>{u"con_a"_s});
    QCOMPARE(groups.count(), 1);
    QCOMPARE(groups.constFirst().constFirst().value<QSet<QString>>(), QSet<QString>{u"con_b"_s});
    QCOMPARE(active.constFirst().constFirst().value<QSet<QString>>(),
             (QSet<QString>{u"con_a"_s, u"con_b"_s, u"con_c"_s}));
    activity.reset();
    activity.addEvents({event(u"900000000000000000000002"_s, u"con_b"_s, u"sscim"_s, u"patch-group"_s)});
    QCOMPARE(arrived.count(), 2);
}

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
