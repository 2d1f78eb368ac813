#pragma once

#include "common/DeliveryTest.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace scim {

// OpenID Connect Back-Channel Logout 1.0 for deactivated users: a signed logout_token (HS256 with the
// connection's secret) POSTed to the connection's back-channel logout endpoint, retried with exponential backoff
// on network errors and 5xx answers.
class BackchannelLogout : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxAttempts = 6;

    explicit BackchannelLogout(QObject *parent = nullptr);

    void setIssuer(const QString &issuer) { m_issuer = issuer; }
    void setRetryBaseMs(int milliseconds) { m_retryBaseMs = milliseconds; }

    // What the log event records about a delivery about to be made ({url, jti}); empty when the connection has
    // no endpoint configured.
    static QJsonObject plan(const QJsonObject &connectionOptions);
    // Signs and posts the logout token (with retries) for the plan made earlier.
    void send(const QString &connectionId, const QJsonObject &connectionOptions, const QString &userId,
              const QString &jti);

    static QByteArray logoutToken(const QJsonObject &claims, const QByteArray &secret);

    // One attempt without retries, signed like a real logout for `subject`; `done` runs on this thread with the
    // URL and jti of the logout token and what the receiver answered.
    void sendTest(const QString &connectionId, const QJsonObject &connectionOptions, const QString &subject,
                  DeliveryTest::Done done);

Q_SIGNALS:
    void delivered(const QString &jti, int status);
    void failed(const QString &jti, const QString &reason);

private:
    struct Delivery
    {
        QString url;
        QByteArray body;
        QString jti;
        int attempt = 0;
    };
    void attempt(Delivery delivery);
    QByteArray formBody(const QString &connectionId, const QJsonObject &options, const QString &userId,
                        const QString &jti) const;

    QNetworkAccessManager *m_network;
    QString m_issuer;
    int m_retryBaseMs = 1000;
};

} // namespace scim
