#pragma once

#include "models/check/CheckCapabilities.h"
#include "models/check/CheckCleanup.h"
#include "models/check/CheckDefinition.h"
#include "models/check/CheckExchange.h"
#include "models/check/CheckLoadResult.h"
#include "models/check/CheckResult.h"
#include "models/check/CheckTemplate.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace scim {

// Runs conformance checks against one SCIM endpoint, one request at a time: discovery first
// (/ServiceProviderConfig, /ResourceTypes, /Schemas), then each selected check, then the removal of every user and
// group it created. It is a pure SCIM client (bearer token, nothing else) and reports as it goes, so a view can show
// progress per check with each request and response.
class CheckRunner : public QObject
{
    Q_OBJECT

public:
    explicit CheckRunner(QObject *parent = nullptr);
    ~CheckRunner() override;

    // The SCIM base URL (a query such as Entra's ?aadOptscim062020 is kept on every request) and bearer token.
    void setTarget(const QUrl &baseUrl, const QString &token);
    // Load problems become failed results at the top of the list; the checks follow in file order.
    void setChecks(const CheckLoadResult &loaded);
    // rfc, okta, entra; empty or "all": every profile.
    void setProfiles(const QStringList &profiles);
    // Check ids or wildcards ("rfc-filter-*"); empty: all.
    void setSelection(const QStringList &patterns);
    void setKeepResources(bool keep) { m_keep = keep; }
    // Names of created users and groups start with it; empty: "scimcheck-" + 6 random hex digits + "-".
    void setPrefix(const QString &prefix) { m_requestedPrefix = prefix; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // For test servers with self-signed certificates; never the default.
    void setIgnoreTlsErrors(bool ignore) { m_ignoreTlsErrors = ignore; }

    QUrl baseUrl() const { return m_baseUrl; }
    QString prefix() const { return m_prefix; }
    QDateTime startedAt() const { return m_startedAt; }
    bool isRunning() const { return m_phase != Phase::Idle && m_phase != Phase::Done; }
    bool isFinished() const { return m_phase == Phase::Done; }
    // Set when the run could not happen or complete (endpoint unreachable, token refused, cancelled).
    QString fatalError() const { return m_fatalError; }

    // One entry per planned check (pending until it runs), so a model can show them before the run starts.
    const QList<CheckResult> &results() const { return m_results; }
    // The check behind results()[index] (its steps, requirements), or nullptr for a malformed file's row.
    const CheckDefinition *definitionAt(int index) const;
    const CheckCapabilities &capabilities() const { return m_capabilities; }
    const QList<CheckExchange> &discoveryExchanges() const { return m_discovery; }
    const CheckCleanup &cleanup() const { return m_cleanup; }
    int count(CheckResult::Status status) const;
    // "N passed, N failed, N skipped"
    QString summaryLine() const;

public Q_SLOTS:
    void start();
    // Aborts the request in flight (its check and the rest are reported skipped), then cleans up; cancelling during
    // cleanup stops it and lists what is left.
    void cancel();

Q_SIGNALS:
    void started();
    void discoveryFinished();
    void checkStarted(int index);
    void exchangeFinished(int index, const scim::CheckExchange &exchange);
    void checkFinished(int index, const scim::CheckResult &result);
    void cleanupStarted();
    void finished();

private:
    enum class Phase
    {
        Idle,
        Discovery,
        Checks,
        Cleanup,
        Done
    };

    struct PreparedRequest
    {
        QByteArray method;
        QUrl url;
        QString relativePath; // below the base URL, without the query ("/Users/abc")
        QString target;       // below the base URL, with the query as the reader wrote it
        CheckHeaders headers;
        QByteArray body;
    };

    struct Created
    {
        QString endpoint; // "Users" or "Groups"
        QString id;
    };

    using Handler = std::function<void(const CheckExchange &)>;

    void plan();
    PreparedRequest prepare(const QByteArray &method, const QString &relativePath, const QJsonObject &query,
                            const QByteArray &body, const QString &contentType, const QString &auth) const;
    void send(const PreparedRequest &request, const QString &stepName, Handler handler);
    // One attempt; a 429 with a Retry-After is retried after that delay (kMaxRateLimitRetries times at most).
    void sendAttempt(const PreparedRequest &request, const QString &stepName, Handler handler, int retries);
    static constexpr int kMaxRateLimitRetries = 5;
    static constexpr int kMaxRetryAfterSeconds = 30;

    void discover(int step);
    void runNextCheck();
    void runCheck(int index);
    void runStep();
    void onStepResponse(const CheckExchange &exchange);
    void finishCheck(CheckResult::Status status, const QString &detail, const QString &missingScope = {});
    void skipRemaining(const QString &detail);

    void track(const PreparedRequest &request, const CheckExchange &exchange);
    void startCleanup();
    void cleanupNext();
    void sweep(int stage);
    void finishRun();

    static QString derivedScope(const QByteArray &method, const QString &relativePath);
    static QString scopeFromResponse(const CheckExchange &exchange);

    QUrl m_baseUrl;
    QString m_token;
    CheckLoadResult m_loaded;
    QStringList m_profiles;
    QStringList m_selection;
    bool m_keep = false;
    QString m_requestedPrefix;
    QString m_prefix;
    int m_timeoutMs = 30000;
    bool m_ignoreTlsErrors = false;

    Phase m_phase = Phase::Idle;
    bool m_cancelled = false;
    QString m_fatalError;
    QDateTime m_startedAt;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;

    QList<CheckResult> m_results;
    QList<int> m_definitionOf; // result index -> index into m_loaded.checks, -1 for load problems
    CheckCapabilities m_capabilities;
    QList<CheckExchange> m_discovery;

    int m_current = -1; // result index of the running check
    int m_step = 0;
    QStringList m_stepNotes; // steps left out for a missing capability
    CheckTemplate m_template;
    QElapsedTimer m_checkTimer;
    PreparedRequest m_lastRequest;
    QHash<QString, QString> m_missingScopes; // scope -> id of the check that found it missing

    QList<Created> m_created;
    QList<Created> m_toDelete;
    int m_sweepStage = 0;
    CheckCleanup m_cleanup;
};

} // namespace scim
