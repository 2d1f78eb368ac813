#pragma once

#include "common/HttpResponse.h"
#include "protocol/ListCursor.h"
#include "protocol/ListQuery.h"
#include "protocol/ScimContext.h"
#include "protocol/filter/Filter.h"

#include <QJsonArray>
#include <QList>

#include <functional>

namespace scim {

class ResourceRenderer;
class Store;
struct ScimStatistics;

// Reading resources: GET of one (with If-None-Match), lists with filter, sort and paging (by index or RFC 9865
// cursor), and the root-level search over every type the token may read. Filters use the store's indexes where
// the planner can; lists in insertion order page in the store (docs/engine.md "Paging").
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
    struct Paging;
    // A `userName eq` or `externalId eq` list with nothing else asked for (what IdPs send before every create),
    // rendered from the rows' stored CBOR like a plain GET; nullopt when the general path must answer.
    std::optional<HttpResponse> plainLookup(const ScimContext &ctx, const ResourceType &type, const FilterNode &filter,
                                            const ListQuery &query, const Paging &paging);

    // How a request pages: by index (startIndex) or by cursor (RFC 9865).
    struct Paging
    {
        bool byCursor = false;
        qsizetype startIndex = 1;
        qsizetype count = 0;
        ListCursor cursor;      // byCursor: where the page starts
        bool continued = false; // byCursor: a cursor was sent (this is not the first page)
        QByteArray fingerprint; // byCursor: the query the cursors belong to
    };
    // One resource type to list: its place in the registry and its parsed filter (null: none).
    struct Source
    {
        int rank = 0;
        const ResourceType *type = nullptr;
        FilterPtr filter;
    };
    struct Page
    {
        struct Entry
        {
            ListKey key;
            StoredResource resource;
        };
        QList<Entry> entries; // in list order
        qsizetype total = 0;
        bool hasMore = false; // byCursor: resources beyond the page in the walk's direction
    };

    static Paging pagingOf(const ScimContext &ctx, const QString &endpoint, const ListQuery &query);
    // Every resource of the source that matches its filter, from the indexes when the planner can, else a scan.
    void forEachMatch(const ScimContext &ctx, const Source &source, const QString &filterText,
                      const std::function<void(const StoredResource &)> &visit);
    Page pageMatching(const ScimContext &ctx, const QList<Source> &sources, const ListQuery &query,
                      const Paging &paging, const ListOrder &order);
    // Unfiltered and unsorted: straight from the store, by position or by key.
    Page pageInOrder(const ScimContext &ctx, const QList<Source> &sources, const Paging &paging,
                     const ListOrder &order);
    QJsonObject respond(const Paging &paging, const Page &page, const QJsonArray &resources) const;

    Store &m_store;
    const ResourceRenderer &m_renderer;
    ScimStatistics *m_statistics = nullptr;
};

} // namespace scim
