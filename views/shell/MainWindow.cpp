#include "views/shell/MainWindow.h"

#include "models/common/ConsoleSettings.h"
#include "models/common/Localization.h"
#include "views/common/Confirmation.h"
#include "views/common/FocusRing.h"
#include "views/common/ThemeIcon.h"

#include "models/api/ManagementClient.h"
#include "models/connections/ConnectionsModel.h"
#include "models/connections/TokensModel.h"
#include "models/groups/GroupsModel.h"
#include "models/logs/LogModel.h"
#include "models/logstreams/LogStreamsModel.h"
#include "models/session/CredentialStore.h"
#include "models/session/EngineActivity.h"
#include "models/session/EngineSession.h"
#include "models/users/UsersModel.h"
#include "views/check/CheckPage.h"
#include "views/connections/ConnectionDetailsWidget.h"
#include "views/connections/ConnectionsPage.h"
#include "views/connections/NewConnectionWizard.h"
#include "views/connectionsettings/ConnectionSettingsPage.h"
#include "views/groups/GroupsPage.h"
#include "views/logs/LogDetailWidget.h"
#include "views/logs/LogsPage.h"
#include "views/logstreams/LogStreamsPage.h"
#include "views/mapping/MappingEditorPage.h"
#include "views/overview/OverviewPage.h"
#include "views/schemas/SchemaEditorPage.h"
#include "views/shell/CertificateDialog.h"
#include "views/shell/ConnectDialog.h"
#include "views/shell/EngineSettingsDialog.h"
#include "views/shell/EngineStatusWidget.h"
#include "views/shell/ErrorBanner.h"
#include "views/shell/PreferencesDialog.h"
#include "views/shell/ShortcutsDialog.h"
#include "views/users/UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <utility>

namespace scim {

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
    , m_schemasPage(new SchemaEditorPage(m_client, m_connections))
    , m_logsPage(new LogsPage(m_client, m_connections))
    , m_overviewPage(new OverviewPage(m_client, m_connections))
    , m_groupsPage(new GroupsPage(m_client, m_connections))
    , m_settingsPage(new ConnectionSettingsPage(m_client, m_connections))
    , m_logStreamsPage(new LogStreamsPage(m_client))
    , m_checkPage(new CheckPage(m_client, m_connections))
    , m_activity(new EngineActivity(this))
    , m_status(new EngineStatusWidget(m_session))
{
    setObjectName(QStringLiteral("mainWindow"));
    FocusRing::install();
    // The title is the page's name; the desktop adds " — SCIM Console" (the application's display name), and [*]
    // is where Qt shows the unsaved-changes mark.
    //: The window title: %1 is the page shown; [*] is where Qt shows the unsaved-changes mark, keep it
    setWindowTitle(tr("%1[*]").arg(tr("Overview")));
    setWindowIcon(QIcon(QStringLiteral(":/icons/scim-console.png")));
    m_credentials->setKeychainEnabled(options.useKeychain);
    if (!options.databasePath.isEmpty())
        m_session->setEmbeddedDatabasePath(options.databasePath);
    m_session->setReconnectInterval(options.reconnectIntervalMs);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->addItems({tr("Overview"), tr("Connections"), tr("Users"), tr("Groups"), tr("Logs")});
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_overviewPage);
    m_pages->addWidget(m_connectionsPage);
    m_pages->addWidget(m_usersPage);
    m_pages->addWidget(m_groupsPage);
    m_pages->addWidget(m_logsPage);
    m_navigation->addItem(tr("Attribute map"));
    m_pages->addWidget(m_mappingPage);
    m_navigation->addItem(tr("Schemas"));
    m_pages->addWidget(m_schemasPage);
    m_navigation->addItem(tr("Connection settings"));
    m_pages->addWidget(m_settingsPage);
    m_navigation->addItem(tr("Log streams"));
    m_pages->addWidget(m_logStreamsPage);
    //: The navigation entry of the page that runs conformance checks against a SCIM endpoint
    m_navigation->addItem(tr("Check endpoint"));
    m_pages->addWidget(m_checkPage);
    // Icons from the desktop's theme, or the bundled ones.
    const QList<std::pair<const char *, const char *>> icons{
        {"go-home", "overview"},          {"network-workgroup", "connections"}, {"system-users", "users"},
        {"system-users", "groups"},       {"text-x-generic", "logs"},           {"view-sort-ascending", "mapping"},
        {"x-office-document", "schemas"}, {"preferences-system", "settings"},   {"mail-send", "streams"},
        {"system-search", "check"}};
    for (int row = 0; row < m_navigation->count() && row < icons.size(); ++row) {
        // Groups and users share a theme icon in most themes: the bundled ones tell them apart.
        const QString fallback = QString::fromLatin1(icons.at(row).second);
        m_navigation->item(row)->setIcon(row == GroupsPageIndex
                                             ? ThemeIcon::get(QString(), fallback)
                                             : ThemeIcon::get(QString::fromLatin1(icons.at(row).first), fallback));
    }
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(1);
    // As wide as the longest page name in this language, never narrower than before.
    m_navigation->setFixedWidth(qMax(110, m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 16));

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

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (row >= 0)
            setWindowTitle(tr("%1[*]").arg(m_navigation->item(row)->text()));
        pageShown(row);
    });
    m_navigation->setCurrentRow(OverviewPageIndex);
    connect(m_client, &ManagementClient::busyChanged, m_status, &EngineStatusWidget::setBusy);
    connect(m_session, &EngineSession::connected, this, [this] {
        // Errors from before the (re)connection are stale; notices (keychain) stay until dismissed.
        if (m_banner->kind() == ErrorBanner::Kind::Error)
            m_banner->dismiss();
        // Another engine than before: what was shown belongs to the previous one.
        if (m_connectedUrl != m_session->url()) {
            if (!m_connectedUrl.isEmpty()) {
                m_connections->clear();
                m_activity->reset();
                m_overviewPage->clear();
                m_logStreamsPage->model()->clear();
            }
            m_connectedUrl = m_session->url();
        }
        m_connections->refresh();
        m_logStreamsPage->refresh();
        m_logsPage->start();
        if (m_pages->currentWidget() == m_overviewPage)
            m_overviewPage->refresh();
    });
    // The events the Logs page's push channel receives drive everything that follows the engine live.
    connect(m_logsPage->model()->stream(), &LogStreamClient::eventsReceived, m_activity, &EngineActivity::addEvents);
    connect(m_activity, &EngineActivity::eventsArrived, m_overviewPage, &OverviewPage::addEvents);
    connect(m_activity, &EngineActivity::connectionsActive, this, [this](const QSet<QString> &ids) {
        // Token "last used" and the counts of the connections that saw requests.
        for (const QString &id : ids)
            m_connections->refreshConnection(id);
        if (ids.contains(m_connectionsPage->details()->connectionId()))
            m_connectionsPage->details()->tokensModel()->refresh(); // "Last used" follows live
    });
    connect(m_activity, &EngineActivity::usersChanged, this, [this](const QSet<QString> &ids) {
        if (ids.contains(m_usersPage->model()->connectionId()))
            m_usersPage->model()->refresh();
    });
    connect(m_activity, &EngineActivity::groupsChanged, this, [this](const QSet<QString> &ids) {
        if (ids.contains(m_groupsPage->model()->connectionId()))
            m_groupsPage->refresh();
    });
    connect(m_usersPage, &UsersPage::showUserLogsRequested, this, [this](const QString &userId) {
        showPage(LogsPageIndex);
        m_logsPage->showUserEvents(userId);
    });
    connect(m_usersPage, &UsersPage::logActivated, this, [this](const QString &logId) {
        showPage(LogsPageIndex);
        m_logsPage->details()->showLog(logId);
    });
    connect(m_groupsPage, &GroupsPage::errorOccurred, this, &MainWindow::showError);
    connect(m_groupsPage, &GroupsPage::userActivated, this, [this](const QString &connectionId, const QString &userId) {
        showPage(UsersPageIndex);
        m_usersPage->showUser(connectionId, userId);
    });
    connect(m_overviewPage, &OverviewPage::errorOccurred, this, &MainWindow::showError);
    connect(m_overviewPage, &OverviewPage::newConnectionRequested, this, &MainWindow::newConnection);
    connect(m_overviewPage, &OverviewPage::connectionActivated, this, [this](const QString &id) {
        showPage(ConnectionsPageIndex);
        m_connectionsPage->selectConnection(id);
    });
    connect(m_overviewPage, &OverviewPage::replaceTokenRequested, this, [this](const QString &id) {
        showPage(ConnectionsPageIndex);
        m_connectionsPage->selectConnection(id);
        ConnectionDetailsWidget *details = m_connectionsPage->details();
        // The tokens of a newly selected connection are still loading: the dialog opens once they are known.
        if (details->tokensModel()->isLoading())
            connect(details->tokensModel(), &TokensModel::refreshed, details, &ConnectionDetailsWidget::generateToken,
                    Qt::SingleShotConnection);
        else
            details->generateToken();
    });
    connect(m_overviewPage, &OverviewPage::logActivated, this, [this](const QString &logId) {
        showPage(LogsPageIndex);
        m_logsPage->details()->showLog(logId);
    });
    connect(m_session, &EngineSession::stateChanged, this, [this] {
        if (m_session->state() == EngineSession::State::Failed && !m_session->lastError().isEmpty())
            showError(m_session->lastError());
    });
    connect(m_session, &EngineSession::credentialNotice, this, [this](const QString &message) {
        m_banner->showMessage(message + u' ' +
                                  tr("To keep admin tokens in a file instead, enable Engine › Store admin tokens in "
                                     "a file."),
                              ErrorBanner::Kind::Notice);
    });
    connect(m_session, &EngineSession::tokenNeeded, this, [this](const QUrl &url, const QString &reason) {
        openConnectDialog(url,
                          reason.isEmpty() ? tr("Enter the admin token for %1.").arg(url.toDisplayString()) : reason);
    });
    connect(m_session, &EngineSession::remoteConnectFailed, this, [this](const QString &message) {
        if (m_session->state() == EngineSession::State::Connected)
            showError(message + u' ' +
                      (m_session->mode() == EngineSession::Mode::Embedded
                           ? tr("The console is still connected to the embedded engine.")
                           : tr("The console is still connected to %1.").arg(m_session->url().toDisplayString())));
        else
            showError(message);
    });
    connect(m_session, &EngineSession::certificateApprovalNeeded, this, &MainWindow::openCertificateDialog);
    connect(m_credentials, &CredentialStore::tokenWritten, this,
            [this](const QString &, CredentialStore::Status status, const QString &message) {
                if (status == CredentialStore::Status::NoSecretService)
                    m_banner->showMessage(message + u' ' + tr("The admin token was not remembered."),
                                          ErrorBanner::Kind::Notice);
                else if (status == CredentialStore::Status::Failed)
                    showError(tr("Could not store the admin token: %1").arg(message));
            });
    connect(m_connections, &ConnectionsModel::errorOccurred, this, &MainWindow::showError);
    connect(m_connections, &ConnectionsModel::refreshed, this, [this] {
        warnAboutEndpointChange();
        if (!m_readyEmitted && m_session->state() == EngineSession::State::Connected) {
            m_readyEmitted = true;
            restoreLastView();
            Q_EMIT ready();
        }
    });
    connect(m_logsPage->details(), &LogDetailWidget::copied, this,
            [this](const QString &message) { statusBar()->showMessage(message, 4000); });
    connect(m_connectionsPage, &ConnectionsPage::errorOccurred, this, &MainWindow::showError);
    connect(m_usersPage, &UsersPage::errorOccurred, this, &MainWindow::showError);
    connect(m_mappingPage, &MappingEditorPage::errorOccurred, this, &MainWindow::showError);
    // Unsaved edits on either editor mark the window.
    const auto updateModified = [this] { setWindowModified(m_mappingPage->isDirty() || m_settingsPage->isDirty()); };
    connect(m_mappingPage, &MappingEditorPage::dirtyChanged, this, updateModified);
    connect(m_settingsPage, &ConnectionSettingsPage::dirtyChanged, this, updateModified);
    connect(m_settingsPage, &ConnectionSettingsPage::errorOccurred, this, &MainWindow::showError);
    connect(m_logStreamsPage, &LogStreamsPage::errorOccurred, this, &MainWindow::showError);
    connect(m_schemasPage, &SchemaEditorPage::errorOccurred, this, &MainWindow::showError);
    connect(m_checkPage, &CheckPage::errorOccurred, this, &MainWindow::showError);
    connect(m_schemasPage, &SchemaEditorPage::saved, this, [this] {
        // The mapping editor's SCIM tree lists the declared schemas: reload it unless it holds unsaved edits.
        const QString id = m_schemasPage->connectionId();
        if (m_mappingPage->connectionId() == id && !m_mappingPage->isDirty()) {
            m_mappingPage->setConnectionId(QString());
            m_mappingPage->setConnectionId(id);
        }
    });
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
    QMenu *engine = menuBar()->addMenu(tr("E&ngine"));
    QAction *connectAction = engine->addAction(tr("&Connect to engine…"), this, [this] { openConnectDialog(); });
    connectAction->setObjectName(QStringLiteral("actionConnect"));
    connectAction->setShortcut(QKeySequence::Open);
    QAction *embedded = engine->addAction(tr("Use &embedded engine"), m_session, &EngineSession::startEmbedded);
    embedded->setObjectName(QStringLiteral("actionEmbedded"));
    QAction *engineSettings = engine->addAction(tr("&Settings…"), this, &MainWindow::openEngineSettings);
    engineSettings->setObjectName(QStringLiteral("actionEngineSettings"));
    engineSettings->setToolTip(tr("Where the embedded engine listens, its public URL, TLS and log retention."));
    // Only the embedded engine is the console's to configure.
    const auto updateEngineSettings = [this, engineSettings] {
        engineSettings->setEnabled(m_session->mode() == EngineSession::Mode::Embedded);
    };
    connect(m_session, &EngineSession::stateChanged, this, updateEngineSettings);
    updateEngineSettings();
    QAction *fileFallback = engine->addAction(tr("Store admin tokens in a &file when no keychain is available"));
    fileFallback->setObjectName(QStringLiteral("actionTokenFile"));
    fileFallback->setCheckable(true);
    fileFallback->setChecked(m_credentials->fileFallbackEnabled());
    fileFallback->setToolTip(m_credentials->fallbackFilePath());
    connect(fileFallback, &QAction::toggled, m_credentials, &CredentialStore::setFileFallbackEnabled);
    engine->addSeparator();
    QAction *quit = engine->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    // Edit: the attribute-map editor's undo stack (the only editor with unsaved state).
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Own actions rather than QUndoStack's: their texts are whole translated phrases with a mnemonic.
    QUndoStack *stack = m_mappingPage->undoStack();
    auto *undo = new QAction(this);
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(QKeySequence::Undo);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    auto *redo = new QAction(this);
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts(QKeySequence::Redo);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    auto updateUndoActions = [this, stack, undo, redo] {
        undo->setEnabled(stack->canUndo());
        //: %1: what is undone, e.g. "Map userName → email"
        undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        redo->setEnabled(stack->canRedo());
        //: %1: what is redone, e.g. "Map userName → email"
        redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, updateUndoActions);
    connect(stack, &QUndoStack::cleanChanged, this, updateUndoActions);
    connect(stack, &QUndoStack::canUndoChanged, this, updateUndoActions);
    connect(stack, &QUndoStack::canRedoChanged, this, updateUndoActions);
    updateUndoActions();
    edit->addAction(undo);
    edit->addAction(redo);
    auto *history = new QDockWidget(tr("Undo history"), this);
    history->setObjectName(QStringLiteral("undoHistoryDock"));
    auto *undoView = new QUndoView(m_mappingPage->undoStack());
    undoView->setObjectName(QStringLiteral("undoHistory"));
    undoView->setAccessibleName(tr("Undo history"));
    //: The first entry of the undo history: the attribute map as loaded, before any change
    undoView->setEmptyLabel(tr("<loaded map>"));
    history->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, history);
    history->hide();
    QAction *showHistory = history->toggleViewAction();
    showHistory->setText(tr("Undo &history"));
    showHistory->setObjectName(QStringLiteral("actionUndoHistory"));
    edit->addAction(showHistory);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::openPreferences);
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    // The platform's key where it has one; Ctrl+, as GNOME applications use it otherwise.
    const QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    preferences->setShortcuts(preferenceKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                                       : preferenceKeys);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    QAction *create = connection->addAction(tr("&New connection…"), this, &MainWindow::newConnection);
    create->setShortcut(QKeySequence::New);
    create->setObjectName(QStringLiteral("actionNewConnection"));
    QAction *refresh = connection->addAction(tr("&Refresh"), this, [this] {
        m_connections->refresh();
        if (m_pages->currentIndex() == UsersPageIndex)
            m_usersPage->model()->refresh();
        if (m_pages->currentIndex() == OverviewPageIndex)
            m_overviewPage->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    QAction *remove = connection->addAction(tr("&Delete connection…"), m_connectionsPage->details(),
                                            &ConnectionDetailsWidget::deleteConnection);
    remove->setObjectName(QStringLiteral("actionDeleteConnection"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_connectionsPage->table()->addAction(remove);
    QAction *generate = connection->addAction(tr("&Generate token…"), m_connectionsPage->details(),
                                              &ConnectionDetailsWidget::generateToken);
    generate->setObjectName(QStringLiteral("actionGenerateToken"));
    // What acts on the selected connection is disabled without one.
    auto updateConnectionActions = [this, remove, generate] {
        const bool selected = !m_connectionsPage->selectedId().isEmpty();
        remove->setEnabled(selected);
        generate->setEnabled(selected);
    };
    connect(m_connectionsPage->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            updateConnectionActions);
    connect(m_connections, &QAbstractItemModel::modelReset, this, updateConnectionActions);
    connect(m_connections, &QAbstractItemModel::rowsRemoved, this, updateConnectionActions);
    updateConnectionActions();
    QAction *editMap = connection->addAction(tr("Edit attribute &map"), this, [this] { showPage(MappingPageIndex); });
    editMap->setObjectName(QStringLiteral("actionEditMapping"));
    editMap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *editSchemas = connection->addAction(tr("Edit &schemas"), this, [this] { showPage(SchemasPageIndex); });
    editSchemas->setObjectName(QStringLiteral("actionEditSchemas"));
    QAction *settings =
        connection->addAction(tr("Connection se&ttings"), this, [this] { showPage(ConnectionSettingsPageIndex); });
    settings->setObjectName(QStringLiteral("actionConnectionSettings"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList names{tr("&Overview"),    tr("&Connections"),      tr("&Users"),   tr("&Groups"),
                            tr("&Logs"),        tr("&Attribute map"),    tr("&Schemas"), tr("Connection se&ttings"),
                            tr("Log st&reams"), tr("Chec&k an endpoint")};
    for (int page = 0; page < names.size(); ++page) {
        QAction *action = view->addAction(names.at(page), this, [this, page] { showPage(page); });
        // Ctrl+1…9, then Ctrl+0 for the tenth page, as in browsers' tab switching.
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(page < 9 ? Qt::Key_1 + page : Qt::Key_0)));
        action->setIcon(m_navigation->item(page)->icon());
        action->setObjectName(QStringLiteral("actionShowPage%1").arg(page + 1));
    }
    view->addSeparator();

    // The main toolbar: what an admin does most, with the pages' shortcuts in the tooltips.
    auto *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setIconSize(QSize(22, 22));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    create->setIcon(ThemeIcon::get(QStringLiteral("list-add"), QStringLiteral("new")));
    generate->setIcon(ThemeIcon::get(QStringLiteral("dialog-password"), QStringLiteral("token")));
    refresh->setIcon(ThemeIcon::get(QStringLiteral("view-refresh"), QStringLiteral("refresh")));
    connectAction->setIcon(ThemeIcon::get(QStringLiteral("network-server"), QStringLiteral("connect")));
    toolbar->addAction(create);
    toolbar->addAction(generate);
    toolbar->addAction(refresh);
    toolbar->addSeparator();
    toolbar->addAction(connectAction);
    for (QAction *action : toolbar->actions()) {
        if (!action->shortcut().isEmpty())
            //: Tooltip of a toolbar button: %1 what it does, %2 its keyboard shortcut
            action->setToolTip(tr("%1 (%2)").arg(action->text().remove(QRegularExpression(QStringLiteral("&(?!&)"))),
                                                 action->shortcut().toString(QKeySequence::NativeText)));
    }
    QAction *showToolbar = toolbar->toggleViewAction();
    showToolbar->setText(tr("Show the &toolbar"));
    showToolbar->setObjectName(QStringLiteral("actionShowToolbar"));
    view->addAction(showToolbar);

    // Context menu of the connections list: what acts on a connection.
    QTableView *table = m_connectionsPage->table();
    table->removeAction(remove);
    auto *separator = new QAction(table);
    separator->setSeparator(true);
    table->addActions({create, separator, generate, editMap, editSchemas, remove});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts…"), this, &MainWindow::openShortcuts);
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    shortcuts->setIcon(ThemeIcon::get(QStringLiteral("input-keyboard"), QStringLiteral("keyboard")));
    help->addSeparator();
    QAction *aboutAction = help->addAction(tr("&About SCIM Console"), this, &MainWindow::about);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
}

void MainWindow::start()
{
    if (m_options.startEngine)
        m_session->startFromSettings();
}

void MainWindow::showPage(int page)
{
    const bool switching = m_navigation->currentRow() != page;
    if (page == UsersPageIndex && !m_connectionsPage->selectedId().isEmpty())
        m_usersPage->setConnectionId(m_connectionsPage->selectedId());
    if (page == MappingPageIndex && !m_connectionsPage->selectedId().isEmpty())
        m_mappingPage->setConnectionId(m_connectionsPage->selectedId());
    if (page == SchemasPageIndex && !m_connectionsPage->selectedId().isEmpty())
        m_schemasPage->setConnectionId(m_connectionsPage->selectedId());
    if (page == GroupsPageIndex && !m_connectionsPage->selectedId().isEmpty())
        m_groupsPage->setConnectionId(m_connectionsPage->selectedId());
    if (page == ConnectionSettingsPageIndex && !m_connectionsPage->selectedId().isEmpty())
        m_settingsPage->setConnectionId(m_connectionsPage->selectedId());
    if (page == CheckPageIndex && switching && !m_connectionsPage->selectedId().isEmpty())
        m_checkPage->setConnectionId(m_connectionsPage->selectedId());
    m_navigation->setCurrentRow(page);
    if (!switching)
        pageShown(page);
}

void MainWindow::pageShown(int page)
{
    // Lists that may have changed while another page was shown are read again.
    if (page == UsersPageIndex && m_session->state() == EngineSession::State::Connected)
        m_usersPage->model()->refresh();
    if (page == ConnectionsPageIndex && m_session->state() == EngineSession::State::Connected)
        m_connections->refresh();
    if (page == LogStreamsPageIndex && m_session->state() == EngineSession::State::Connected)
        m_logStreamsPage->refresh(); // delivery state moves on its own
}

void MainWindow::restoreLastView()
{
    // Where the admin left off: the page and the selected connection of the last run.
    const QString id = ConsoleSettings::kLastConnection.value();
    if (!id.isEmpty() && m_connections->rowForId(id) >= 0)
        m_connectionsPage->selectConnection(id);
    const int page = ConsoleSettings::kLastPage.value();
    if (page > OverviewPageIndex && page < m_pages->count())
        showPage(page);
}

QList<ShortcutsDialog::Entry> MainWindow::shortcutEntries() const
{
    QList<ShortcutsDialog::Entry> entries;
    auto plain = [](QString text) {
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        text.remove(u'…');
        return text;
    };
    // The menus' shortcuts, menu by menu, then each page's own.
    for (QAction *menuAction : menuBar()->actions()) {
        if (!menuAction->menu())
            continue;
        for (QAction *action : menuAction->menu()->actions()) {
            if (!action->shortcuts().isEmpty())
                entries.append({plain(menuAction->text()), plain(action->text()), action->shortcuts()});
        }
    }
    for (int page = 0; page < m_pages->count(); ++page) {
        QWidget *widget = m_pages->widget(page);
        QList<QAction *> actions = widget->actions();
        for (QWidget *child : widget->findChildren<QWidget *>())
            actions += child->actions();
        for (QAction *action : std::as_const(actions)) {
            if (action->shortcuts().isEmpty() || action->text().isEmpty() || action->parent() == this)
                continue;
            //: A group in the keyboard shortcuts list: %1 is a page (e.g. "Logs")
            entries.append(
                {tr("%1 page").arg(m_navigation->item(page)->text()), plain(action->text()), action->shortcuts()});
        }
    }
    return entries;
}

void MainWindow::openShortcuts()
{
    auto *dialog = new ShortcutsDialog(shortcutEntries(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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
        m_client->createConnection(
            name, wizard->strategy(), this,
            [this, enable, userIdAttribute](const ApiResult &r) {
                if (!r.ok()) {
                    showError(r.describe(tr("Could not create the connection: %1.")));
                    return;
                }
                const QString id = r.object().value(QStringLiteral("id")).toString();
                showPage(ConnectionsPageIndex);
                m_connectionsPage->selectConnection(id);
                m_connectionsPage->table()->setFocus(); // keyboard users go on from the new connection
                if (!enable) {
                    m_connections->refreshConnection(id);
                    return;
                }
                m_client->enableScim(id, userIdAttribute, this, [this, id](const ApiResult &enabled) {
                    if (!enabled.ok())
                        showError(enabled.describe(tr("Could not enable SCIM for the new connection: %1.")));
                    m_connections->refreshConnection(id);
                });
            },
            wizard->displayName());
    });
    wizard->open();
}

void MainWindow::openConnectDialog(const QUrl &url, const QString &message)
{
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUrl(url.isValid() ? url : m_session->mode() == EngineSession::Mode::Remote ? m_session->url() : QUrl());
    dialog->setMessage(message);
    dialog->setFileFallbackOffered(!m_credentials->keychainUsable() || m_credentials->fileFallbackEnabled(),
                                   m_credentials->fileFallbackEnabled());
    dialog->setKeychainUsable(m_credentials->keychainUsable());
    connect(dialog, &ConnectDialog::embeddedRequested, m_session, &EngineSession::startEmbedded);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->allowTokenFile())
            m_credentials->setFileFallbackEnabled(true);
        // Nothing is cleared yet: with a wrong token or URL the engine in use stays, with its lists.
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
    auto *box = new QMessageBox(QMessageBox::Information, tr("About SCIM Console"),
                                tr("<h3>SCIM Console %1</h3><p>Accept user provisioning from enterprise identity "
                                   "providers over SCIM 2.0, and run it from your desktop.</p><p>Built with Qt "
                                   "%2.</p><p>License: GNU General Public License, version 3 or later.</p>")
                                    .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::openEngineSettings()
{
    auto *dialog = new EngineSettingsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::warnAboutEndpointChange()
{
    // Every active token that was issued for another endpoint URL of its connection than today's, and whose IdP
    // has not called since (the engine records where each token was issued and used): shown on every page.
    int stale = 0;
    for (int row = 0; row < m_connections->rowCount(); ++row)
        stale += int(m_connections->index(row, 0).data(ConnectionsModel::StaleEndpointTokensRole).toJsonArray().size());
    const bool shown = !m_endpointNotice.isEmpty() && m_banner->text() == m_endpointNotice;
    if (stale == 0) {
        if (shown)
            m_banner->dismiss();
        m_endpointNotice.clear();
        return;
    }
    if (!shown && !m_banner->text().isEmpty() && m_banner->kind() == ErrorBanner::Kind::Error)
        return; // an error says something more urgent; the next refresh tries again
    //: %n: how many tokens
    m_endpointNotice = tr("%n active token(s) were issued for an earlier SCIM endpoint URL of their connection: "
                          "identity providers configured with the old URL cannot reach this engine. Give them the new "
                          "URL shown on the Connections page, or generate a new token.",
                          nullptr, stale);
    m_banner->showMessage(m_endpointNotice, ErrorBanner::Kind::Notice);
}

void MainWindow::openPreferences()
{
    auto *dialog = new PreferencesDialog(languageInUse(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::restartNeeded, this, &MainWindow::offerRestart);
    dialog->open();
}

QString MainWindow::languageInUse()
{
    const QString installed = Localization::installedLanguage();
    return installed.isEmpty() ? QStringLiteral("en") : installed;
}

void MainWindow::offerRestart()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restart SCIM Console"),
                                tr("SCIM Console shows the new language after a restart. Restart now?"),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("restartQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *restart = box->addButton(tr("&Restart now"), QMessageBox::AcceptRole);
    restart->setObjectName(QStringLiteral("restartNowButton"));
    QPushButton *later = box->addButton(tr("&Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("restartLaterButton"));
    box->setDefaultButton(restart);
    connect(box, &QMessageBox::finished, this, [this, box, restart] {
        if (box->clickedButton() != restart)
            return;
        m_restartRequested = true;
        close();
    });
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    ConsoleSettings::kWindowGeometry.setValue(saveGeometry());
    ConsoleSettings::kWindowState.setValue(saveState());
    ConsoleSettings::kLastPage.setValue(m_navigation->currentRow());
    if (!m_connectionsPage->selectedId().isEmpty())
        ConsoleSettings::kLastConnection.setValue(m_connectionsPage->selectedId());
    m_connectionsPage->saveState();
    m_usersPage->saveState();
    m_mappingPage->saveState();
    m_logsPage->saveState();
    if (!m_shutdownDone && !m_discardConfirmed && m_mappingPage->isDirty()) {
        // Unsaved attribute-map edits are work an admin would not want to lose by closing the window.
        event->ignore();
        // A restart asked for is only carried out if the admin agrees to lose the changes.
        const bool restart = std::exchange(m_restartRequested, false);
        Confirmation::ask(this, QStringLiteral("discardMappingOnClose"), tr("Unsaved attribute map"),
                          tr("The attribute map has unsaved changes. Quit without saving them?"),
                          tr("&Quit without saving"), [this, restart] {
                              m_discardConfirmed = true;
                              m_restartRequested = restart;
                              close();
                          });
        return;
    }
    if (!m_shutdownDone && !m_settingsResolved && m_settingsPage->isDirty()) {
        // Unsaved connection settings, as when switching connection: save them, drop them, or stay.
        event->ignore();
        const bool restart = std::exchange(m_restartRequested, false);
        Confirmation::askToSave(
            this, QStringLiteral("unsavedSettingsOnClose"), tr("Unsaved settings"),
            //: %1: the connection's name
            tr("The settings of %1 have unsaved changes. Save them before closing?")
                .arg(m_connections->connection(m_settingsPage->connectionId())
                         .value(QStringLiteral("name"))
                         .toString(m_settingsPage->connectionId())),
            [this, restart] {
                // Closed once the engine stored them; a refused save keeps the window open, on the page that says
                // why.
                auto *attempt = new QObject(this);
                connect(m_settingsPage, &ConnectionSettingsPage::saved, attempt, [this, attempt, restart] {
                    attempt->deleteLater();
                    m_settingsResolved = true;
                    m_restartRequested = restart;
                    close();
                });
                connect(m_settingsPage, &ConnectionSettingsPage::saveFailed, attempt, [this, attempt] {
                    attempt->deleteLater();
                    showPage(ConnectionSettingsPageIndex);
                });
                m_settingsPage->save();
            },
            [this, restart] {
                m_settingsResolved = true;
                m_restartRequested = restart;
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
