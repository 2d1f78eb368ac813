// The Connection settings and Log streams pages against a real engine, offscreen: settings are saved and survive a
// reload, a refused value is shown under its field, "Send test logout" and "Send test event" reach a receiver on
// 127.0.0.1 (a plain QTcpServer that answers like an application would), and log streams (webhook and RFC 9967
// SET) are created, paused, resumed and deleted. The streams model is watched by QAbstractItemModelTester.

#include "TestEngine.h"
#include "models/api/ManagementClient.h"
#include "models/common/Localization.h"
#include "models/common/ModelRoles.h"
#include "models/connectionsettings/ConnectionSettings.h"
#include "models/logstreams/LogStreamsModel.h"
#include "models/logstreams/SinkTypes.h"
#include "models/session/EmbeddedEngineSettings.h"
#include "models/session/EngineSession.h"
#include "views/connections/ConnectionsPage.h"
#include "views/connectionsettings/ConnectionSettingsPage.h"
#include "views/logstreams/LogStreamDialog.h"
#include "views/logstreams/LogStreamsPage.h"
#include "views/shell/EngineSettingsDialog.h"
#include "views/shell/ErrorBanner.h"
#include "views/shell/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace scim;

namespace {

// An application's endpoint: records each request (request line, headers, body) and answers `status`.
class Receiver : public QObject
{
public:
    struct Request
    {
        QByteArray head;
        QByteArray body;
    };

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url(const QString &path) const { return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path); }
    void setStatus(int status) { m_status = status; }
    const QList<Request> &requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            m_requests.append({head, buffer->mid(end + 4, length)});
            buffer->clear();
            const QByteArray body = m_status < 300 ? "ok" : "no";
            socket->write("HTTP/1.1 " + QByteArray::number(m_status) + " X\r\nContent-Type: text/plain\r\n" +
                          "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
                          body);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    QList<Request> m_requests;
    int m_status = 200;
};

template <typename T> T *waitForChild(QObject *parent, const QString &name)
{
    T *found = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((found = parent->findChild<T *>(name)) != nullptr && found->isVisible(), 10000); }();
    return found;
}

void setText(QWidget *page, const QString &name, const QString &text)
{
    auto *edit = page->findChild<QLineEdit *>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

} // namespace

class TestSettingsPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void settingsJsonRoundTrip();
    void sinkFormLeavesOutWhatDoesNotApply();
    void settingsSaveAndSurviveReload();
    void invalidValuesShowOnTheirField();
    void testLogoutReachesReceiver();
    void webhookStreamLifecycle();
    void securityEventStreamIsCreated();
    void embeddedEngineKeepsItsEndpointAndApplies();

private:
    TestEngine m_engine;
    QString m_connection;
    std::unique_ptr<MainWindow> m_window;
};

void TestSettingsPages::initTestCase()
{
    scim::Localization::install(u"en"_s);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"scim-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_settings_pages"_s);
    QSettings().clear();
    QVERIFY(m_engine.start());
    m_connection = m_engine.createScimConnection(u"acme"_s);
    QVERIFY(!m_connection.isEmpty());
}

void TestSettingsPages::init()
{
    if (QByteArray(QTest::currentTestFunction()).startsWith("embedded"))
        return; // its own windows, on the embedded engine
    ConsoleOptions options;
    options.useKeychain = false;
    options.startEngine = false;
    m_window = std::make_unique<MainWindow>(options);
    QSignalSpy ready(m_window.get(), &MainWindow::ready);
    m_window->resize(1280, 800);
    m_window->show();
    m_window->session()->connectRemote(m_engine.url(), TestEngine::kAdminToken, false);
    QVERIFY(ready.wait(15000));
}

void TestSettingsPages::cleanup()
{
    m_window.reset();
}

void TestSettingsPages::settingsJsonRoundTrip()
{
    const QJsonObject stored{
        {u"id"_s, u"con_1"_s},
        {u"name"_s, u"acme"_s},
        {u"display_name"_s, u"Acme Corp"_s},
        {u"strategy"_s, u"okta"_s},
        {u"options"_s, QJsonObject{{u"backchannel_logout_url"_s, u"https://app.example.com/logout"_s},
                                   {u"backchannel_logout_secret_set"_s, true},
                                   {u"backchannel_logout_secret_hint"_s, u"…abcd"_s},
                                   {u"rate_limit"_s, QJsonObject{{u"requests_per_second"_s, 5}, {u"burst"_s, 20}}},
                                   {u"scim_unknown_attributes"_s, u"reject"_s},
                                   {u"future_option"_s, 42}}}};
    const ConnectionSettings settings = ConnectionSettings::fromJson(stored);
    QCOMPARE(settings.secretHint, u"…abcd"_s);
    QCOMPARE(settings.rateLimit, ConnectionSettings::RateLimit::Custom);
    QCOMPARE(settings.requestsPerSecond, 5.0);
    QCOMPARE(settings.burst, 20);
    const QJsonObject body = settings.patchBody();
    const QJsonObject options = body.value(u"options"_s).toObject();
    // The stored secret is kept by leaving it out; an option the form does not know goes back unchanged.
    QVERIFY(!options.contains(u"backchannel_logout_secret"_s));
    QVERIFY(!options.contains(u"backchannel_logout_secret_hint"_s));
    QCOMPARE(options.value(u"future_option"_s).toInt(), 42);
    QCOMPARE(options.value(u"rate_limit"_s).toObject().value(u"burst"_s).toInt(), 20);
    ConnectionSettings edited = settings;
    QVERIFY(edited.sameAs(settings));
    edited.rateLimit = ConnectionSettings::RateLimit::Off; // requests_per_second 0
    QVERIFY(!edited.sameAs(settings));
    QCOMPARE(edited.patchBody().value(u"options"_s).toObject().value(u"rate_limit"_s).toObject(),
             (QJsonObject{{u"requests_per_second"_s, 0}}));
    edited.rateLimit = ConnectionSettings::RateLimit::Default; // the engine's: no rate_limit at all
    QVERIFY(!edited.patchBody().value(u"options"_s).toObject().contains(u"rate_limit"_s));
    QCOMPARE(ConnectionSettings::fromJson(QJsonObject{{u"options"_s, QJsonObject()}}).rateLimit,
             ConnectionSettings::RateLimit::Default);
    edited = settings;
    edited.newSecret = u"x"_s.repeated(32);
    QVERIFY(!edited.sameAs(settings));
    QCOMPARE(edited.patchBody().value(u"options"_s).toObject().value(u"backchannel_logout_secret"_s).toString(),
             u"x"_s.repeated(32));
}

void TestSettingsPages::sinkFormLeavesOutWhatDoesNotApply()
{
    const SinkTypes::Type *set = SinkTypes::find(u"scim-set"_s);
    QVERIFY(set);
    QHash<QString, QString> values{{u"setEndpoint"_s, u" https://app.example.com/events "_s},
                                   {u"setAudience"_s, u"https://app.example.com"_s},
                                   {u"setSigningAlgorithm"_s, u"ES256"_s},
                                   {u"setSigningSecret"_s, u"typed before switching to ES256"_s},
                                   {u"setEventMode"_s, u"notice"_s}};
    QJsonObject sink = SinkTypes::sink(*set, values);
    QCOMPARE(sink.value(u"setEndpoint"_s).toString(), u"https://app.example.com/events"_s);
    QVERIFY(!sink.contains(u"setSigningSecret"_s)); // ES256 refuses a secret
    QVERIFY(!sink.contains(u"setAuthorization"_s));
    values.insert(u"setSigningAlgorithm"_s, u"HS256"_s);
    QVERIFY(SinkTypes::sink(*set, values).contains(u"setSigningSecret"_s));
    // On edit only what changed is sent (the engine merges the sink).
    const QHash<QString, QString> stored = SinkTypes::values(*set, SinkTypes::sink(*set, values));
    values.insert(u"setEventMode"_s, u"full"_s);
    QCOMPARE(SinkTypes::sink(*set, values, stored).keys(), (QStringList{u"setEventMode"_s, u"setSigningSecret"_s}));
    QVERIFY(SinkTypes::find(u"http"_s));
    QVERIFY(!SinkTypes::find(u"nope"_s));
}

void TestSettingsPages::settingsSaveAndSurviveReload()
{
    m_window->connectionsPage()->selectConnection(m_connection);
    m_window->showPage(MainWindow::ConnectionSettingsPageIndex);
    ConnectionSettingsPage *page = m_window->connectionSettingsPage();
    QVERIFY(page->isVisible());
    auto *name = page->findChild<QLineEdit *>(u"settingsName"_s);
    QTRY_COMPARE_WITH_TIMEOUT(name->text(), u"acme"_s, 10000);
    QTRY_VERIFY(name->isEnabled());
    auto *dirty = page->findChild<QLabel *>(u"settingsDirty"_s);
    QCOMPARE(dirty->text(), u"Saved"_s);
    auto *save = page->findChild<QPushButton *>(u"settingsSave"_s);
    QVERIFY(!save->isEnabled());

    setText(page, u"settingsDisplayName"_s, u"Acme Corporation"_s);
    QVERIFY(page->isDirty());
    QCOMPARE(dirty->text(), u"Unsaved changes"_s);
    QVERIFY(m_window->isWindowModified());
    setText(page, u"settingsLogoutUrl"_s, u"https://app.example.com/backchannel-logout"_s);
    setText(page, u"settingsLogoutSecret"_s, u"s"_s.repeated(40) + u"WXYZ"_s);
    auto *rateMode = page->findChild<QComboBox *>(u"settingsRateLimit"_s);
    QCOMPARE(rateMode->currentData().toInt(), int(ConnectionSettings::RateLimit::Default));
    QVERIFY(!page->findChild<QDoubleSpinBox *>(u"settingsRequestsPerSecond"_s)->isEnabled());
    rateMode->setCurrentIndex(rateMode->findData(int(ConnectionSettings::RateLimit::Custom)));
    QVERIFY(page->findChild<QDoubleSpinBox *>(u"settingsRequestsPerSecond"_s)->isEnabled());
    page->findChild<QDoubleSpinBox *>(u"settingsRequestsPerSecond"_s)->setValue(12.5);
    page->findChild<QSpinBox *>(u"settingsBurst"_s)->setValue(30);
    auto *unknown = page->findChild<QComboBox *>(u"settingsUnknownAttributes"_s);
    unknown->setCurrentIndex(unknown->findData(u"reject"_s));
    QSignalSpy saved(page, &ConnectionSettingsPage::saved);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QVERIFY(!page->isDirty());
    QCOMPARE(dirty->text(), u"Saved"_s);
    QVERIFY(!m_window->isWindowModified());

    // What the engine stored: the secret is never answered, only its hint.
    const QJsonObject stored = m_engine.api("GET", u"/api/v2/connections/"_s + m_connection).object();
    QCOMPARE(stored.value(u"display_name"_s).toString(), u"Acme Corporation"_s);
    const QJsonObject options = stored.value(u"options"_s).toObject();
    QCOMPARE(options.value(u"backchannel_logout_url"_s).toString(), u"https://app.example.com/backchannel-logout"_s);
    QCOMPARE(options.value(u"backchannel_logout_secret_hint"_s).toString(), u"…WXYZ"_s);
    QVERIFY(!options.contains(u"backchannel_logout_secret"_s));
    QCOMPARE(options.value(u"rate_limit"_s).toObject().value(u"requests_per_second"_s).toDouble(), 12.5);
    QCOMPARE(options.value(u"rate_limit"_s).toObject().value(u"burst"_s).toInt(), 30);
    QCOMPARE(options.value(u"scim_unknown_attributes"_s).toString(), u"reject"_s);

    // A fresh window reads them back; the secret field stays empty and says which secret is stored.
    cleanup();
    init();
    m_window->connectionsPage()->selectConnection(m_connection);
    m_window->showPage(MainWindow::ConnectionSettingsPageIndex);
    page = m_window->connectionSettingsPage();
    auto *display = page->findChild<QLineEdit *>(u"settingsDisplayName"_s);
    QTRY_COMPARE_WITH_TIMEOUT(display->text(), u"Acme Corporation"_s, 10000);
    QCOMPARE(page->findChild<QDoubleSpinBox *>(u"settingsRequestsPerSecond"_s)->value(), 12.5);
    QCOMPARE(page->findChild<QSpinBox *>(u"settingsBurst"_s)->value(), 30);
    QCOMPARE(page->findChild<QComboBox *>(u"settingsUnknownAttributes"_s)->currentData().toString(), u"reject"_s);
    auto *secret = page->findChild<QLineEdit *>(u"settingsLogoutSecret"_s);
    QVERIFY(secret->text().isEmpty());
    QVERIFY2(secret->placeholderText().contains(u"…WXYZ"_s), qPrintable(secret->placeholderText()));
    QCOMPARE(page->findChild<QLabel *>(u"settingsStrategy"_s)->text(), u"okta"_s);

    // Revert drops an edit; "No limit" is saved as requests_per_second 0, "Default" as no option at all.
    setText(page, u"settingsDisplayName"_s, u"Something else"_s);
    QVERIFY(page->isDirty());
    QTest::mouseClick(page->findChild<QPushButton *>(u"settingsRevert"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(display->text(), u"Acme Corporation"_s, 10000);
    QTRY_VERIFY(!page->isDirty());
    auto *mode = page->findChild<QComboBox *>(u"settingsRateLimit"_s);
    QCOMPARE(mode->currentData().toInt(), int(ConnectionSettings::RateLimit::Custom));
    mode->setCurrentIndex(mode->findData(int(ConnectionSettings::RateLimit::Off)));
    QSignalSpy savedAgain(page, &ConnectionSettingsPage::saved);
    QTest::mouseClick(page->findChild<QPushButton *>(u"settingsSave"_s), Qt::LeftButton);
    QVERIFY(savedAgain.wait(10000));
    QJsonObject after =
        m_engine.api("GET", u"/api/v2/connections/"_s + m_connection).object().value(u"options"_s).toObject();
    QCOMPARE(after.value(u"rate_limit"_s).toObject().value(u"requests_per_second"_s).toDouble(), 0.0);
    mode->setCurrentIndex(mode->findData(int(ConnectionSettings::RateLimit::Default)));
    QTest::mouseClick(page->findChild<QPushButton *>(u"settingsSave"_s), Qt::LeftButton);
    QVERIFY(savedAgain.wait(10000));
    after = m_engine.api("GET", u"/api/v2/connections/"_s + m_connection).object().value(u"options"_s).toObject();
    QVERIFY(!after.contains(u"rate_limit"_s));
    QCOMPARE(after.value(u"backchannel_logout_secret_hint"_s).toString(), u"…WXYZ"_s); // kept
}

void TestSettingsPages::invalidValuesShowOnTheirField()
{
    m_window->connectionsPage()->selectConnection(m_connection);
    m_window->showPage(MainWindow::ConnectionSettingsPageIndex);
    ConnectionSettingsPage *page = m_window->connectionSettingsPage();
    auto *name = page->findChild<QLineEdit *>(u"settingsName"_s);
    QTRY_COMPARE_WITH_TIMEOUT(name->text(), u"acme"_s, 10000);
    QTRY_VERIFY(name->isEnabled());

    setText(page, u"settingsLogoutUrl"_s, u"not a url"_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"settingsSave"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->fieldError(u"options.backchannel_logout_url"_s).isEmpty(), 10000);
    QVERIFY2(page->fieldError(u"options.backchannel_logout_url"_s).contains(u"absolute http(s) URL"_s),
             qPrintable(page->fieldError(u"options.backchannel_logout_url"_s)));
    QVERIFY(page->findChild<QLabel *>(u"fieldError:options.backchannel_logout_url"_s)->isVisible());
    QVERIFY(page->isDirty()); // nothing was saved, the edit stays
    QCOMPARE(page->findChild<QLineEdit *>(u"settingsLogoutUrl"_s)->text(), u"not a url"_s);

    // The name: the engine's rule, on the name field; the previous message is gone.
    setText(page, u"settingsLogoutUrl"_s, u"https://app.example.com/logout"_s);
    setText(page, u"settingsName"_s, u"no spaces allowed"_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"settingsSave"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->fieldError(u"name"_s).isEmpty(), 10000);
    QVERIFY(page->fieldError(u"options.backchannel_logout_url"_s).isEmpty());
    QCOMPARE(page->window()->focusWidget(), name); // (the offscreen window is not active: no hasFocus())

    // A short secret.
    setText(page, u"settingsName"_s, u"acme"_s);
    setText(page, u"settingsLogoutSecret"_s, u"short"_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"settingsSave"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->fieldError(u"options.backchannel_logout_secret"_s).isEmpty(), 10000);
    QVERIFY(page->fieldError(u"options.backchannel_logout_secret"_s).contains(u"32 bytes"_s));
    QCOMPARE(m_engine.api("GET", u"/api/v2/connections/"_s + m_connection).object().value(u"name"_s).toString(),
             u"acme"_s);
}

void TestSettingsPages::testLogoutReachesReceiver()
{
    Receiver receiver;
    QVERIFY(receiver.listen());
    m_window->connectionsPage()->selectConnection(m_connection);
    m_window->showPage(MainWindow::ConnectionSettingsPageIndex);
    ConnectionSettingsPage *page = m_window->connectionSettingsPage();
    auto *name = page->findChild<QLineEdit *>(u"settingsName"_s);
    QTRY_VERIFY_WITH_TIMEOUT(name->isEnabled() && !name->text().isEmpty(), 10000);
    // Not saved: the test uses what the form holds.
    setText(page, u"settingsLogoutUrl"_s, receiver.url(u"/logout"_s));
    setText(page, u"settingsLogoutSecret"_s, u"k"_s.repeated(32));
    auto *test = page->findChild<QPushButton *>(u"settingsTestLogout"_s);
    QVERIFY(test->isEnabled());
    QSignalSpy finished(page, &ConnectionSettingsPage::testLogoutFinished);
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(receiver.requests().size(), 1);
    QVERIFY(receiver.requests().first().head.startsWith("POST /logout "));
    QVERIFY(receiver.requests().first().body.startsWith("logout_token=ey"));
    auto *result = page->findChild<QLabel *>(u"settingsTestResult"_s);
    QVERIFY2(result->text().contains(u"Delivered: the receiver answered HTTP 200"_s), qPrintable(result->text()));

    // A receiver that refuses: the status and its answer are shown.
    receiver.setStatus(400);
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.last().first().toBool(), false);
    QVERIFY2(result->text().contains(u"Not delivered: the receiver answered HTTP 400"_s), qPrintable(result->text()));
    QVERIFY2(result->text().contains(u"no"_s), qPrintable(result->text()));
    QVERIFY(page->isDirty()); // the test saved nothing
}

void TestSettingsPages::webhookStreamLifecycle()
{
    Receiver receiver;
    QVERIFY(receiver.listen());
    m_window->showPage(MainWindow::LogStreamsPageIndex);
    LogStreamsPage *page = m_window->logStreamsPage();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(page->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading(), 10000);
    const int before = page->model()->rowCount();

    // A refused endpoint keeps the dialog open with the message under the field.
    QTest::mouseClick(page->findChild<QPushButton *>(u"newStream"_s), Qt::LeftButton);
    auto *dialog = waitForChild<LogStreamDialog>(m_window.get(), u"logStreamDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->type(), u"http"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"streamName"_s), u"siem"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"sink:httpEndpoint"_s), u"ftp://nope"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"streamSave"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldError(u"sink.httpEndpoint"_s).isEmpty(), 10000);
    QVERIFY(dialog->isVisible());
    auto *endpoint = dialog->findChild<QLineEdit *>(u"sink:httpEndpoint"_s);
    endpoint->clear();
    QTest::keyClicks(endpoint, receiver.url(u"/ingest"_s));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"sink:httpAuthorization"_s), u"Bearer siem-token"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"streamSave"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), before + 1, 10000);
    QTRY_VERIFY(!page->selectedId().isEmpty());
    const QString id = page->selectedId();
    const QModelIndex row = page->model()->index(page->model()->rowForId(id), LogStreamsModel::StatusColumn);
    QCOMPARE(row.data().toString(), u"Active"_s);
    QCOMPARE(row.siblingAtColumn(LogStreamsModel::TypeColumn).data().toString(), u"Webhook"_s);
    QCOMPARE(row.siblingAtColumn(LogStreamsModel::SinkColumn).data().toString(), receiver.url(u"/ingest"_s));

    // Pause, resume.
    auto *pause = page->findChild<QPushButton *>(u"pauseStream"_s);
    QCOMPARE(pause->text(), u"&Pause"_s);
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_engine.api("GET", u"/api/v2/log-streams/"_s + id).object().value(u"status"_s),
                              QJsonValue(u"paused"_s), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        page->model()->index(page->model()->rowForId(id), LogStreamsModel::StatusColumn).data().toString(), u"Paused"_s,
        10000);
    QTRY_COMPARE(pause->text(), u"&Resume"_s);
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        page->model()->index(page->model()->rowForId(id), LogStreamsModel::StatusColumn).data().toString(), u"Active"_s,
        10000);

    // A test event reaches the receiver with the stream's authorization.
    QSignalSpy tested(page, &LogStreamsPage::testEventFinished);
    const qsizetype received = receiver.requests().size();
    QTRY_VERIFY(page->findChild<QPushButton *>(u"testStream"_s)->isEnabled());
    QTest::mouseClick(page->findChild<QPushButton *>(u"testStream"_s), Qt::LeftButton);
    QVERIFY(tested.wait(15000));
    QCOMPARE(tested.first().first().toBool(), true);
    QTRY_VERIFY(receiver.requests().size() > received);
    const Receiver::Request &event = receiver.requests().last();
    QVERIFY(event.head.startsWith("POST /ingest "));
    QVERIFY(event.head.contains("Authorization: Bearer siem-token"));
    QVERIFY2(event.body.contains("test-event"), event.body.constData());
    QVERIFY2(page->findChild<QLabel *>(u"streamTestResult"_s)->text().contains(u"HTTP 200"_s),
             qPrintable(page->findChild<QLabel *>(u"streamTestResult"_s)->text()));

    // Edit: a new name, the authorization kept because its field stayed empty.
    auto *edit = page->editStream();
    QVERIFY(edit);
    QVERIFY(!edit->findChild<QComboBox *>(u"streamType"_s)->isEnabled());
    QVERIFY(edit->findChild<QLineEdit *>(u"sink:httpAuthorization"_s)->text().isEmpty());
    setText(edit, u"streamName"_s, u"siem-eu"_s);
    QTest::mouseClick(edit->findChild<QPushButton *>(u"streamSave"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        page->model()->index(page->model()->rowForId(id), LogStreamsModel::NameColumn).data().toString(), u"siem-eu"_s,
        10000);
    const QJsonObject sink = m_engine.api("GET", u"/api/v2/log-streams/"_s + id).object().value(u"sink"_s).toObject();
    QCOMPARE(sink.value(u"httpAuthorization"_s).toString(), u"Bearer siem-token"_s);

    // Delete, after confirmation.
    page->selectStream(id);
    QTest::mouseClick(page->findChild<QPushButton *>(u"deleteStream"_s), Qt::LeftButton);
    auto *box = waitForChild<QMessageBox>(m_window.get(), u"deleteStreamQuestion"_s);
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QAbstractButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), before, 10000);
    QCOMPARE(m_engine.api("GET", u"/api/v2/log-streams/"_s + id).status, 404);
}

void TestSettingsPages::securityEventStreamIsCreated()
{
    Receiver receiver;
    QVERIFY(receiver.listen());
    m_window->showPage(MainWindow::LogStreamsPageIndex);
    LogStreamsPage *page = m_window->logStreamsPage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading(), 10000);
    const int before = page->model()->rowCount();
    LogStreamDialog *dialog = page->newStream();
    auto *type = dialog->findChild<QComboBox *>(u"streamType"_s);
    type->setCurrentIndex(type->findData(u"scim-set"_s));
    QVERIFY(!dialog->field(u"httpEndpoint"_s));
    // ES256: no secret to type; the dialog says where the engine's public key is.
    QVERIFY(!dialog->field(u"setSigningSecret"_s)->isVisible());
    auto *jwks = dialog->findChild<QLabel *>(u"streamJwks"_s);
    QVERIFY(jwks->isVisible());
    QVERIFY2(jwks->text().contains(m_engine.url().toString() + u"/.well-known/jwks.json"_s), qPrintable(jwks->text()));
    // HS256 asks for the shared secret.
    auto *algorithm = qobject_cast<QComboBox *>(dialog->field(u"setSigningAlgorithm"_s));
    algorithm->setCurrentText(u"HS256"_s);
    QVERIFY(dialog->field(u"setSigningSecret"_s)->isVisible());
    QVERIFY(!jwks->isVisible());
    algorithm->setCurrentText(u"ES256"_s);

    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"streamName"_s), u"hr-app"_s);
    QTest::keyClicks(qobject_cast<QLineEdit *>(dialog->field(u"setEndpoint"_s)), receiver.url(u"/events"_s));
    // The audience is required: the engine names it.
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"streamSave"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldError(u"sink.setAudience"_s).isEmpty(), 10000);
    QTest::keyClicks(qobject_cast<QLineEdit *>(dialog->field(u"setAudience"_s)), u"https://hr.example.com"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"streamSave"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), before + 1, 10000);
    QTRY_VERIFY(!page->selectedId().isEmpty());
    const QString id = page->selectedId();
    const QJsonObject stored = m_engine.api("GET", u"/api/v2/log-streams/"_s + id).object();
    QCOMPARE(stored.value(u"type"_s).toString(), u"scim-set"_s);
    QCOMPARE(stored.value(u"sink"_s).toObject().value(u"setAudience"_s).toString(), u"https://hr.example.com"_s);
    QCOMPARE(page->model()->index(page->model()->rowForId(id), LogStreamsModel::TypeColumn).data().toString(),
             u"Security events (SET)"_s);
    auto *details = page->findChild<QLabel *>(u"streamDetails"_s);
    QVERIFY2(details->text().contains(u"/.well-known/jwks.json"_s), qPrintable(details->text()));

    // Its test event is a signed SET.
    QSignalSpy tested(page, &LogStreamsPage::testEventFinished);
    QTest::mouseClick(page->findChild<QPushButton *>(u"testStream"_s), Qt::LeftButton);
    QVERIFY(tested.wait(15000));
    QCOMPARE(tested.first().first().toBool(), true);
    QTRY_VERIFY(!receiver.requests().isEmpty());
    QVERIFY(receiver.requests().last().head.toLower().contains("content-type: application/secevent+jwt"));
    const QList<QByteArray> parts = receiver.requests().last().body.split('.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject claims =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
    QCOMPARE(claims.value(u"aud"_s).toString(), u"https://hr.example.com"_s);
    QVERIFY(claims.value(u"events"_s)
                .toObject()
                .contains(u"https://schemas.openid.net/secevent/ssf/event-type/verification"_s));
    m_engine.api("DELETE", u"/api/v2/log-streams/"_s + id);
}

void TestSettingsPages::embeddedEngineKeepsItsEndpointAndApplies()
{
    QTemporaryDir dir;
    ConsoleOptions options;
    options.useKeychain = false;
    options.startEngine = false;
    options.databasePath = dir.filePath(u"embedded/console.sqlite"_s);
    const auto open = [&options] {
        auto window = std::make_unique<MainWindow>(options);
        QSignalSpy ready(window.get(), &MainWindow::ready);
        window->resize(1280, 800);
        window->show();
        window->session()->startEmbedded();
        [&] { QVERIFY(ready.wait(20000)); }();
        return window;
    };
    const auto close = [](std::unique_ptr<MainWindow> &window) {
        window->close();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 15000);
        window.reset();
    };

    // The first start chooses a free port and keeps it, with the endpoint identity providers are given.
    std::unique_ptr<MainWindow> window = open();
    const int port = window->session()->url().port();
    QVERIFY(port > 0);
    EmbeddedEngineSettings stored = EmbeddedEngineSettings::load(options.databasePath);
    QCOMPARE(stored.port, port);
    QCOMPARE(stored.issuedEndpoint, u"http://127.0.0.1:%1"_s.arg(port));
    QCOMPARE(window->session()->embeddedEndpoint(), stored.issuedEndpoint);
    QVERIFY(window->session()->previousEmbeddedEndpoint().isEmpty());
    close(window);
    window = open();
    QCOMPARE(window->session()->url().port(), port); // the same endpoint after a restart

    // Engine › Settings…: a refused value is said there and nothing restarts.
    QAction *action = window->findChild<QAction *>(u"actionEngineSettings"_s);
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = waitForChild<EngineSettingsDialog>(window.get(), u"engineSettingsDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QSpinBox *>(u"enginePort"_s)->value(), port);
    auto *publicUrl = dialog->findChild<QLineEdit *>(u"enginePublicUrl"_s);
    publicUrl->setText(u"ftp://scim.example.test"_s);
    auto *apply = dialog->findChild<QPushButton *>(u"engineSettingsApply"_s);
    QTest::mouseClick(apply, Qt::LeftButton);
    auto *status = dialog->findChild<QLabel *>(u"engineSettingsStatus"_s);
    QVERIFY2(status->text().contains(u"public URL"_s), qPrintable(status->text()));
    QCOMPARE(window->session()->state(), EngineSession::State::Connected);

    // Another port and a public URL: Apply restarts the engine there, with progress until it answers.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const int newPort = probe.serverPort();
    probe.close();
    dialog->findChild<QSpinBox *>(u"enginePort"_s)->setValue(newPort);
    publicUrl->setText(u"https://scim.example.test"_s);
    dialog->findChild<QSpinBox *>(u"engineLogRetention"_s)->setValue(7);
    QSignalSpy applied(dialog, &EngineSettingsDialog::applied);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(dialog->findChild<QProgressBar *>(u"engineRestartProgress"_s)->isVisible());
    QVERIFY(applied.wait(20000));
    QVERIFY(!dialog->findChild<QProgressBar *>(u"engineRestartProgress"_s)->isVisible());
    QCOMPARE(window->session()->url().port(), newPort);
    QCOMPARE(window->session()->embeddedEndpoint(), u"https://scim.example.test"_s);
    QCOMPARE(EmbeddedEngineSettings::load(options.databasePath).logRetentionDays, 7);
    // Every endpoint URL shown is under the public URL.
    const QString connection = [&] {
        QString id;
        bool done = false;
        window->client()->createConnection(u"acme"_s, u"okta"_s, window.get(), [&](const ApiResult &result) {
            id = result.object().value(u"scim_endpoint_url"_s).toString();
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return id;
    }();
    QVERIFY2(connection.startsWith(u"https://scim.example.test/scim/v2/connections/"_s), qPrintable(connection));

    // The endpoint changed since tokens were issued: the dialog and the banner (on every page) say so, until the
    // admin confirms that the identity providers were updated.
    const QString previous = u"http://127.0.0.1:%1"_s.arg(port);
    QCOMPARE(window->session()->previousEmbeddedEndpoint(), previous);
    QTRY_VERIFY_WITH_TIMEOUT(window->banner()->text().contains(previous), 10000);
    QVERIFY(window->banner()->text().contains(u"https://scim.example.test"_s));
    auto *acknowledge = dialog->findChild<QPushButton *>(u"engineAcknowledgeEndpoint"_s);
    QVERIFY(acknowledge->isVisible());
    QTest::mouseClick(acknowledge, Qt::LeftButton);
    QVERIFY(window->session()->previousEmbeddedEndpoint().isEmpty());
    QVERIFY(!acknowledge->isVisible());
    dialog->reject();
    QTRY_VERIFY(window->banner()->text().isEmpty() || !window->banner()->isVisible());
    close(window);

    // The next start uses the stored settings.
    window = open();
    QCOMPARE(window->session()->url().port(), newPort);
    QCOMPARE(window->session()->embeddedEndpoint(), u"https://scim.example.test"_s);
    QVERIFY(window->session()->previousEmbeddedEndpoint().isEmpty());
    close(window);
}

QTEST_MAIN(TestSettingsPages)
#include "tst_settings_pages.moc"
