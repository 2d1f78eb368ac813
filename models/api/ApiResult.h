#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace scim {

// The outcome of one Management API call: the HTTP status and JSON body, or why there is none.
struct ApiResult
{
    int status = 0;              // 0 when no HTTP response arrived
    QJsonDocument json;          // parsed body (empty for 204)
    QString errorMessage;        // the API's `message`, or the transport error
    QString errorCode;           // the API's `errorCode`, if any
    bool networkFailure = false; // the engine could not be reached at all

    bool ok() const { return status >= 200 && status < 300; }
    QJsonObject object() const { return json.object(); }
    QJsonArray array() const { return json.array(); }

    // "Could not <action>: <reason>. <advice>" — for messages shown to the admin.
    QString describe(const QString &action) const;
};

} // namespace scim
