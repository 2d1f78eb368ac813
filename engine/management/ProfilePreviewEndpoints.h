#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "common/Router.h"

namespace scim {

struct ManagementContext;

// POST /connections/{id}/scim-configuration/profile-preview (docs/mapping.md): the profile that the connection's
// attribute map makes of a given SCIM User, without storing anything. The user is normalised as a POST would
// normalise it, against the connection's schemas, optionally with one declaration replaced or added as it is being
// edited (`custom_schema`, checked like a dry run), so the schema editor shows a sample user "in SCIM and in the
// profile" while the schema is not saved yet.
class ProfilePreviewEndpoints
{
public:
    explicit ProfilePreviewEndpoints(ManagementContext &context);

    void addRoutes(Router<const HttpRequest> &router);

private:
    HttpResponse preview(const HttpRequest &request, const QString &id);

    ManagementContext &m_context;
};

} // namespace scim
