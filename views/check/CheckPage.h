#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;

namespace scim {

class CheckResultsModel;
class CheckRunner;
class ConnectionsModel;
class ManagementClient;
class ToneLabel;
struct CheckResult;

// "Check an endpoint": runs scim-check's conformance checks (models/check) against any SCIM base URL and bearer
// token, or one of this engine's connections with a temporary token that is revoked after the run. Progress per
// check, the requests and responses of the selected check, cancel, and the report exported as scim-check writes it
// (JSON or HTML).
class CheckPage : public QWidget
{
    Q_OBJECT

public:
    CheckPage(ManagementClient *client, ConnectionsModel *connections, QWidget *parent = nullptr);
    ~CheckPage() override;

    CheckRunner *runner() const { return m_runner; }
    CheckResultsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Picks a connection of this engine as the target (empty: another endpoint).
    void setConnectionId(const QString &id);
    void setTarget(const QString &baseUrl, const QString &token);
    // rfc, okta, entra or all.
    void setProfile(const QString &profile);
    // Writes the report of the last run: JSON for a .json path, HTML otherwise. False (and errorOccurred) on failure.
    bool exportReport(const QString &path);

public Q_SLOTS:
    void run();
    void cancel();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // A run ended (after its temporary token, if any, was revoked).
    void runFinished();

private:
    void rebuildConnections();
    void targetChanged();
    void startRun(const QString &token);
    void runEnded();
    void revokeTemporaryToken();
    void showSelected();
    void updateState();
    void chooseExportFile();
    QString profile() const;
    static QString exchangeText(const CheckResult &result);

    ManagementClient *m_client;
    ConnectionsModel *m_connections;
    CheckRunner *m_runner;
    CheckResultsModel *m_model;
    QComboBox *m_connection;
    QLineEdit *m_baseUrl;
    QLineEdit *m_token;
    QCheckBox *m_temporaryToken;
    QComboBox *m_profile;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QProgressBar *m_progress;
    ToneLabel *m_summary;
    QTableView *m_table;
    QLabel *m_detail;
    QPlainTextEdit *m_exchanges;
    QSplitter *m_splitter;
    QString m_temporaryConnection; // the connection and id of the token made for the run in progress
    QString m_temporaryTokenId;
    bool m_preparing = false; // creating the temporary token
    bool m_hasReport = false;
};

} // namespace scim
