#pragma once

#include "common/HttpResponse.h"
#include "protocol/ScimContext.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <functional>

namespace scim {

class ResourceRenderer;

// Bulk (RFC 7644 §3.7): operations run in dependency order of their bulkId references, each through the service's
// own routing as if it were a request of its own (same token, same transaction id); circular references and
// failOnErrors as the RFC says.
class BulkProcessor
{
public:
    // Routes one operation: path segments below the connection's endpoint.
    using Dispatch = std::function<HttpResponse(const ScimContext &ctx, const QStringList &segments)>;

    BulkProcessor(const ResourceRenderer &renderer, Dispatch dispatch);

    HttpResponse run(const ScimContext &ctx);

private:
    QJsonObject runOperation(const ScimContext &ctx, const QString &method, const QString &bulkId, const QString &path,
                             const QJsonValue &data, const QString &version, QHash<QString, QString> &createdIds,
                             const QSet<QString> &declaredBulkIds);

    const ResourceRenderer &m_renderer;
    Dispatch m_dispatch;
};

} // namespace scim
