#pragma once

#include "HttpResponse.h"

#include <QJsonObject>

namespace scim {

class LogStore;
class LogPushHub;
class LogStreamDispatcher;
class RequestLog;
struct HttpRequest;
struct LogStreamRecord;

// The log endpoints of the Management API: /api/v2/logs (checkpoint, search, history paging), /logs/{id},
// /logs/stream (Server-Sent Events) and /api/v2/log-streams. See docs/logs.md.
class LogsApi
{
public:
    LogsApi(RequestLog &log, LogPushHub &push, LogStreamDispatcher &dispatcher);

    static bool handles(const QString &path);
    // `path` is the part after /api/v2.
    HttpResponse handle(const HttpRequest &request, const QString &path);
    void setPublicBaseUrl(const QString &url) { m_baseUrl = url; }

private:
    HttpResponse listLogs(const HttpRequest &request);
    HttpResponse getLog(const QString &logId);
    HttpResponse stream(const HttpRequest &request);
    HttpResponse listStreams();
    HttpResponse createStream(const HttpRequest &request);
    HttpResponse getStream(const QString &id);
    HttpResponse updateStream(const HttpRequest &request, const QString &id);
    HttpResponse deleteStream(const QString &id);

    static QJsonObject streamJson(const LogStreamRecord &stream);
    static void validateSink(const QJsonObject &sink);
    static void validateFilters(const QJsonValue &filters);

    RequestLog &m_log;
    LogStore &m_db;
    LogPushHub &m_push;
    LogStreamDispatcher &m_dispatcher;
    QString m_baseUrl;
};

} // namespace scim
