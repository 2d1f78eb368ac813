#include "management/GroupEndpoints.h"

#include "management/ManagementContext.h"
#include "management/ManagementError.h"
#include "management/ManagementRequest.h"
#include "storage/Store.h"

#include <QJsonArray>

namespace scim {

namespace {
const QString kGroup = QStringLiteral("Group");
const QString kUser = QStringLiteral("User");

QString metaTime(const StoredResource &resource, const char *name)
{
    return resource.data.value(QStringLiteral("meta")).toObject().value(QLatin1String(name)).toString();
}

QString userNameOf(const QJsonObject &profile)
{
    for (const char *key : {"username", "preferred_username", "upn", "email"}) {
        const QString value = profile.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}
} // namespace

GroupEndpoints::GroupEndpoints(ManagementContext &context)
    : m_context(context)
{}

void GroupEndpoints::addRoutes(Router<const HttpRequest> &router)
{
    router.add("GET", QStringLiteral("/groups"),
               [this](const HttpRequest &request, const QStringList &) { return listGroups(request); });
    router.add("GET", QStringLiteral("/groups/{id}"),
               [this](const HttpRequest &, const QStringList &args) { return getGroup(args.at(0)); });
    router.add(
        "GET", QStringLiteral("/groups/{id}/members"),
        [this](const HttpRequest &request, const QStringList &args) { return listMembers(request, args.at(0)); });
    router.add("GET", QStringLiteral("/users/{id}/groups"),
               [this](const HttpRequest &request, const QStringList &args) { return userGroups(request, args.at(0)); });
}

QJsonObject GroupEndpoints::groupJson(const StoredResource &group) const
{
    QJsonObject json{{QStringLiteral("id"), group.id},
                     {QStringLiteral("name"), group.data.value(QStringLiteral("displayName")).toString()},
                     {QStringLiteral("connection_id"), group.connectionId},
                     {QStringLiteral("tenant_name"), m_context.tenantName},
                     {QStringLiteral("created_at"), metaTime(group, "created")},
                     {QStringLiteral("updated_at"), metaTime(group, "lastModified")}};
    if (!group.externalId.isEmpty())
        json.insert(QStringLiteral("external_id"), group.externalId);
    return json;
}

StoredResource GroupEndpoints::requireGroup(const QString &id) const
{
    std::optional<StoredResource> group = m_context.store.resourceById(kGroup, id);
    if (!group)
        throw ManagementError(404, QStringLiteral("The group does not exist."), QStringLiteral("inexistent_group"));
    return *group;
}

HttpResponse GroupEndpoints::listGroups(const HttpRequest &request)
{
    const qint64 page = ManagementRequest::intQuery(request, QStringLiteral("page"), 0, 0, 1000000);
    const qint64 perPage = ManagementRequest::intQuery(request, QStringLiteral("per_page"), 50, 1, kMaxTake);
    const QString connectionId = request.queryItem(QStringLiteral("connection_id"));
    if (!connectionId.isEmpty())
        m_context.requireConnection(connectionId);
    // `q` (or `search`, as newer SDKs name it) matches the name and the external id.
    QString q = request.queryItem(QStringLiteral("q"));
    if (q.isEmpty())
        q = request.queryItem(QStringLiteral("search"));
    q = q.trimmed();

    QJsonArray groups;
    for (const StoredResource &group :
         m_context.store.searchResources(connectionId, kGroup, q, page * perPage, perPage)) {
        QJsonObject json = groupJson(group);
        // An extension of Auth0's list: what a group table shows without a request per row.
        json.insert(QStringLiteral("members_count"), qint64(m_context.store.countMembers(group.id)));
        groups.append(json);
    }
    if (!ManagementRequest::boolQuery(request, QStringLiteral("include_totals")))
        return HttpResponse::json(200, groups, ManagementRequest::kJsonContentType);
    return HttpResponse::json(
        200,
        QJsonObject{{QStringLiteral("groups"), groups},
                    {QStringLiteral("start"), page * perPage},
                    {QStringLiteral("limit"), perPage},
                    {QStringLiteral("length"), groups.size()},
                    {QStringLiteral("total"), qint64(m_context.store.countSearchResources(connectionId, kGroup, q))}},
        ManagementRequest::kJsonContentType);
}

HttpResponse GroupEndpoints::getGroup(const QString &id)
{
    const StoredResource group = requireGroup(id);
    QJsonObject json = groupJson(group);
    json.insert(QStringLiteral("members_count"), qint64(m_context.store.countMembers(group.id)));
    return HttpResponse::json(200, json, ManagementRequest::kJsonContentType);
}

HttpResponse GroupEndpoints::listMembers(const HttpRequest &request, const QString &groupId)
{
    const StoredResource group = requireGroup(groupId);
    const qint64 take = ManagementRequest::intQuery(request, QStringLiteral("take"), 50, 1, kMaxTake);
    const QString from = request.queryItem(QStringLiteral("from"));
    // One more than asked tells whether there is a next page without a count.
    QList<Membership> members = m_context.store.membersAfter(group.id, from, take + 1);
    const bool more = members.size() > take;
    if (more)
        members.resize(take);
    QJsonArray array;
    for (const Membership &member : std::as_const(members)) {
        QJsonObject json{{QStringLiteral("id"), member.memberId},
                         {QStringLiteral("member_type"), member.type.toLower()},
                         {QStringLiteral("type"), QStringLiteral("connection")},
                         {QStringLiteral("connection_id"), group.connectionId}};
        if (!member.display.isEmpty())
            json.insert(QStringLiteral("display"), member.display);
        // What a member list shows beside the id; one primary-key read per member of the page.
        if (const std::optional<UserProfile> profile = m_context.store.profile(member.memberId)) {
            json.insert(QStringLiteral("user_name"), userNameOf(profile->data));
            const QString name = profile->data.value(QStringLiteral("name")).toString();
            if (!name.isEmpty())
                json.insert(QStringLiteral("name"), name);
            json.insert(QStringLiteral("blocked"), profile->data.value(QStringLiteral("blocked")).toBool());
        }
        array.append(json);
    }
    QJsonObject body{{QStringLiteral("members"), array}};
    if (more)
        body.insert(QStringLiteral("next"), members.constLast().memberId);
    return HttpResponse::json(200, body, ManagementRequest::kJsonContentType);
}

HttpResponse GroupEndpoints::userGroups(const HttpRequest &request, const QString &userId)
{
    if (!m_context.store.resourceById(kUser, userId))
        throw ManagementError(404, QStringLiteral("The user does not exist."), QStringLiteral("inexistent_user"));
    const qint64 page = ManagementRequest::intQuery(request, QStringLiteral("page"), 0, 0, 1000000);
    const qint64 perPage = ManagementRequest::intQuery(request, QStringLiteral("per_page"), 50, 1, kMaxTake);
    QList<StoredResource> groups;
    for (const Membership &membership : m_context.store.groupsOf(userId)) {
        if (std::optional<StoredResource> group = m_context.store.resourceById(kGroup, membership.groupId))
            groups.append(std::move(*group));
    }
    std::sort(groups.begin(), groups.end(),
              [](const StoredResource &a, const StoredResource &b) { return a.sequence < b.sequence; });
    QJsonArray array;
    for (qsizetype i = page * perPage; i < groups.size() && i < (page + 1) * perPage; ++i)
        array.append(groupJson(groups.at(i)));
    if (!ManagementRequest::boolQuery(request, QStringLiteral("include_totals")))
        return HttpResponse::json(200, array, ManagementRequest::kJsonContentType);
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("groups"), array},
                                          {QStringLiteral("start"), page * perPage},
                                          {QStringLiteral("limit"), perPage},
                                          {QStringLiteral("length"), array.size()},
                                          {QStringLiteral("total"), qint64(groups.size())}},
                              ManagementRequest::kJsonContentType);
}

} // namespace scim
