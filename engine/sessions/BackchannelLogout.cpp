#include "sessions/BackchannelLogout.h"

#include "common/RandomId.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace scim {

namespace {
QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

BackchannelLogout::BackchannelLogout(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

QByteArray BackchannelLogout::logoutToken(const QJsonObject &claims, const QByteArray &secret)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("logout+jwt")}};
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                    base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256);
    return signingInput + '.' + base64Url(signature);
}

QJsonObject BackchannelLogout::plan(const QJsonObject &options)
{
    const QString url = options.value(QStringLiteral("backchannel_logout_url")).toString();
    if (url.isEmpty() || !options.value(QStringLiteral("backchannel_logout_secret")).isString())
        return {};
    return {{QStringLiteral("url"), url}, {QStringLiteral("jti"), RandomId::uuid()}};
}

QByteArray BackchannelLogout::formBody(const QString &connectionId, const QJsonObject &options, const QString &userId,
                                       const QString &jti) const
{
    const QByteArray secret = options.value(QStringLiteral("backchannel_logout_secret")).toString().toUtf8();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString audience = options.value(QStringLiteral("backchannel_logout_audience")).toString(connectionId);
    const QJsonObject claims{
        {QStringLiteral("iss"), m_issuer},
        {QStringLiteral("aud"), audience},
        {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + 120},
        {QStringLiteral("jti"), jti},
        {QStringLiteral("sub"), userId},
        {QStringLiteral("events"),
         QJsonObject{{QStringLiteral("http://schemas.openid.net/event/backchannel-logout"), QJsonObject()}}},
    };
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("logout_token"), QString::fromLatin1(logoutToken(claims, secret)));
    return form.toString(QUrl::FullyEncoded).toLatin1();
}

void BackchannelLogout::send(const QString &connectionId, const QJsonObject &options, const QString &userId,
                             const QString &jti)
{
    const QString url = options.value(QStringLiteral("backchannel_logout_url")).toString();
    const QByteArray secret = options.value(QStringLiteral("backchannel_logout_secret")).toString().toUtf8();
    if (url.isEmpty() || secret.isEmpty())
        return;
    attempt(Delivery{url, formBody(connectionId, options, userId, jti), jti, 0});
}

void BackchannelLogout::sendTest(const QString &connectionId, const QJsonObject &options, const QString &subject,
                                 DeliveryTest::Done done)
{
    DeliveryTest test;
    test.url = options.value(QStringLiteral("backchannel_logout_url")).toString();
    test.jti = RandomId::uuid();
    QNetworkRequest request{QUrl(test.url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    request.setTransferTimeout(10000);
    const QByteArray body = formBody(connectionId, options, subject, test.jti);
    DeliveryTest::post(*m_network, request, body, this, std::move(test), std::move(done));
}

void BackchannelLogout::attempt(Delivery delivery)
{
    ++delivery.attempt;
    QNetworkRequest request{QUrl(delivery.url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network->post(request, delivery.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300) {
            Q_EMIT delivered(delivery.jti, status);
            return;
        }
        // 4xx means the receiver rejected the token: retrying the same token cannot help.
        const bool retry = (status == 0 || status >= 500) && delivery.attempt < kMaxAttempts;
        const QString reason = status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
        if (!retry) {
            qWarning("logs: back-channel logout %s to %s failed: %s", qUtf8Printable(delivery.jti),
                     qUtf8Printable(delivery.url), qUtf8Printable(reason));
            Q_EMIT failed(delivery.jti, reason);
            return;
        }
        const int delay = m_retryBaseMs * (1 << (delivery.attempt - 1));
        QTimer::singleShot(delay, this, [this, delivery] { attempt(delivery); });
    });
}

} // namespace scim
