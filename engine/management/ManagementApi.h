#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "storage/StorageTypes.h"

#include <QJsonObject>

namespace scim {

class ProfileService;
class Store;
class TokenService;

// The Management API (`/api/v2`), shaped like Auth0's: connections, their SCIM configuration and their
// SCIM tokens. Transport-free; the caller has already checked the admin credential.
class ManagementApi
{
public:
    ManagementApi(Store &store, TokenService &tokens);

    void setPublicBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    void setTenantName(const QString &tenantName) { m_tenantName = tenantName; }
    void setProfileService(ProfileService *profiles) { m_profiles = profiles; }

    // `path` is the full request path starting with /api/v2.
    HttpResponse handle(const HttpRequest &request);

    static HttpResponse errorResponse(int status, const QString &message, const QString &errorCode = {});
    // 405 with the Allow header, e.g. methodNotAllowed("GET, POST").
    static HttpResponse methodNotAllowed(const QByteArray &allowed);

private:
    HttpResponse route(const HttpRequest &request, const QStringList &segments);

    HttpResponse listConnections(const HttpRequest &request);
    HttpResponse createConnection(const HttpRequest &request);
    HttpResponse getConnection(const QString &id);
    HttpResponse updateConnection(const HttpRequest &request, const QString &id);
    HttpResponse deleteConnection(const QString &id);

    HttpResponse listScimConfigurations(const HttpRequest &request);
    HttpResponse createScimConfiguration(const HttpRequest &request, const QString &id);
    HttpResponse getScimConfiguration(const QString &id);
    HttpResponse updateScimConfiguration(const HttpRequest &request, const QString &id);
    HttpResponse deleteScimConfiguration(const QString &id);
    HttpResponse defaultMapping(const QString &id);
    HttpResponse mappingSchemas(const QString &id);

    HttpResponse listUsers(const HttpRequest &request);
    HttpResponse getUser(const QString &userId);

    HttpResponse listTokens(const QString &id);
    HttpResponse createToken(const HttpRequest &request, const QString &id);
    HttpResponse deleteToken(const QString &id, const QString &tokenId);

    Connection requireConnection(const QString &id);
    ScimConfiguration requireScimConfiguration(const Connection &connection);
    QJsonObject connectionJson(const Connection &connection);
    static QJsonObject validatedOptions(const QJsonValue &value, const QJsonObject &previous);
    QJsonObject scimConfigurationJson(const Connection &connection, const ScimConfiguration &configuration);
    static void validateMapping(const QJsonArray &mapping, const QString &userIdAttribute);
    void profilesChanged(const QString &connectionId);
    static QJsonObject tokenJson(const ScimToken &token);
    static QJsonObject parseBody(const HttpRequest &request, bool allowEmpty);
    static void validateMappingShape(const QJsonValue &mapping, const QJsonValue &userIdAttribute);

    Store &m_store;
    TokenService &m_tokens;
    QString m_baseUrl;
    QString m_tenantName;
    ProfileService *m_profiles = nullptr;
};

} // namespace scim
