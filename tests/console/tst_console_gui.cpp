// GUI tests of scim-console (offscreen): the end-to-end scenario driven through the widgets — wizard,
// SCIM, a 1-day token with only get:users post:users verified through the Management API and used against the
// SCIM endpoint, the third-token refusal, revoke, browsing a provisioned user, delete — and switching to a remote
// engine with reconnection. Widgets are found by objectName; dialogs are non-blocking, so the test answers them.

#include "TestEngine.h"
#include "models/api/ManagementClient.h"
#include "models/common/ConsoleSettings.h"
#include "models/common/Localization.h"
#include "models/common/ModelRoles.h"
#include "models/common/ThemeColors.h"
#include "models/connections/ConnectionsModel.h"
#include "models/connections/TokensModel.h"
#include "models/session/EngineSession.h"
#include "models/users/UsersModel.h"
#include "views/common/Appearance.h"
#include "views/connections/ConnectionDetailsWidget.h"
#include "views/connections/ConnectionsPage.h"
#include "views/connections/GenerateTokenDialog.h"
#include "views/connections/NewConnectionWizard.h"
#include "views/connections/SecretDialog.h"
#include "views/shell/ConnectDialog.h"
#include "views/shell/EngineStatusWidget.h"
#include "views/shell/ErrorBanner.h"
#include "views/shell/MainWindow.h"
#include "views/shell/PreferencesDialog.h"
#include "views/users/UsersPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scim;

namespace {

template <typename T> T *waitForChild(QObject *parent, const QString &name)
{
    T *found = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((found = parent->findChild<T *>(name)) != nullptr && found->isVisible(), 10000); }();
    return found;
}

ApiResult call(std::function<void(ManagementClient::Callback)> start)
{
    ApiResult out;
    bool done = false;
    QObject context;
    start([&](const ApiResult &result) {
        out = result;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return out;
}

struct Http
{
    int status = 0;
    QJsonObject object;
};

Http scimRequest(const QByteArray &method, const QString &url, const QString &token, const QJsonObject &body = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QByteArray payload;
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/scim+json"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = network.sendCustomRequest(request, method, payload);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    Http result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object()};
    delete reply;
    return result;
}

void answer(QWidget *window, const QString &boxName, const QString &buttonName)
{
    auto *box = waitForChild<QMessageBox>(window, boxName);
    if (!box)
        return;
    auto *button = box->findChild<QAbstractButton *>(buttonName);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestConsoleGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void setUpConnectionEndToEnd();
    void switchesToRemoteEngineAndReconnects();
    void disablesAndEnablesScimFromDetails();
    void standardShortcutsAboutAndRestoredLayout();
    void preferencesStoreLanguageAndAppearance();

private:
    QTemporaryDir m_dir;
};

void TestConsoleGui::initTestCase()
{
    scim::Localization::install(u"en"_s); // the source catalog: English plural forms, as the console installs it
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"scim-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_console_gui"_s);
}

void TestConsoleGui::init()
{
    QSettings().clear();
}

void TestConsoleGui::setUpConnectionEndToEnd()
{
    ConsoleOptions options;
    options.databasePath = m_dir.filePath(u"gui/console.sqlite"_s);
    options.useKeychain = false;
    MainWindow window(options);
    QSignalSpy ready(&window, &MainWindow::ready);
    window.show();
    window.start();
    QVERIFY(ready.wait(15000));
    const QString status = window.engineStatus()->text();
    QVERIFY2(status.contains(u"Embedded engine"_s) && status.contains(u"connected"_s) &&
                 status.contains(options.databasePath),
             qPrintable(status));
    // No keychain here: the console says so instead of silently storing the token.
    QVERIFY(window.banner()->text().contains(u"No secret service"_s));
    QTest::mouseClick(window.findChild<QAbstractButton *>(u"dismissErrorButton"_s), Qt::LeftButton);
    QVERIFY(!window.banner()->isVisible());

    // --- the wizard: an invalid name cannot go on; a valid one creates the connection with SCIM enabled
    window.findChild<QAction *>(u"actionNewConnection"_s)->trigger();
    auto *wizard = waitForChild<NewConnectionWizard>(&window, u"newConnectionWizard"_s);
    QVERIFY(wizard);
    auto *name = wizard->findChild<QLineEdit *>(u"connectionName"_s);
    QTest::keyClicks(name, u"acme okta"_s);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!wizard->findChild<QLabel *>(u"connectionNameProblem"_s)->text().isEmpty());
    name->clear();
    QTest::keyClicks(name, u"acme-okta"_s);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    auto *strategy = wizard->findChild<QComboBox *>(u"strategy"_s);
    strategy->setCurrentIndex(strategy->findData(u"okta"_s));
    QVERIFY(wizard->findChild<QLabel *>(u"strategyDescription"_s)->text().contains(u"Okta"_s));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(wizard->findChild<QCheckBox *>(u"enableScim"_s)->isChecked());
    QCOMPARE(wizard->findChild<QLineEdit *>(u"userIdAttribute"_s)->text(), u"externalId"_s);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    ConnectionsModel *connections = window.connectionsModel();
    auto *details = window.connectionsPage()->details();
    QTRY_VERIFY_WITH_TIMEOUT(!details->connectionId().isEmpty(), 10000);
    const QString id = details->connectionId();
    auto *endpoint = details->findChild<QLineEdit *>(u"endpointUrl"_s);
    QTRY_VERIFY_WITH_TIMEOUT(endpoint->text().endsWith(u"/scim/v2/connections/"_s + id), 10000);
    QVERIFY(details->findChild<QLabel *>(u"setupHints"_s)->text().contains(u"trailing slash"_s));
    QCOMPARE(connections->index(connections->rowForId(id), ConnectionsModel::ScimColumn).data(ModelRoles::RawValueRole),
             QVariant(true));
    const ApiResult configuration = call([&](auto cb) { window.client()->getScimConfiguration(id, &window, cb); });
    QCOMPARE(configuration.status, 200);
    QCOMPARE(configuration.object().value(u"user_id_attribute"_s).toString(), u"externalId"_s);
    QTest::mouseClick(details->findChild<QPushButton *>(u"copyEndpointButton"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), endpoint->text());

    // --- generate: a too-short custom lifetime is refused before sending; then 1 day, get:users post:users
    auto *generate = details->findChild<QPushButton *>(u"generateTokenButton"_s);
    QTRY_VERIFY(generate->isEnabled());
    QTest::mouseClick(generate, Qt::LeftButton);
    auto *dialog = waitForChild<GenerateTokenDialog>(&window, u"generateTokenDialog"_s);
    QVERIFY(dialog);
    auto *lifetime = dialog->findChild<QComboBox *>(u"lifetimePreset"_s);
    auto *custom = dialog->findChild<QSpinBox *>(u"customLifetime"_s);
    // The lifetime field shows what a preset means (in days), and is only editable for a custom lifetime, in
    // days, hours or minutes.
    auto *unit = dialog->findChild<QComboBox *>(u"customLifetimeUnit"_s);
    QCOMPARE(lifetime->currentText(), u"30 days"_s);
    QCOMPARE(custom->value(), 30);
    QCOMPARE(unit->currentText(), u"days"_s);
    QVERIFY(!custom->isEnabled());
    lifetime->setCurrentIndex(lifetime->count() - 1); // Custom…
    QVERIFY(custom->isEnabled() && unit->isEnabled());
    unit->setCurrentIndex(unit->findText(u"hours"_s));
    custom->setValue(36);
    QCOMPARE(dialog->lifetimeSeconds(), std::optional<qint64>(36 * 3600));
    unit->setCurrentIndex(unit->findText(u"minutes"_s));
    custom->setValue(10);
    auto *ok = dialog->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    auto *problem = dialog->findChild<QLabel *>(u"lifetimeProblem"_s);
    QVERIFY(problem->text().contains(u"at least 900 seconds"_s));
    // The message takes room of its own: the label shows all its lines and no scope row is squeezed.
    QTRY_VERIFY(problem->height() >= problem->heightForWidth(problem->width()));
    for (QCheckBox *scope : dialog->findChildren<QCheckBox *>())
        QVERIFY2(scope->height() >= scope->sizeHint().height(), qPrintable(scope->objectName()));
    QCOMPARE(window.client()->pendingRequests(), 0);
    lifetime->setCurrentIndex(lifetime->findText(u"1 day"_s));
    for (QCheckBox *scope : dialog->findChildren<QCheckBox *>()) {
        if (scope->objectName().startsWith(u"scope_"_s) && scope->isChecked())
            QTest::mouseClick(scope, Qt::LeftButton);
    }
    QTest::mouseClick(dialog->findChild<QCheckBox *>(u"scope_get_users"_s), Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QCheckBox *>(u"scope_post_users"_s), Qt::LeftButton);
    QCOMPARE(dialog->scopes(), QStringList({u"get:users"_s, u"post:users"_s}));
    QTest::mouseClick(ok, Qt::LeftButton);

    // --- the secret, once, with an offered (not automatic) copy
    QApplication::clipboard()->clear();
    auto *secretDialog = waitForChild<SecretDialog>(&window, u"tokenSecretDialog"_s);
    QVERIFY(secretDialog);
    const QString secret = secretDialog->findChild<QLineEdit *>(u"tokenSecret"_s)->text();
    QVERIFY(secret.startsWith(u"tok_"_s));
    QVERIFY(secretDialog->findChild<QLabel *>(u"secretWarning"_s)->text().contains(u"shown only once"_s));
    QVERIFY(QApplication::clipboard()->text().isEmpty());
    QTest::mouseClick(secretDialog->findChild<QPushButton *>(u"copySecretButton"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), secret);
    secretDialog->accept();

    // Exactly that reached the engine (through the Management API).
    const ApiResult tokens = call([&](auto cb) { window.client()->listTokens(id, &window, cb); });
    QCOMPARE(tokens.array().size(), 1);
    const QJsonObject token = tokens.array().first().toObject();
    QCOMPARE(token.value(u"scopes"_s).toArray(), QJsonArray({u"get:users"_s, u"post:users"_s}));
    const QDateTime created = QDateTime::fromString(token.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
    const QDateTime until = QDateTime::fromString(token.value(u"valid_until"_s).toString(), Qt::ISODateWithMs);
    QCOMPARE(created.secsTo(until), 86400);
    QVERIFY(secret.startsWith(token.value(u"token_id"_s).toString() + u'.'));
    QTRY_COMPARE(details->tokensModel()->rowCount(), 1);

    // The token works against the SCIM endpoint, within its scopes.
    const QString users = endpoint->text() + u"/Users"_s;
    QCOMPARE(scimRequest("GET", users, secret).status, 200);
    const Http provisioned = scimRequest(
        "POST", users, secret,
        {{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s}},
         {u"userName"_s, u"jane.doe@acme.example"_s},
         {u"externalId"_s, u"00u1"_s},
         {u"name"_s, QJsonObject{{u"givenName"_s, u"Jane"_s}, {u"familyName"_s, u"Doe"_s}}},
         {u"emails"_s, QJsonArray{QJsonObject{{u"value"_s, u"jane.doe@acme.example"_s}, {u"primary"_s, true}}}}});
    QCOMPARE(provisioned.status, 201);
    QCOMPARE(scimRequest("DELETE", users + u'/' + provisioned.object.value(u"id"_s).toString(), secret).status, 403);

    // --- the third token: a second one appears behind the console's back, the console's attempt is refused by
    // the engine with a clear message, and the button then explains the limit.
    QCOMPARE(
        call([&](auto cb) { window.client()->createToken(id, {u"get:users"_s}, std::nullopt, &window, cb); }).status,
        201);
    QVERIFY(generate->isEnabled()); // the console has not seen it yet
    QTest::mouseClick(generate, Qt::LeftButton);
    dialog = waitForChild<GenerateTokenDialog>(&window, u"generateTokenDialog"_s);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.banner()->text().contains(u"Maximum of 2 tokens"_s), 10000);
    QVERIFY(window.banner()->text().startsWith(u"Could not generate the token"_s));
    QTRY_COMPARE(details->tokensModel()->rowCount(), 2);
    QTRY_VERIFY(!generate->isEnabled());
    QVERIFY(details->findChild<QLabel *>(u"tokenLimitLabel"_s)->text().contains(u"two active tokens"_s));
    QTRY_COMPARE(connections->index(connections->rowForId(id), ConnectionsModel::TokensColumn)
                     .data(ModelRoles::RawValueRole)
                     .toInt(),
                 2);
    QTest::mouseClick(window.findChild<QAbstractButton *>(u"dismissErrorButton"_s), Qt::LeftButton);

    // --- revoke with confirmation: cancel first, then confirm
    auto *tokenTable = details->findChild<QTableView *>(u"tokensTable"_s);
    tokenTable->selectRow(0);
    const QString revokedId = tokenTable->currentIndex().data(ModelRoles::IdRole).toString();
    auto *revoke = details->findChild<QPushButton *>(u"revokeTokenButton"_s);
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    answer(&window, u"confirmRevokeToken"_s, u"cancelButton"_s);
    QTest::qWait(50);
    QCOMPARE(details->tokensModel()->rowCount(), 2);
    QTRY_VERIFY(window.findChild<QMessageBox *>(u"confirmRevokeToken"_s) == nullptr);
    QTest::mouseClick(revoke, Qt::LeftButton);
    answer(&window, u"confirmRevokeToken"_s, u"confirmButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(details->tokensModel()->rowCount(), 1, 10000);
    const ApiResult remaining = call([&](auto cb) { window.client()->listTokens(id, &window, cb); });
    QCOMPARE(remaining.array().size(), 1);
    QVERIFY(remaining.array().first().toObject().value(u"token_id"_s).toString() != revokedId);
    QTRY_VERIFY(generate->isEnabled());

    // --- browse the provisioned user
    window.showPage(MainWindow::UsersPageIndex);
    UsersPage *usersPage = window.usersPage();
    auto *userTable = usersPage->findChild<QTableView *>(u"usersTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(userTable->model()->rowCount(), 1, 10000);
    QCOMPARE(userTable->model()->index(0, UsersModel::UserNameColumn).data().toString(), u"jane.doe@acme.example"_s);
    // (A live reload may still be on its way: the IdP's request was just pushed.)
    QTRY_COMPARE_WITH_TIMEOUT(usersPage->findChild<QLabel *>(u"pageLabel"_s)->text(), u"Page 1 of 1 · 1 user"_s, 10000);
    QTRY_COMPARE(connections->index(connections->rowForId(id), ConnectionsModel::UsersColumn)
                     .data(ModelRoles::RawValueRole)
                     .toInt(),
                 1);
    userTable->selectRow(0);
    auto *profile = usersPage->findChild<QPlainTextEdit *>(u"userProfile"_s);
    QTRY_VERIFY_WITH_TIMEOUT(profile->toPlainText().contains(u"\"user_id\""_s), 10000);
    QVERIFY(profile->toPlainText().contains(u"jane.doe@acme.example"_s));
    auto *search = usersPage->findChild<QLineEdit *>(u"userSearch"_s);
    QTest::keyClicks(search, u"nobody-matches-this"_s);
    QTRY_COMPARE_WITH_TIMEOUT(userTable->model()->rowCount(), 0, 10000);

    // --- delete with a confirmation that says what is lost
    window.showPage(MainWindow::ConnectionsPageIndex);
    QTest::mouseClick(details->findChild<QPushButton *>(u"deleteConnectionButton"_s), Qt::LeftButton);
    auto *box = waitForChild<QMessageBox>(&window, u"confirmDeleteConnection"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"acme-okta"_s));
    QVERIFY2(box->text().contains(u"its 1 active token."_s), qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"It also deletes its 1 provisioned user."_s), qPrintable(box->text()));
    QTest::mouseClick(box->findChild<QAbstractButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(connections->rowCount(), 0, 10000);
    QCOMPARE(call([&](auto cb) { window.client()->listConnections(&window, cb); }).array().size(), 0);

    // Closing stops the embedded engine cleanly.
    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
}

void TestConsoleGui::switchesToRemoteEngineAndReconnects()
{
    TestEngine remote;
    QVERIFY(remote.start());
    remote.createScimConnection(u"remote-one"_s);

    ConsoleOptions options;
    options.databasePath = m_dir.filePath(u"gui2/console.sqlite"_s);
    options.useKeychain = false;
    options.reconnectIntervalMs = 100;
    MainWindow window(options);
    QSignalSpy ready(&window, &MainWindow::ready);
    window.show();
    window.start();
    QVERIFY(ready.wait(15000));

    // A wrong token: refused with a message naming what to do, nothing switches.
    window.findChild<QAction *>(u"actionConnect"_s)->trigger();
    auto *dialog = waitForChild<ConnectDialog>(&window, u"connectDialog"_s);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"engineUrl"_s), remote.url().toString());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"adminToken"_s), u"wrong-token"_s);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(window.banner()->text().contains(u"HTTP 401"_s), 10000);
    QCOMPARE(window.session()->mode(), EngineSession::Mode::Embedded);

    window.findChild<QAction *>(u"actionConnect"_s)->trigger();
    QTRY_VERIFY(window.findChildren<ConnectDialog *>().size() == 1);
    dialog = waitForChild<ConnectDialog>(&window, u"connectDialog"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"engineUrl"_s), remote.url().toString());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"adminToken"_s), TestEngine::kAdminToken);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->mode(), EngineSession::Mode::Remote, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionsModel()->rowCount(), 1, 10000);
    QCOMPARE(window.connectionsModel()->index(0, 0).data().toString(), u"remote-one"_s);
    QVERIFY(window.engineStatus()->text().contains(u"Remote engine"_s));
    QVERIFY(window.engineStatus()->text().contains(remote.url().toDisplayString()));
    QCOMPARE(QSettings().value(u"engine/mode"_s).toString(), u"remote"_s);

    // The engine restarts: the status bar shows it, and the console reconnects and reloads.
    remote.stop();
    window.findChild<QAction *>(u"actionRefresh"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.engineStatus()->text().contains(u"unreachable"_s), 10000);
    // The status and the banner come from two replies (the probe and the refresh); either may arrive first.
    QTRY_VERIFY_WITH_TIMEOUT(window.banner()->text().contains(u"could not be reached"_s), 10000);
    QVERIFY(remote.start());
    remote.createScimConnection(u"remote-two"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window.engineStatus()->text().contains(u"connected"_s), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionsModel()->rowCount(), 2, 10000);
    QVERIFY(!window.banner()->isVisible());

    // Back to the embedded engine.
    window.findChild<QAction *>(u"actionEmbedded"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->mode(), EngineSession::Mode::Embedded, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.engineStatus()->text().contains(u"Embedded engine"_s) &&
                                 window.engineStatus()->text().contains(u"connected"_s),
                             10000);
    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
}

void TestConsoleGui::disablesAndEnablesScimFromDetails()
{
    ConsoleOptions options;
    options.databasePath = m_dir.filePath(u"gui3/console.sqlite"_s);
    options.useKeychain = false;
    MainWindow window(options);
    QSignalSpy ready(&window, &MainWindow::ready);
    window.show();
    window.start();
    QVERIFY(ready.wait(15000));
    const ApiResult created =
        call([&](auto cb) { window.client()->createConnection(u"wayne-entra"_s, u"waad"_s, &window, cb); });
    const QString id = created.object().value(u"id"_s).toString();
    window.connectionsModel()->refresh();
    window.connectionsPage()->selectConnection(id);
    auto *details = window.connectionsPage()->details();
    QTRY_COMPARE(details->connectionId(), id);
    auto *toggle = details->findChild<QPushButton *>(u"scimToggleButton"_s);
    auto *endpoint = details->findChild<QLineEdit *>(u"endpointUrl"_s);
    QCOMPARE(toggle->text(), u"Enable SCIM"_s);
    QVERIFY(endpoint->text().isEmpty());
    QVERIFY(!details->findChild<QPushButton *>(u"generateTokenButton"_s)->isEnabled());

    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!endpoint->text().isEmpty(), 10000);
    QVERIFY(details->findChild<QLabel *>(u"setupHints"_s)->text().contains(u"?aadOptscim062020"_s));
    QCOMPARE(toggle->text(), u"Disable SCIM…"_s);
    QTRY_VERIFY(details->findChild<QPushButton *>(u"generateTokenButton"_s)->isEnabled());
    QCOMPARE(
        call([&](auto cb) { window.client()->createToken(id, {u"get:users"_s}, std::nullopt, &window, cb); }).status,
        201);
    details->tokensModel()->refresh();
    QTRY_COMPARE(details->tokensModel()->rowCount(), 1);

    QTest::mouseClick(toggle, Qt::LeftButton);
    auto *box = waitForChild<QMessageBox>(&window, u"confirmDisableScim"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"Its 1 active token is revoked"_s), qPrintable(box->text()));
    QTest::mouseClick(box->findChild<QAbstractButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(endpoint->text().isEmpty(), 10000);
    QCOMPARE(toggle->text(), u"Enable SCIM"_s);
    QTRY_COMPARE(details->tokensModel()->rowCount(), 0);
    QCOMPARE(call([&](auto cb) { window.client()->getScimConfiguration(id, &window, cb); }).status, 404);
    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
}

void TestConsoleGui::standardShortcutsAboutAndRestoredLayout()
{
    ConsoleOptions options;
    options.databasePath = m_dir.filePath(u"gui4/console.sqlite"_s);
    options.useKeychain = false;
    QByteArray header;
    {
        MainWindow window(options);
        QSignalSpy ready(&window, &MainWindow::ready);
        window.show();
        window.start();
        QVERIFY(ready.wait(15000));
        QCOMPARE(window.findChild<QAction *>(u"actionNewConnection"_s)->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(window.findChild<QAction *>(u"actionRefresh"_s)->shortcut(), QKeySequence(QKeySequence::Refresh));
        QCOMPARE(window.findChild<QAction *>(u"actionQuit"_s)->shortcut(), QKeySequence(QKeySequence::Quit));
        QCOMPARE(window.findChild<QAction *>(u"actionConnect"_s)->shortcut(), QKeySequence(QKeySequence::Open));
        QVERIFY(!window.windowIcon().isNull());

        // Ctrl+N opens the wizard; Escape closes it.
        QTest::keySequence(&window, QKeySequence(QKeySequence::New));
        auto *wizard = waitForChild<NewConnectionWizard>(&window, u"newConnectionWizard"_s);
        QVERIFY(wizard);
        QVERIFY(!wizard->findChild<QLineEdit *>(u"connectionName"_s)->accessibleName().isEmpty());
        wizard->reject();

        window.findChild<QAction *>(u"actionAbout"_s)->trigger();
        auto *about = waitForChild<QMessageBox>(&window, u"aboutDialog"_s);
        QVERIFY(about);
        QVERIFY(about->text().contains(u"SCIM Console"_s));
        about->accept();

        window.resize(1000, 640);
        auto *table = window.connectionsPage()->table();
        table->sortByColumn(ConnectionsModel::StrategyColumn, Qt::DescendingOrder);
        table->setColumnWidth(ConnectionsModel::NameColumn, 222);
        header = table->horizontalHeader()->saveState();
        window.close();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
    }
    MainWindow again(options);
    QCOMPARE(again.size(), QSize(1000, 640));
    auto *table = again.connectionsPage()->table();
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(ConnectionsModel::StrategyColumn));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(table->columnWidth(ConnectionsModel::NameColumn), 222);
}

// Preferences: a new language is stored and the console offers a restart (which closes the window for main() to
// start it again); the appearance applies at once; Later keeps the window open.
void TestConsoleGui::preferencesStoreLanguageAndAppearance()
{
    ConsoleOptions options;
    options.databasePath = m_dir.filePath(u"preferences/console.sqlite"_s);
    options.useKeychain = false;
    MainWindow window(options);
    QSignalSpy ready(&window, &MainWindow::ready);
    window.show();
    window.start();
    QVERIFY(ready.wait(15000));
    QCOMPARE(MainWindow::languageInUse(), u"en"_s);

    // The same language and Dark: applied now, nothing to restart.
    window.findChild<QAction *>(u"actionPreferences"_s)->trigger();
    auto *dialog = waitForChild<PreferencesDialog>(&window, u"preferencesDialog"_s);
    QVERIFY(dialog);
    auto *language = dialog->findChild<QComboBox *>(u"languageChoice"_s);
    QCOMPARE(language->count(), 4); // System default, English, Deutsch, Français
    QVERIFY(language->itemText(0).contains(
        Localization::nativeName(Localization::resolve({})))); // what the system default is here
    QCOMPARE(language->itemText(language->findData(u"de"_s)), u"Deutsch"_s);
    QCOMPARE(language->itemText(language->findData(u"fr"_s)), u"Français"_s);
    language->setCurrentIndex(language->findData(u"en"_s));
    auto *appearance = dialog->findChild<QComboBox *>(u"appearanceChoice"_s);
    appearance->setCurrentIndex(appearance->findData(u"dark"_s));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(ThemeColors::isDark(QApplication::palette()));
    QCOMPARE(ConsoleSettings::kAppearance.value(), u"dark"_s);
    QCOMPARE(ConsoleSettings::kLanguage.value(), u"en"_s);
    QTest::qWait(100);
    QVERIFY(!window.findChild<QMessageBox *>(u"restartQuestion"_s));

    // German and System: stored; the restart question; Later keeps the window.
    window.findChild<QAction *>(u"actionPreferences"_s)->trigger();
    dialog = waitForChild<PreferencesDialog>(&window, u"preferencesDialog"_s);
    QVERIFY(dialog);
    dialog->setLanguage(u"de"_s);
    appearance = dialog->findChild<QComboBox *>(u"appearanceChoice"_s);
    QCOMPARE(appearance->currentData().toString(), u"dark"_s); // as stored
    appearance->setCurrentIndex(appearance->findData(QString()));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(!ThemeColors::isDark(QApplication::palette()));
    QCOMPARE(ConsoleSettings::kLanguage.value(), u"de"_s);
    answer(&window, u"restartQuestion"_s, u"restartLaterButton"_s);
    QTest::qWait(100);
    QVERIFY(window.isVisible());
    QVERIFY(!window.restartRequested());

    // Restart now: the window closes (the engine shut down cleanly) and asks main() to start again.
    window.offerRestart();
    answer(&window, u"restartQuestion"_s, u"restartNowButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
    QVERIFY(window.restartRequested());
    Appearance::instance()->setMode(Appearance::Mode::System);
}

QTEST_MAIN(TestConsoleGui)
#include "tst_console_gui.moc"
