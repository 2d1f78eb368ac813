#include "protocol/ScimMessages.h"

#include "common/JsonWriter.h"
#include "common/Limits.h"
#include "protocol/schema/ScimConstants.h"
#include "protocol/schema/ScimError.h"

#include <QDateTime>
#include <QJsonDocument>

namespace scim::ScimMessages {

HttpResponse json(int status, const QJsonObject &body)
{
    // The same bytes as HttpResponse::json(), written by the faster JsonWriter: every SCIM answer goes here.
    return jsonText(status, JsonWriter::compact(body));
}

HttpResponse jsonText(int status, QByteArray body)
{
    HttpResponse response;
    response.status = status;
    response.body = std::move(body);
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/scim+json")});
    return response;
}

HttpResponse error(const ScimError &error)
{
    return json(error.status(), error.toJson());
}

HttpResponse methodNotAllowed(const QByteArray &allowed)
{
    HttpResponse response = error(ScimError(
        405, QString(), QStringLiteral("Method not allowed here; allowed: %1").arg(QString::fromLatin1(allowed))));
    response.setHeader(QByteArrayLiteral("Allow"), allowed);
    return response;
}

QJsonObject parseBody(const HttpRequest &request)
{
    const QByteArray contentType = request.header("content-type").toLower();
    if (!contentType.isEmpty() && !contentType.startsWith("application/scim+json") &&
        !contentType.startsWith("application/json"))
        throw ScimError(415, QString(),
                        QStringLiteral("Content-Type must be application/scim+json or application/json"));
    if (request.body.size() > Limits::kMaxRequestBodyBytes)
        throw ScimError(413, QString(),
                        QStringLiteral("Request body exceeds %1 bytes").arg(Limits::kMaxRequestBodyBytes));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw ScimError::invalidSyntax(
            QStringLiteral("Malformed JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        throw ScimError::invalidSyntax(QStringLiteral("The request body must be a JSON object"));
    return document.object();
}

QJsonObject listResponse(const QJsonArray &resources, qint64 totalResults, qint64 startIndex)
{
    return QJsonObject{{QStringLiteral("schemas"), QJsonArray{Urn::listResponse()}},
                       {QStringLiteral("totalResults"), totalResults},
                       {QStringLiteral("itemsPerPage"), resources.size()},
                       {QStringLiteral("startIndex"), startIndex},
                       {QStringLiteral("Resources"), resources}};
}

QJsonObject cursorListResponse(const QJsonArray &resources, qint64 totalResults, const QString &nextCursor,
                               const QString &previousCursor)
{
    QJsonObject response{{QStringLiteral("schemas"), QJsonArray{Urn::listResponse()}},
                         {QStringLiteral("totalResults"), totalResults},
                         {QStringLiteral("itemsPerPage"), resources.size()},
                         {QStringLiteral("Resources"), resources}};
    if (!nextCursor.isEmpty())
        response.insert(QStringLiteral("nextCursor"), nextCursor);
    if (!previousCursor.isEmpty())
        response.insert(QStringLiteral("previousCursor"), previousCursor);
    return response;
}

QString etag(qint64 version)
{
    return QStringLiteral("W/\"%1\"").arg(version);
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace scim::ScimMessages
