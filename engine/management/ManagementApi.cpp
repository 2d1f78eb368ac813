#include "management/ManagementApi.h"

#include "management/ConnectionEndpoints.h"
#include "management/CustomSchemaEndpoints.h"
#include "management/GroupEndpoints.h"
#include "management/ManagementError.h"
#include "management/ManagementRequest.h"
#include "management/ProfilePreviewEndpoints.h"
#include "management/ScimConfigurationEndpoints.h"
#include "management/TokenEndpoints.h"
#include "management/UserEndpoints.h"
#include "sessions/BackchannelLogout.h"
#include "storage/StoreError.h"

namespace scim {

ManagementApi::ManagementApi(Store &store, TokenService &tokens)
    : m_context{store, tokens, nullptr, nullptr, nullptr, QString(), QString()}
    , m_router(&ManagementApi::methodNotAllowed)
    , m_connections(std::make_unique<ConnectionEndpoints>(m_context))
    , m_configurations(std::make_unique<ScimConfigurationEndpoints>(m_context))
    , m_customSchemas(std::make_unique<CustomSchemaEndpoints>(m_context))
    , m_profilePreview(std::make_unique<ProfilePreviewEndpoints>(m_context))
    , m_tokens(std::make_unique<TokenEndpoints>(m_context))
    , m_users(std::make_unique<UserEndpoints>(m_context))
    , m_groups(std::make_unique<GroupEndpoints>(m_context))
    , m_logout(std::make_unique<BackchannelLogout>())
{
    m_context.logout = m_logout.get();
    m_configurations->addRoutes(m_router);
    m_customSchemas->addRoutes(m_router);
    m_profilePreview->addRoutes(m_router);
    m_users->addRoutes(m_router);
    m_groups->addRoutes(m_router);
    m_connections->addRoutes(m_router);
    m_tokens->addRoutes(m_router);
}

ManagementApi::~ManagementApi() = default;

void ManagementApi::setPublicBaseUrl(const QString &baseUrl)
{
    m_context.baseUrl = baseUrl;
    m_logout->setIssuer(baseUrl);
}

HttpResponse ManagementApi::errorResponse(int status, const QString &message, const QString &errorCode)
{
    return HttpResponse::json(status, ManagementError(status, message, errorCode).toJson(),
                              ManagementRequest::kJsonContentType);
}

HttpResponse ManagementApi::methodNotAllowed(const QByteArray &allowed)
{
    HttpResponse response =
        errorResponse(405, QStringLiteral("Method not allowed; allowed: %1").arg(QString::fromLatin1(allowed)));
    response.setHeader(QByteArrayLiteral("Allow"), allowed);
    return response;
}

HttpResponse ManagementApi::handle(const HttpRequest &request)
{
    try {
        // segments[0..1] are "api", "v2"
        const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts).mid(2);
        if (std::optional<HttpResponse> response = m_router.dispatch(request.method, segments, request))
            return std::move(*response);
        return errorResponse(404, QStringLiteral("Not Found"));
    } catch (const ManagementError &error) {
        return HttpResponse::json(error.status(), error.toJson(), ManagementRequest::kJsonContentType);
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::Conflict)
            return errorResponse(409, QStringLiteral("The resource already exists"), QStringLiteral("conflict"));
        if (error.kind() == StoreError::Kind::Transient) {
            HttpResponse response = errorResponse(503, QStringLiteral("The change conflicted with another request; "
                                                                      "please retry"));
            response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
            return response;
        }
        qWarning("management: storage failure: %s", qUtf8Printable(error.message()));
        return errorResponse(500, QStringLiteral("Internal storage error"));
    }
}

} // namespace scim
