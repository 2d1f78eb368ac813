#include "management/LogsApi.h"

#include "common/HttpRequest.h"
#include "common/RandomId.h"
#include "common/ResponseStream.h"
#include "events/SecurityEvents.h"
#include "events/SetSink.h"
#include "events/SetStreamDispatcher.h"
#include "management/LogPushHub.h"
#include "management/LogStreamDispatcher.h"
#include "management/ManagementApi.h"
#include "management/ManagementError.h"
#include "management/ManagementRequest.h"
#include "requestlog/LogEventJson.h"
#include "requestlog/LogId.h"
#include "requestlog/LogQuery.h"
#include "requestlog/LogStore.h"
#include "requestlog/LogStreamRecord.h"
#include "requestlog/RequestLog.h"
#include "requestlog/StreamDeliveryLoop.h"
#include "storage/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace scim {

namespace {
const QByteArray kJson = QByteArrayLiteral("application/json");
constexpr int kMaxTake = 100;
constexpr int kMaxBeforeTake = 1000;

int intParameter(const HttpRequest &request, const QString &name, int fallback, int minimum, int maximum)
{
    if (!request.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int value = request.queryItem(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        throw ManagementError(400,
                              QStringLiteral("Query validation error: '%1' must be an integer from %2 to %3")
                                  .arg(name)
                                  .arg(minimum)
                                  .arg(maximum),
                              QStringLiteral("invalid_query_string"));
    return value;
}

bool boolParameter(const HttpRequest &request, const QString &name, bool fallback)
{
    if (!request.hasQueryItem(name))
        return fallback;
    const QString value = request.queryItem(name);
    return value == QLatin1String("true") || value == QLatin1String("1");
}

qint64 keyParameter(const QString &value, const QString &name)
{
    const std::optional<qint64> key = LogId::toKey(value);
    if (!key)
        throw ManagementError(400, QStringLiteral("Query validation error: '%1' is not a log_id").arg(name),
                              QStringLiteral("invalid_query_string"));
    return *key;
}

QJsonArray rendered(const QList<LogRow> &rows, const QStringList &fields, bool includeFields)
{
    QJsonArray array;
    for (const LogRow &row : rows) {
        QJsonObject event = LogEventJson::render(row);
        if (!fields.isEmpty()) {
            for (auto it = event.begin(); it != event.end();) {
                if (fields.contains(it.key()) != includeFields)
                    it = event.erase(it);
                else
                    ++it;
            }
        }
        array.append(event);
    }
    return array;
}

QString validName(const QJsonValue &value)
{
    const QString name = value.toString();
    if (name.isEmpty() || name.size() > 128)
        ManagementRequest::fieldError(QStringLiteral("name"),
                                      QStringLiteral("Payload validation error: 'name' must be 1-128 characters."));
    return name;
}

// Admins set active or paused; `suspended` is the engine's verdict only.
QString validStatus(const QJsonValue &value)
{
    const QString status = value.toString();
    if (status != QLatin1String("active") && status != QLatin1String("paused"))
        throw ManagementError::badRequest(
            QStringLiteral("Payload validation error: 'status' must be active or paused."));
    return status;
}

ManagementError streamNotFound()
{
    return {404, QStringLiteral("The log stream does not exist"), QStringLiteral("inexistent_log_stream")};
}

QJsonObject parseObject(const HttpRequest &request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw ManagementError::badRequest(QStringLiteral("Payload validation error: the body must be a JSON object."));
    return document.object();
}
} // namespace

LogsApi::LogsApi(RequestLog &log, LogPushHub &push, LogStreamDispatcher &dispatcher)
    : m_log(log)
    , m_db(log.database())
    , m_push(push)
    , m_dispatcher(dispatcher)
{}

void LogsApi::addRoutes(Router<const HttpRequest> &router)
{
    // /users/{id}/logs: that user's events, newest first.
    router.add("GET", QStringLiteral("/users/{id}/logs"), [this](const HttpRequest &request, const QStringList &args) {
        return guarded([&] {
            HttpRequest scoped = request;
            QString q = QStringLiteral("user_id:\"%1\"").arg(args.at(0));
            const QString extra = request.queryItem(QStringLiteral("q"));
            if (!extra.isEmpty())
                q += QStringLiteral(" AND (") + extra + QLatin1Char(')');
            scoped.query.removeIf([](const QPair<QString, QString> &item) {
                return item.first == QLatin1String("q") || item.first == QLatin1String("search") ||
                       item.first == QLatin1String("from");
            });
            scoped.query.append({QStringLiteral("q"), q});
            return listLogs(scoped);
        });
    });
    router.add("GET", QStringLiteral("/logs"), [this](const HttpRequest &request, const QStringList &) {
        return guarded([&] { return listLogs(request); });
    });
    router.add("GET", QStringLiteral("/logs/{id}"), [this](const HttpRequest &request, const QStringList &args) {
        return guarded([&] { return args.at(0) == QLatin1String("stream") ? stream(request) : getLog(args.at(0)); });
    });
    router.add("GET", QStringLiteral("/log-streams"),
               [this](const HttpRequest &, const QStringList &) { return guarded([&] { return listStreams(); }); });
    router.add("POST", QStringLiteral("/log-streams"), [this](const HttpRequest &request, const QStringList &) {
        return guarded([&] { return createStream(request); });
    });
    router.add("GET", QStringLiteral("/log-streams/{id}"), [this](const HttpRequest &, const QStringList &args) {
        return guarded([&] { return getStream(args.at(0)); });
    });
    router.add("PATCH", QStringLiteral("/log-streams/{id}"),
               [this](const HttpRequest &request, const QStringList &args) {
                   return guarded([&] { return updateStream(request, args.at(0)); });
               });
    router.add("DELETE", QStringLiteral("/log-streams/{id}"), [this](const HttpRequest &, const QStringList &args) {
        return guarded([&] { return deleteStream(args.at(0)); });
    });
    router.add("POST", QStringLiteral("/log-streams/{id}/test"), [this](const HttpRequest &, const QStringList &args) {
        return guarded([&] { return testStream(args.at(0)); });
    });
}

void LogsApi::addDisabledRoutes(Router<const HttpRequest> &router)
{
    const auto off = [](const HttpRequest &, const QStringList &) {
        return ManagementApi::errorResponse(404, QStringLiteral("Request logging is off (--no-request-log)"));
    };
    router.add("*", QStringLiteral("/users/{id}/logs"), off);
    router.add("*", QStringLiteral("/logs/**"), off);
    router.add("*", QStringLiteral("/log-streams/**"), off);
    router.add("*", QStringLiteral("/scim-stats"), off);
    router.add("*", QStringLiteral("/connections/{id}/scim-stats"), off);
}

HttpResponse LogsApi::guarded(const std::function<HttpResponse()> &handler)
{
    try {
        return handler();
    } catch (const ManagementError &error) {
        return HttpResponse::json(error.status(), error.toJson(), kJson);
    } catch (const StoreError &error) {
        qWarning("logs: storage failure: %s", qUtf8Printable(error.message()));
        return ManagementApi::errorResponse(500, QStringLiteral("Internal storage error"));
    }
}

HttpResponse LogsApi::listLogs(const HttpRequest &request)
{
    // Checkpoint mode: `from` wins over everything else.
    if (request.hasQueryItem(QStringLiteral("from"))) {
        const QString from = request.queryItem(QStringLiteral("from"));
        const qint64 key = keyParameter(from, QStringLiteral("from"));
        const int take = intParameter(request, QStringLiteral("take"), 50, 1, kMaxTake);
        const QList<LogRow> rows = m_db.after(key, take);
        HttpResponse response = HttpResponse::json(200, rendered(rows, {}, true), kJson);
        const QString next =
            rows.isEmpty() ? (from.isEmpty() ? QStringLiteral("0") : from) : LogId::fromKey(rows.constLast().key);
        response.setHeader(
            QByteArrayLiteral("Link"),
            QStringLiteral("<%1/api/v2/logs?from=%2&take=%3>; rel=\"next\"").arg(m_baseUrl, next).arg(take).toUtf8());
        return response;
    }

    QString q = request.queryItem(QStringLiteral("q"));
    if (q.isEmpty())
        q = request.queryItem(QStringLiteral("search"));
    LogFilterSql filter;
    try {
        filter = LogQuery::compile(q);
    } catch (const LogQuery::Error &error) {
        throw ManagementError(400, QStringLiteral("Query validation error: ") + error.message(),
                              QStringLiteral("invalid_query_string"));
    }
    QStringList fields;
    for (const QString &field : request.queryItem(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        fields << field.trimmed();
    const bool includeFields = boolParameter(request, QStringLiteral("include_fields"), true);

    // History paging for viewers: keyset on log_id, newest first, cost independent of depth.
    if (request.hasQueryItem(QStringLiteral("before"))) {
        const qint64 key = keyParameter(request.queryItem(QStringLiteral("before")), QStringLiteral("before"));
        const int take = intParameter(request, QStringLiteral("take"), 50, 1, kMaxBeforeTake);
        return HttpResponse::json(
            200,
            rendered(m_db.before(key ? key : std::numeric_limits<qint64>::max(), filter, take), fields, includeFields),
            kJson);
    }

    const int page = intParameter(request, QStringLiteral("page"), 0, 0, 1000000);
    const int perPage = intParameter(request, QStringLiteral("per_page"), 50, 1, kMaxTake);
    const QString sort = request.queryItem(QStringLiteral("sort"));
    if (!sort.isEmpty() && sort != QLatin1String("date:-1") && sort != QLatin1String("date:1"))
        throw ManagementError(400, QStringLiteral("Query validation error: 'sort' must be date:1 or date:-1"),
                              QStringLiteral("invalid_query_string"));
    const bool ascending = sort == QLatin1String("date:1");
    const QJsonArray logs =
        rendered(m_db.search(filter, ascending, qint64(page) * perPage, perPage), fields, includeFields);
    if (!boolParameter(request, QStringLiteral("include_totals"), false))
        return HttpResponse::json(200, logs, kJson);
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("start"), qint64(page) * perPage},
                                          {QStringLiteral("limit"), perPage},
                                          {QStringLiteral("length"), logs.size()},
                                          {QStringLiteral("total"), m_db.count(filter)},
                                          {QStringLiteral("logs"), logs}},
                              kJson);
}

HttpResponse LogsApi::getLog(const QString &logId)
{
    const std::optional<qint64> key = LogId::toKey(logId);
    std::optional<LogRow> row;
    if (key && *key > 0)
        row = m_db.byKey(*key);
    if (!row)
        throw ManagementError(404, QStringLiteral("Log not found"), QStringLiteral("inexistent_log"));
    return HttpResponse::json(200, LogEventJson::render(*row), kJson);
}

HttpResponse LogsApi::stream(const HttpRequest &request)
{
    qint64 from = m_log.lastStoredKey(); // without a checkpoint: only what happens from now on
    const QByteArray lastEventId = request.header("last-event-id").trimmed();
    if (!lastEventId.isEmpty())
        from = keyParameter(QString::fromLatin1(lastEventId), QStringLiteral("Last-Event-ID"));
    else if (request.hasQueryItem(QStringLiteral("from")))
        from = keyParameter(request.queryItem(QStringLiteral("from")), QStringLiteral("from"));
    HttpResponse response;
    response.status = 200;
    response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream"));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("X-Accel-Buffering"), QByteArrayLiteral("no"));
    LogPushHub *push = &m_push;
    response.stream = [push, from](ResponseStream *stream) { push->subscribe(stream, from); };
    return response;
}

// --- Log streams ---------------------------------------------------------------------------------------

namespace {
const QString kHttpAuthorization = QStringLiteral("httpAuthorization");
const QString kHttpAuthorizationSet = QStringLiteral("httpAuthorizationSet");

// The Authorization header a webhook sends is a credential of the receiver: write-only, like the SET sink's secrets.
QJsonObject redactedWebhookSink(const QJsonObject &sink)
{
    QJsonObject shown = sink;
    shown.insert(kHttpAuthorizationSet, shown.contains(kHttpAuthorization));
    shown.remove(kHttpAuthorization);
    return shown;
}

QJsonObject webhookDeliveryJson(const LogStreamRecord &stream)
{
    QJsonObject delivery = StreamDeliveryLoop::deliveryState(stream);
    delivery.insert(QStringLiteral("last_delivered_log_id"), stream.cursor ? LogId::fromKey(stream.cursor) : QString());
    return delivery;
}
} // namespace

QJsonObject LogsApi::streamJson(const LogStreamRecord &stream) const
{
    if (stream.type == SetStreamDispatcher::kType) {
        // Secrets are write-only; the delivery state counts SETs rather than naming log events.
        QJsonObject json{{QStringLiteral("id"), stream.id},
                         {QStringLiteral("name"), stream.name},
                         {QStringLiteral("type"), stream.type},
                         {QStringLiteral("status"), stream.status},
                         {QStringLiteral("isPriority"), false},
                         {QStringLiteral("filters"), stream.filters},
                         {QStringLiteral("sink"), SetSink::redacted(stream.sink)}};
        if (m_events)
            json.insert(QStringLiteral("delivery"), m_events->deliveryJson(stream));
        return json;
    }
    return {{QStringLiteral("id"), stream.id},
            {QStringLiteral("name"), stream.name},
            {QStringLiteral("type"), stream.type},
            {QStringLiteral("status"), stream.status},
            {QStringLiteral("isPriority"), false},
            {QStringLiteral("filters"), stream.filters},
            {QStringLiteral("sink"), redactedWebhookSink(stream.sink)},
            {QStringLiteral("delivery"), webhookDeliveryJson(stream)}};
}

void LogsApi::validateSink(const QJsonObject &sink)
{
    const QUrl endpoint(sink.value(QStringLiteral("httpEndpoint")).toString(), QUrl::StrictMode);
    if (!endpoint.isValid() || endpoint.host().isEmpty() ||
        (endpoint.scheme() != QLatin1String("http") && endpoint.scheme() != QLatin1String("https")))
        ManagementRequest::fieldError(
            QStringLiteral("sink.httpEndpoint"),
            QStringLiteral("Payload validation error: 'sink.httpEndpoint' must be an absolute http(s) URL."));
    const QString format = sink.value(QStringLiteral("httpContentFormat")).toString(QStringLiteral("JSONLINES"));
    if (format != QLatin1String("JSONLINES") && format != QLatin1String("JSONARRAY") &&
        format != QLatin1String("JSONOBJECT"))
        ManagementRequest::fieldError(
            QStringLiteral("sink.httpContentFormat"),
            QStringLiteral(
                "Payload validation error: 'sink.httpContentFormat' must be JSONLINES, JSONARRAY or JSONOBJECT."));
    for (const char *name : {"httpAuthorization", "httpContentType"}) {
        const QJsonValue value = sink.value(QLatin1String(name));
        if (!value.isUndefined() && !value.isString())
            ManagementRequest::fieldError(
                QStringLiteral("sink.") + QLatin1String(name),
                QStringLiteral("Payload validation error: 'sink.%1' must be a string.").arg(QLatin1String(name)));
    }
}

void LogsApi::validateSetSink(const QJsonObject &sink)
{
    const QString problem = SetSink::validate(sink);
    if (!problem.isEmpty())
        ManagementRequest::fieldError(ManagementRequest::quotedField(problem, QStringLiteral("sink")),
                                      QStringLiteral("Payload validation error: ") + problem);
}

void LogsApi::streamsChanged(const LogStreamRecord &stream, bool forget)
{
    if (stream.type == SetStreamDispatcher::kType) {
        if (m_events)
            m_events->streamsChanged(forget ? stream.id : QString());
        return;
    }
    if (forget)
        m_dispatcher.reset(stream.id);
    m_dispatcher.invalidate();
    m_dispatcher.wake();
}

void LogsApi::validateFilters(const QJsonValue &filters)
{
    if (filters.isUndefined())
        return;
    if (!filters.isArray())
        throw ManagementError::badRequest(QStringLiteral("Payload validation error: 'filters' must be an array."));
    for (const QJsonValue &value : filters.toArray()) {
        const QJsonObject filter = value.toObject();
        if (filter.value(QStringLiteral("type")).toString() != QLatin1String("category") ||
            !filter.value(QStringLiteral("name")).isString())
            throw ManagementError::badRequest(QStringLiteral(
                "Payload validation error: each filter is {\"type\": \"category\", \"name\": \"<category>\"}."));
    }
}

HttpResponse LogsApi::listStreams()
{
    QJsonArray array;
    for (const LogStreamRecord &stream : m_db.logStreams())
        array.append(streamJson(stream));
    return HttpResponse::json(200, array, kJson);
}

HttpResponse LogsApi::createStream(const HttpRequest &request)
{
    const QJsonObject body = parseObject(request);
    static const QStringList known{QStringLiteral("name"),       QStringLiteral("type"),
                                   QStringLiteral("status"),     QStringLiteral("filters"),
                                   QStringLiteral("sink"),       QStringLiteral("startFrom"),
                                   QStringLiteral("isPriority"), QStringLiteral("pii_config")};
    ManagementRequest::rejectUnknownFields(body, known);
    const QString name = validName(body.value(QStringLiteral("name")));
    const QString type = body.value(QStringLiteral("type")).toString();
    const bool securityEvents = m_events && type == SetStreamDispatcher::kType;
    if (!m_events && type == SetStreamDispatcher::kType)
        throw ManagementError::badRequest(QStringLiteral("Payload validation error: scim-set streams are not available "
                                                         "without the request log (docs/logs.md)."));
    if (type != QLatin1String("http") && !securityEvents)
        throw ManagementError::badRequest(QStringLiteral("Payload validation error: 'type' must be \"http\" (log "
                                                         "events) or \"scim-set\" (RFC 9967 security events)."));
    const QString status = body.contains(QStringLiteral("status")) ? validStatus(body.value(QStringLiteral("status")))
                                                                   : QStringLiteral("active");
    validateFilters(body.value(QStringLiteral("filters")));
    QJsonObject sink = body.value(QStringLiteral("sink")).toObject();
    if (securityEvents)
        return createSetStream(body, name, status, sink);
    sink.remove(kHttpAuthorizationSet); // what a response shows, sent back
    if (sink.value(kHttpAuthorization).isNull())
        sink.remove(kHttpAuthorization);
    validateSink(sink);

    LogStreamRecord stream;
    stream.id = QStringLiteral("lst_") + RandomId::alphanumeric(16);
    stream.name = name;
    stream.status = status;
    stream.filters = body.value(QStringLiteral("filters")).toArray();
    stream.sink = sink;
    if (!stream.sink.contains(QStringLiteral("httpContentFormat")))
        stream.sink.insert(QStringLiteral("httpContentFormat"), QStringLiteral("JSONLINES"));
    if (!stream.sink.contains(QStringLiteral("httpContentType")))
        stream.sink.insert(QStringLiteral("httpContentType"), QStringLiteral("application/json"));
    // Without startFrom a stream receives what happens after it was created.
    stream.cursor = m_log.lastStoredKey();
    if (body.contains(QStringLiteral("startFrom"))) {
        const qint64 start =
            keyParameter(body.value(QStringLiteral("startFrom")).toString(), QStringLiteral("startFrom"));
        stream.cursor = start > 0 ? start - 1 : 0; // startFrom is the first event delivered
    }
    stream.createdAt = QDateTime::currentDateTimeUtc();
    stream.updatedAt = stream.createdAt;
    m_db.saveLogStream(stream);
    streamsChanged(stream, false);
    return HttpResponse::json(201, streamJson(stream), kJson);
}

HttpResponse LogsApi::createSetStream(const QJsonObject &body, const QString &name, const QString &status,
                                      const QJsonObject &sink)
{
    validateSetSink(sink);
    if (body.contains(QStringLiteral("startFrom")))
        throw ManagementError::badRequest(QStringLiteral("Payload validation error: 'startFrom' names a log event; a "
                                                         "scim-set stream starts with the changes made after it is "
                                                         "created."));
    LogStreamRecord stream;
    stream.id = QStringLiteral("lst_") + RandomId::alphanumeric(16);
    stream.name = name;
    stream.type = SetStreamDispatcher::kType;
    stream.status = status;
    stream.filters = body.value(QStringLiteral("filters")).toArray();
    stream.sink = sink;
    stream.cursor = m_events->lastSequence();
    stream.createdAt = QDateTime::currentDateTimeUtc();
    stream.updatedAt = stream.createdAt;
    m_db.saveLogStream(stream);
    streamsChanged(stream, false);
    return HttpResponse::json(201, streamJson(stream), kJson);
}

HttpResponse LogsApi::getStream(const QString &id)
{
    const std::optional<LogStreamRecord> stream = m_db.logStream(id);
    if (!stream)
        throw streamNotFound();
    return HttpResponse::json(200, streamJson(*stream), kJson);
}

HttpResponse LogsApi::updateStream(const HttpRequest &request, const QString &id)
{
    std::optional<LogStreamRecord> stream = m_db.logStream(id);
    if (!stream)
        throw streamNotFound();
    const QJsonObject body = parseObject(request);
    static const QStringList known{QStringLiteral("name"), QStringLiteral("status"),     QStringLiteral("filters"),
                                   QStringLiteral("sink"), QStringLiteral("isPriority"), QStringLiteral("pii_config")};
    ManagementRequest::rejectUnknownFields(body, known);
    if (body.contains(QStringLiteral("name")))
        stream->name = validName(body.value(QStringLiteral("name")));
    if (body.contains(QStringLiteral("status"))) {
        const QString status = validStatus(body.value(QStringLiteral("status")));
        if (status == QLatin1String("active") && stream->status != QLatin1String("active")) {
            stream->failures = 0; // resuming a suspended stream starts a fresh retry series
            stream->lastError.clear();
            stream->suspendedAt = QDateTime();
        }
        stream->status = status;
    }
    if (body.contains(QStringLiteral("filters"))) {
        validateFilters(body.value(QStringLiteral("filters")));
        stream->filters = body.value(QStringLiteral("filters")).toArray();
    }
    if (body.contains(QStringLiteral("sink"))) {
        const QJsonObject changes = body.value(QStringLiteral("sink")).toObject();
        if (stream->type == SetStreamDispatcher::kType) {
            const QJsonObject sink = SetSink::merged(stream->sink, changes);
            validateSetSink(sink);
            stream->sink = sink;
        } else {
            // An omitted authorization is kept (it is never shown, so a client cannot send it back); null removes it.
            QJsonObject sink = stream->sink;
            for (auto it = changes.begin(); it != changes.end(); ++it) {
                if (it.key() == kHttpAuthorizationSet)
                    continue;
                if (it.key() == kHttpAuthorization && it.value().isNull())
                    sink.remove(kHttpAuthorization);
                else
                    sink.insert(it.key(), it.value());
            }
            validateSink(sink);
            stream->sink = sink;
        }
    }
    stream->updatedAt = QDateTime::currentDateTimeUtc();
    m_db.saveLogStream(*stream);
    streamsChanged(*stream, true);
    return HttpResponse::json(200, streamJson(*stream), kJson);
}

HttpResponse LogsApi::testStream(const QString &id)
{
    const std::optional<LogStreamRecord> stream = m_db.logStream(id);
    if (!stream)
        throw streamNotFound();
    const LogStreamRecord record = *stream;
    if (record.type == SetStreamDispatcher::kType) {
        if (!m_events)
            throw ManagementError::badRequest(QStringLiteral("scim-set streams are not available with the "
                                                             "PostgreSQL backend yet (docs/logs.md)."));
        SecurityEvents *events = m_events;
        return ManagementRequest::deferredJson([events, record](ManagementRequest::JsonReply reply) {
            events->sendTest(record, [reply](const DeliveryTest &test) { reply(test.toJson()); });
        });
    }
    LogStreamDispatcher *dispatcher = &m_dispatcher;
    return ManagementRequest::deferredJson([dispatcher, record](ManagementRequest::JsonReply reply) {
        dispatcher->sendTest(record, [reply](const DeliveryTest &test) { reply(test.toJson()); });
    });
}

HttpResponse LogsApi::deleteStream(const QString &id)
{
    const std::optional<LogStreamRecord> stream = m_db.logStream(id);
    if (!stream || !m_db.deleteLogStream(id))
        throw streamNotFound();
    streamsChanged(*stream, true);
    return HttpResponse::empty(204);
}

} // namespace scim
