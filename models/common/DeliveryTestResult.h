#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace scim {

// What a receiver answered to a test delivery (back-channel logout, log stream test event), as the engine reports
// it: {delivered, status?, body?, error?, duration_ms}.
class DeliveryTestResult
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryTestResult)

public:
    static bool delivered(const QJsonObject &outcome);
    // One sentence for the admin: delivered or not, the HTTP status or the network error, the time, and the start
    // of the receiver's answer.
    static QString describe(const QJsonObject &outcome);
};

} // namespace scim
