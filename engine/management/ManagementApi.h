#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "common/Router.h"
#include "management/ManagementContext.h"

#include <memory>

namespace scim {

class BackchannelLogout;
class ConnectionEndpoints;
class CustomSchemaEndpoints;
class GroupEndpoints;
class ProfilePreviewEndpoints;
class ProfileService;
class ScimConfigurationEndpoints;
class ScimService;
class Store;
class TokenEndpoints;
class TokenService;
class UserEndpoints;

// The Management API (`/api/v2`), shaped like Auth0's: connections, their SCIM configuration and tokens, and the
// provisioned users' profiles. Transport-free; the caller has already checked the admin credential. The log
// endpoints add their routes to the same router (LogsApi).
class ManagementApi
{
public:
    ManagementApi(Store &store, TokenService &tokens);
    ~ManagementApi();

    void setPublicBaseUrl(const QString &baseUrl);
    void setTenantName(const QString &tenantName) { m_context.tenantName = tenantName; }
    void setProfileService(ProfileService *profiles) { m_context.profiles = profiles; }
    void setScimService(ScimService *scim) { m_context.scim = scim; }

    // Paths below /api/v2; routes added here are served by handle().
    Router<const HttpRequest> &router() { return m_router; }

    // `request.path` is the full path starting with /api/v2.
    HttpResponse handle(const HttpRequest &request);

    static HttpResponse errorResponse(int status, const QString &message, const QString &errorCode = {});
    // 405 with the Allow header, e.g. methodNotAllowed("GET, POST").
    static HttpResponse methodNotAllowed(const QByteArray &allowed);

private:
    ManagementContext m_context;
    Router<const HttpRequest> m_router;
    std::unique_ptr<ConnectionEndpoints> m_connections;
    std::unique_ptr<ScimConfigurationEndpoints> m_configurations;
    std::unique_ptr<CustomSchemaEndpoints> m_customSchemas;
    std::unique_ptr<ProfilePreviewEndpoints> m_profilePreview;
    std::unique_ptr<TokenEndpoints> m_tokens;
    std::unique_ptr<UserEndpoints> m_users;
    std::unique_ptr<GroupEndpoints> m_groups;
    std::unique_ptr<BackchannelLogout> m_logout;
};

} // namespace scim
