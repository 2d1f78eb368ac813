#include "requestlog/LogEventJson.h"

#include "requestlog/LogId.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace scim::LogEventJson {

namespace {
QJsonValue parsed(const QByteArray &text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonObject{{QStringLiteral("_raw"), QString::fromUtf8(text.left(1024))}};
    if (document.isArray())
        return document.array();
    return document.object();
}

QJsonObject headerObject(const QByteArray &lines)
{
    QJsonObject headers;
    for (const QByteArray &line : lines.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.insert(QString::fromLatin1(line.left(colon)), QString::fromUtf8(line.mid(colon + 1).trimmed()));
    }
    return headers;
}

void insertIfSet(QJsonObject &object, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        object.insert(name, value);
}
} // namespace

QString isoDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject render(const LogRow &row)
{
    QJsonObject request{{QStringLiteral("method"), row.method},
                        {QStringLiteral("path"), row.path},
                        {QStringLiteral("query"), row.query.isEmpty() ? QJsonObject() : parsed(row.query).toObject()},
                        {QStringLiteral("headers"), headerObject(row.headers)},
                        {QStringLiteral("userAgent"), row.userAgent},
                        {QStringLiteral("ip"), row.ip},
                        {QStringLiteral("body"), parsed(row.requestBody)}};
    QJsonObject response{{QStringLiteral("statusCode"), row.status}};
    if (!row.responseBody.isEmpty())
        response.insert(QStringLiteral("body"), parsed(row.responseBody));
    QJsonObject details{{QStringLiteral("action"), row.action},
                        {QStringLiteral("connection_id"), row.connectionId},
                        {QStringLiteral("request"), request},
                        {QStringLiteral("response"), response}};
    if (!row.extra.isEmpty()) {
        const QJsonObject extra = parsed(row.extra).toObject();
        for (auto it = extra.begin(); it != extra.end(); ++it)
            details.insert(it.key(), it.value());
    }
    QJsonObject event{{QStringLiteral("log_id"), LogId::fromKey(row.key)},
                      {QStringLiteral("date"), isoDate(row.dateMs)},
                      {QStringLiteral("type"), row.type},
                      {QStringLiteral("description"), row.description},
                      {QStringLiteral("connection_id"), row.connectionId},
                      {QStringLiteral("client_name"), QStringLiteral("SCIM")},
                      {QStringLiteral("ip"), row.ip},
                      {QStringLiteral("duration_ms"), double(row.durationUs) / 1000.0},
                      {QStringLiteral("details"), details}};
    insertIfSet(event, QStringLiteral("connection"), row.connectionName);
    insertIfSet(event, QStringLiteral("strategy"), row.strategy);
    insertIfSet(event, QStringLiteral("user_agent"), row.userAgent);
    insertIfSet(event, QStringLiteral("user_id"), row.userId);
    insertIfSet(event, QStringLiteral("user_name"), row.userName);
    insertIfSet(event, QStringLiteral("token_id"), row.tokenId);
    return event;
}

} // namespace scim::LogEventJson
