#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace scim {

class ScimError;

// SCIM message bodies on the wire (RFC 7644 §3): JSON in, application/scim+json out.
namespace ScimMessages {

HttpResponse json(int status, const QJsonObject &body);
// A body already written as compact JSON.
HttpResponse jsonText(int status, QByteArray body);
HttpResponse error(const ScimError &error);
// 405 with the Allow header, e.g. methodNotAllowed("GET, POST").
HttpResponse methodNotAllowed(const QByteArray &allowed);
// The request's body as a JSON object; 415, 413 and 400 as SCIM errors otherwise.
QJsonObject parseBody(const HttpRequest &request);
// A ListResponse (RFC 7644 §3.4.2) of `resources`, the page of `totalResults` that starts at `startIndex`.
QJsonObject listResponse(const QJsonArray &resources, qint64 totalResults, qint64 startIndex);
// A cursor-paged ListResponse (RFC 9865): no startIndex; nextCursor and previousCursor when not empty.
QJsonObject cursorListResponse(const QJsonArray &resources, qint64 totalResults, const QString &nextCursor,
                               const QString &previousCursor);
// A resource version as its weak ETag, W/"<version>".
QString etag(qint64 version);
QString nowIso();

} // namespace ScimMessages

} // namespace scim
