#pragma once

#include "ScimRequestInfo.h"

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "ScimError.h"
#include "StorageTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace scim {

class GroupMembership;
class ProfileService;
class ResourceType;
class SchemaRegistry;
class Store;
class TokenService;

// The SCIM 2.0 protocol (RFC 7644) for one engine: transport-free, request in, response out. Serves the
// endpoints below `/scim/v2/connections/{id}`; the caller strips that prefix and passes the rest.
class ScimService
{
public:
    static constexpr int kMaxResults = 1000;
    static constexpr int kDefaultCount = 100;
    static constexpr qint64 kMaxPayloadSize = 1024 * 1024;
    static constexpr int kMaxBulkOperations = 1000;

    struct Statistics
    {
        quint64 fullScans = 0;         // list/search requests that had to read every resource of a connection
        quint64 indexedLookups = 0;    // filters answered from an index
        quint64 memberListsLoaded = 0; // group member lists read to render or filter a group
    };

    ScimService(Store &store, TokenService &tokens, const SchemaRegistry &registry);
    ~ScimService();

    void setPublicBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    // When set, every User write also updates the user's profile, in the same transaction.
    void setProfileService(ProfileService *profiles) { m_profiles = profiles; }
    const QString &publicBaseUrl() const { return m_baseUrl; }
    const Statistics &statistics() const { return m_statistics; }

    // `subPath` is what follows the connection's base path, e.g. "/Users/123" (may be empty).
    // `info`, when given, receives what the request log needs (token, user, deactivations).
    HttpResponse handle(const HttpRequest &request, const QString &connectionId, const QString &subPath,
                        ScimRequestInfo *info = nullptr);

    static HttpResponse errorResponse(const ScimError &error);
    static HttpResponse scimJson(int status, const QJsonObject &body);

private:
    struct Context
    {
        const HttpRequest &request;
        QString connectionId;
        ScimToken token;
        ScimRequestInfo *info = nullptr;
    };

    struct ListQuery
    {
        QString filter;
        QString sortBy;
        bool descending = false;
        qsizetype startIndex = 1;
        qsizetype count = kDefaultCount;
        QStringList attributes;
        QStringList excludedAttributes;
    };

    HttpResponse route(const Context &ctx, const QStringList &segments);
    // route(), again when another engine instance changed the resource meanwhile (StoreError::Kind::Stale): with
    // If-Match that is a 412, without it the write is redone on the new version (last writer wins, as in SQLite).
    HttpResponse routeRetryingStale(const Context &ctx, const QStringList &segments);
    void requireScope(const Context &ctx, const QString &scope) const;
    static QString scopeFor(const QByteArray &method, const ResourceType &type);

    HttpResponse serviceProviderConfig(const Context &ctx) const;
    HttpResponse resourceTypes(const Context &ctx, const QString &name) const;
    HttpResponse schemas(const Context &ctx, const QString &urn) const;

    HttpResponse listResources(const Context &ctx, const ResourceType &type, const ListQuery &query);
    HttpResponse searchAll(const Context &ctx, const ListQuery &query);
    HttpResponse getResource(const Context &ctx, const ResourceType &type, const QString &id);
    HttpResponse createResource(const Context &ctx, const ResourceType &type);
    HttpResponse replaceResource(const Context &ctx, const ResourceType &type, const QString &id);
    HttpResponse patchResource(const Context &ctx, const ResourceType &type, const QString &id);
    HttpResponse deleteResource(const Context &ctx, const ResourceType &type, const QString &id);

    QList<StoredResource> findMatching(const Context &ctx, const ResourceType &type, const ListQuery &query);
    StoredResource loadExisting(const Context &ctx, const ResourceType &type, const QString &id);
    void noteUser(const Context &ctx, const ResourceType &type, const StoredResource &stored) const;
    void checkPreconditions(const Context &ctx, const StoredResource &existing) const;
    void checkUniqueness(const Context &ctx, const ResourceType &type, const QJsonObject &resource,
                         const QString &selfId);
    HttpResponse resourceResponse(int status, const Context &ctx, const ResourceType &type,
                                  const StoredResource &stored, const QStringList &attributes,
                                  const QStringList &excluded) const;
    QJsonObject renderResource(const Context &ctx, const ResourceType &type, const StoredResource &stored,
                               const QStringList &attributes, const QStringList &excluded) const;
    QString location(const QString &connectionId, const ResourceType &type, const QString &id) const;
    QString connectionBase(const QString &connectionId) const;

    ListQuery listQueryFromUrl(const HttpRequest &request, const ResourceType *type) const;
    ListQuery listQueryFromBody(const QJsonObject &body, const ResourceType *type) const;
    QJsonObject parseBody(const HttpRequest &request) const;
    static QString uniqueAttribute(const ResourceType &type);
    static QString etag(qint64 version);
    // Replaces the stored resource with `data` as its next version (meta, keys, password hash) and persists it.
    void storeNewVersion(const Context &ctx, const ResourceType &type, StoredResource &stored, QJsonObject data,
                         const std::optional<QString> &password);
    HttpResponse bulk(const Context &ctx);
    QJsonObject runBulkOperation(const Context &ctx, const QString &method, const QString &bulkId, const QString &path,
                                 const QJsonValue &data, const QString &version, QHash<QString, QString> &createdIds,
                                 const QSet<QString> &declaredBulkIds);
    bool isGroup(const ResourceType &type) const;
    static bool wants(const QString &name, const QStringList &attributes, const QStringList &excluded);
    // Adds the attributes that live in relations: a group's `members`, a user's `groups`.
    QJsonObject withComputedAttributes(const Context &ctx, const ResourceType &type, const QJsonObject &data,
                                       const QString &id, const QStringList &attributes,
                                       const QStringList &excluded) const;
    static QJsonObject withMemberDisplayAliases(QJsonObject body);
    void patchGroup(const Context &ctx, const ResourceType &type, StoredResource &stored, const QJsonObject &body);
    // Writes the resource (insert or update) and, for Users, its profile, atomically.
    void persist(const Context &ctx, const ResourceType &type, StoredResource &stored, bool insert, bool keepPassword);

    Store &m_store;
    TokenService &m_tokens;
    const SchemaRegistry &m_registry;
    QString m_baseUrl;
    mutable Statistics m_statistics;
    ProfileService *m_profiles = nullptr;
    std::unique_ptr<GroupMembership> m_membership;
};

} // namespace scim
