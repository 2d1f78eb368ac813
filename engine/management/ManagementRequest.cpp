#include "management/ManagementRequest.h"

#include "common/ResponseStream.h"
#include "management/ManagementError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace scim::ManagementRequest {

QJsonObject parseBody(const HttpRequest &request, bool allowEmpty)
{
    if (request.body.trimmed().isEmpty()) {
        if (allowEmpty)
            return {};
        throw ManagementError::badRequest(QStringLiteral("Payload validation error: a JSON body is required."));
    }
    const QByteArray contentType = request.header("content-type").toLower();
    // curl -d sends JSON labelled as a form; a body that starts like a JSON object is read as JSON.
    if (contentType.startsWith("application/x-www-form-urlencoded") && !request.body.trimmed().startsWith('{')) {
        // Auth0 accepts form bodies too; values arrive as strings and are converted where a number is expected.
        QJsonObject object;
        const QUrlQuery form(QString::fromUtf8(request.body));
        for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("scopes") || key == QLatin1String("scopes[]")) {
                QJsonArray scopes = object.value(QStringLiteral("scopes")).toArray();
                for (const QString &scope :
                     value.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts))
                    scopes.append(scope);
                object.insert(QStringLiteral("scopes"), scopes);
            } else if (key == QLatin1String("token_lifetime")) {
                bool ok = false;
                const qint64 number = value.toLongLong(&ok);
                object.insert(key, ok ? QJsonValue(double(number)) : QJsonValue(value));
            } else {
                object.insert(key, value);
            }
        }
        return object;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ManagementError::badRequest(
            QStringLiteral("Invalid JSON body at offset %1: %2").arg(error.offset).arg(error.errorString()),
            QStringLiteral("invalid_json"));
    if (!document.isObject())
        throw ManagementError::badRequest(QStringLiteral("Payload validation error: the body must be a JSON object."));
    return document.object();
}

void rejectUnknownFields(const QJsonObject &body, const QStringList &allowed)
{
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            throw ManagementError::badRequest(
                QStringLiteral("Payload validation error: 'Additional properties not allowed: %1'.").arg(it.key()));
    }
}

qint64 intQuery(const HttpRequest &request, const QString &name, qint64 fallback, qint64 minimum, qint64 maximum)
{
    if (!request.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = request.queryItem(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        throw ManagementError::badRequest(
            QStringLiteral("Query validation error: '%1' must be an integer from %2 to %3.")
                .arg(name)
                .arg(minimum)
                .arg(maximum),
            QStringLiteral("invalid_query_string"));
    return value;
}

void fieldError(const QString &field, const QString &message)
{
    throw ManagementError(
        400, message, QStringLiteral("invalid_body"),
        QJsonArray{QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("message"), message}}});
}

QString quotedField(const QString &message, const QString &fallback)
{
    static const QRegularExpression field(QStringLiteral("'([A-Za-z_][A-Za-z0-9_.]*)'"));
    const QRegularExpressionMatch match = field.match(message);
    return match.hasMatch() ? match.captured(1) : fallback;
}

HttpResponse deferredJson(std::function<void(JsonReply reply)> start)
{
    HttpResponse response;
    response.status = 200;
    response.setHeader(QByteArrayLiteral("Content-Type"), kJsonContentType);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.stream = [start = std::move(start)](ResponseStream *stream) {
        QPointer<ResponseStream> open(stream);
        start([open](const QJsonObject &body) {
            if (!open || !open->isOpen())
                return; // the client went away
            open->write(QJsonDocument(body).toJson(QJsonDocument::Compact));
            open->close();
        });
    };
    return response;
}

bool boolQuery(const HttpRequest &request, const QString &name)
{
    const QString value = request.queryItem(name).toLower();
    return value == QLatin1String("true") || value == QLatin1String("1");
}

QString iso(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime nowMs()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

} // namespace scim::ManagementRequest
