#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

namespace scim {

using CheckHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request sent by the conformance runner and the response it got, exactly as they went over the wire
// (the report redacts the Authorization header; nothing else is hidden).
struct CheckExchange
{
    QString stepName;
    QByteArray method;
    QUrl url;
    QString target; // path and query below the base URL, as a reader wants to see it ("/Users?filter=…")
    CheckHeaders requestHeaders;
    QByteArray requestBody;

    int status = 0; // 0: no HTTP response (see networkError)
    CheckHeaders responseHeaders;
    QByteArray responseBody;
    QString networkError;
    qint64 elapsedMs = 0;

    bool hasResponse() const { return status != 0; }
    // Values of every header with that name (case-insensitive), joined with ", " as RFC 9110 §5.3 allows.
    QByteArray responseHeader(const QByteArray &name) const;
    QByteArray requestHeader(const QByteArray &name) const;

    // {method, url, headers, body}: body as JSON when it parses, else as text; Authorization redacted.
    QJsonObject requestJson() const;
    // {status, headers, body} or {error} when nothing came back.
    QJsonObject responseJson() const;
    // "POST /Users/…" (the target below the base URL) for details and progress lines.
    QString summary() const;
};

} // namespace scim

Q_DECLARE_METATYPE(scim::CheckExchange)
