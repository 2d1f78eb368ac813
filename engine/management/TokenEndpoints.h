#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "common/Router.h"
#include "storage/StorageTypes.h"

#include <QJsonObject>

namespace scim {

struct ManagementContext;

// /connections/{id}/scim-configuration/tokens: issue (scopes, lifetime, the active-token limit of auth/TokenPolicy),
// list without secrets, revoke.
class TokenEndpoints
{
public:
    explicit TokenEndpoints(ManagementContext &context);

    void addRoutes(Router<const HttpRequest> &router);

    // A token as the API shows it (never its secret); also in GET /connections?include_tokens=true.
    static QJsonObject tokenJson(const ScimToken &token);

private:
    HttpResponse listTokens(const QString &id);
    HttpResponse createToken(const HttpRequest &request, const QString &id);
    HttpResponse deleteToken(const QString &id, const QString &tokenId);

    ManagementContext &m_context;
};

} // namespace scim
