#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "common/Router.h"

#include <QJsonObject>

#include <functional>

namespace scim {

class LogStore;
class LogPushHub;
class LogStreamDispatcher;
class RequestLog;
class SecurityEvents;
struct LogStreamRecord;

// The log endpoints of the Management API: /api/v2/logs (checkpoint, search, history paging), /logs/{id},
// /logs/stream (Server-Sent Events) and /api/v2/log-streams. See docs/logs.md.
class LogsApi
{
public:
    LogsApi(RequestLog &log, LogPushHub &push, LogStreamDispatcher &dispatcher);

    // Adds the log endpoints (paths below /api/v2) to the Management API's router.
    void addRoutes(Router<const HttpRequest> &router);
    // With request logging off, the same paths answer 404 and say why.
    static void addDisabledRoutes(Router<const HttpRequest> &router);
    void setPublicBaseUrl(const QString &url) { m_baseUrl = url; }
    // Enables "scim-set" streams (RFC 9967 security events).
    void setSecurityEvents(SecurityEvents *events) { m_events = events; }

private:
    // Runs a handler with the log endpoints' error answers.
    static HttpResponse guarded(const std::function<HttpResponse()> &handler);
    HttpResponse listLogs(const HttpRequest &request);
    HttpResponse getLog(const QString &logId);
    HttpResponse stream(const HttpRequest &request);
    HttpResponse listStreams();
    HttpResponse createStream(const HttpRequest &request);
    HttpResponse createSetStream(const QJsonObject &body, const QString &name, const QString &status,
                                 const QJsonObject &sink);
    HttpResponse getStream(const QString &id);
    HttpResponse updateStream(const HttpRequest &request, const QString &id);
    HttpResponse deleteStream(const QString &id);
    HttpResponse testStream(const QString &id);

    QJsonObject streamJson(const LogStreamRecord &stream) const;
    static void validateSink(const QJsonObject &sink);
    static void validateSetSink(const QJsonObject &sink);
    // A stream was created, changed or deleted: tell whoever delivers it.
    void streamsChanged(const LogStreamRecord &stream, bool forget);
    static void validateFilters(const QJsonValue &filters);

    RequestLog &m_log;
    LogStore &m_db;
    LogPushHub &m_push;
    LogStreamDispatcher &m_dispatcher;
    SecurityEvents *m_events = nullptr;
    QString m_baseUrl;
};

} // namespace scim
