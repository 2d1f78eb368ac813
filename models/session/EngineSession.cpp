#include "models/session/EngineSession.h"

#include "models/api/ManagementClient.h"
#include "models/common/ConsoleSettings.h"
#include "models/session/CertificateTrust.h"
#include "models/session/EmbeddedEngine.h"

#include "auth/AdminToken.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonObject>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTimer>

namespace scim {

EngineSession::EngineSession(ManagementClient *client, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_credentials(credentials)
    , m_reconnect(new QTimer(this))
    , m_databasePath(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                         .filePath(QStringLiteral("scim-console.sqlite")))
{
    m_reconnect->setSingleShot(true);
    connect(m_reconnect, &QTimer::timeout, this, &EngineSession::probe);
    connect(m_credentials, &CredentialStore::tokenRead, this, &EngineSession::onTokenRead);
    connect(m_client, &ManagementClient::certificateUntrusted, this,
            [this](const QSslCertificate &certificate, const QList<QSslError> &errors) {
                // The engine in use changed its certificate (a restart with a new one, or someone in between).
                if (m_mode != Mode::Remote || m_state != State::Connected)
                    return;
                ApiResult result;
                result.untrustedCertificate = certificate;
                result.sslErrors = errors;
                result.errorMessage =
                    tr("The certificate of the engine at %1 is not trusted.").arg(m_url.toDisplayString());
                setState(State::Failed, result.describe(tr("Could not use the engine: %1.")));
                askForApproval(m_url, m_remoteToken, false, result);
            });
    connect(m_client, &ManagementClient::networkFailure, this, [this](const QString &message) {
        if (m_state == State::Connected) {
            setState(State::Unreachable, message);
            m_reconnect->start(m_reconnectIntervalMs);
        }
    });
}

EngineSession::~EngineSession() = default;

QString EngineSession::embeddedKey(const QString &databasePath)
{
    return QStringLiteral("embedded:") + QDir::cleanPath(databasePath);
}

QString EngineSession::stateText() const
{
    switch (m_state) {
    case State::Idle:
        //: Engine state in the status bar
        return tr("not connected");
    case State::Starting:
        return m_mode == Mode::Embedded ? tr("starting…") : tr("connecting…");
    case State::Connected:
        //: Engine state in the status bar
        return tr("connected");
    case State::Unreachable:
        return tr("unreachable, reconnecting…");
    case State::Failed:
        //: Engine state in the status bar
        return tr("failed");
    }
    return {};
}

void EngineSession::setState(State state, const QString &error)
{
    // Always notify: the mode or URL may have changed while the state stayed the same.
    m_lastError = error;
    m_state = state;
    Q_EMIT stateChanged();
}

void EngineSession::startFromSettings()
{
    const QUrl remote(ConsoleSettings::kEngineUrl.value());
    if (ConsoleSettings::kEngineMode.value() == QLatin1String("remote") && remote.isValid()) {
        m_mode = Mode::Remote;
        m_url = remote;
        m_pendingRemote = remote;
        m_pendingKey = remote.toString();
        setState(State::Starting);
        m_credentials->readToken(m_pendingKey);
        return;
    }
    startEmbedded();
}

void EngineSession::startEmbedded()
{
    m_reconnect->stop();
    m_mode = Mode::Embedded;
    m_pendingRemote.clear();
    ConsoleSettings::kEngineMode.setValue(QStringLiteral("embedded"));
    if (m_embedded && m_embedded->isRunning()) {
        m_url = m_embedded->url();
        probe();
        return;
    }
    m_url.clear();
    setState(State::Starting);
    m_pendingKey = embeddedKey(m_databasePath);
    m_credentials->readToken(m_pendingKey);
}

void EngineSession::onTokenRead(const QString &key, const QString &token, CredentialStore::Status status,
                                const QString &message)
{
    if (key != m_pendingKey)
        return;
    m_pendingKey.clear();
    if (m_pendingRemote.isValid()) {
        const QUrl url = m_pendingRemote;
        m_pendingRemote.clear();
        if (status == CredentialStore::Status::Ok && !token.isEmpty()) {
            m_remoteToken = token;
            m_client->setEndpoint(url, token, CertificateTrust::trustedFingerprint(url));
            probe();
        } else {
            setState(State::Failed, tr("No admin token is stored for %1.").arg(url.toDisplayString()));
            Q_EMIT tokenNeeded(url, status == CredentialStore::Status::NotFound ? QString() : message);
        }
        return;
    }
    switch (status) {
    case CredentialStore::Status::Ok:
        startEmbeddedWithToken(token);
        return;
    case CredentialStore::Status::NotFound: {
        const QString generated = AdminToken::generate();
        m_credentials->writeToken(key, generated);
        startEmbeddedWithToken(generated);
        return;
    }
    case CredentialStore::Status::NoSecretService:
    case CredentialStore::Status::Failed:
        // The embedded engine gets a fresh token every start, so a session-only token loses nothing but the
        // ability to reach this database from another console at the same time.
        Q_EMIT credentialNotice(message + u' ' + tr("The embedded engine uses a token valid for this session."));
        startEmbeddedWithToken(AdminToken::generate());
        return;
    }
}

void EngineSession::startEmbeddedWithToken(const QString &token)
{
    if (!m_embedded) {
        m_embedded = new EmbeddedEngine(this);
        connect(m_embedded, &EmbeddedEngine::failed, this, [this](const QString &error) {
            setState(State::Failed, tr("The embedded engine could not start: %1").arg(error));
        });
    }
    m_embeddedToken = token;
    const EmbeddedEngineSettings settings = EmbeddedEngineSettings::load(m_databasePath);
    // One-shot: the token belongs to this start.
    auto *context = new QObject(this);
    connect(m_embedded, &EmbeddedEngine::started, context, [this, token, context, settings](const QUrl &url) {
        context->deleteLater();
        if (m_mode != Mode::Embedded)
            return;
        // The port chosen at the first start is kept, so that the endpoint identity providers were given stays
        // valid. (Each token records the endpoint it was issued for: the console warns when that one changed.)
        EmbeddedEngineSettings kept = EmbeddedEngineSettings::load(m_databasePath);
        if (kept.port == 0) {
            kept.port = m_embedded->port();
            kept.save(m_databasePath);
        }
        m_url = url;
        m_client->setEndpoint(url, token, certificateFingerprint(settings.tlsCertificate));
        probe();
    });
    connect(m_embedded, &EmbeddedEngine::failed, context, [context] { context->deleteLater(); });
    m_embedded->start(m_databasePath, token, settings);
}

QString EngineSession::certificateFingerprint(const QString &certificatePath)
{
    if (certificatePath.isEmpty())
        return {};
    // The console trusts the certificate it gave its own engine, whoever issued it.
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    return chain.isEmpty() ? QString() : QString::fromLatin1(chain.first().digest(QCryptographicHash::Sha256).toHex());
}

QString EngineSession::embeddedEndpoint() const
{
    return m_embedded && m_embedded->isRunning() ? m_embedded->publicUrl() : QString();
}

void EngineSession::restartEmbedded()
{
    if (m_mode != Mode::Embedded || !m_embedded || m_embeddedToken.isEmpty()) {
        startEmbedded();
        return;
    }
    m_reconnect->stop();
    setState(State::Starting);
    m_embedded->stop();
    // Queued behind the stop: EmbeddedEngine starts again once the engine has closed its database.
    startEmbeddedWithToken(m_embeddedToken);
}

void EngineSession::connectRemote(const QUrl &url, const QString &token, bool remember)
{
    auto *probeClient = new ManagementClient(this);
    probeClient->setEndpoint(url, token, CertificateTrust::trustedFingerprint(url));
    probeClient->probe(this, [this, probeClient, url, token, remember](const ApiResult &result) {
        probeClient->deleteLater();
        if (result.certificateUntrusted())
            return askForApproval(url, token, remember, result);
        if (!result.ok()) {
            //: %1 the engine URL, %2 the reason
            Q_EMIT remoteConnectFailed(
                result.describe(tr("Could not connect to %1: %2.").arg(url.toDisplayString(), QStringLiteral("%1"))));
            return;
        }
        m_reconnect->stop();
        m_mode = Mode::Remote;
        m_url = url;
        m_remoteToken = token;
        ConsoleSettings::kEngineMode.setValue(QStringLiteral("remote"));
        ConsoleSettings::kEngineUrl.setValue(url.toString());
        if (remember)
            m_credentials->writeToken(url.toString(), token);
        stopEmbedded();
        m_client->setEndpoint(url, token, CertificateTrust::trustedFingerprint(url));
        setState(State::Connected);
        fetchEngineInfo();
        Q_EMIT connected();
    });
}

void EngineSession::fetchEngineInfo()
{
    m_engineInfo = {};
    m_client->getEngineInfo(this, [this](const ApiResult &result) {
        // An engine without this endpoint (older) leaves the status bar as it was.
        if (!result.ok())
            return;
        const QJsonObject info = result.json.object();
        m_engineInfo.backend = info.value(QStringLiteral("backend")).toString();
        m_engineInfo.database = info.value(QStringLiteral("database")).toString();
        m_engineInfo.instance = info.value(QStringLiteral("instance")).toString();
        m_engineInfo.leader = info.value(QStringLiteral("leader")).toBool();
        Q_EMIT stateChanged();
    });
}

void EngineSession::probe()
{
    m_client->probe(this, [this](const ApiResult &result) {
        if (result.ok()) {
            setState(State::Connected);
            fetchEngineInfo();
            Q_EMIT connected();
        } else if (result.certificateUntrusted()) {
            setState(State::Failed, result.describe(tr("Could not use the engine: %1.")));
            askForApproval(m_url, m_remoteToken, false, result);
        } else if (result.networkFailure) {
            setState(State::Unreachable, result.errorMessage);
            m_reconnect->start(m_reconnectIntervalMs);
        } else {
            setState(State::Failed, result.describe(tr("Could not use the engine: %1.")));
            if (m_mode == Mode::Remote && result.status == 401)
                Q_EMIT tokenNeeded(m_url, result.errorMessage);
        }
    });
}

void EngineSession::askForApproval(const QUrl &url, const QString &token, bool remember, const ApiResult &result)
{
    // One question at a time: further refusals while the admin looks at the certificate add nothing.
    if (m_approval)
        return;
    m_approval = Approval{
        CertificateInfo(url, result.untrustedCertificate, result.sslErrors, CertificateTrust::trustedFingerprint(url)),
        token, remember};
    Q_EMIT certificateApprovalNeeded(m_approval->certificate);
}

void EngineSession::approveCertificate()
{
    if (!m_approval)
        return;
    const Approval approval = *m_approval;
    m_approval.reset();
    CertificateTrust::trust(approval.certificate.url(), approval.certificate.certificate());
    connectRemote(approval.certificate.url(), approval.token, approval.remember);
}

void EngineSession::declineCertificate()
{
    if (!m_approval)
        return;
    const QUrl url = m_approval->certificate.url();
    m_approval.reset();
    Q_EMIT remoteConnectFailed(tr("Not connected to %1: its certificate was not trusted.").arg(url.toDisplayString()));
}

void EngineSession::stopEmbedded()
{
    if (m_embedded && m_embedded->isRunning())
        m_embedded->stop();
}

void EngineSession::shutdown()
{
    m_reconnect->stop();
    if (m_embedded && m_embedded->isRunning()) {
        connect(m_embedded, &EmbeddedEngine::stopped, this, &EngineSession::shutdownComplete, Qt::SingleShotConnection);
        m_embedded->stop();
        return;
    }
    Q_EMIT shutdownComplete();
}

} // namespace scim
