#pragma once

#include <QByteArray>
#include <QString>

namespace scim {

// One stored log event: the columns the Management API filters on plus the already redacted and bounded
// JSON texts of the parts that are only rendered.
struct LogRow
{
    qint64 key = 0;
    qint64 dateMs = 0;
    QString type; // sscim | fscim
    QString description;
    QString connectionId;
    QString connectionName;
    QString strategy;
    QString userId;
    QString userName;
    QString action;
    QString method;
    int status = 0;
    qint64 durationUs = 0;
    QString tokenId;
    QString ip;
    QString path;
    QString userAgent;
    QByteArray query;        // JSON object text, or empty
    QByteArray headers;      // "name: value" lines
    QByteArray requestBody;  // the body as sent (redacted and bounded when needed), or empty
    QByteArray responseBody; // likewise, or empty when not recorded
    QByteArray extra;        // JSON object text merged into `details`, or empty
};

} // namespace scim
