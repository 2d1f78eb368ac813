#include "common/DeliveryTest.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace scim {

QJsonObject DeliveryTest::toJson() const
{
    QJsonObject json{{QStringLiteral("delivered"), delivered()}, {QStringLiteral("duration_ms"), durationMs}};
    if (!url.isEmpty())
        json.insert(QStringLiteral("url"), url);
    if (!jti.isEmpty())
        json.insert(QStringLiteral("jti"), jti);
    if (status)
        json.insert(QStringLiteral("status"), status);
    if (!body.isEmpty())
        json.insert(QStringLiteral("body"), QString::fromUtf8(body));
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

void DeliveryTest::post(QNetworkAccessManager &network, const QNetworkRequest &request, const QByteArray &body,
                        QObject *context, DeliveryTest test, Done done)
{
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = network.post(request, body);
    QObject::connect(reply, &QNetworkReply::finished, context,
                     [reply, timer, test = std::move(test), done = std::move(done)]() mutable {
                         reply->deleteLater();
                         test.durationMs = timer.elapsed();
                         test.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                         test.body = reply->read(kBodyLimit);
                         if (test.status == 0)
                             test.error = reply->errorString();
                         done(test);
                     });
}

DeliveryTest DeliveryTest::notSent(const QString &reason)
{
    DeliveryTest test;
    test.error = reason;
    return test;
}

} // namespace scim
