#include "management/UserEndpoints.h"

#include "management/ManagementContext.h"
#include "management/ManagementError.h"
#include "management/ManagementRequest.h"
#include "protocol/ScimService.h"
#include "storage/Store.h"

#include <QJsonArray>

namespace scim {

UserEndpoints::UserEndpoints(ManagementContext &context)
    : m_context(context)
{}

void UserEndpoints::addRoutes(Router<const HttpRequest> &router)
{
    router.add("GET", QStringLiteral("/users"),
               [this](const HttpRequest &request, const QStringList &) { return listUsers(request); });
    router.add("GET", QStringLiteral("/users/{id}"),
               [this](const HttpRequest &, const QStringList &args) { return getUser(args.at(0)); });
    router.add("GET", QStringLiteral("/users/{id}/scim-resource"),
               [this](const HttpRequest &, const QStringList &args) { return getScimResource(args.at(0)); });
}

HttpResponse UserEndpoints::listUsers(const HttpRequest &request)
{
    const qint64 page = ManagementRequest::intQuery(request, QStringLiteral("page"), 0, 0, 1000000);
    const qint64 perPage = ManagementRequest::intQuery(request, QStringLiteral("per_page"), 50, 0, 100);
    const QString connectionId = request.queryItem(QStringLiteral("connection_id"));
    if (!connectionId.isEmpty())
        m_context.requireConnection(connectionId);
    // `q` (or Auth0's newer `search`) matches email, username, name and user_id.
    QString q = request.queryItem(QStringLiteral("q"));
    if (q.isEmpty())
        q = request.queryItem(QStringLiteral("search"));
    q = q.trimmed();

    QJsonArray users;
    for (const UserProfile &profile : m_context.store.profiles(connectionId, q, page * perPage, perPage))
        users.append(profile.data);
    const QString totals = request.queryItem(QStringLiteral("include_totals")).toLower();
    if (totals == QLatin1String("true") || totals == QLatin1String("1")) {
        return HttpResponse::json(
            200,
            QJsonObject{{QStringLiteral("users"), users},
                        {QStringLiteral("start"), page * perPage},
                        {QStringLiteral("limit"), perPage},
                        {QStringLiteral("length"), users.size()},
                        {QStringLiteral("total"), qint64(m_context.store.countProfiles(connectionId, q))}},
            ManagementRequest::kJsonContentType);
    }
    return HttpResponse::json(200, users, ManagementRequest::kJsonContentType);
}

HttpResponse UserEndpoints::getUser(const QString &userId)
{
    const std::optional<UserProfile> profile = m_context.store.profile(userId);
    if (!profile)
        throw ManagementError(404, QStringLiteral("The user does not exist."), QStringLiteral("inexistent_user"));
    return HttpResponse::json(200, profile->data, ManagementRequest::kJsonContentType);
}

} // namespace scim

namespace scim {

HttpResponse UserEndpoints::getScimResource(const QString &userId)
{
    const std::optional<UserProfile> profile = m_context.store.profile(userId);
    std::optional<QJsonObject> resource;
    if (profile && m_context.scim)
        resource = m_context.scim->renderedResource(profile->connectionId, QStringLiteral("User"), userId);
    if (!resource)
        throw ManagementError(404, QStringLiteral("The user does not exist."), QStringLiteral("inexistent_user"));
    return HttpResponse::json(200, *resource, ManagementRequest::kJsonContentType);
}

} // namespace scim
