#include "models/api/ManagementClient.h"

#include <QCryptographicHash>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace scim {

namespace {
constexpr int kTransferTimeoutMs = 15000;

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}
} // namespace

ManagementClient::ManagementClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Every reply of this client, the log stream's included, passes here when the system does not trust the engine.
    connect(m_network, &QNetworkAccessManager::sslErrors, this, &ManagementClient::checkCertificate);
}

ManagementClient::~ManagementClient()
{
    // Replies are children of the manager; make sure no callback runs during destruction.
    const auto replies = m_pending.keys();
    m_pending.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

void ManagementClient::checkCertificate(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
    if (!m_trustedDigest.isEmpty() && !certificate.isNull() &&
        certificate.digest(QCryptographicHash::Sha256) == m_trustedDigest) {
        reply->ignoreSslErrors(errors);
        return;
    }
    if (m_pending.contains(reply))
        m_refused.insert(reply, Refusal{certificate, errors});
}

void ManagementClient::setEndpoint(const QUrl &baseUrl, const QString &adminToken, const QString &trustedFingerprint)
{
    ++m_generation;
    const auto replies = m_pending.keys();
    for (QNetworkReply *reply : replies)
        reply->abort();
    m_baseUrl = baseUrl.adjusted(QUrl::StripTrailingSlash);
    m_authorization = "Bearer " + adminToken.toUtf8();
    m_trustedDigest = QByteArray::fromHex(trustedFingerprint.toLatin1()); // the colons are skipped
    // A fresh manager drops keep-alive connections to the previous engine.
    m_network->clearConnectionCache();
    Q_EMIT endpointChanged();
}

void ManagementClient::request(const QByteArray &method, const QString &path, const QUrlQuery &query,
                               const QJsonDocument &body, QObject *context, Callback callback)
{
    QUrl url = m_baseUrl;
    // Paths are already percent-encoded by the helpers below.
    url.setPath(m_baseUrl.path() + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest networkRequest(url);
    networkRequest.setTransferTimeout(kTransferTimeoutMs);
    networkRequest.setRawHeader("Authorization", m_authorization);
    networkRequest.setRawHeader("Accept", "application/json");
    QByteArray payload;
    if (!body.isNull()) {
        payload = body.toJson(QJsonDocument::Compact);
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply *reply = m_network->sendCustomRequest(networkRequest, method, payload);
    const bool wasIdle = m_pending.isEmpty();
    m_pending.insert(reply, Pending{context, std::move(callback), m_generation});
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
    if (wasIdle)
        Q_EMIT busyChanged(true);
}

void ManagementClient::finish(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    const Refusal refusal = m_refused.take(reply);
    if (m_pending.isEmpty())
        Q_EMIT busyChanged(false);
    if (pending.generation != m_generation)
        return;

    ApiResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (!body.isEmpty())
        result.json = QJsonDocument::fromJson(body);
    if (result.status == 0 && !refusal.certificate.isNull()) {
        result.untrustedCertificate = refusal.certificate;
        result.sslErrors = refusal.errors;
        result.errorMessage =
            tr("The certificate of the engine at %1 is not trusted.").arg(m_baseUrl.toDisplayString());
        Q_EMIT certificateUntrusted(refusal.certificate, refusal.errors);
    } else if (result.status == 0) {
        result.networkFailure = true;
        //: %1 the engine URL, %2 the network error
        result.errorMessage =
            tr("The engine at %1 could not be reached (%2)").arg(m_baseUrl.toDisplayString(), reply->errorString());
        Q_EMIT networkFailure(result.errorMessage);
    } else if (!result.ok()) {
        const QJsonObject error = result.json.object();
        result.errorMessage = error.value(QStringLiteral("message")).toString();
        result.errorCode = error.value(QStringLiteral("errorCode")).toString();
        if (result.errorMessage.isEmpty())
            result.errorMessage = error.value(QStringLiteral("error")).toString();
    }
    if (pending.context && pending.callback)
        pending.callback(result);
}

void ManagementClient::listConnections(QObject *context, Callback callback)
{
    request("GET", QStringLiteral("/api/v2/connections"), {}, {}, context, std::move(callback));
}

void ManagementClient::listConnectionsWithCounts(QObject *context, Callback callback)
{
    request("GET", QStringLiteral("/api/v2/connections"), withCounts(), {}, context, std::move(callback));
}

void ManagementClient::getConnectionWithCounts(const QString &id, QObject *context, Callback callback)
{
    request("GET", QStringLiteral("/api/v2/connections/") + encoded(id), withCounts(), {}, context,
            std::move(callback));
}

QUrlQuery ManagementClient::withCounts()
{
    return QUrlQuery{{QStringLiteral("include_counts"), QStringLiteral("true")},
                     {QStringLiteral("include_tokens"), QStringLiteral("true")}};
}

void ManagementClient::getConnection(const QString &id, QObject *context, Callback callback)
{
    request("GET", QStringLiteral("/api/v2/connections/") + encoded(id), {}, {}, context, std::move(callback));
}

void ManagementClient::createConnection(const QString &name, const QString &strategy, QObject *context,
                                        Callback callback, const QString &displayName)
{
    QJsonObject body{{QStringLiteral("name"), name}, {QStringLiteral("strategy"), strategy}};
    if (!displayName.trimmed().isEmpty())
        body.insert(QStringLiteral("display_name"), displayName.trimmed());
    request("POST", QStringLiteral("/api/v2/connections"), {}, QJsonDocument(body), context, std::move(callback));
}

void ManagementClient::updateConnection(const QString &id, const QJsonObject &body, QObject *context, Callback callback)
{
    request("PATCH", QStringLiteral("/api/v2/connections/") + encoded(id), {}, QJsonDocument(body), context,
            std::move(callback));
}

void ManagementClient::testBackchannelLogout(const QString &id, const QJsonObject &overrides, QObject *context,
                                             Callback callback)
{
    request("POST", QStringLiteral("/api/v2/connections/%1/backchannel-logout/test").arg(encoded(id)), {},
            QJsonDocument(overrides), context, std::move(callback));
}

void ManagementClient::deleteConnection(const QString &id, QObject *context, Callback callback)
{
    request("DELETE", QStringLiteral("/api/v2/connections/") + encoded(id), {}, {}, context, std::move(callback));
}

void ManagementClient::enableScim(const QString &id, const QString &userIdAttribute, QObject *context,
                                  Callback callback)
{
    QJsonObject body;
    if (!userIdAttribute.isEmpty())
        body.insert(QStringLiteral("user_id_attribute"), userIdAttribute);
    request("POST", QStringLiteral("/api/v2/connections/%1/scim-configuration").arg(encoded(id)), {},
            QJsonDocument(body), context, std::move(callback));
}

void ManagementClient::disableScim(const QString &id, QObject *context, Callback callback)
{
    request("DELETE", QStringLiteral("/api/v2/connections/%1/scim-configuration").arg(encoded(id)), {}, {}, context,
            std::move(callback));
}

void ManagementClient::getScimConfiguration(const QString &id, QObject *context, Callback callback)
{
    request("GET", QStringLiteral("/api/v2/connections/%1/scim-configuration").arg(encoded(id)), {}, {}, context,
            std::move(callback));
}

void ManagementClient::updateScimMapping(const QString &id, const QJsonObject &body, QObject *context,
                                         Callback callback)
{
    request("PATCH", QStringLiteral("/api/v2/connections/%1/scim-configuration").arg(encoded(id)), {},
            QJsonDocument(body), context, std::move(callback));
}

void ManagementClient::getDefaultMapping(const QString &id, QObject *context, Callback callback)
{
    request("GET", QStringLiteral("/api/v2/connections/%1/scim-configuration/default-mapping").arg(encoded(id)), {}, {},
            context, std::move(callback));
}

void ManagementClient::getMappingSchemas(const QString &id, QObject *context, Callback callback)
{
    request("GET", QStringLiteral("/api/v2/connections/%1/scim-configuration/schemas").arg(encoded(id)), {}, {},
            context, std::move(callback));
}

void ManagementClient::getSchemas(const QString &id, const QString &resourceType, QObject *context, Callback callback)
{
    request("GET", QStringLiteral("/api/v2/connections/%1/scim-configuration/schemas").arg(encoded(id)),
            QUrlQuery{{QStringLiteral("resource_type"), resourceType}}, {}, context, std::move(callback));
}

void ManagementClient::listCustomSchemas(const QString &id, QObject *context, Callback callback)
{
    request("GET", QStringLiteral("/api/v2/connections/%1/scim-configuration/custom-schemas").arg(encoded(id)), {}, {},
            context, std::move(callback));
}

void ManagementClient::saveCustomSchema(const QString &id, const QString &resourceType, const QJsonObject &schema,
                                        bool create, QObject *context, Callback callback)
{
    QString path = QStringLiteral("/api/v2/connections/%1/scim-configuration/custom-schemas").arg(encoded(id));
    if (!create)
        path += u'/' + encoded(schema.value(QStringLiteral("id")).toString());
    request(
        create ? "POST" : "PUT", path, {},
        QJsonDocument(QJsonObject{{QStringLiteral("resource_type"), resourceType}, {QStringLiteral("schema"), schema}}),
        context, std::move(callback));
}

void ManagementClient::checkCustomSchema(const QString &id, const QString &resourceType, const QJsonObject &schema,
                                         bool create, QObject *context, Callback callback)
{
    QString path = QStringLiteral("/api/v2/connections/%1/scim-configuration/custom-schemas").arg(encoded(id));
    if (!create)
        path += u'/' + encoded(schema.value(QStringLiteral("id")).toString());
    request(
        create ? "POST" : "PUT", path, QUrlQuery{{QStringLiteral("dry_run"), QStringLiteral("true")}},
        QJsonDocument(QJsonObject{{QStringLiteral("resource_type"), resourceType}, {QStringLiteral("schema"), schema}}),
        context, std::move(callback));
}

void ManagementClient::previewProfile(const QString &id, const QJsonObject &resource, const QJsonObject &declaration,
                                      QObject *context, Callback callback)
{
    QJsonObject body{{QStringLiteral("resource"), resource}};
    if (!declaration.isEmpty())
        body.insert(QStringLiteral("custom_schema"), declaration);
    request("POST", QStringLiteral("/api/v2/connections/%1/scim-configuration/profile-preview").arg(encoded(id)), {},
            QJsonDocument(body), context, std::move(callback));
}

void ManagementClient::getUndeclaredAttributes(const QString &id, QObject *context, Callback callback)
{
    request("GET", QStringLiteral("/api/v2/connections/%1/scim-configuration/undeclared-attributes").arg(encoded(id)),
            {}, {}, context, std::move(callback));
}

void ManagementClient::listTokens(const QString &connectionId, QObject *context, Callback callback)
{
    request("GET", QStringLiteral("/api/v2/connections/%1/scim-configuration/tokens").arg(encoded(connectionId)), {},
            {}, context, std::move(callback));
}

void ManagementClient::createToken(const QString &connectionId, const QStringList &scopes,
                                   std::optional<qint64> lifetimeSeconds, QObject *context, Callback callback)
{
    QJsonObject body{{QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}};
    if (lifetimeSeconds)
        body.insert(QStringLiteral("token_lifetime"), double(*lifetimeSeconds));
    request("POST", QStringLiteral("/api/v2/connections/%1/scim-configuration/tokens").arg(encoded(connectionId)), {},
            QJsonDocument(body), context, std::move(callback));
}

void ManagementClient::revokeToken(const QString &connectionId, const QString &tokenId, QObject *context,
                                   Callback callback)
{
    request("DELETE",
            QStringLiteral("/api/v2/connections/%1/scim-configuration/tokens/%2")
                .arg(encoded(connectionId), encoded(tokenId)),
            {}, {}, context, std::move(callback));
}

void ManagementClient::listUsers(const QString &connectionId, const QString &search, int page, int perPage,
                                 QObject *context, Callback callback)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("connection_id"), connectionId);
    if (!search.isEmpty())
        query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(search)));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    query.addQueryItem(QStringLiteral("include_totals"), QStringLiteral("true"));
    request("GET", QStringLiteral("/api/v2/users"), query, {}, context, std::move(callback));
}

void ManagementClient::getUser(const QString &userId, QObject *context, Callback callback)
{
    request("GET", QStringLiteral("/api/v2/users/") + encoded(userId), {}, {}, context, std::move(callback));
}

void ManagementClient::getUserScimResource(const QString &userId, QObject *context, Callback callback)
{
    request("GET", QStringLiteral("/api/v2/users/%1/scim-resource").arg(encoded(userId)), {}, {}, context,
            std::move(callback));
}

void ManagementClient::listUserGroups(const QString &userId, QObject *context, Callback callback)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    request("GET", QStringLiteral("/api/v2/users/%1/groups").arg(encoded(userId)), query, {}, context,
            std::move(callback));
}

void ManagementClient::listUserLogs(const QString &userId, int perPage, QObject *context, Callback callback)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("date:-1"));
    request("GET", QStringLiteral("/api/v2/users/%1/logs").arg(encoded(userId)), query, {}, context,
            std::move(callback));
}

void ManagementClient::listGroups(const QString &connectionId, const QString &search, int page, int perPage,
                                  QObject *context, Callback callback)
{
    QUrlQuery query;
    if (!connectionId.isEmpty())
        query.addQueryItem(QStringLiteral("connection_id"), connectionId);
    if (!search.isEmpty())
        query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(search)));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    query.addQueryItem(QStringLiteral("include_totals"), QStringLiteral("true"));
    request("GET", QStringLiteral("/api/v2/groups"), query, {}, context, std::move(callback));
}

void ManagementClient::getGroup(const QString &groupId, QObject *context, Callback callback)
{
    request("GET", QStringLiteral("/api/v2/groups/") + encoded(groupId), {}, {}, context, std::move(callback));
}

void ManagementClient::listGroupMembers(const QString &groupId, const QString &from, int take, QObject *context,
                                        Callback callback)
{
    QUrlQuery query;
    if (!from.isEmpty())
        query.addQueryItem(QStringLiteral("from"), QString::fromLatin1(QUrl::toPercentEncoding(from)));
    query.addQueryItem(QStringLiteral("take"), QString::number(take));
    request("GET", QStringLiteral("/api/v2/groups/%1/members").arg(encoded(groupId)), query, {}, context,
            std::move(callback));
}

void ManagementClient::getStats(const QString &connectionId, const QUrlQuery &query, QObject *context,
                                Callback callback)
{
    request("GET",
            connectionId.isEmpty() ? QStringLiteral("/api/v2/scim-stats")
                                   : QStringLiteral("/api/v2/connections/%1/scim-stats").arg(encoded(connectionId)),
            query, {}, context, std::move(callback));
}

void ManagementClient::listLogStreams(QObject *context, Callback callback)
{
    request("GET", QStringLiteral("/api/v2/log-streams"), {}, {}, context, std::move(callback));
}

void ManagementClient::createLogStream(const QJsonObject &body, QObject *context, Callback callback)
{
    request("POST", QStringLiteral("/api/v2/log-streams"), {}, QJsonDocument(body), context, std::move(callback));
}

void ManagementClient::updateLogStream(const QString &id, const QJsonObject &body, QObject *context, Callback callback)
{
    request("PATCH", QStringLiteral("/api/v2/log-streams/") + encoded(id), {}, QJsonDocument(body), context,
            std::move(callback));
}

void ManagementClient::deleteLogStream(const QString &id, QObject *context, Callback callback)
{
    request("DELETE", QStringLiteral("/api/v2/log-streams/") + encoded(id), {}, {}, context, std::move(callback));
}

void ManagementClient::testLogStream(const QString &id, QObject *context, Callback callback)
{
    request("POST", QStringLiteral("/api/v2/log-streams/%1/test").arg(encoded(id)), {}, {}, context,
            std::move(callback));
}

void ManagementClient::listLogs(const QUrlQuery &query, QObject *context, Callback callback)
{
    request("GET", QStringLiteral("/api/v2/logs"), query, {}, context, std::move(callback));
}

void ManagementClient::getLog(const QString &logId, QObject *context, Callback callback)
{
    request("GET", QStringLiteral("/api/v2/logs/") + encoded(logId), {}, {}, context, std::move(callback));
}

QNetworkReply *ManagementClient::openLogStream(const QString &from)
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + QStringLiteral("/api/v2/logs/stream"));
    if (!from.isEmpty())
        url.setQuery(QStringLiteral("from=") + encoded(from));
    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Authorization", m_authorization);
    networkRequest.setRawHeader("Accept", "text/event-stream");
    networkRequest.setRawHeader("Cache-Control", "no-cache");
    if (!from.isEmpty())
        networkRequest.setRawHeader("Last-Event-ID", from.toLatin1());
    // A stream has no end: no transfer timeout (LogStreamClient watches the keep-alives instead), and no
    // HTTP/2 so that a remote engine behind a proxy keeps the documented framing.
    networkRequest.setTransferTimeout(0);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return m_network->get(networkRequest);
}

QNetworkReply *ManagementClient::openMappingPreview(const QString &connectionId, const QJsonObject &body)
{
    QUrl url = m_baseUrl;
    url.setPath(
        m_baseUrl.path() +
            QStringLiteral("/api/v2/connections/%1/scim-configuration/mapping-preview").arg(encoded(connectionId)),
        QUrl::TolerantMode);
    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Authorization", m_authorization);
    networkRequest.setRawHeader("Accept", "application/x-ndjson");
    networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Progress lines arrive several times a second; a preview of a large connection may take longer than the
    // usual transfer timeout.
    networkRequest.setTransferTimeout(0);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return m_network->post(networkRequest, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void ManagementClient::probe(QObject *context, Callback callback)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("take"), QStringLiteral("1"));
    request("GET", QStringLiteral("/api/v2/connections-scim-configurations"), query, {}, context, std::move(callback));
}

void ManagementClient::getEngineInfo(QObject *context, Callback callback)
{
    request("GET", QStringLiteral("/api/v2/engine"), {}, {}, context, std::move(callback));
}

} // namespace scim
