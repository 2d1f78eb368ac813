#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace scim {

// The sink of a "scim-set" log stream: where and how its security event tokens go (docs/logs.md).
struct SetSink
{
    enum class Algorithm
    {
        HS256,
        ES256
    };

    QString endpoint;
    QJsonValue audience; // a string, or an array of strings
    Algorithm algorithm = Algorithm::ES256;
    QByteArray secret; // HS256 only
    bool full = false; // "full" events carry the data, "notice" events name the attributes
    QString authorization;

    static SetSink fromJson(const QJsonObject &sink);
    // Why `sink` cannot be used, or empty when it can.
    static QString validate(const QJsonObject &sink);
    // `sink` as responses show it: the secret and the authorization replaced by whether they are set.
    static QJsonObject redacted(const QJsonObject &sink);
    // `changes` (a PATCH's sink) merged into `stored`: null removes a field, and switching to ES256 drops a stored
    // HS256 secret.
    static QJsonObject merged(const QJsonObject &stored, const QJsonObject &changes);

    static constexpr int kMinSecretBytes = 32;
};

} // namespace scim
