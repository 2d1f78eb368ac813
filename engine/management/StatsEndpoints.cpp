#include "management/StatsEndpoints.h"

#include "management/ManagementError.h"
#include "management/ManagementRequest.h"
#include "requestlog/LogId.h"
#include "requestlog/LogStore.h"
#include "storage/Store.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

#include <map>

namespace scim {

namespace {
constexpr qint64 kDayMs = 86400000;

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 timeParameter(const HttpRequest &request, const QString &name, qint64 fallback)
{
    const QString value = request.queryItem(name).trimmed();
    if (value.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 ms = value.toLongLong(&ok);
    if (ok)
        return ms;
    const QDateTime date = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!date.isValid())
        throw ManagementError::badRequest(
            QStringLiteral("Query validation error: '%1' must be an ISO 8601 date-time or milliseconds since the "
                           "epoch.")
                .arg(name),
            QStringLiteral("invalid_query_string"));
    return date.toMSecsSinceEpoch();
}

// One bucket's sums while a response is assembled.
struct Sums
{
    qint64 success = 0;
    qint64 failure = 0;
    std::map<QString, std::pair<qint64, qint64>> actions;
};

QJsonObject latestJson(qint64 key, qint64 dateMs, int status, const QString &action, const QString &description)
{
    QJsonObject json{{QStringLiteral("log_id"), LogId::fromKey(key)},
                     {QStringLiteral("date"), iso(dateMs)},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("action"), action}};
    if (!description.isEmpty())
        json.insert(QStringLiteral("description"), description);
    return json;
}
} // namespace

StatsEndpoints::StatsEndpoints(Store &store, LogStore &database)
    : m_store(store)
    , m_database(database)
{}

void StatsEndpoints::addRoutes(Router<const HttpRequest> &router)
{
    router.add(
        "GET", QStringLiteral("/connections/{id}/scim-stats"),
        [this](const HttpRequest &request, const QStringList &args) { return connectionStats(request, args.at(0)); });
    router.add("GET", QStringLiteral("/scim-stats"),
               [this](const HttpRequest &request, const QStringList &) { return tenantStats(request); });
}

StatsEndpoints::Range StatsEndpoints::range(const HttpRequest &request) const
{
    Range range;
    range.interval = request.queryItem(QStringLiteral("interval"));
    if (range.interval.isEmpty())
        range.interval = QStringLiteral("hour");
    qint64 defaultSpan = 0;
    if (range.interval == QLatin1String("minute")) {
        range.granularityMs = LogStore::kMinuteMs;
        defaultSpan = 3600000;
    } else if (range.interval == QLatin1String("hour")) {
        range.granularityMs = LogStore::kHourMs;
        defaultSpan = kDayMs;
    } else if (range.interval == QLatin1String("day")) {
        range.granularityMs = kDayMs;
        defaultSpan = 30 * kDayMs;
    } else {
        throw ManagementError::badRequest(
            QStringLiteral("Query validation error: 'interval' must be minute, hour or day."),
            QStringLiteral("invalid_query_string"));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    range.toMs = timeParameter(request, QStringLiteral("to"), now);
    // By default the span ends with the bucket that holds `to`: the last 24 hours are 24 buckets, this one included.
    const qint64 from =
        timeParameter(request, QStringLiteral("from"),
                      range.toMs - range.toMs % range.granularityMs + range.granularityMs - defaultSpan);
    if (from >= range.toMs)
        throw ManagementError::badRequest(QStringLiteral("Query validation error: 'from' must be before 'to'."),
                                          QStringLiteral("invalid_query_string"));
    range.fromMs = from - from % range.granularityMs;
    if ((range.toMs - range.fromMs + range.granularityMs - 1) / range.granularityMs > kMaxBuckets)
        throw ManagementError::badRequest(
            QStringLiteral("Query validation error: at most %1 buckets; choose a larger interval or a shorter range.")
                .arg(kMaxBuckets),
            QStringLiteral("invalid_query_string"));
    range.byAction = ManagementRequest::boolQuery(request, QStringLiteral("by_action"));
    return range;
}

QJsonObject StatsEndpoints::stats(const Range &range, const QString &connectionId)
{
    // Days are summed from hours (UTC days).
    const qint64 stored = range.granularityMs == kDayMs ? LogStore::kHourMs : range.granularityMs;
    QHash<qint64, Sums> buckets;
    for (const LogStore::Count &count : m_database.counts(stored, range.fromMs, range.toMs, connectionId)) {
        Sums &sums = buckets[count.bucketMs - count.bucketMs % range.granularityMs];
        sums.success += count.success;
        sums.failure += count.failure;
        if (range.byAction) {
            auto &[success, failure] = sums.actions[count.action];
            success += count.success;
            failure += count.failure;
        }
    }
    QJsonArray array;
    qint64 success = 0;
    qint64 failure = 0;
    for (qint64 start = range.fromMs; start < range.toMs; start += range.granularityMs) {
        const Sums sums = buckets.value(start);
        QJsonObject bucket{{QStringLiteral("start"), iso(start)},
                           {QStringLiteral("success"), sums.success},
                           {QStringLiteral("failure"), sums.failure}};
        if (range.byAction) {
            QJsonObject actions;
            for (const auto &[action, counts] : sums.actions)
                actions.insert(action, QJsonObject{{QStringLiteral("success"), counts.first},
                                                   {QStringLiteral("failure"), counts.second}});
            bucket.insert(QStringLiteral("by_action"), actions);
        }
        array.append(bucket);
        success += sums.success;
        failure += sums.failure;
    }
    QJsonObject json{{QStringLiteral("interval"), range.interval},
                     {QStringLiteral("from"), iso(range.fromMs)},
                     {QStringLiteral("to"), iso(range.toMs)},
                     {QStringLiteral("buckets"), array},
                     {QStringLiteral("totals"),
                      QJsonObject{{QStringLiteral("success"), success}, {QStringLiteral("failure"), failure}}},
                     {QStringLiteral("last_request_at"), QJsonValue::Null},
                     {QStringLiteral("last_failure_at"), QJsonValue::Null}};
    // The newest request and failure of the connection, or of the whole tenant.
    const LogStore::Latest *newest = nullptr;
    const LogStore::Latest *newestFailure = nullptr;
    const QList<LogStore::Latest> latest = m_database.latest(connectionId);
    for (const LogStore::Latest &entry : latest) {
        if (!newest || entry.key > newest->key)
            newest = &entry;
        if (entry.failureKey && (!newestFailure || entry.failureKey > newestFailure->failureKey))
            newestFailure = &entry;
    }
    if (newest) {
        json.insert(QStringLiteral("last_request_at"), iso(newest->dateMs));
        json.insert(QStringLiteral("last_request"),
                    latestJson(newest->key, newest->dateMs, newest->status, newest->action, {}));
    }
    if (newestFailure) {
        json.insert(QStringLiteral("last_failure_at"), iso(newestFailure->failureDateMs));
        json.insert(QStringLiteral("last_failure"),
                    latestJson(newestFailure->failureKey, newestFailure->failureDateMs, newestFailure->failureStatus,
                               newestFailure->failureAction, newestFailure->failureDescription));
    }
    return json;
}

HttpResponse StatsEndpoints::connectionStats(const HttpRequest &request, const QString &connectionId)
{
    if (!m_store.connection(connectionId))
        throw ManagementError::connectionNotFound();
    QJsonObject json = stats(range(request), connectionId);
    json.insert(QStringLiteral("connection_id"), connectionId);
    return HttpResponse::json(200, json, ManagementRequest::kJsonContentType);
}

HttpResponse StatsEndpoints::tenantStats(const HttpRequest &request)
{
    const Range tenantRange = range(request);
    QJsonObject json = stats(tenantRange, {});
    // Every connection's figures in one answer: what an overview of fifty customers needs, in one request.
    if (ManagementRequest::boolQuery(request, QStringLiteral("by_connection"))) {
        QJsonArray connections;
        for (const Connection &connection : m_store.connections()) {
            QJsonObject entry = stats(tenantRange, connection.id);
            entry.remove(QStringLiteral("interval"));
            entry.remove(QStringLiteral("from"));
            entry.remove(QStringLiteral("to"));
            entry.insert(QStringLiteral("connection_id"), connection.id);
            entry.insert(QStringLiteral("connection"), connection.name);
            connections.append(entry);
        }
        json.insert(QStringLiteral("connections"), connections);
    }
    return HttpResponse::json(200, json, ManagementRequest::kJsonContentType);
}

} // namespace scim
