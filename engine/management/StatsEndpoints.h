#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "common/Router.h"

#include <QJsonObject>

namespace scim {

class LogStore;
class Store;

// Request statistics from the log's counts (LogStore::counts, kept by the log writer), never from the events
// themselves: GET /connections/{id}/scim-stats and the tenant-wide GET /scim-stats (optionally per connection),
// with `from`, `to` and `interval` = minute | hour | day. See docs/logs.md, "Statistics".
class StatsEndpoints
{
public:
    static constexpr int kMaxBuckets = 2000;

    StatsEndpoints(Store &store, LogStore &database);

    void addRoutes(Router<const HttpRequest> &router);

private:
    struct Range
    {
        qint64 granularityMs = 0;
        QString interval;
        qint64 fromMs = 0; // the first bucket's start
        qint64 toMs = 0;   // exclusive
        bool byAction = false;
    };
    Range range(const HttpRequest &request) const;
    QJsonObject stats(const Range &range, const QString &connectionId);
    HttpResponse connectionStats(const HttpRequest &request, const QString &connectionId);
    HttpResponse tenantStats(const HttpRequest &request);

    Store &m_store;
    LogStore &m_database;
};

} // namespace scim
