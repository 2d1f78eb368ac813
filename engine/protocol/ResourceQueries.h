#pragma once

#include "common/HttpResponse.h"
#include "protocol/ListQuery.h"
#include "protocol/ScimContext.h"

#include <QList>

namespace scim {

class ResourceRenderer;
class Store;
struct ScimStatistics;

// Reading resources: GET of one (with If-None-Match), lists with filter, sort and paging, and the root-level
// search over every type the token may read. Filters use the store's indexes where the planner can.
class ResourceQueries
{
public:
    ResourceQueries(Store &store, const ResourceRenderer &renderer);

    void setStatistics(ScimStatistics *statistics) { m_statistics = statistics; }

    HttpResponse get(const ScimContext &ctx, const ResourceType &type, const QString &id);
    HttpResponse list(const ScimContext &ctx, const ResourceType &type, const ListQuery &query);
    HttpResponse searchAll(const ScimContext &ctx, const ListQuery &query);
    // The stored resource, or a 404; notes the user for the request log.
    StoredResource load(const ScimContext &ctx, const ResourceType &type, const QString &id) const;

private:
    QList<StoredResource> findMatching(const ScimContext &ctx, const ResourceType &type, const ListQuery &query);

    Store &m_store;
    const ResourceRenderer &m_renderer;
    ScimStatistics *m_statistics = nullptr;
};

} // namespace scim
