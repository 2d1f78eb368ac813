#pragma once

#include "models/api/ApiResult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace scim {

// Asynchronous client of the engine's Management API (/api/v2). Every call takes a context object: when it is
// destroyed before the answer arrives, the callback is not run. Answers to requests sent to a previous endpoint
// are dropped, so switching engines never mixes data.
class ManagementClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult &)>;

    explicit ManagementClient(QObject *parent = nullptr);
    ~ManagementClient() override;

    // `trustedFingerprint`: the SHA-256 fingerprint (hex, colons allowed) of a certificate the admin trusted for this
    // engine although the system does not; any other untrusted certificate fails every request.
    void setEndpoint(const QUrl &baseUrl, const QString &adminToken, const QString &trustedFingerprint = QString());
    QUrl baseUrl() const { return m_baseUrl; }
    bool hasEndpoint() const { return m_baseUrl.isValid() && !m_baseUrl.isEmpty(); }
    int pendingRequests() const { return int(m_pending.size()); }

    void request(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonDocument &body,
                 QObject *context, Callback callback);

    void listConnections(QObject *context, Callback callback);
    void getConnection(const QString &id, QObject *context, Callback callback);
    // The same with each connection's `counts` (users, groups, active tokens) and `scim_tokens`: one request for
    // what a connections table shows.
    void listConnectionsWithCounts(QObject *context, Callback callback);
    void getConnectionWithCounts(const QString &id, QObject *context, Callback callback);
    // `displayName` empty: none (the name is shown).
    void createConnection(const QString &name, const QString &strategy, QObject *context, Callback callback,
                          const QString &displayName = {});
    // PATCH /connections/{id}: name, display_name, options (replaced as a whole; a left-out secret is kept). A field
    // the engine refuses is named in the error's `details` ([{field, message}]).
    void updateConnection(const QString &id, const QJsonObject &body, QObject *context, Callback callback);
    // Sends one signed test logout; `overrides` carries settings not saved yet. Answers {delivered, status, body,
    // error, url, jti, duration_ms}.
    void testBackchannelLogout(const QString &id, const QJsonObject &overrides, QObject *context, Callback callback);
    void deleteConnection(const QString &id, QObject *context, Callback callback);
    void enableScim(const QString &id, const QString &userIdAttribute, QObject *context, Callback callback);
    void disableScim(const QString &id, QObject *context, Callback callback);
    void getScimConfiguration(const QString &id, QObject *context, Callback callback);
    // PATCH …/scim-configuration: replaces the attribute map (400 invalid_mapping carries `details`).
    void updateScimMapping(const QString &id, const QJsonObject &body, QObject *context, Callback callback);
    void getDefaultMapping(const QString &id, QObject *context, Callback callback);
    // The connection's User schemas (core, then extensions) as a SCIM ListResponse.
    void getMappingSchemas(const QString &id, QObject *context, Callback callback);
    // The connection's schemas of `resourceType` (User or Group), declared ones included, as a SCIM ListResponse.
    void getSchemas(const QString &id, const QString &resourceType, QObject *context, Callback callback);
    // Declared schemas (docs/schemas.md): the list of {resource_type, schema}, and one saved (POST when `create`,
    // else PUT …/custom-schemas/{urn}); a refused one answers 400 invalid_schema with `details`.
    void listCustomSchemas(const QString &id, QObject *context, Callback callback);
    void saveCustomSchema(const QString &id, const QString &resourceType, const QJsonObject &schema, bool create,
                          QObject *context, Callback callback);
    // The same with ?dry_run=true: validated as a save would be, answered as it would be stored, nothing stored.
    void checkCustomSchema(const QString &id, const QString &resourceType, const QJsonObject &schema, bool create,
                           QObject *context, Callback callback);
    // The profile the connection's attribute map makes of `resource` (a SCIM User), nothing stored; `declaration`
    // ({resource_type, schema}, optional) stands in for the declared schema with its URN, as edited.
    void previewProfile(const QString &id, const QJsonObject &resource, const QJsonObject &declaration,
                        QObject *context, Callback callback);
    // The undeclared extension attributes the connection's stored resources carry (the survey for "Declare…").
    void getUndeclaredAttributes(const QString &id, QObject *context, Callback callback);
    void listTokens(const QString &connectionId, QObject *context, Callback callback);
    // lifetime: empty = never expires.
    void createToken(const QString &connectionId, const QStringList &scopes, std::optional<qint64> lifetimeSeconds,
                     QObject *context, Callback callback);
    void revokeToken(const QString &connectionId, const QString &tokenId, QObject *context, Callback callback);
    void listUsers(const QString &connectionId, const QString &search, int page, int perPage, QObject *context,
                   Callback callback);
    void getUser(const QString &userId, QObject *context, Callback callback);
    // The SCIM User as its IdP reads it.
    void getUserScimResource(const QString &userId, QObject *context, Callback callback);
    void listUserGroups(const QString &userId, QObject *context, Callback callback);
    // The user's newest request-log events, newest first.
    void listUserLogs(const QString &userId, int perPage, QObject *context, Callback callback);
    // Groups (with include_totals): `connectionId` empty = every connection.
    void listGroups(const QString &connectionId, const QString &search, int page, int perPage, QObject *context,
                    Callback callback);
    void getGroup(const QString &groupId, QObject *context, Callback callback);
    // Checkpoint paging: `from` empty = the first page; the answer's `next` is the following page's `from`.
    void listGroupMembers(const QString &groupId, const QString &from, int take, QObject *context, Callback callback);
    // Request statistics: `connectionId` empty = tenant-wide; `query` carries from, to, interval, by_connection,
    // by_action.
    void getStats(const QString &connectionId, const QUrlQuery &query, QObject *context, Callback callback);
    // Log streams.
    void listLogStreams(QObject *context, Callback callback);
    void createLogStream(const QJsonObject &body, QObject *context, Callback callback);
    void updateLogStream(const QString &id, const QJsonObject &body, QObject *context, Callback callback);
    void deleteLogStream(const QString &id, QObject *context, Callback callback);
    // Sends one test event to the stream's sink; answers {delivered, status, body, error, duration_ms}.
    void testLogStream(const QString &id, QObject *context, Callback callback);
    // Logs (docs/logs.md). `query` carries from/take (checkpoint), before/take/q (history) or the search parameters.
    void listLogs(const QUrlQuery &query, QObject *context, Callback callback);
    void getLog(const QString &logId, QObject *context, Callback callback);
    // Opens GET /api/v2/logs/stream (Server-Sent Events) resuming after `from`. The caller owns the reply and reads
    // it as it arrives; it is not counted as a pending request.
    QNetworkReply *openLogStream(const QString &from);
    // An authenticated, cheap request: tells reachable + token accepted apart from the rest.
    // POST …/scim-configuration/mapping-preview with JSON Lines progress; the caller owns the reply and reads
    // its lines (RealUsersPreview).
    QNetworkReply *openMappingPreview(const QString &connectionId, const QJsonObject &body);
    void probe(QObject *context, Callback callback);
    // GET /api/v2/engine: the engine's backend, database (never a password) and instance name.
    void getEngineInfo(QObject *context, Callback callback);

Q_SIGNALS:
    void busyChanged(bool busy);
    // The engine could not be reached (refused, reset, timed out).
    void networkFailure(const QString &message);
    // The engine's TLS certificate is not trusted (not by the system, and not the one the admin trusted).
    void certificateUntrusted(const QSslCertificate &certificate, const QList<QSslError> &errors);
    void endpointChanged();

private:
    static QUrlQuery withCounts();
    void finish(QNetworkReply *reply);
    void checkCertificate(QNetworkReply *reply, const QList<QSslError> &errors);

    struct Pending
    {
        QPointer<QObject> context;
        Callback callback;
        quint64 generation = 0;
    };

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QByteArray m_authorization;
    QByteArray m_trustedDigest;
    struct Refusal
    {
        QSslCertificate certificate;
        QList<QSslError> errors;
    };
    QHash<QNetworkReply *, Refusal> m_refused;
    quint64 m_generation = 0;
    QHash<QNetworkReply *, Pending> m_pending;
};

} // namespace scim
