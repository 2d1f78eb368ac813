#include "models/check/CheckExchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace scim {

namespace {

QByteArray headerValue(const CheckHeaders &headers, const QByteArray &name)
{
    QByteArray joined;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!joined.isEmpty())
            joined += ", ";
        joined += value;
    }
    return joined;
}

QJsonObject headersJson(const CheckHeaders &headers, bool redact)
{
    QJsonObject object;
    for (const auto &[key, value] : headers) {
        QString text = QString::fromLatin1(value);
        // The token is the one secret a report must never carry; keep the scheme so the reader sees what was sent.
        if (redact && key.compare("authorization", Qt::CaseInsensitive) == 0)
            text = text.section(QLatin1Char(' '), 0, 0) + QStringLiteral(" <redacted>");
        const QString name = QString::fromLatin1(key);
        const QString existing = object.value(name).toString();
        object.insert(name, existing.isEmpty() ? text : existing + QStringLiteral(", ") + text);
    }
    return object;
}

QJsonValue bodyJson(const QByteArray &body)
{
    if (body.isEmpty())
        return QJsonValue::Null;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        if (document.isObject())
            return document.object();
        return document.array();
    }
    return QString::fromUtf8(body);
}

} // namespace

QByteArray CheckExchange::responseHeader(const QByteArray &name) const
{
    return headerValue(responseHeaders, name);
}

QByteArray CheckExchange::requestHeader(const QByteArray &name) const
{
    return headerValue(requestHeaders, name);
}

QJsonObject CheckExchange::requestJson() const
{
    return QJsonObject{{QStringLiteral("method"), QString::fromLatin1(method)},
                       {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
                       {QStringLiteral("headers"), headersJson(requestHeaders, true)},
                       {QStringLiteral("body"), bodyJson(requestBody)}};
}

QJsonObject CheckExchange::responseJson() const
{
    if (!hasResponse())
        return QJsonObject{{QStringLiteral("error"), networkError}};
    return QJsonObject{{QStringLiteral("status"), status},
                       {QStringLiteral("headers"), headersJson(responseHeaders, false)},
                       {QStringLiteral("body"), bodyJson(responseBody)}};
}

QString CheckExchange::summary() const
{
    QString shown = target;
    if (shown.isEmpty()) {
        shown = url.path(QUrl::FullyEncoded);
        if (url.hasQuery())
            shown += QLatin1Char('?') + url.query(QUrl::PrettyDecoded);
    }
    return QString::fromLatin1(method) + QLatin1Char(' ') + shown;
}

} // namespace scim
