#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;
class QObject;

namespace scim {

// One delivery made without retries for an admin's "Send test logout" or "Send test event", and what the receiver
// answered. The back-channel logout and both kinds of log stream send their tests through post(), so the three
// answer alike and the Management API reports them in one form (toJson()).
class DeliveryTest
{
public:
    static constexpr qsizetype kBodyLimit = 4096;

    using Done = std::function<void(const DeliveryTest &)>;

    QString url;     // reported when set (the logout test names where it went)
    QString jti;     // reported when set
    int status = 0;  // 0: no HTTP answer
    QByteArray body; // the first kBodyLimit bytes
    QString error;   // network error (or why nothing was sent), else empty
    qint64 durationMs = 0;

    bool delivered() const { return status >= 200 && status < 300; }
    // {url?, jti?, delivered, duration_ms, status?, body?, error?}
    QJsonObject toJson() const;

    // POSTs `body` once with `request` and calls `done` on `context`'s thread with `test` completed by the answer.
    static void post(QNetworkAccessManager &network, const QNetworkRequest &request, const QByteArray &body,
                     QObject *context, DeliveryTest test, Done done);
    // A test that could not be sent at all.
    static DeliveryTest notSent(const QString &reason);
};

} // namespace scim
