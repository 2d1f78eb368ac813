#include "views/shell/MainWindow.h"

#include "models/common/ConsoleSettings.h"
#include "views/common/Confirmation.h"

#include "models/api/ManagementClient.h"
#include "models/connections/ConnectionsModel.h"
#include "models/session/CredentialStore.h"
#include "models/session/EngineSession.h"
#include "views/connections/ConnectionDetailsWidget.h"
#include "views/connections/ConnectionsPage.h"
#include "views/connections/NewConnectionWizard.h"
#include "views/logs/LogsPage.h"
#include "views/mapping/MappingEditorPage.h"
#include "views/shell/CertificateDialog.h"
#include "views/shell/ConnectDialog.h"
#include "views/shell/EngineStatusWidget.h"
#include "views/shell/ErrorBanner.h"
#include "views/users/UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace scim {

namespace {
enum Page
{
    ConnectionsPageIndex,
    UsersPageIndex,
    LogsPageIndex,
    MappingPageIndex
};
}

MainWindow::MainWindow(const ConsoleOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_client(new ManagementClient(this))
    , m_credentials(new CredentialStore(this))
    , m_session(new EngineSession(m_client, m_credentials, this))
    , m_connections(new ConnectionsModel(m_client, this))
    , m_banner(new ErrorBanner)
    , m_navigation(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_connectionsPage(new ConnectionsPage(m_client, m_connections))
    , m_usersPage(new UsersPage(m_client, m_connections))
    , m_mappingPage(new MappingEditorPage(m_client, m_connections))
    , m_logsPage(new LogsPage(m_client, m_connections))
    , m_status(new EngineStatusWidget(m_session))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("SCIM Console[*]")); // [*]: unsaved attribute-map changes
    setWindowIcon(QIcon(QStringLiteral(":/icons/scim-console.png")));
    m_credentials->setKeychainEnabled(options.useKeychain);
    if (!options.databasePath.isEmpty())
        m_session->setEmbeddedDatabasePath(options.databasePath);
    m_session->setReconnectInterval(options.reconnectIntervalMs);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(QStringLiteral("Pages"));
    m_navigation->addItems({QStringLiteral("Connections"), QStringLiteral("Users"), QStringLiteral("Logs")});
    m_navigation->setFixedWidth(110);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_connectionsPage);
    m_pages->addWidget(m_usersPage);
    m_pages->addWidget(m_logsPage);
    m_navigation->addItem(QStringLiteral("Attribute map"));
    m_pages->addWidget(m_mappingPage);

    auto *bodyLayout = new QHBoxLayout;
    bodyLayout->addWidget(m_navigation);
    bodyLayout->addWidget(m_pages, 1);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addLayout(bodyLayout, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);
    createMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(ConnectionsPageIndex);
    connect(m_client, &ManagementClient::busyChanged, m_status, &EngineStatusWidget::setBusy);
    connect(m_session, &EngineSession::connected, this, [this] {
        // Errors from before the (re)connection are stale; notices (keychain) stay until dismissed.
        if (m_banner->kind() == ErrorBanner::Kind::Error)
            m_banner->dismiss();
        m_connections->refresh();
        m_logsPage->start();
    });
    connect(m_session, &EngineSession::stateChanged, this, [this] {
        if (m_session->state() == EngineSession::State::Failed && !m_session->lastError().isEmpty())
            showError(m_session->lastError());
    });
    connect(m_session, &EngineSession::credentialNotice, this, [this](const QString &message) {
        m_banner->showMessage(message + QStringLiteral(" To keep admin tokens in a file instead, enable Engine › "
                                                       "Store admin tokens in a file."),
                              ErrorBanner::Kind::Notice);
    });
    connect(m_session, &EngineSession::tokenNeeded, this, [this](const QUrl &url, const QString &reason) {
        openConnectDialog(url, reason.isEmpty()
                                   ? QStringLiteral("Enter the admin token for %1.").arg(url.toDisplayString())
                                   : reason);
    });
    connect(m_session, &EngineSession::remoteConnectFailed, this, &MainWindow::showError);
    connect(m_session, &EngineSession::certificateApprovalNeeded, this, &MainWindow::openCertificateDialog);
    connect(m_credentials, &CredentialStore::tokenWritten, this,
            [this](const QString &, CredentialStore::Status status, const QString &message) {
                if (status == CredentialStore::Status::NoSecretService)
                    m_banner->showMessage(message + QStringLiteral(" The admin token was not remembered."),
                                          ErrorBanner::Kind::Notice);
                else if (status == CredentialStore::Status::Failed)
                    showError(QStringLiteral("Could not store the admin token: %1").arg(message));
            });
    connect(m_connections, &ConnectionsModel::errorOccurred, this, &MainWindow::showError);
    connect(m_connections, &ConnectionsModel::refreshed, this, [this] {
        if (!m_readyEmitted && m_session->state() == EngineSession::State::Connected) {
            m_readyEmitted = true;
            Q_EMIT ready();
        }
    });
    connect(m_connectionsPage, &ConnectionsPage::errorOccurred, this, &MainWindow::showError);
    connect(m_usersPage, &UsersPage::errorOccurred, this, &MainWindow::showError);
    connect(m_mappingPage, &MappingEditorPage::errorOccurred, this, &MainWindow::showError);
    connect(m_mappingPage, &MappingEditorPage::dirtyChanged, this, &QWidget::setWindowModified);
    connect(m_logsPage, &LogsPage::errorOccurred, this, &MainWindow::showError);
    connect(m_logsPage, &LogsPage::connectionActivated, this, [this](const QString &id) {
        showPage(ConnectionsPageIndex);
        m_connectionsPage->selectConnection(id);
    });
    connect(m_logsPage, &LogsPage::userActivated, this, [this](const QString &connectionId, const QString &userId) {
        m_navigation->setCurrentRow(UsersPageIndex);
        m_usersPage->showUser(connectionId, userId);
    });

    if (!restoreGeometry(ConsoleSettings::kWindowGeometry.value()))
        resize(1100, 680);
    restoreState(ConsoleSettings::kWindowState.value());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *engine = menuBar()->addMenu(QStringLiteral("&Engine"));
    QAction *connectAction =
        engine->addAction(QStringLiteral("&Connect to engine…"), this, [this] { openConnectDialog(); });
    connectAction->setObjectName(QStringLiteral("actionConnect"));
    connectAction->setShortcut(QKeySequence::Open);
    QAction *embedded =
        engine->addAction(QStringLiteral("Use &embedded engine"), m_session, &EngineSession::startEmbedded);
    embedded->setObjectName(QStringLiteral("actionEmbedded"));
    QAction *fileFallback = engine->addAction(QStringLiteral("Store admin tokens in a &file when no keychain is "
                                                             "available"));
    fileFallback->setObjectName(QStringLiteral("actionTokenFile"));
    fileFallback->setCheckable(true);
    fileFallback->setChecked(m_credentials->fileFallbackEnabled());
    fileFallback->setToolTip(m_credentials->fallbackFilePath());
    connect(fileFallback, &QAction::toggled, m_credentials, &CredentialStore::setFileFallbackEnabled);
    engine->addSeparator();
    QAction *quit = engine->addAction(QStringLiteral("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    // Edit: the attribute-map editor's undo stack (the only editor with unsaved state).
    QMenu *edit = menuBar()->addMenu(QStringLiteral("&Edit"));
    QAction *undo = m_mappingPage->undoStack()->createUndoAction(this, QStringLiteral("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_mappingPage->undoStack()->createRedoAction(this, QStringLiteral("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    auto *history = new QDockWidget(QStringLiteral("Undo history"), this);
    history->setObjectName(QStringLiteral("undoHistoryDock"));
    auto *undoView = new QUndoView(m_mappingPage->undoStack());
    undoView->setObjectName(QStringLiteral("undoHistory"));
    undoView->setEmptyLabel(QStringLiteral("<loaded map>"));
    history->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, history);
    history->hide();
    QAction *showHistory = history->toggleViewAction();
    showHistory->setText(QStringLiteral("Undo &history"));
    showHistory->setObjectName(QStringLiteral("actionUndoHistory"));
    edit->addAction(showHistory);

    QMenu *connection = menuBar()->addMenu(QStringLiteral("&Connection"));
    QAction *create = connection->addAction(QStringLiteral("&New connection…"), this, &MainWindow::newConnection);
    create->setShortcut(QKeySequence::New);
    create->setObjectName(QStringLiteral("actionNewConnection"));
    QAction *refresh = connection->addAction(QStringLiteral("&Refresh"), this, [this] {
        m_connections->refresh();
        if (m_pages->currentIndex() == UsersPageIndex)
            m_usersPage->setConnectionId(m_connectionsPage->selectedId());
    });
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    QAction *remove = connection->addAction(QStringLiteral("&Delete connection…"), m_connectionsPage->details(),
                                            &ConnectionDetailsWidget::deleteConnection);
    remove->setObjectName(QStringLiteral("actionDeleteConnection"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_connectionsPage->table()->addAction(remove);
    QAction *generate = connection->addAction(QStringLiteral("&Generate token…"), m_connectionsPage->details(),
                                              &ConnectionDetailsWidget::generateToken);
    generate->setObjectName(QStringLiteral("actionGenerateToken"));
    QAction *editMap =
        connection->addAction(QStringLiteral("Edit attribute &map"), this, [this] { showPage(MappingPageIndex); });
    editMap->setObjectName(QStringLiteral("actionEditMapping"));
    editMap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    QMenu *view = menuBar()->addMenu(QStringLiteral("&View"));
    const QStringList names{QStringLiteral("&Connections"), QStringLiteral("&Users"), QStringLiteral("&Logs")};
    for (int page = 0; page < names.size(); ++page) {
        QAction *action = view->addAction(names.at(page), this, [this, page] { showPage(page); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
    }

    view->addAction(QStringLiteral("&Attribute map"), this, [this] { showPage(MappingPageIndex); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));

    QMenu *help = menuBar()->addMenu(QStringLiteral("&Help"));
    QAction *aboutAction = help->addAction(QStringLiteral("&About SCIM Console"), this, &MainWindow::about);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(QStringLiteral("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::start()
{
    if (m_options.startEngine)
        m_session->startFromSettings();
}

void MainWindow::showPage(int page)
{
    m_navigation->setCurrentRow(page);
    if (page == UsersPageIndex && !m_connectionsPage->selectedId().isEmpty())
        m_usersPage->setConnectionId(m_connectionsPage->selectedId());
    if (page == MappingPageIndex && !m_connectionsPage->selectedId().isEmpty())
        m_mappingPage->setConnectionId(m_connectionsPage->selectedId());
}

void MainWindow::showError(const QString &message)
{
    m_banner->showMessage(message, ErrorBanner::Kind::Error);
}

void MainWindow::newConnection()
{
    auto *wizard = new NewConnectionWizard(this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        const QString name = wizard->connectionName();
        const bool enable = wizard->enableScim();
        const QString userIdAttribute = wizard->userIdAttribute();
        m_client->createConnection(name, wizard->strategy(), this, [this, enable, userIdAttribute](const ApiResult &r) {
            if (!r.ok()) {
                showError(r.describe(QStringLiteral("create the connection")));
                return;
            }
            const QString id = r.object().value(QStringLiteral("id")).toString();
            showPage(ConnectionsPageIndex);
            m_connectionsPage->selectConnection(id);
            if (!enable) {
                m_connections->refreshConnection(id);
                return;
            }
            m_client->enableScim(id, userIdAttribute, this, [this, id](const ApiResult &enabled) {
                if (!enabled.ok())
                    showError(enabled.describe(QStringLiteral("enable SCIM for the new connection")));
                m_connections->refreshConnection(id);
            });
        });
    });
    wizard->open();
}

void MainWindow::openConnectDialog(const QUrl &url, const QString &message)
{
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUrl(url.isValid() ? url : m_session->mode() == EngineSession::Mode::Remote ? m_session->url() : QUrl());
    dialog->setMessage(message);
    dialog->setFileFallbackOffered(!m_credentials->keychainEnabled() || m_credentials->fileFallbackEnabled(),
                                   m_credentials->fileFallbackEnabled());
    connect(dialog, &ConnectDialog::embeddedRequested, m_session, &EngineSession::startEmbedded);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->allowTokenFile())
            m_credentials->setFileFallbackEnabled(true);
        m_connections->clear();
        m_session->connectRemote(dialog->url(), dialog->token(), dialog->rememberToken());
    });
    dialog->open();
}

void MainWindow::openCertificateDialog(const CertificateInfo &certificate)
{
    auto *dialog = new CertificateDialog(certificate, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_session, &EngineSession::approveCertificate);
    connect(dialog, &QDialog::rejected, m_session, &EngineSession::declineCertificate);
    dialog->open();
}

void MainWindow::about()
{
    auto *box = new QMessageBox(QMessageBox::Information, QStringLiteral("About SCIM Console"),
                                QStringLiteral("<h3>SCIM Console %1</h3><p>Accept user provisioning from enterprise "
                                               "identity providers over SCIM 2.0, and run it from your desktop.</p>"
                                               "<p>Built with Qt %2.</p>")
                                    .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    ConsoleSettings::kWindowGeometry.setValue(saveGeometry());
    ConsoleSettings::kWindowState.setValue(saveState());
    m_connectionsPage->saveState();
    m_usersPage->saveState();
    m_mappingPage->saveState();
    m_logsPage->saveState();
    if (!m_shutdownDone && !m_discardConfirmed && m_mappingPage->isDirty()) {
        // Unsaved attribute-map edits are work an admin would not want to lose by closing the window.
        event->ignore();
        Confirmation::ask(this, QStringLiteral("discardMappingOnClose"), QStringLiteral("Unsaved attribute map"),
                          QStringLiteral("The attribute map has unsaved changes. Quit without saving them?"),
                          QStringLiteral("Quit without saving"), [this] {
                              m_discardConfirmed = true;
                              close();
                          });
        return;
    }
    if (m_shutdownDone) {
        event->accept();
        return;
    }
    m_logsPage->stop(); // the push channel is a request that never ends by itself
    // Let the embedded engine finish its requests and close its database, then close for real.
    event->ignore();
    setEnabled(false);
    connect(
        m_session, &EngineSession::shutdownComplete, this,
        [this] {
            m_shutdownDone = true;
            // Queued: a remote session completes at once, i.e. inside this closeEvent, where close() is a no-op.
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        },
        Qt::SingleShotConnection);
    m_session->shutdown();
}

} // namespace scim
