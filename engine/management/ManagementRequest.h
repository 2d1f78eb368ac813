#pragma once

#include "common/HttpRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

// Reading Management API requests and writing their answers, as every endpoint does (errors are ManagementErrors).
namespace scim::ManagementRequest {

inline const QByteArray kJsonContentType = QByteArrayLiteral("application/json; charset=utf-8");

// A JSON object body, or a form body as Auth0 accepts (`allowEmpty`: no body is an empty object).
QJsonObject parseBody(const HttpRequest &request, bool allowEmpty);
// 400 naming the first property that is not in `allowed`.
void rejectUnknownFields(const QJsonObject &body, const QStringList &allowed);
// Timestamps as the API writes them (UTC, milliseconds) and now at that precision.
QString iso(const QDateTime &dateTime);
QDateTime nowMs();

} // namespace scim::ManagementRequest
