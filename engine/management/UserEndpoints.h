#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "common/Router.h"
#include "storage/StorageTypes.h"

#include <QJsonObject>

namespace scim {

struct ManagementContext;

// /users: the provisioned users' profiles, searched and paged as Auth0's user search does; and
// /users/{id}/scim-resource, the SCIM User as its IdP reads it.
class UserEndpoints
{
public:
    explicit UserEndpoints(ManagementContext &context);

    void addRoutes(Router<const HttpRequest> &router);

private:
    HttpResponse listUsers(const HttpRequest &request);
    HttpResponse getUser(const QString &userId);
    HttpResponse getScimResource(const QString &userId);

    ManagementContext &m_context;
};

} // namespace scim
