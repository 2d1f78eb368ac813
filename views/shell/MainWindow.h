#pragma once

#include "views/shell/ConsoleOptions.h"
#include "views/shell/ShortcutsDialog.h"

#include <QMainWindow>
#include <QUrl>

class QListWidget;
class QStackedWidget;

namespace scim {

class ConnectionsModel;
class ConnectionsPage;
class ConnectionSettingsPage;
class LogStreamsPage;
class CertificateInfo;
class CheckPage;
class CredentialStore;
class EngineSession;
class EngineStatusWidget;
class ErrorBanner;
class LogsPage;
class ManagementClient;
class MappingEditorPage;
class SchemaEditorPage;
class OverviewPage;
class GroupsPage;
class EngineActivity;
class UsersPage;

// The console's window: Overview, Connections, Users, Groups, Logs, Attribute map, Schemas, Connection settings and
// Log streams pages, menus, the engine status bar and the message banner.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The pages in navigation order (showPage()).
    enum PageIndex
    {
        OverviewPageIndex,
        ConnectionsPageIndex,
        UsersPageIndex,
        GroupsPageIndex,
        LogsPageIndex,
        MappingPageIndex,
        SchemasPageIndex,
        ConnectionSettingsPageIndex,
        LogStreamsPageIndex,
        CheckPageIndex
    };

    explicit MainWindow(const ConsoleOptions &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    ManagementClient *client() const { return m_client; }
    EngineSession *session() const { return m_session; }
    CredentialStore *credentials() const { return m_credentials; }
    ConnectionsModel *connectionsModel() const { return m_connections; }
    ConnectionsPage *connectionsPage() const { return m_connectionsPage; }
    UsersPage *usersPage() const { return m_usersPage; }
    MappingEditorPage *mappingPage() const { return m_mappingPage; }
    SchemaEditorPage *schemasPage() const { return m_schemasPage; }
    LogsPage *logsPage() const { return m_logsPage; }
    OverviewPage *overviewPage() const { return m_overviewPage; }
    GroupsPage *groupsPage() const { return m_groupsPage; }
    ConnectionSettingsPage *connectionSettingsPage() const { return m_settingsPage; }
    LogStreamsPage *logStreamsPage() const { return m_logStreamsPage; }
    CheckPage *checkPage() const { return m_checkPage; }
    EngineActivity *activity() const { return m_activity; }
    ErrorBanner *banner() const { return m_banner; }
    EngineStatusWidget *engineStatus() const { return m_status; }
    // The window was closed to restart the console (main() starts it again).
    bool restartRequested() const { return m_restartRequested; }
    // The interface language of this run ("en" when no catalog was installed).
    static QString languageInUse();

public Q_SLOTS:
    void start();
    void newConnection();
    void openCertificateDialog(const scim::CertificateInfo &certificate);
    void openConnectDialog(const QUrl &url = {}, const QString &message = {});
    void showPage(int page);
    void about();
    void openPreferences();
    // Engine › Settings… (the embedded engine only).
    void openEngineSettings();
    // Asks whether to restart now for a new language; yes closes the window with restartRequested() set.
    void offerRestart();
    void openShortcuts();

Q_SIGNALS:
    // The engine is connected and the connections list has loaded: the window is usable.
    void ready();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void pageShown(int page);
    void showError(const QString &message);
    void warnAboutEndpointChange();
    void restoreLastView();
    QList<ShortcutsDialog::Entry> shortcutEntries() const;

    ConsoleOptions m_options;
    ManagementClient *m_client;
    CredentialStore *m_credentials;
    EngineSession *m_session;
    ConnectionsModel *m_connections;
    ErrorBanner *m_banner;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    ConnectionsPage *m_connectionsPage;
    UsersPage *m_usersPage;
    MappingEditorPage *m_mappingPage;
    SchemaEditorPage *m_schemasPage;
    LogsPage *m_logsPage;
    OverviewPage *m_overviewPage;
    GroupsPage *m_groupsPage;
    ConnectionSettingsPage *m_settingsPage;
    LogStreamsPage *m_logStreamsPage;
    CheckPage *m_checkPage;
    EngineActivity *m_activity;
    EngineStatusWidget *m_status;
    QUrl m_connectedUrl;      // the engine the shown lists come from
    QString m_endpointNotice; // the banner's endpoint-changed warning, while shown
    bool m_readyEmitted = false;
    bool m_shutdownDone = false;
    bool m_discardConfirmed = false; // the admin chose to quit with unsaved attribute-map changes
    bool m_settingsResolved = false; // unsaved connection settings were saved or discarded on closing
    bool m_restartRequested = false;
};

} // namespace scim
