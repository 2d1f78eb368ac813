#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace scim {

// The outcome of one Management API call: the HTTP status and JSON body, or why there is none.
struct ApiResult
{
    Q_DECLARE_TR_FUNCTIONS(ApiResult)

public:
    int status = 0;              // 0 when no HTTP response arrived
    QJsonDocument json;          // parsed body (empty for 204)
    QString errorMessage;        // the API's `message`, or the transport error
    QString errorCode;           // the API's `errorCode`, if any
    bool networkFailure = false; // the engine could not be reached at all

    bool ok() const { return status >= 200 && status < 300; }
    QJsonObject object() const { return json.object(); }
    QJsonArray array() const { return json.array(); }

    // The message shown to the admin: `failure`, a whole translated sentence with %1 for the reason
    // (tr("Could not load the connections: %1.")), followed by what to do.
    QString describe(const QString &failure) const;
};

} // namespace scim
