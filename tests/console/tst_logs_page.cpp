// The Logs page (offscreen) against a real engine: SCIM requests that succeed and fail show up as rows with the right
// fields, Follow stops when the admin scrolls up and resumes with End, Pause holds new events with a counter,
// filters through the widgets (remembered, cleared in one click), the detail pane with links, Copy as cURL and
// Copy JSON, and export through the save seam.

#include "TestEngine.h"
#include "models/api/ManagementClient.h"
#include "models/common/Localization.h"
#include "models/common/ModelRoles.h"
#include "models/connections/ConnectionsModel.h"
#include "models/logs/LogFilterProxyModel.h"
#include "models/logs/LogModel.h"
#include "models/logs/LogStreamClient.h"
#include "views/logs/LogDetailWidget.h"
#include "views/logs/LogsPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace scim;

class TestLogsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rowsShowRequestsWithTheirFields();
    void followStopsOnScrollUpAndResumesWithEnd();
    void pauseHoldsEventsWithACounter();
    void filtersAreCombinedRememberedAndCleared();
    void detailPaneShowsTheEventAndCopies();
    void exportWritesTheFilteredView();

private:
    std::unique_ptr<LogsPage> openPage();
    void sendRequests(int rounds);

    std::unique_ptr<TestEngine> m_engine;
    std::unique_ptr<ManagementClient> m_client;
    std::unique_ptr<ConnectionsModel> m_connections;
    QString m_connectionId;
    QString m_token;
    int m_users = 0;
};

void TestLogsPage::initTestCase()
{
    scim::Localization::install(u"en"_s); // the source catalog: English plural forms, as the console installs it
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"scim-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_logs_page"_s);
}

void TestLogsPage::init()
{
    QSettings().clear();
    m_engine = std::make_unique<TestEngine>();
    QVERIFY(m_engine->start());
    m_client = std::make_unique<ManagementClient>();
    m_client->setEndpoint(m_engine->url(), TestEngine::kAdminToken);
    m_connections = std::make_unique<ConnectionsModel>(m_client.get());
    m_connectionId = m_engine->createScimConnection(u"acme-okta"_s);
    m_token = m_engine->createToken(m_connectionId);
    m_connections->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_connections->rowCount(), 1, 10000);
}

void TestLogsPage::cleanup()
{
    m_connections.reset();
    m_client.reset();
    m_engine.reset();
}

std::unique_ptr<LogsPage> TestLogsPage::openPage()
{
    auto page = std::make_unique<LogsPage>(m_client.get(), m_connections.get());
    page->resize(1100, 700);
    page->show();
    page->start();
    return page;
}

void TestLogsPage::sendRequests(int rounds)
{
    for (int i = 0; i < rounds; ++i) {
        const int n = ++m_users;
        m_engine->provisionUser(m_connectionId, m_token, u"person%1@acme.example"_s.arg(n), u"Person"_s,
                                QString::number(n));
        m_engine->scim("GET", m_connectionId, u"/Users/missing-%1"_s.arg(n), m_token);
    }
}

void TestLogsPage::rowsShowRequestsWithTheirFields()
{
    sendRequests(1);
    auto page = openPage();
    QTableView *table = page->findChild<QTableView *>(u"logTable"_s);
    QVERIFY(table);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->stream()->state(), LogStreamClient::State::Streaming, 10000);
    // Live: a success and a failure arrive while the page is open.
    m_engine->provisionUser(m_connectionId, m_token, u"live@acme.example"_s, u"Live"_s, u"User"_s);
    m_engine->scim("DELETE", m_connectionId, u"/Users/nobody"_s, m_token);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 4, 5000);
    QAbstractItemModel *view = table->model();
    auto cell = [&](int row, int column) { return view->index(row, column).data().toString(); };
    QCOMPARE(cell(2, LogModel::ResultColumn), u"Success"_s);
    QCOMPARE(cell(2, LogModel::ActionColumn), u"create-user"_s);
    QCOMPARE(cell(2, LogModel::MethodColumn), u"POST"_s);
    QCOMPARE(cell(2, LogModel::StatusColumn), u"201"_s);
    QCOMPARE(cell(2, LogModel::UserColumn), u"live@acme.example"_s);
    QCOMPARE(cell(2, LogModel::ConnectionColumn), u"acme-okta"_s);
    QCOMPARE(cell(3, LogModel::ResultColumn), u"Failure"_s);
    QCOMPARE(cell(3, LogModel::ActionColumn), u"delete-user"_s);
    QCOMPARE(cell(3, LogModel::MethodColumn), u"DELETE"_s);
    QCOMPARE(cell(3, LogModel::StatusColumn), u"404"_s);
    QCOMPARE(cell(3, LogModel::PathColumn), u"/scim/v2/connections/%1/Users/nobody"_s.arg(m_connectionId));
    QVERIFY(cell(3, LogModel::DurationColumn).endsWith(u" ms"_s));
    QVERIFY(page->findChild<QLabel *>(u"logStatus"_s)->text().contains(u"Live"_s));
}

void TestLogsPage::followStopsOnScrollUpAndResumesWithEnd()
{
    sendRequests(30); // 60 rows: more than the view shows
    auto page = openPage();
    QTableView *table = page->table();
    QScrollBar *bar = table->verticalScrollBar();
    auto *follow = page->findChild<QToolButton *>(u"followButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 60, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() == bar->maximum(), 5000);
    QVERIFY(page->isFollowing());
    QVERIFY(follow->isChecked());
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->stream()->state(), LogStreamClient::State::Streaming, 10000);

    // Following: new rows scroll into view.
    sendRequests(2);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 64, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), bar->maximum(), 5000);

    // The admin scrolls up: following stops, and new rows no longer move the view.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(table->model()->rowCount() - 1, 0));
    QTest::keyClick(table, Qt::Key_PageUp);
    QTest::keyClick(table, Qt::Key_PageUp);
    QTRY_VERIFY(!page->isFollowing());
    QVERIFY(!follow->isChecked());
    const int position = bar->value();
    QVERIFY(position < bar->maximum());
    sendRequests(2);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 68, 5000);
    QTest::qWait(100);
    QCOMPARE(bar->value(), position);

    // End follows again.
    QTest::keyClick(table, Qt::Key_End);
    QVERIFY(page->isFollowing());
    QVERIFY(follow->isChecked());
    QTRY_COMPARE(bar->value(), bar->maximum());
    // So does the button, after a wheel-like scroll up.
    bar->triggerAction(QAbstractSlider::SliderPageStepSub);
    QTRY_VERIFY(!page->isFollowing());
    QTest::mouseClick(follow, Qt::LeftButton);
    QVERIFY(page->isFollowing());
    QTRY_COMPARE(bar->value(), bar->maximum());

    // Scrolling to the top pages in nothing more here (all history is loaded) and keeps the rows in order.
    bar->setValue(bar->minimum());
    QTRY_VERIFY(page->model()->isHistoryComplete());
    QCOMPARE(page->model()->rowCount(), 68);
}

void TestLogsPage::pauseHoldsEventsWithACounter()
{
    sendRequests(1);
    auto page = openPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->stream()->state(), LogStreamClient::State::Streaming, 10000);
    auto *pause = page->findChild<QToolButton *>(u"pauseButton"_s);
    auto *pending = page->findChild<QLabel *>(u"pendingLabel"_s);
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(pause->isChecked());
    QCOMPARE(pause->text(), u"Resume"_s);
    sendRequests(2);
    QTRY_COMPARE_WITH_TIMEOUT(pending->text(), u"Paused · 4 new events waiting"_s, 5000);
    QVERIFY(pending->isVisible());
    QCOMPARE(page->table()->model()->rowCount(), 2);
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(page->table()->model()->rowCount(), 6);
    QVERIFY(!pending->isVisible());
}

void TestLogsPage::filtersAreCombinedRememberedAndCleared()
{
    const int first = m_users + 1;
    const QString second = u"person%1"_s.arg(first + 1);
    const QString thirdMissing = u"missing-%1"_s.arg(first + 2);
    sendRequests(3);
    const QString other = m_engine->createScimConnection(u"globex-entra"_s);
    const QString otherToken = m_engine->createToken(other);
    m_engine->scim("GET", other, u"/Users/ghost"_s, otherToken);
    m_engine->scim("GET", other, u"/Users"_s, otherToken);
    m_connections->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_connections->rowCount(), 2, 10000);
    {
        auto page = openPage();
        QAbstractItemModel *view = page->table()->model();
        QTRY_COMPARE_WITH_TIMEOUT(view->rowCount(), 8, 10000);
        auto *connection = page->findChild<QComboBox *>(u"logFilterConnection"_s);
        auto *result = page->findChild<QComboBox *>(u"logFilterResult"_s);
        auto *status = page->findChild<QComboBox *>(u"logFilterStatus"_s);
        auto *action = page->findChild<QComboBox *>(u"logFilterAction"_s);
        auto *text = page->findChild<QLineEdit *>(u"logFilterText"_s);
        auto *user = page->findChild<QLineEdit *>(u"logFilterUser"_s);
        auto *clear = page->findChild<QPushButton *>(u"clearFiltersButton"_s);
        QTRY_COMPARE(connection->count(), 3);
        QVERIFY(!clear->isEnabled());

        result->setCurrentIndex(result->findText(u"Failure"_s));
        QTRY_COMPARE_WITH_TIMEOUT(view->rowCount(), 4, 10000);
        connection->setCurrentIndex(connection->findText(u"globex-entra"_s));
        QTRY_COMPARE_WITH_TIMEOUT(view->rowCount(), 1, 10000);
        QCOMPARE(view->index(0, LogModel::PathColumn).data().toString(),
                 u"/scim/v2/connections/%1/Users/ghost"_s.arg(other));
        QVERIFY(clear->isEnabled());
        clear->click();
        QTRY_COMPARE_WITH_TIMEOUT(view->rowCount(), 8, 10000);
        QCOMPARE(result->currentIndex(), 0);
        QCOMPARE(connection->currentIndex(), 0);

        status->setCurrentIndex(status->findText(u"2xx"_s, Qt::MatchStartsWith));
        action->setCurrentIndex(action->findText(u"create-user"_s));
        QTRY_COMPARE_WITH_TIMEOUT(view->rowCount(), 3, 10000);
        QTest::keyClicks(user, second);
        QTRY_COMPARE_WITH_TIMEOUT(view->rowCount(), 1, 10000);
        QCOMPARE(view->index(0, LogModel::UserColumn).data().toString(), second + u"@acme.example"_s);
        user->clear();
        QTest::keyClicks(text, thirdMissing);
        action->setCurrentIndex(0);
        status->setCurrentIndex(status->findText(u"4xx"_s, Qt::MatchStartsWith));
        QTRY_COMPARE_WITH_TIMEOUT(view->rowCount(), 1, 10000);
        page->saveState();
    }
    // A new page (the console restarted) remembers the last filter set.
    auto page = openPage();
    QVERIFY(page->findChild<QComboBox *>(u"logFilterStatus"_s)->currentText().startsWith(u"4xx"_s));
    QCOMPARE(page->findChild<QLineEdit *>(u"logFilterText"_s)->text(), thirdMissing);
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 1, 10000);
    QTRY_VERIFY(page->model()->isHistoryComplete());
    // History came narrowed by the engine query: the match, plus the newest event (the live tail starts with it).
    QCOMPARE(page->model()->rowCount(), 2);
    page->findChild<QPushButton *>(u"clearFiltersButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 8, 10000);
}

void TestLogsPage::detailPaneShowsTheEventAndCopies()
{
    const QString userName = u"person%1@acme.example"_s.arg(m_users + 1);
    sendRequests(1);
    auto page = openPage();
    QTableView *table = page->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 10000);
    table->selectRow(0); // the user created over SCIM
    auto *request = page->findChild<QPlainTextEdit *>(u"logRequestBody"_s);
    auto *response = page->findChild<QPlainTextEdit *>(u"logResponseBody"_s);
    auto *headers = page->findChild<QPlainTextEdit *>(u"logRequestHeaders"_s);
    auto *links = page->findChild<QLabel *>(u"logLinks"_s);
    QTRY_VERIFY_WITH_TIMEOUT(request->toPlainText().contains(u"\"userName\": \""_s + userName + u'"'), 10000);
    QVERIFY(response->toPlainText().contains(u"\"id\""_s));
    QVERIFY(headers->toPlainText().contains(u"content-type: application/scim+json"_s));
    // Authorization is recorded redacted: its scheme and a few characters, never the secret.
    QVERIFY(headers->toPlainText().contains(u"authorization: Bearer tok_"_s, Qt::CaseInsensitive));
    QVERIFY(headers->toPlainText().contains(u"[redacted]"_s));
    QVERIFY(links->text().contains(userName));
    QVERIFY(links->text().contains(u"acme-okta"_s));
    // Multi-line pretty-printing, coloured by the highlighter.
    QVERIFY(request->document()->blockCount() > 5);
    bool coloured = false;
    for (QTextBlock block = request->document()->begin(); block.isValid(); block = block.next())
        coloured = coloured || !block.layout()->formats().isEmpty();
    QVERIFY(coloured);

    QSignalSpy user(page.get(), &LogsPage::userActivated);
    QSignalSpy connection(page.get(), &LogsPage::connectionActivated);
    Q_EMIT links->linkActivated(u"user:x"_s);
    Q_EMIT links->linkActivated(u"connection:x"_s);
    QCOMPARE(user.size(), 1);
    QCOMPARE(user.first().at(0).toString(), m_connectionId);
    QVERIFY(!user.first().at(1).toString().isEmpty());
    QCOMPARE(connection.first().at(0).toString(), m_connectionId);

    page->findChild<QPushButton *>(u"copyCurlButton"_s)->click();
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.startsWith(u"curl -X POST 'http://127.0.0.1:%1/scim/v2/connections/%2/Users'"_s.arg(m_engine->port())
                                 .arg(m_connectionId)),
             qPrintable(curl));
    QVERIFY(curl.contains(u"-H \"Authorization: Bearer $SCIM_TOKEN\""_s));
    QVERIFY(curl.contains(u"--data-raw '{"_s));
    QVERIFY(!curl.contains(m_token));

    page->findChild<QPushButton *>(u"copyJsonButton"_s)->click();
    const QJsonObject copied = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object();
    QCOMPARE(copied.value(u"log_id"_s).toString(), table->model()->index(0, 0).data(ModelRoles::IdRole).toString());
    QCOMPARE(copied.value(u"type"_s).toString(), u"sscim"_s);

    table->selectRow(1); // the failed lookup
    QTRY_VERIFY_WITH_TIMEOUT(response->toPlainText().contains(u"404"_s), 10000);
    QVERIFY(page->findChild<QLabel *>(u"logSummary"_s)->text().contains(u"Failure"_s));
}

void TestLogsPage::exportWritesTheFilteredView()
{
    sendRequests(5);
    auto page = openPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 10, 10000);
    page->findChild<QComboBox *>(u"logFilterResult"_s)->setCurrentIndex(2); // failures
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 5, 10000);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"export.csv"_s);
    LogExporter::Format asked = LogExporter::Format::JsonLines;
    page->setExportPathProvider([&](LogExporter::Format format) {
        asked = format;
        return path;
    });
    QSignalSpy finished(page.get(), &LogsPage::exportFinished);
    page->findChild<QAction *>(u"exportCsvAction"_s)->trigger();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finished.first().at(1).toString(), path);
    QCOMPARE(asked, LogExporter::Format::Csv);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QCOMPARE(content.count('\n'), 6);
    QCOMPARE(content.count(",fscim,"), 5);
    QVERIFY(!content.contains(",sscim,"));
    // Cancel through the seam: an empty path exports nothing.
    finished.clear();
    page->setExportPathProvider([](LogExporter::Format) { return QString(); });
    page->findChild<QAction *>(u"exportJsonAction"_s)->trigger();
    QTest::qWait(100);
    QCOMPARE(finished.size(), 0);
}

QTEST_MAIN(TestLogsPage)
#include "tst_logs_page.moc"
