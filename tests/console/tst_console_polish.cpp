// The defects found when the console was tried as a new admin would (#17), each against a real engine, offscreen,
// driven by objectName: a wrong admin token keeps the engine in use; columns fit; selections and detail panes follow
// what is listed; the log detail of a 401; the remembered log filter after a restart; copy feedback; the one-time
// secret asks before it is lost; the custom lifetime; the keychain options; the wizard; the restored page; the
// window title; context menus, icons, toolbar and the shortcuts list; the overview's failures at 1024x700.

#include "TestEngine.h"
#include "models/api/ManagementClient.h"
#include "models/common/ConsoleSettings.h"
#include "models/common/Localization.h"
#include "models/common/ModelRoles.h"
#include "models/connections/ConnectionsModel.h"
#include "models/connections/TokensModel.h"
#include "models/logs/LogModel.h"
#include "models/session/EngineSession.h"
#include "models/users/UsersModel.h"
#include "views/connections/ConnectionDetailsWidget.h"
#include "views/connections/ConnectionsPage.h"
#include "views/connections/NewConnectionWizard.h"
#include "views/connections/SecretDialog.h"
#include "views/logs/LogDetailWidget.h"
#include "views/logs/LogsPage.h"
#include "views/overview/OverviewPage.h"
#include "views/shell/ConnectDialog.h"
#include "views/shell/EngineStatusWidget.h"
#include "views/shell/ErrorBanner.h"
#include "views/shell/MainWindow.h"
#include "views/users/UsersPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace scim;

namespace {

template <typename T> T *waitForChild(QObject *parent, const QString &name)
{
    T *found = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((found = parent->findChild<T *>(name)) != nullptr && found->isVisible(), 10000); }();
    return found;
}

// A console connected to `engine` (as a remote engine: no embedded one), shown and ready.
struct Console
{
    explicit Console(TestEngine &engine, QSize size = QSize(1280, 800))
    {
        ConsoleOptions options;
        options.useKeychain = false;
        options.startEngine = false;
        window = std::make_unique<MainWindow>(options);
        QSignalSpy ready(window.get(), &MainWindow::ready);
        window->resize(size);
        window->show();
        window->session()->connectRemote(engine.url(), TestEngine::kAdminToken, false);
        ok = ready.wait(15000);
    }
    ~Console()
    {
        window->close();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 10000); }();
    }
    MainWindow *operator->() const { return window.get(); }
    std::unique_ptr<MainWindow> window;
    bool ok = false;
};

// What the column needs for its content (public in QAbstractItemView, protected in QTableView).
int contentWidth(QAbstractItemView *view, int column)
{
    return view->sizeHintForColumn(column);
}

} // namespace

class TestConsolePolish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void columnsFitAndSelectionsFollowTheLists();
    void wrongAdminTokenKeepsTheEngineInUse();
    void logDetailOfA401AndFilteredDetails();
    void rememberedFilterCountsAfterRestart();
    void secretDialogAsksBeforeLosingTheSecret();
    void customLifetimeAndKeychainOptions();
    void wizardNextKeyAndDisplayName();
    void restoresPageAndConnectionWithPlainTitle();
    void contextMenusIconsToolbarAndShortcuts();
    void overviewFailuresFitAt1024();

private:
    QTemporaryDir m_dir;
};

void TestConsolePolish::initTestCase()
{
    scim::Localization::install(u"en"_s);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"scim-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_console_polish"_s);
}

void TestConsolePolish::init()
{
    QSettings().clear();
}

void TestConsolePolish::wrongAdminTokenKeepsTheEngineInUse()
{
    TestEngine remote;
    QVERIFY(remote.start());
    ConsoleOptions options;
    options.databasePath = m_dir.filePath(u"token/console.sqlite"_s);
    options.useKeychain = false;
    MainWindow window(options);
    QSignalSpy ready(&window, &MainWindow::ready);
    window.show();
    window.start();
    QVERIFY(ready.wait(15000));
    bool created = false;
    window.client()->createConnection(u"kept-okta"_s, u"okta"_s, &window,
                                      [&](const ApiResult &r) { created = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(created, 10000);
    window.connectionsModel()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionsModel()->rowCount(), 1, 10000);

    window.findChild<QAction *>(u"actionConnect"_s)->trigger();
    auto *dialog = waitForChild<ConnectDialog>(&window, u"connectDialog"_s);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"engineUrl"_s), remote.url().toString());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"adminToken"_s), u"wrong-token"_s);
    dialog->accept();
    // The banner says what failed and which engine is still in use; the status bar and the list agree with it.
    QTRY_VERIFY_WITH_TIMEOUT(window.banner()->text().contains(u"HTTP 401"_s), 10000);
    QVERIFY2(window.banner()->text().contains(u"still connected to the embedded engine"_s),
             qPrintable(window.banner()->text()));
    QCOMPARE(window.session()->mode(), EngineSession::Mode::Embedded);
    QVERIFY(window.engineStatus()->text().contains(u"Embedded engine"_s));
    QVERIFY(window.engineStatus()->text().contains(u"connected"_s));
    QCOMPARE(window.connectionsModel()->rowCount(), 1);
    // And it stays usable: a refresh reads the same engine.
    QSignalSpy refreshed(window.connectionsModel(), &ConnectionsModel::refreshed);
    window.findChild<QAction *>(u"actionRefresh"_s)->trigger();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(window.connectionsModel()->index(0, 0).data().toString(), u"kept-okta"_s);
    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
}

void TestConsolePolish::columnsFitAndSelectionsFollowTheLists()
{
    TestEngine engine;
    QVERIFY(engine.start());
    const QString id = engine.createScimConnection(u"a-connection-with-a-rather-long-name-for-columns"_s);
    const QString token = engine.createToken(id);
    engine.provisionUser(id, token, u"maximilian.mustermann-schmidt@very-long-domain.example.com"_s, u"Max"_s,
                         u"Mustermann"_s);
    Console console(engine, QSize(1400, 900));
    QVERIFY(console.ok);
    console->showPage(MainWindow::ConnectionsPageIndex);
    ConnectionsPage *page = console->connectionsPage();
    page->selectConnection(id);
    QTableView *table = page->table();
    QTRY_VERIFY(table->model()->index(0, ConnectionsModel::UsersColumn).data(ModelRoles::RawValueRole).isValid());
    QTest::qWait(50);
    // "Users" is within the visible part of the table, at its full width.
    QHeaderView *header = table->horizontalHeader();
    const int usersRight = header->sectionViewportPosition(ConnectionsModel::UsersColumn) +
                           header->sectionSize(ConnectionsModel::UsersColumn);
    QVERIFY2(usersRight <= table->viewport()->width(),
             qPrintable(u"%1 > %2"_s.arg(usersRight).arg(table->viewport()->width())));
    QVERIFY(header->sectionSize(ConnectionsModel::UsersColumn) >=
            header->sectionSizeHint(ConnectionsModel::UsersColumn));
    // Tokens: Created, Expires and Scopes are not cut.
    auto *tokens = page->details()->findChild<QTableView *>(u"tokensTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(tokens->model()->rowCount(), 1, 10000);
    QTest::qWait(50);
    for (int column :
         {TokensModel::IdColumn, TokensModel::CreatedColumn, TokensModel::ExpiresColumn, TokensModel::ScopesColumn}) {
        QVERIFY2(tokens->columnWidth(column) >= contentWidth(tokens, column) || column == TokensModel::ScopesColumn,
                 qPrintable(u"token column %1: %2 < %3"_s.arg(column)
                                .arg(tokens->columnWidth(column))
                                .arg(contentWidth(tokens, column))));
    }
    // The spare width goes to Scopes, never to "Last used": Last used is as wide as its content, Scopes stretches,
    // and where the pane leaves room for it Scopes shows in full.
    QHeaderView *tokenHeader = tokens->horizontalHeader();
    QCOMPARE(tokenHeader->sectionResizeMode(TokensModel::LastUsedColumn), QHeaderView::ResizeToContents);
    QCOMPARE(tokenHeader->sectionResizeMode(TokensModel::ScopesColumn), QHeaderView::Stretch);
    QTRY_VERIFY_WITH_TIMEOUT(tokens->columnWidth(TokensModel::LastUsedColumn) <=
                                 qMax(contentWidth(tokens, TokensModel::LastUsedColumn),
                                      tokenHeader->sectionSizeHint(TokensModel::LastUsedColumn)),
                             10000);
    const int othersWidth = tokenHeader->length() - tokens->columnWidth(TokensModel::ScopesColumn);
    if (tokens->viewport()->width() - othersWidth >= contentWidth(tokens, TokensModel::ScopesColumn))
        QTRY_VERIFY_WITH_TIMEOUT(
            tokens->columnWidth(TokensModel::ScopesColumn) >= contentWidth(tokens, TokensModel::ScopesColumn), 10000);

    // Back from another page, the connection is still selected.
    console->showPage(MainWindow::UsersPageIndex);
    auto *users = console->usersPage()->findChild<QTableView *>(u"usersTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(users->model()->rowCount(), 1, 10000);
    QTest::qWait(50);
    for (int column : {UsersModel::UserIdColumn, UsersModel::UserNameColumn})
        QVERIFY2(users->columnWidth(column) >= contentWidth(users, column), qPrintable(QString::number(column)));
    console->showPage(MainWindow::ConnectionsPageIndex);
    QSignalSpy refreshed(console->connectionsModel(), &ConnectionsModel::refreshed);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(page->selectedId(), id);
    QCOMPARE(page->details()->connectionId(), id);

    // Users: a profile goes when its user is no longer listed.
    console->showPage(MainWindow::UsersPageIndex);
    QTRY_COMPARE_WITH_TIMEOUT(users->model()->rowCount(), 1, 10000);
    users->selectRow(0);
    auto *profile = console->usersPage()->findChild<QPlainTextEdit *>(u"userProfile"_s);
    QTRY_VERIFY_WITH_TIMEOUT(profile->toPlainText().contains(u"maximilian"_s), 10000);
    QTest::keyClicks(console->usersPage()->findChild<QLineEdit *>(u"userSearch"_s), u"nobody-matches"_s);
    QTRY_COMPARE_WITH_TIMEOUT(users->model()->rowCount(), 0, 10000);
    QTRY_VERIFY(profile->toPlainText().isEmpty());
}

void TestConsolePolish::logDetailOfA401AndFilteredDetails()
{
    TestEngine engine;
    QVERIFY(engine.start());
    const QString id = engine.createScimConnection(u"acme"_s);
    const QString token = engine.createToken(id);
    engine.provisionUser(id, token, u"ada@example.com"_s, u"Ada"_s, u"Lovelace"_s);
    // A token of the right shape with a wrong secret: 401.
    const QString wrong = token.section(u'.', 0, 0) + u".not-the-secret"_s;
    QCOMPARE(engine.scim("GET", id, u"/Users"_s, wrong).status, 401);
    engine.flushLogs();
    Console console(engine, QSize(1024, 700));
    QVERIFY(console.ok);
    console->showPage(MainWindow::LogsPageIndex);
    LogsPage *logs = console->logsPage();
    QTableView *table = logs->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 10000);
    int failed = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, LogModel::StatusColumn).data(ModelRoles::RawValueRole).toInt() == 401)
            failed = row;
    }
    QVERIFY(failed >= 0);
    QSignalSpy loaded(logs->details(), &LogDetailWidget::eventLoaded);
    table->selectRow(failed);
    QVERIFY(loaded.wait(10000));
    const QString summary = logs->findChild<QLabel *>(u"logSummary"_s)->text();
    QVERIFY2(summary.contains(u"Authentication failed (401)"_s), qPrintable(summary));
    QVERIFY(!summary.contains(u"failed failed"_s));
    QCOMPARE(logs->findChild<QPlainTextEdit *>(u"logRequestBody"_s)->toPlainText(), u"(no body)"_s);
    const QString headers = logs->findChild<QPlainTextEdit *>(u"logRequestHeaders"_s)->toPlainText();
    QVERIFY2(headers.contains(u"authorization: Bearer tok_…[redacted]"_s, Qt::CaseInsensitive), qPrintable(headers));
    QVERIFY(!headers.contains(u"not-the-secret"_s));

    // Copy as cURL says it worked, on the button and in the status bar.
    auto *copyCurl = logs->findChild<QPushButton *>(u"copyCurlButton"_s);
    QTest::mouseClick(copyCurl, Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().startsWith(u"curl -X GET"_s));
    QVERIFY(copyCurl->text().contains(u"Copied"_s));
    QVERIFY(console->statusBar()->currentMessage().contains(u"curl command"_s));
    QTRY_COMPARE_WITH_TIMEOUT(copyCurl->text(), u"Copy as cURL"_s, 5000);

    // A filter that hides the selected event hides its details too.
    auto *result = logs->findChild<QComboBox *>(u"logFilterResult"_s);
    result->setCurrentIndex(1); // Success
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    QTRY_VERIFY(logs->details()->logId().isEmpty());
    QVERIFY(logs->findChild<QLabel *>(u"logSummary"_s)->text().startsWith(u"Select a log event"_s));
    // At 1024x700 the filters and the columns stay usable: every filter at least its minimum size, the table shows
    // rows.
    for (QComboBox *box : logs->findChildren<QComboBox *>())
        QVERIFY2(box->width() >= box->minimumSizeHint().width(), qPrintable(box->objectName()));
    QVERIFY(table->viewport()->height() > 3 * table->verticalHeader()->defaultSectionSize());
}

void TestConsolePolish::rememberedFilterCountsAfterRestart()
{
    TestEngine engine;
    QVERIFY(engine.start());
    const QString id = engine.createScimConnection(u"acme"_s);
    const QString token = engine.createToken(id);
    engine.provisionUser(id, token, u"ada@example.com"_s, u"Ada"_s, u"Lovelace"_s);
    const QString wrong = token.section(u'.', 0, 0) + u".not-the-secret"_s;
    for (int i = 0; i < 22; ++i)
        QCOMPARE(engine.scim("GET", id, u"/Users/nobody-%1"_s.arg(i), token).status, 404);
    QCOMPARE(engine.scim("GET", id, u"/Users"_s, wrong).status, 401);
    engine.flushLogs();
    {
        Console console(engine);
        QVERIFY(console.ok);
        console->showPage(MainWindow::LogsPageIndex);
        QTRY_COMPARE_WITH_TIMEOUT(console->logsPage()->table()->model()->rowCount(), 24, 10000);
        console->logsPage()->findChild<QComboBox *>(u"logFilterResult"_s)->setCurrentIndex(2); // Failure
        QTRY_COMPARE_WITH_TIMEOUT(console->logsPage()->table()->model()->rowCount(), 23, 10000);
    }
    // Restarted with the remembered filter: the count is that of the engine's matching events.
    Console console(engine);
    QVERIFY(console.ok);
    console->showPage(MainWindow::LogsPageIndex);
    QCOMPARE(console->logsPage()->findChild<QComboBox *>(u"logFilterResult"_s)->currentIndex(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(console->logsPage()->table()->model()->rowCount(), 23, 10000);
    auto *status = console->logsPage()->findChild<QLabel *>(u"logStatus"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"23 events"_s), qPrintable(status->text()), 10000);
}

void TestConsolePolish::secretDialogAsksBeforeLosingTheSecret()
{
    TestEngine engine;
    QVERIFY(engine.start());
    const QString id = engine.createScimConnection(u"acme"_s);
    Console console(engine);
    QVERIFY(console.ok);
    console->showPage(MainWindow::ConnectionsPageIndex);
    console->connectionsPage()->selectConnection(id);
    ConnectionDetailsWidget *details = console->connectionsPage()->details();
    QTRY_COMPARE(details->connectionId(), id);
    auto *generate = details->findChild<QPushButton *>(u"generateTokenButton"_s);
    QTRY_VERIFY(generate->isEnabled());
    QTest::mouseClick(generate, Qt::LeftButton);
    auto *dialog = waitForChild<QDialog>(console.window.get(), u"generateTokenDialog"_s);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    auto *secret = waitForChild<SecretDialog>(console.window.get(), u"tokenSecretDialog"_s);
    QVERIFY(secret);
    QVERIFY(QTest::qWaitForWindowActive(secret));
    // Esc without having copied: a question, and Cancel keeps the secret on screen.
    QTest::keyClick(secret, Qt::Key_Escape);
    auto *box = waitForChild<QMessageBox>(secret, u"confirmCloseSecret"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"not copied"_s));
    QTest::mouseClick(box->findChild<QAbstractButton *>(u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!secret->findChild<QMessageBox *>(u"confirmCloseSecret"_s));
    QVERIFY(secret->isVisible());
    // The window's Close button asks too; "Close without copying" closes.
    secret->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
    box = waitForChild<QMessageBox>(secret, u"confirmCloseSecret"_s);
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QAbstractButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!secret->isVisible());

    // Once copied, Esc closes at once.
    QTRY_VERIFY(generate->isEnabled());
    QTest::mouseClick(generate, Qt::LeftButton);
    dialog = waitForChild<QDialog>(console.window.get(), u"generateTokenDialog"_s);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(console->findChildren<SecretDialog *>().size() >= 1 &&
                                 console->findChildren<SecretDialog *>().constLast()->isVisible(),
                             10000);
    secret = console->findChildren<SecretDialog *>().constLast();
    QTest::mouseClick(secret->findChild<QPushButton *>(u"copySecretButton"_s), Qt::LeftButton);
    QTest::keyClick(secret, Qt::Key_Escape);
    QTRY_VERIFY(!secret->isVisible());
    QVERIFY(!secret->findChild<QMessageBox *>(u"confirmCloseSecret"_s));
}

void TestConsolePolish::customLifetimeAndKeychainOptions()
{
    TestEngine engine;
    QVERIFY(engine.start());
    Console console(engine);
    QVERIFY(console.ok);
    // No keychain here: the connect dialog does not offer to remember the token in one.
    console->findChild<QAction *>(u"actionConnect"_s)->trigger();
    auto *dialog = waitForChild<ConnectDialog>(console.window.get(), u"connectDialog"_s);
    QVERIFY(dialog);
    auto *remember = dialog->findChild<QCheckBox *>(u"rememberToken"_s);
    auto *allowFile = dialog->findChild<QCheckBox *>(u"allowTokenFile"_s);
    QVERIFY(allowFile->isVisible());
    QVERIFY(!remember->isChecked());
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->text().contains(u"keychain"_s));
    QVERIFY(!dialog->rememberToken());
    allowFile->setChecked(true);
    QVERIFY(remember->isEnabled());
    QVERIFY(remember->isChecked());
    QVERIFY(dialog->rememberToken());
    dialog->reject();
    // The keychain's own error text is not shown to the admin.
    QVERIFY(!console->banner()->text().contains(u"dbus"_s, Qt::CaseInsensitive));
    QVERIFY(!console->banner()->text().contains(u"Failed to execute"_s));
}

void TestConsolePolish::wizardNextKeyAndDisplayName()
{
    TestEngine engine;
    QVERIFY(engine.start());
    Console console(engine);
    QVERIFY(console.ok);
    console->findChild<QAction *>(u"actionNewConnection"_s)->trigger();
    auto *wizard = waitForChild<NewConnectionWizard>(console.window.get(), u"newConnectionWizard"_s);
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"connectionName"_s), u"acme-okta"_s);
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"connectionDisplayName"_s), u"Acme Corporation (Okta)"_s);
    const int first = wizard->currentId();
    wizard->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), wizard);
    // Alt+N is Next, not a field of the page.
    QTest::keyClick(wizard->focusWidget(), Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(wizard->currentId() != first);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    ConnectionsModel *connections = console->connectionsModel();
    QTRY_COMPARE_WITH_TIMEOUT(connections->rowCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(connections->index(0, ConnectionsModel::NameColumn).data().toString(),
                              u"Acme Corporation (Okta)"_s, 10000);
    QCOMPARE(connections->index(0, ConnectionsModel::NameColumn).data(ModelRoles::RawValueRole).toString(),
             u"acme-okta"_s);
    const QString id = connections->index(0, 0).data(ModelRoles::IdRole).toString();
    QCOMPARE(engine.api("GET", u"/api/v2/connections/"_s + id).object().value(u"display_name"_s).toString(),
             u"Acme Corporation (Okta)"_s);
    // The Okta hint names what the connection matches users on.
    const QString hints = console->connectionsPage()->details()->findChild<QLabel *>(u"setupHints"_s)->text();
    QTRY_VERIFY(console->connectionsPage()->details()->connectionId() == id);
    QVERIFY2(console->connectionsPage()
                 ->details()
                 ->findChild<QLabel *>(u"setupHints"_s)
                 ->text()
                 .contains(u"<code>externalId</code>"_s),
             qPrintable(hints));
}

void TestConsolePolish::restoresPageAndConnectionWithPlainTitle()
{
    TestEngine engine;
    QVERIFY(engine.start());
    engine.createScimConnection(u"first"_s);
    const QString second = engine.createScimConnection(u"second"_s);
    {
        Console console(engine);
        QVERIFY(console.ok);
        QCOMPARE(console->windowTitle(), u"Overview[*]"_s);
        console->showPage(MainWindow::ConnectionsPageIndex);
        console->connectionsPage()->selectConnection(second);
        console->showPage(MainWindow::LogsPageIndex);
        QCOMPARE(console->windowTitle(), u"Logs[*]"_s);
    }
    Console console(engine);
    QVERIFY(console.ok);
    QCOMPARE(console->findChild<QListWidget *>(u"navigation"_s)->currentRow(), int(MainWindow::LogsPageIndex));
    QVERIFY(console->logsPage()->isVisible());
    QCOMPARE(console->connectionsPage()->selectedId(), second);
    // The page's name; the desktop adds the application's name once.
    QCOMPARE(console->windowTitle(), u"Logs[*]"_s);
    QVERIFY(!console->windowTitle().contains(u"SCIM Console"_s));
}

void TestConsolePolish::contextMenusIconsToolbarAndShortcuts()
{
    TestEngine engine;
    QVERIFY(engine.start());
    const QString id = engine.createScimConnection(u"acme"_s);
    engine.createToken(id);
    Console console(engine);
    QVERIFY(console.ok);
    // Every main list has a context menu with its actions.
    for (const QString &name : {u"connectionsTable"_s, u"tokensTable"_s, u"usersTable"_s, u"groupsTable"_s,
                                u"logTable"_s, u"mappingTable"_s}) {
        auto *view = console->findChild<QAbstractItemView *>(name);
        QVERIFY2(view, qPrintable(name));
        QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
        int real = 0;
        for (QAction *action : view->actions())
            real += action->isSeparator() ? 0 : 1;
        QVERIFY2(real >= 1, qPrintable(name));
    }
    console->showPage(MainWindow::ConnectionsPageIndex);
    console->connectionsPage()->selectConnection(id);
    QTableView *tokens = console->connectionsPage()->details()->tokensView();
    QTRY_COMPARE_WITH_TIMEOUT(tokens->model()->rowCount(), 1, 10000);
    tokens->selectRow(0);
    auto *copyId = tokens->findChild<QAction *>(u"tokenCopyIdAction"_s);
    QVERIFY(copyId->isEnabled());
    copyId->trigger();
    QCOMPARE(QApplication::clipboard()->text(), tokens->model()->index(0, 0).data(ModelRoles::IdRole).toString());
    QVERIFY(console->connectionsPage()->table()->actions().contains(
        console->findChild<QAction *>(u"actionGenerateToken"_s)));

    // Icons on every page of the navigation, and a toolbar with the main actions.
    auto *navigation = console->findChild<QListWidget *>(u"navigation"_s);
    for (int row = 0; row < navigation->count(); ++row)
        QVERIFY2(!navigation->item(row)->icon().isNull(), qPrintable(navigation->item(row)->text()));
    auto *toolbar = console->findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolbar && toolbar->isVisible());
    QVERIFY(toolbar->actions().contains(console->findChild<QAction *>(u"actionNewConnection"_s)));
    QVERIFY(toolbar->actions().contains(console->findChild<QAction *>(u"actionRefresh"_s)));
    for (QAction *action : toolbar->actions())
        QVERIFY(action->isSeparator() || !action->icon().isNull());

    // Help › Keyboard shortcuts lists the pages' shortcuts and those of the pages themselves.
    console->findChild<QAction *>(u"actionShortcuts"_s)->trigger();
    auto *dialog = waitForChild<QDialog>(console.window.get(), u"shortcutsDialog"_s);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(u"shortcutsList"_s);
    QStringList lines;
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        for (int i = 0; i < list->topLevelItem(group)->childCount(); ++i) {
            const QTreeWidgetItem *item = list->topLevelItem(group)->child(i);
            lines << list->topLevelItem(group)->text(0) + u": "_s + item->text(0) + u" = "_s + item->text(1);
        }
    }
    const QString all = lines.join(u'\n');
    for (int page = 1; page <= 7; ++page)
        QVERIFY2(all.contains(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + page)).toString(QKeySequence::NativeText)),
                 qPrintable(all));
    QVERIFY2(all.contains(u"View: Logs = "_s), qPrintable(all));
    QVERIFY2(all.contains(u"Logs page: Search the log = "_s), qPrintable(all));
    QVERIFY2(all.contains(u"Connection: New connection = "_s), qPrintable(all));
    dialog->reject();
}

void TestConsolePolish::overviewFailuresFitAt1024()
{
    TestEngine engine;
    QVERIFY(engine.start());
    const QString id = engine.createScimConnection(u"acme-with-a-long-connection-name"_s);
    const QString token = engine.createToken(id);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(engine.scim("GET", id, u"/Users/a-user-id-that-does-not-exist-and-is-long-%1"_s.arg(i), token).status,
                 404);
    engine.flushLogs();
    Console console(engine, QSize(1024, 700));
    QVERIFY(console.ok);
    auto *failures = console->overviewPage()->findChild<QListView *>(u"recentFailures"_s);
    QTRY_COMPARE_WITH_TIMEOUT(failures->model()->rowCount(), 3, 10000);
    QTest::qWait(50);
    // Each line ends within the list (elided), with no horizontal scrolling.
    QVERIFY(!failures->horizontalScrollBar()->isVisible());
    for (int row = 0; row < 3; ++row) {
        const QRect rect = failures->visualRect(failures->model()->index(row, 0));
        QVERIFY2(rect.right() <= failures->viewport()->width(),
                 qPrintable(u"%1 > %2"_s.arg(rect.right()).arg(failures->viewport()->width())));
    }
    QVERIFY(failures->model()->index(0, 0).data(Qt::ToolTipRole).toString().contains(u"404"_s));
}

QTEST_MAIN(TestConsolePolish)
#include "tst_console_polish.moc"
