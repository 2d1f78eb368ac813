#pragma once

#include "common/HttpResponse.h"
#include "protocol/ScimContext.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace scim {

class GroupMembership;
class ResourceType;
class SchemaRegistry;
struct ScimStatistics;

// Resources as clients see them: stored JSON plus the attributes that live in relations (a group's `members`, a
// user's `groups`), `meta.location`, and the attributes/excludedAttributes projection; URLs of the connection's
// endpoint.
class ResourceRenderer
{
public:
    ResourceRenderer(const SchemaRegistry &registry, GroupMembership &membership);

    void setPublicBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    void setStatistics(ScimStatistics *statistics) { m_statistics = statistics; }

    bool isGroup(const ResourceType &type) const;
    QString connectionBase(const QString &connectionId) const;
    QString location(const QString &connectionId, const ResourceType &type, const QString &id) const;
    // Tells the request log which user the request concerned.
    void noteUser(const ScimContext &ctx, const ResourceType &type, const StoredResource &stored) const;

    QJsonObject withComputedAttributes(const ScimContext &ctx, const ResourceType &type, const QJsonObject &data,
                                       const QString &id, const QStringList &attributes,
                                       const QStringList &excluded) const;
    QJsonObject render(const ScimContext &ctx, const ResourceType &type, const StoredResource &stored,
                       const QStringList &attributes, const QStringList &excluded) const;
    // The resource as a response, with its ETag.
    HttpResponse response(int status, const ScimContext &ctx, const ResourceType &type, const StoredResource &stored,
                          const QStringList &attributes, const QStringList &excluded) const;

    // A plain GET's response (no attributes/excludedAttributes) rendered from the stored CBOR of `stored`
    // (whose data is left empty) without decoding it; nullopt when CborResourceWriter cannot render it exactly,
    // and the caller decodes it and calls response().
    std::optional<HttpResponse> plainResponse(int status, const ScimContext &ctx, const ResourceType &type,
                                              const StoredResource &stored, QByteArrayView cbor) const;
    // The same body alone, as render() with no attributes/excludedAttributes would write it (a list element).
    std::optional<QByteArray> plainBody(const ScimContext &ctx, const ResourceType &type, const StoredResource &stored,
                                        QByteArrayView cbor) const;

private:
    static bool wants(const QString &name, const QStringList &attributes, const QStringList &excluded);

    const SchemaRegistry &m_registry;
    GroupMembership &m_membership;
    QString m_baseUrl;
    ScimStatistics *m_statistics = nullptr;
};

} // namespace scim
