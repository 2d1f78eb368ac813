#include "events/SetSink.h"

#include <QJsonArray>
#include <QStringList>
#include <QUrl>

namespace scim {

namespace {
const QString kEndpoint = QStringLiteral("setEndpoint");
const QString kAudience = QStringLiteral("setAudience");
const QString kAlgorithm = QStringLiteral("setSigningAlgorithm");
const QString kSecret = QStringLiteral("setSigningSecret");
const QString kMode = QStringLiteral("setEventMode");
const QString kAuthorization = QStringLiteral("setAuthorization");
} // namespace

SetSink SetSink::fromJson(const QJsonObject &sink)
{
    SetSink result;
    result.endpoint = sink.value(kEndpoint).toString();
    result.audience = sink.value(kAudience);
    result.algorithm =
        sink.value(kAlgorithm).toString() == QLatin1String("HS256") ? Algorithm::HS256 : Algorithm::ES256;
    result.secret = sink.value(kSecret).toString().toUtf8();
    result.full = sink.value(kMode).toString() == QLatin1String("full");
    result.authorization = sink.value(kAuthorization).toString();
    return result;
}

QString SetSink::validate(const QJsonObject &sink)
{
    static const QStringList known{kEndpoint, kAudience, kAlgorithm, kSecret, kMode, kAuthorization};
    for (auto it = sink.begin(); it != sink.end(); ++it) {
        if (!known.contains(it.key()))
            return QStringLiteral("'sink.%1' is not a field of a scim-set sink (%2).")
                .arg(it.key(), known.join(QStringLiteral(", ")));
    }
    const QUrl endpoint(sink.value(kEndpoint).toString(), QUrl::StrictMode);
    if (!endpoint.isValid() || endpoint.host().isEmpty() ||
        (endpoint.scheme() != QLatin1String("http") && endpoint.scheme() != QLatin1String("https")))
        return QStringLiteral("'sink.setEndpoint' must be an absolute http(s) URL.");
    const QJsonValue audience = sink.value(kAudience);
    bool audienceOk = audience.isString() && !audience.toString().isEmpty();
    if (audience.isArray() && !audience.toArray().isEmpty()) {
        audienceOk = true;
        for (const QJsonValue &value : audience.toArray())
            audienceOk = audienceOk && value.isString() && !value.toString().isEmpty();
    }
    if (!audienceOk)
        return QStringLiteral("'sink.setAudience' must be a non-empty string or an array of them.");
    const QString algorithm = sink.value(kAlgorithm).toString();
    if (algorithm != QLatin1String("HS256") && algorithm != QLatin1String("ES256"))
        return QStringLiteral("'sink.setSigningAlgorithm' must be \"HS256\" or \"ES256\".");
    const QJsonValue secret = sink.value(kSecret);
    if (algorithm == QLatin1String("HS256")) {
        // RFC 7518 §3.2: an HMAC key at least as long as the hash.
        if (!secret.isString() || secret.toString().toUtf8().size() < kMinSecretBytes)
            return QStringLiteral("'sink.setSigningSecret' is required for HS256 and must be at least %1 bytes.")
                .arg(kMinSecretBytes);
    } else if (!secret.isUndefined()) {
        return QStringLiteral("'sink.setSigningSecret' is only for HS256; ES256 tokens are signed with the engine's "
                              "key, published at /.well-known/jwks.json.");
    }
    const QJsonValue mode = sink.value(kMode);
    if (!mode.isUndefined() && mode.toString() != QLatin1String("notice") && mode.toString() != QLatin1String("full"))
        return QStringLiteral("'sink.setEventMode' must be \"notice\" or \"full\".");
    const QJsonValue authorization = sink.value(kAuthorization);
    if (!authorization.isUndefined() && !authorization.isString())
        return QStringLiteral("'sink.setAuthorization' must be a string.");
    return {};
}

QJsonObject SetSink::redacted(const QJsonObject &sink)
{
    QJsonObject shown = sink;
    shown.insert(QStringLiteral("setSigningSecretSet"), shown.contains(kSecret));
    shown.insert(QStringLiteral("setAuthorizationSet"), shown.contains(kAuthorization));
    shown.remove(kSecret);
    shown.remove(kAuthorization);
    if (!shown.contains(kMode))
        shown.insert(kMode, QStringLiteral("notice"));
    return shown;
}

QJsonObject SetSink::merged(const QJsonObject &stored, const QJsonObject &changes)
{
    QJsonObject sink = stored;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            sink.remove(it.key()); // e.g. {"setAuthorization": null} stops sending one
        else
            sink.insert(it.key(), it.value());
    }
    if (sink.value(kAlgorithm).toString() == QLatin1String("ES256") && !changes.contains(kSecret))
        sink.remove(kSecret);
    return sink;
}

} // namespace scim
