#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "common/Router.h"
#include "storage/StorageTypes.h"

#include <QJsonObject>

namespace scim {

struct ManagementContext;

// The groups that IdPs pushed over SCIM, shaped like Auth0's Groups API: /groups (paged, searched, with totals),
// /groups/{id}, /groups/{id}/members (checkpoint paging: the same cost on page 1 and page 1,000 of a 100,000-member
// group) and /users/{id}/groups.
class GroupEndpoints
{
public:
    static constexpr int kMaxTake = 100;

    explicit GroupEndpoints(ManagementContext &context);

    void addRoutes(Router<const HttpRequest> &router);

private:
    HttpResponse listGroups(const HttpRequest &request);
    HttpResponse getGroup(const QString &id);
    HttpResponse listMembers(const HttpRequest &request, const QString &groupId);
    HttpResponse userGroups(const HttpRequest &request, const QString &userId);

    QJsonObject groupJson(const StoredResource &group) const;
    StoredResource requireGroup(const QString &id) const;

    ManagementContext &m_context;
};

} // namespace scim
