// The Connection settings and Log streams pages against a real engine, offscreen: settings are saved and survive a
// reload, a refused value is shown under its field, "Send test logout" and "Send test event" reach a receiver on
// 127.0.0.1 (a plain QTcpServer that answers like an application would), and log streams (webhook and RFC 9967
// SET) are created, paused, resumed and deleted. The streams model is watched by QAbstractItemModelTester.

#include "TestCertificates.h"
#include "TestEngine.h"
#include "models/api/ManagementClient.h"
#include "models/common/Localization.h"
#include "models/common/ModelRoles.h"
#include "models/connections/ConnectionsModel.h"
#include "models/connections/TokensModel.h"
#include "models/connectionsettings/ConnectionSettings.h"
#include "models/logstreams/LogStreamsModel.h"
#include "models/logstreams/SinkTypes.h"
#include "models/session/EmbeddedEngineSettings.h"
#include "models/session/EngineSession.h"
#include "views/connections/ConnectionDetailsWidget.h"
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
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QSslConfiguration>
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
    void closingWithUnsavedSettingsAsks();
    void closingDiscardsUnsavedSettings();
    void embeddedEngineKeepsItsEndpointAndApplies();
    void embeddedEngineServesTlsFromSettings();

private:
    ConnectionSettingsPage *openSettings(const QString &connection);
    QMessageBox *closeAndAsk();

    TestEngine m_engine;
    QString m_connection;
    QString m_closing; // the connection the closing tests edit
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
    m_closing = m_engine.createScimConnection(u"closing"_s);
    QVERIFY(!m_closing.isEmpty());
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
    // The engine never shows the authorization (write-only) but kept it: the next test event still carries it.
    const QJsonObject sink = m_engine.api("GET", u"/api/v2/log-streams/"_s + id).object().value(u"sink"_s).toObject();
    QVERIFY(!sink.contains(u"httpAuthorization"_s));
    QCOMPARE(sink.value(u"httpAuthorizationSet"_s).toBool(), true);
    tested.clear();
    const qsizetype receivedBefore = receiver.requests().size();
    page->selectStream(id);
    QTRY_VERIFY(page->findChild<QPushButton *>(u"testStream"_s)->isEnabled());
    QTest::mouseClick(page->findChild<QPushButton *>(u"testStream"_s), Qt::LeftButton);
    QVERIFY(tested.wait(15000));
    QTRY_VERIFY(receiver.requests().size() > receivedBefore);
    QVERIFY(receiver.requests().last().head.contains("Authorization: Bearer siem-token"));

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

ConnectionSettingsPage *TestSettingsPages::openSettings(const QString &connection)
{
    m_window->connectionsPage()->selectConnection(connection);
    m_window->showPage(MainWindow::ConnectionSettingsPageIndex);
    ConnectionSettingsPage *page = m_window->connectionSettingsPage();
    auto *name = page->findChild<QLineEdit *>(u"settingsName"_s);
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(page->connectionId(), connection, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!name->text().isEmpty() && name->isEnabled(), 10000);
    }();
    return page;
}

QMessageBox *TestSettingsPages::closeAndAsk()
{
    m_window->close();
    return waitForChild<QMessageBox>(m_window.get(), u"unsavedSettingsOnClose"_s);
}

// Closing the window with unsaved connection settings asks, as switching connection does: Cancel keeps the window
// and the edits, a Save the engine refuses keeps the window (the reason under its field), a Save it accepts
// stores them and closes.
void TestSettingsPages::closingWithUnsavedSettingsAsks()
{
    ConnectionSettingsPage *page = openSettings(m_closing);
    setText(page, u"settingsDisplayName"_s, u"Closing Corp"_s);
    QVERIFY(page->isDirty());
    const auto storedDisplayName = [this] {
        return m_engine.api("GET", u"/api/v2/connections/"_s + m_closing).object().value(u"display_name"_s).toString();
    };

    QPointer<QMessageBox> ask = closeAndAsk();
    QVERIFY(ask);
    QVERIFY(ask->text().contains(u"closing"_s));
    QVERIFY(ask->findChild<QAbstractButton *>(u"saveButton"_s));
    QVERIFY(ask->findChild<QAbstractButton *>(u"discardButton"_s));
    QTest::mouseClick(ask->findChild<QAbstractButton *>(u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!ask);
    QTest::qWait(300);
    QVERIFY(m_window->isVisible());
    QVERIFY(page->isDirty());
    QCOMPARE(page->findChild<QLineEdit *>(u"settingsDisplayName"_s)->text(), u"Closing Corp"_s);

    setText(page, u"settingsName"_s, u"not a name!"_s);
    QSignalSpy failed(page, &ConnectionSettingsPage::saveFailed);
    ask = closeAndAsk();
    QVERIFY(ask);
    QTest::mouseClick(ask->findChild<QAbstractButton *>(u"saveButton"_s), Qt::LeftButton);
    QVERIFY(failed.wait(10000));
    QTest::qWait(300);
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->findChild<QMessageBox *>(u"unsavedSettingsOnClose"_s) == nullptr ||
            !m_window->findChild<QMessageBox *>(u"unsavedSettingsOnClose"_s)->isVisible());
    QVERIFY2(!page->fieldError(u"name"_s).isEmpty(), "the refused name is said under its field");
    QVERIFY(page->isVisible());
    QVERIFY(page->isDirty());
    QVERIFY(storedDisplayName().isEmpty() || storedDisplayName() == u"closing"_s);

    setText(page, u"settingsName"_s, u"closing"_s);
    QSignalSpy saved(page, &ConnectionSettingsPage::saved);
    ask = closeAndAsk();
    QVERIFY(ask);
    QTest::mouseClick(ask->findChild<QAbstractButton *>(u"saveButton"_s), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 15000);
    QCOMPARE(storedDisplayName(), u"Closing Corp"_s);
}

void TestSettingsPages::closingDiscardsUnsavedSettings()
{
    ConnectionSettingsPage *page = openSettings(m_closing);
    QTRY_COMPARE_WITH_TIMEOUT(page->findChild<QLineEdit *>(u"settingsDisplayName"_s)->text(), u"Closing Corp"_s, 10000);
    setText(page, u"settingsDisplayName"_s, u"Discarded Corp"_s);
    QVERIFY(page->isDirty());
    QPointer<QMessageBox> ask = closeAndAsk();
    QVERIFY(ask);
    QTest::mouseClick(ask->findChild<QAbstractButton *>(u"discardButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 15000);
    QCOMPARE(m_engine.api("GET", u"/api/v2/connections/"_s + m_closing).object().value(u"display_name"_s).toString(),
             u"Closing Corp"_s);
}

namespace {

// Runs one ManagementClient call and waits for its answer.
template <typename Call> ApiResult wait(QObject *context, Call call)
{
    std::optional<ApiResult> answer;
    call(context, [&](const ApiResult &result) { answer = result; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000); }();
    return answer.value_or(ApiResult());
}

} // namespace

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
    QCOMPARE(EmbeddedEngineSettings::load(options.databasePath).port, port);
    QCOMPARE(window->session()->embeddedEndpoint(), u"http://127.0.0.1:%1"_s.arg(port));
    close(window);
    window = open();
    QCOMPARE(window->session()->url().port(), port); // the same endpoint after a restart

    // A connection with two tokens, issued for this endpoint: no warning.
    ManagementClient *client = window->client();
    const QJsonObject created = wait(window.get(), [&](QObject *context, auto callback) {
                                    client->createConnection(u"acme"_s, u"okta"_s, context, callback);
                                }).object();
    const QString connection = created.value(u"id"_s).toString();
    QVERIFY(wait(window.get(), [&](QObject *context, auto callback) {
                client->request("POST", u"/api/v2/connections/%1/scim-configuration"_s.arg(connection), {}, {}, context,
                                callback);
            }).ok());
    QStringList tokens;
    for (int i = 0; i < 2; ++i)
        tokens.append(wait(window.get(),
                           [&](QObject *context, auto callback) {
                               client->createToken(connection, {u"get:users"_s}, std::nullopt, context, callback);
                           })
                          .object()
                          .value(u"token_id"_s)
                          .toString());
    window->connectionsModel()->refresh();
    window->connectionsPage()->selectConnection(connection);
    window->showPage(MainWindow::ConnectionsPageIndex);
    ConnectionDetailsWidget *details = window->connectionsPage()->details();
    auto *warning = details->findChild<QLabel *>(u"endpointChangedWarning"_s);
    QVERIFY(warning);
    QTRY_COMPARE_WITH_TIMEOUT(details->tokensModel()->rowCount(), 2, 10000);
    QVERIFY(!warning->isVisible());
    QVERIFY2(!window->banner()->text().contains(u"active token"_s), qPrintable(window->banner()->text()));

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
    // The dialog says that the endpoint moved.
    const QString previous = u"http://127.0.0.1:%1"_s.arg(port);
    auto *endpoint = dialog->findChild<QLabel *>(u"engineEndpoint"_s);
    QVERIFY2(endpoint->text().contains(previous) && endpoint->text().contains(u"https://scim.example.test"_s),
             qPrintable(endpoint->text()));
    dialog->reject();

    // Every endpoint URL shown is under the public URL; the two tokens were issued for the old one: the banner (on
    // every page) and the connection's details say how many and what to do.
    const QString moved = u"https://scim.example.test/scim/v2/connections/"_s + connection;
    QTRY_VERIFY_WITH_TIMEOUT(window->connectionsModel()->rowForId(connection) >= 0, 10000);
    window->connectionsPage()->selectConnection(connection);
    QTRY_COMPARE_WITH_TIMEOUT(details->findChild<QLineEdit *>(u"endpointUrl"_s)->text(), moved, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window->banner()->text().contains(u"2 active tokens"_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 10000);
    QVERIFY2(warning->text().contains(u"2 active tokens"_s) &&
                 warning->text().contains(previous + u"/scim/v2/connections/"_s + connection),
             qPrintable(warning->text()));
    window->showPage(MainWindow::LogsPageIndex);
    QVERIFY(window->banner()->isVisible());

    // One token revoked: one is left to warn about.
    QVERIFY(wait(window.get(), [&](QObject *context, auto callback) {
                client->revokeToken(connection, tokens.at(1), context, callback);
            }).ok());
    window->connectionsModel()->refreshConnection(connection);
    QTRY_VERIFY_WITH_TIMEOUT(window->banner()->text().contains(u"1 active token "_s), 10000);
    // A token issued now is for the new endpoint; with the old one revoked the warnings go.
    const QJsonObject fresh = wait(window.get(), [&](QObject *context, auto callback) {
                                  client->createToken(connection, {u"get:users"_s}, std::nullopt, context, callback);
                              }).object();
    QCOMPARE(fresh.value(u"scim_endpoint_url"_s).toString(), moved);
    QVERIFY(wait(window.get(), [&](QObject *context, auto callback) {
                client->revokeToken(connection, tokens.at(0), context, callback);
            }).ok());
    window->connectionsModel()->refreshConnection(connection);
    QTRY_VERIFY_WITH_TIMEOUT(!window->banner()->text().contains(u"active token"_s), 10000);
    window->showPage(MainWindow::ConnectionsPageIndex);
    details->tokensModel()->refresh(); // revoked behind its back (in the console the details widget revokes)
    QTRY_VERIFY_WITH_TIMEOUT(!warning->isVisible(), 10000);
    close(window);

    // The next start uses the stored settings.
    window = open();
    QCOMPARE(window->session()->url().port(), newPort);
    QCOMPARE(window->session()->embeddedEndpoint(), u"https://scim.example.test"_s);
    QVERIFY2(!window->banner()->text().contains(u"active token"_s), qPrintable(window->banner()->text()));
    close(window);
}

// Engine › Settings… with a TLS certificate and key (made here with openssl): the embedded engine restarts on
// https, the console talks to it over TLS (trusting the certificate it gave its engine), the endpoint shown is
// https, and SCIM on that endpoint answers over TLS to a client that trusts the certificate, and not in plain HTTP.
void TestSettingsPages::embeddedEngineServesTlsFromSettings()
{
    QTemporaryDir dir;
    QString error;
    const std::optional<TestCertificates::Pair> pair =
        TestCertificates::selfSigned(dir.path(), u"embedded"_s, u"ec"_s, 2, &error);
    QVERIFY2(pair, qPrintable(error));
    ConsoleOptions options;
    options.useKeychain = false;
    options.startEngine = false;
    options.databasePath = dir.filePath(u"embedded/console.sqlite"_s);
    auto window = std::make_unique<MainWindow>(options);
    QSignalSpy ready(window.get(), &MainWindow::ready);
    window->resize(1280, 800);
    window->show();
    window->session()->startEmbedded();
    QVERIFY(ready.wait(20000));
    QCOMPARE(window->session()->url().scheme(), u"http"_s);
    const int port = window->session()->url().port();

    window->findChild<QAction *>(u"actionEngineSettings"_s)->trigger();
    auto *dialog = waitForChild<EngineSettingsDialog>(window.get(), u"engineSettingsDialog"_s);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"engineTlsCertificate"_s)->setText(pair->certificate);
    dialog->findChild<QLineEdit *>(u"engineTlsKey"_s)->setText(pair->key);
    QSignalSpy applied(dialog, &EngineSettingsDialog::applied);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"engineSettingsApply"_s), Qt::LeftButton);
    QVERIFY(applied.wait(30000));
    dialog->reject();

    // The console talks to its engine over https now, on the kept port.
    QCOMPARE(window->session()->url().scheme(), u"https"_s);
    QCOMPARE(window->session()->url().port(), port);
    QCOMPARE(window->session()->state(), EngineSession::State::Connected);
    QCOMPARE(window->session()->embeddedEndpoint(), u"https://127.0.0.1:%1"_s.arg(port));
    ManagementClient *client = window->client();
    QCOMPARE(client->baseUrl().scheme(), u"https"_s);
    const QString connection =
        wait(window.get(),
             [&](QObject *context, auto callback) { client->createConnection(u"tls"_s, u"okta"_s, context, callback); })
            .object()
            .value(u"id"_s)
            .toString();
    QVERIFY(!connection.isEmpty());
    QVERIFY(wait(window.get(), [&](QObject *context, auto callback) {
                client->request("POST", u"/api/v2/connections/%1/scim-configuration"_s.arg(connection), {}, {}, context,
                                callback);
            }).ok());
    const QString token = wait(window.get(),
                               [&](QObject *context, auto callback) {
                                   client->createToken(connection, {u"get:users"_s}, std::nullopt, context, callback);
                               })
                              .object()
                              .value(u"token"_s)
                              .toString();
    QVERIFY(!token.isEmpty());

    // The endpoint shown is https.
    window->connectionsModel()->refresh();
    window->connectionsPage()->selectConnection(connection);
    window->showPage(MainWindow::ConnectionsPageIndex);
    const QString endpoint = u"https://127.0.0.1:%1/scim/v2/connections/%2"_s.arg(port).arg(connection);
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionsPage()->details()->findChild<QLineEdit *>(u"endpointUrl"_s)->text(),
                              endpoint, 10000);

    // SCIM answers there over TLS, with the certificate from the settings, to a client that trusts it.
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(endpoint + u"/Users"_s));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(pair->certificate, QSsl::Pem));
    request.setSslConfiguration(tls);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"totalResults"_s).toInt(), 0);
    QCOMPARE(reply->sslConfiguration().peerCertificate(),
             QSslCertificate::fromPath(pair->certificate, QSsl::Pem).value(0));
    delete reply;
    // Plain HTTP on the same port gets no SCIM answer.
    QNetworkReply *plain = network.get(
        QNetworkRequest(QUrl(u"http://127.0.0.1:%1/scim/v2/connections/%2/Users"_s.arg(port).arg(connection))));
    QSignalSpy plainFinished(plain, &QNetworkReply::finished);
    QVERIFY(plainFinished.wait(15000));
    QVERIFY(plain->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200);
    delete plain;

    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 15000);
}

QTEST_MAIN(TestSettingsPages)
#include "tst_settings_pages.moc"
