#pragma once

#include "models/session/CertificateInfo.h"
#include "models/session/CredentialStore.h"

#include <QObject>
#include <QUrl>

#include <optional>

class QTimer;

namespace scim {

class EmbeddedEngine;
struct ApiResult;
class ManagementClient;

// Which engine the console talks to and whether it is reachable. Embedded: starts the engine on its worker thread
// with the admin token from the keychain (generated on first start). Remote: a URL plus an admin token. The choice
// is remembered (ConsoleSettings); the ManagementClient is pointed at the engine once its token is known. When the
// engine stops answering the session polls it and reconnects (emitting connected() again). An https:// engine whose
// certificate the system does not trust is connected only after the admin trusted that certificate
// (certificateApprovalNeeded → approveCertificate; CertificateTrust remembers it).
class EngineSession : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Embedded,
        Remote
    };
    Q_ENUM(Mode)
    enum class State
    {
        Idle,
        Starting,
        Connected,
        Unreachable,
        Failed
    };
    Q_ENUM(State)

    EngineSession(ManagementClient *client, CredentialStore *credentials, QObject *parent = nullptr);
    ~EngineSession() override;

    // Default: <AppDataLocation>/scim-console.sqlite
    void setEmbeddedDatabasePath(const QString &path) { m_databasePath = path; }
    QString embeddedDatabasePath() const { return m_databasePath; }
    void setReconnectInterval(int milliseconds) { m_reconnectIntervalMs = milliseconds; }

    Mode mode() const { return m_mode; }
    State state() const { return m_state; }
    QUrl url() const { return m_url; }
    QString lastError() const { return m_lastError; }
    QString stateText() const;

    // What the connected engine says about itself (GET /api/v2/engine); empty until it has answered.
    struct EngineInfo
    {
        QString backend;  // "sqlite" or "postgresql"
        QString database; // the SQLite file, or "PostgreSQL user@host:port/db"
        QString instance;
        bool leader = false;
    };
    const EngineInfo &engineInfo() const { return m_engineInfo; }
    static QString embeddedKey(const QString &databasePath);
    // The embedded engine's SCIM base URL as clients are told it (empty when it does not run).
    QString embeddedEndpoint() const;

public Q_SLOTS:
    // Embedded or the remembered remote engine.
    void startFromSettings();
    void startEmbedded();
    // Stops the embedded engine and starts it again with the settings now stored (Engine › Settings…).
    void restartEmbedded();
    // Verifies the URL and token before switching; remember: keep the token in the keychain.
    void connectRemote(const QUrl &url, const QString &token, bool remember);
    // Stops the embedded engine (if any); emits shutdownComplete().
    void shutdown();
    // The answer to certificateApprovalNeeded(): trust the certificate shown and connect, or do not.
    void approveCertificate();
    void declineCertificate();

Q_SIGNALS:
    void stateChanged();
    void connected();
    // A remembered remote engine has no stored token: ask the admin.
    void tokenNeeded(const QUrl &url, const QString &reason);
    // Something the admin should know about the credential (keychain missing, storage failed).
    void credentialNotice(const QString &message);
    void remoteConnectFailed(const QString &message);
    // A remote engine presented a certificate that neither the system nor the admin trusts (first contact, or a
    // certificate that changed since the admin trusted one): nothing was sent to it. Answer with approveCertificate()
    // or declineCertificate().
    void certificateApprovalNeeded(const scim::CertificateInfo &certificate);
    void shutdownComplete();

private:
    void setState(State state, const QString &error = {});
    void onTokenRead(const QString &key, const QString &token, CredentialStore::Status status, const QString &message);
    void startEmbeddedWithToken(const QString &token);
    static QString certificateFingerprint(const QString &certificatePath);
    void probe();
    void fetchEngineInfo();
    void stopEmbedded();
    void askForApproval(const QUrl &url, const QString &token, bool remember, const ApiResult &result);

    ManagementClient *m_client;
    CredentialStore *m_credentials;
    EmbeddedEngine *m_embedded = nullptr;
    QTimer *m_reconnect;
    Mode m_mode = Mode::Embedded;
    State m_state = State::Idle;
    QUrl m_url;
    QString m_databasePath;
    QString m_lastError;
    EngineInfo m_engineInfo;
    QString m_pendingKey;    // the key whose token is being read
    QUrl m_pendingRemote;    // remembered remote engine being restored
    QString m_remoteToken;   // the token of the remote engine in use (to reconnect after a certificate approval)
    QString m_embeddedToken; // the embedded engine's admin token of this session (restarts reuse it)
    struct Approval
    {
        CertificateInfo certificate;
        QString token;
        bool remember = false;
    };
    std::optional<Approval> m_approval;
    int m_reconnectIntervalMs = 1000;
};

} // namespace scim
