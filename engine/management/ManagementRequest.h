#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <functional>

// Reading Management API requests and writing their answers, as every endpoint does (errors are ManagementErrors).
namespace scim::ManagementRequest {

inline const QByteArray kJsonContentType = QByteArrayLiteral("application/json; charset=utf-8");

// A JSON object body, or a form body as Auth0 accepts (`allowEmpty`: no body is an empty object).
QJsonObject parseBody(const HttpRequest &request, bool allowEmpty);
// 400 naming the first property that is not in `allowed`.
void rejectUnknownFields(const QJsonObject &body, const QStringList &allowed);
// A query parameter that must be an integer in [minimum, maximum] (400 invalid_query_string otherwise).
qint64 intQuery(const HttpRequest &request, const QString &name, qint64 fallback, qint64 minimum, qint64 maximum);
// "true" or "1".
bool boolQuery(const HttpRequest &request, const QString &name);
// A 400 that names the offending field in `details` ([{field, message}]), so an editor can show it on the field.
[[noreturn]] void fieldError(const QString &field, const QString &message);
// The field a validation message names first ("'sink.httpEndpoint' must be …" → sink.httpEndpoint), or `fallback`.
QString quotedField(const QString &message, const QString &fallback);
// A 200 JSON answer that is known only later (it waits for another server): the head goes out at once and `start`
// receives the function to call with the body.
using JsonReply = std::function<void(const QJsonObject &body)>;
HttpResponse deferredJson(std::function<void(JsonReply reply)> start);
// Timestamps as the API writes them (UTC, milliseconds) and now at that precision.
QString iso(const QDateTime &dateTime);
QDateTime nowMs();

} // namespace scim::ManagementRequest
