// The console's "Check an endpoint" page against a real engine (in this process) and a deliberately wrong SCIM
// server in front of it (tests/check/FaultProxy): a run on one of the engine's connections with a temporary token
// that is revoked afterwards, progress and results per check, the failing check's request and response, the
// report exported as JSON and HTML, and cancelling. Offscreen widgets, no mocks.

#include "FaultProxy.h"
#include "TestEngine.h"
#include "models/api/ManagementClient.h"
#include "models/check/CheckResultsModel.h"
#include "models/check/CheckRunner.h"
#include "models/common/Localization.h"
#include "models/connections/ConnectionsModel.h"
#include "views/check/CheckPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scim;

class TestCheckPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void connectionWithTemporaryTokenPassesAndExports();
    void brokenEndpointFailsTheRightCheck();
    void cancelStopsTheRunAndCleansUp();

private:
    int rowOf(const QString &checkId) const;
    int activeTokens();

    TestEngine m_engine;
    QString m_connection;
    QString m_token;
    QTemporaryDir m_dir;
    std::unique_ptr<ManagementClient> m_client;
    std::unique_ptr<ConnectionsModel> m_connections;
    std::unique_ptr<CheckPage> m_page;
};

void TestCheckPage::initTestCase()
{
    scim::Localization::install(u"en"_s);
    QVERIFY(m_engine.start());
    m_connection = m_engine.createScimConnection(u"acme"_s);
    QVERIFY(!m_connection.isEmpty());
    m_token = m_engine.createToken(m_connection);
    QVERIFY(!m_token.isEmpty());
}

void TestCheckPage::init()
{
    m_client = std::make_unique<ManagementClient>();
    m_client->setEndpoint(m_engine.url(), TestEngine::kAdminToken);
    m_connections = std::make_unique<ConnectionsModel>(m_client.get());
    m_page = std::make_unique<CheckPage>(m_client.get(), m_connections.get());
    new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
    m_page->resize(1100, 800);
    m_page->show();
    m_connections->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->findChild<QComboBox *>(u"checkConnection"_s)->count() == 2, 10000);
}

void TestCheckPage::cleanup()
{
    m_page.reset();
    m_connections.reset();
    m_client.reset();
}

int TestCheckPage::rowOf(const QString &checkId) const
{
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (m_page->model()->index(row, CheckResultsModel::IdColumn).data().toString() == checkId)
            return row;
    }
    return -1;
}

int TestCheckPage::activeTokens()
{
    const TestEngine::Reply tokens =
        m_engine.api("GET", u"/api/v2/connections/%1/scim-configuration/tokens"_s.arg(m_connection));
    return int(tokens.json.array().size());
}

void TestCheckPage::connectionWithTemporaryTokenPassesAndExports()
{
    const int tokensBefore = activeTokens();
    m_page->setConnectionId(m_connection);
    auto *baseUrl = m_page->findChild<QLineEdit *>(u"checkBaseUrl"_s);
    QCOMPARE(baseUrl->text(), m_engine.url().toString() + u"/scim/v2/connections/"_s + m_connection);
    QVERIFY(m_page->findChild<QCheckBox *>(u"checkTemporaryToken"_s)->isChecked());
    QVERIFY(!m_page->findChild<QLineEdit *>(u"checkToken"_s)->isEnabled());
    m_page->setProfile(u"okta"_s);
    const int planned = m_page->model()->rowCount();
    QVERIFY2(planned >= 20, qPrintable(QString::number(planned)));
    for (int row = 0; row < planned; ++row)
        QCOMPARE(m_page->model()->index(row, CheckResultsModel::ProfileColumn).data().toString(), u"okta"_s);

    auto *run = m_page->findChild<QPushButton *>(u"checkRun"_s);
    auto *cancel = m_page->findChild<QPushButton *>(u"checkCancel"_s);
    QVERIFY(run->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QSignalSpy started(m_page->runner(), &CheckRunner::checkStarted);
    QSignalSpy finished(m_page.get(), &CheckPage::runFinished);
    run->click();
    // While it runs: a temporary token exists, the row shows "Running", Cancel is offered.
    QVERIFY(started.wait(20000));
    QCOMPARE(activeTokens(), tokensBefore + 1);
    QVERIFY(cancel->isEnabled());
    QVERIFY(!run->isEnabled());
    const int first = started.first().first().toInt();
    QVERIFY(m_page->model()->index(first, CheckResultsModel::StatusColumn).data().toString() == u"Running"_s ||
            m_page->runner()->results().at(first).isFinished());
    QVERIFY(finished.wait(120000));

    const CheckRunner *runner = m_page->runner();
    QVERIFY2(runner->fatalError().isEmpty(), qPrintable(runner->fatalError()));
    QCOMPARE(runner->count(CheckResult::Status::Failed), 0);
    QVERIFY(runner->count(CheckResult::Status::Passed) > planned / 2);
    for (int row = 0; row < planned; ++row) {
        const QString status = m_page->model()->index(row, CheckResultsModel::StatusColumn).data().toString();
        QVERIFY2(status == u"Passed"_s || status == u"Skipped"_s, qPrintable(status));
    }
    auto *progress = m_page->findChild<QProgressBar *>(u"checkProgress"_s);
    QCOMPARE(progress->value(), planned);
    QCOMPARE(progress->maximum(), planned);
    QVERIFY(m_page->findChild<QLabel *>(u"checkSummary"_s)->text().contains(u"0 failed"_s));
    // The temporary token is revoked once the run is over.
    QTRY_COMPARE_WITH_TIMEOUT(activeTokens(), tokensBefore, 10000);
    QVERIFY(run->isEnabled());

    // The request and response of the selected check.
    m_page->table()->selectRow(0);
    auto *exchanges = m_page->findChild<QPlainTextEdit *>(u"checkExchanges"_s);
    QTRY_VERIFY(!exchanges->toPlainText().isEmpty());
    QVERIFY(exchanges->toPlainText().contains(u"/scim/v2/connections/"_s + m_connection));
    QVERIFY(!exchanges->toPlainText().contains(u"Bearer tok_"_s)); // the token is never shown

    // Export: JSON (scim-check --json) and HTML, written atomically.
    auto *exportButton = m_page->findChild<QPushButton *>(u"checkExport"_s);
    QVERIFY(exportButton->isEnabled());
    const QString jsonPath = m_dir.filePath(u"report.json"_s);
    QVERIFY(m_page->exportReport(jsonPath));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(report.value(u"profile"_s).toString(), u"okta"_s);
    QVERIFY(report.value(u"target"_s).toString().contains(m_connection));
    const QJsonArray checks = report.value(u"checks"_s).toArray();
    QCOMPARE(checks.size(), planned);
    for (const QJsonValue &check : checks)
        QVERIFY(check.toObject().value(u"status"_s).toString() != u"failed"_s);
    QVERIFY(!QJsonDocument(report).toJson().contains(m_token.toUtf8()));
    const QString htmlPath = m_dir.filePath(u"report.html"_s);
    QVERIFY(m_page->exportReport(htmlPath));
    QFile html(htmlPath);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains(checks.first().toObject().value(u"id"_s).toString().toUtf8()));
    // A path that cannot be written is reported, not ignored.
    QSignalSpy errors(m_page.get(), &CheckPage::errorOccurred);
    QVERIFY(!m_page->exportReport(m_dir.filePath(u"missing-dir/report.json"_s)));
    QCOMPARE(errors.size(), 1);
}

void TestCheckPage::brokenEndpointFailsTheRightCheck()
{
    FaultProxy proxy(m_engine.url(), FaultProxy::Fault::CreateAnswers200);
    QVERIFY(proxy.listen());
    m_page->setTarget(proxy.origin() + u"/scim/v2/connections/"_s + m_connection, m_token);
    QVERIFY(!m_page->findChild<QCheckBox *>(u"checkTemporaryToken"_s)->isVisible());
    QVERIFY(m_page->findChild<QLineEdit *>(u"checkToken"_s)->isEnabled());
    m_page->setProfile(u"okta"_s);
    QSignalSpy finished(m_page.get(), &CheckPage::runFinished);
    m_page->findChild<QPushButton *>(u"checkRun"_s)->click();
    QVERIFY(finished.wait(120000));

    const CheckRunner *runner = m_page->runner();
    QCOMPARE(runner->count(CheckResult::Status::Failed), 1);
    const int row = rowOf(u"okta-user-create"_s);
    QVERIFY(row >= 0);
    QCOMPARE(m_page->model()->index(row, CheckResultsModel::StatusColumn).data().toString(), u"Failed"_s);
    QCOMPARE(m_page->model()->index(row, CheckResultsModel::StatusColumn).data(CheckResultsModel::StatusRole).toInt(),
             int(CheckResult::Status::Failed));
    QVERIFY(m_page->findChild<QLabel *>(u"checkSummary"_s)->text().contains(u"1 failed"_s));

    // Selecting it shows why, and the decisive request (POST /Users) with the wrong answer (200, not 201).
    m_page->table()->selectRow(row);
    auto *detail = m_page->findChild<QLabel *>(u"checkDetail"_s);
    QTRY_VERIFY(detail->text().contains(u"okta-user-create"_s));
    QVERIFY2(detail->text().contains(u"201"_s), qPrintable(detail->text()));
    const QString exchanges = m_page->findChild<QPlainTextEdit *>(u"checkExchanges"_s)->toPlainText();
    QVERIFY(exchanges.contains(u"(decisive)"_s));
    QVERIFY(exchanges.contains(u"POST "_s + proxy.origin()));
    QVERIFY(exchanges.contains(u"Response 200"_s));

    const QString jsonPath = m_dir.filePath(u"broken.json"_s);
    QVERIFY(m_page->exportReport(jsonPath));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray checks = QJsonDocument::fromJson(json.readAll()).object().value(u"checks"_s).toArray();
    for (const QJsonValue &value : checks) {
        const QJsonObject check = value.toObject();
        if (check.value(u"id"_s).toString() == u"okta-user-create"_s) {
            QCOMPARE(check.value(u"status"_s).toString(), u"failed"_s);
            QCOMPARE(check.value(u"response"_s).toObject().value(u"status"_s).toInt(), 200);
        }
    }
    // What the run created is gone, the wrong status notwithstanding.
    const TestEngine::Reply users =
        m_engine.api("GET", u"/api/v2/users?connection_id=%1&include_totals=true&per_page=5"_s.arg(m_connection));
    QCOMPARE(users.object().value(u"total"_s).toInt(-1), 0);
}

void TestCheckPage::cancelStopsTheRunAndCleansUp()
{
    m_page->setTarget(m_engine.url().toString() + u"/scim/v2/connections/"_s + m_connection, m_token);
    m_page->setProfile(u"all"_s);
    QSignalSpy checked(m_page->runner(), &CheckRunner::checkFinished);
    QSignalSpy finished(m_page.get(), &CheckPage::runFinished);
    m_page->findChild<QPushButton *>(u"checkRun"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 12, 60000);
    m_page->findChild<QPushButton *>(u"checkCancel"_s)->click();
    QVERIFY(finished.wait(60000));
    const CheckRunner *runner = m_page->runner();
    QVERIFY(runner->fatalError().contains(u"cancelled"_s));
    QVERIFY(runner->count(CheckResult::Status::Skipped) > 100); // the rest never ran
    QVERIFY(m_page->findChild<QLabel *>(u"checkSummary"_s)->text().contains(u"did not complete"_s));
    QVERIFY(m_page->findChild<QPushButton *>(u"checkRun"_s)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(
        m_engine.api("GET", u"/api/v2/users?connection_id=%1&include_totals=true&per_page=5"_s.arg(m_connection))
            .object()
            .value(u"total"_s)
            .toInt(-1),
        0, 20000);
}

QTEST_MAIN(TestCheckPage)
#include "tst_check_page.moc"
