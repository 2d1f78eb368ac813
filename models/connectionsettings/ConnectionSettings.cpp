#include "models/connectionsettings/ConnectionSettings.h"

#include "common/Limits.h"

namespace scim {

namespace {
const QString kUrl = QStringLiteral("backchannel_logout_url");
const QString kAudience = QStringLiteral("backchannel_logout_audience");
const QString kSecret = QStringLiteral("backchannel_logout_secret");
const QString kSecretSet = QStringLiteral("backchannel_logout_secret_set");
const QString kSecretHint = QStringLiteral("backchannel_logout_secret_hint");
const QString kRateLimit = QStringLiteral("rate_limit");
const QString kUnknown = QStringLiteral("scim_unknown_attributes");
} // namespace

ConnectionSettings ConnectionSettings::fromJson(const QJsonObject &connection)
{
    ConnectionSettings settings;
    settings.id = connection.value(QStringLiteral("id")).toString();
    settings.name = connection.value(QStringLiteral("name")).toString();
    settings.displayName = connection.value(QStringLiteral("display_name")).toString();
    settings.strategy = connection.value(QStringLiteral("strategy")).toString();
    QJsonObject options = connection.value(QStringLiteral("options")).toObject();
    settings.logoutUrl = options.take(kUrl).toString();
    settings.logoutAudience = options.take(kAudience).toString();
    settings.secretSet = options.take(kSecretSet).toBool();
    settings.secretHint = options.take(kSecretHint).toString();
    const QJsonValue rateLimit = options.take(kRateLimit);
    if (rateLimit.isObject()) {
        settings.requestsPerSecond = rateLimit.toObject().value(QStringLiteral("requests_per_second")).toDouble();
        settings.burst = rateLimit.toObject().value(QStringLiteral("burst")).toInt();
        settings.rateLimit = settings.requestsPerSecond > 0 ? RateLimit::Custom : RateLimit::Off;
    }
    settings.unknownAttributes = options.take(kUnknown).toString();
    settings.otherOptions = options;
    return settings;
}

QJsonObject ConnectionSettings::patchBody() const
{
    QJsonObject options = otherOptions;
    if (!logoutUrl.trimmed().isEmpty())
        options.insert(kUrl, logoutUrl.trimmed());
    if (!logoutAudience.trimmed().isEmpty())
        options.insert(kAudience, logoutAudience.trimmed());
    if (!newSecret.isEmpty())
        options.insert(kSecret, newSecret);
    if (rateLimit == RateLimit::Off) {
        options.insert(kRateLimit, QJsonObject{{QStringLiteral("requests_per_second"), 0}});
    } else if (rateLimit == RateLimit::Custom) {
        QJsonObject limit{{QStringLiteral("requests_per_second"), requestsPerSecond}};
        if (burst > 0)
            limit.insert(QStringLiteral("burst"), burst);
        options.insert(kRateLimit, limit);
    }
    if (!unknownAttributes.isEmpty())
        options.insert(kUnknown, unknownAttributes);
    return {{QStringLiteral("name"), name.trimmed()},
            {QStringLiteral("display_name"), displayName.trimmed()},
            {QStringLiteral("options"), options}};
}

double ConnectionSettings::defaultRequestsPerSecond()
{
    return Limits::kDefaultRateLimitPerSecond;
}

double ConnectionSettings::defaultBurst()
{
    return Limits::kDefaultRateLimitBurst;
}

bool ConnectionSettings::sameAs(const ConnectionSettings &other) const
{
    // Rate and burst only count for a custom limit.
    const bool custom = rateLimit == RateLimit::Custom;
    const bool sameLimit =
        rateLimit == other.rateLimit &&
        (!custom || (qFuzzyCompare(1 + requestsPerSecond, 1 + other.requestsPerSecond) && burst == other.burst));
    const auto policy = [](const QString &value) { return value.isEmpty() ? QStringLiteral("keep") : value; };
    return name.trimmed() == other.name.trimmed() && displayName.trimmed() == other.displayName.trimmed() &&
           logoutUrl.trimmed() == other.logoutUrl.trimmed() &&
           logoutAudience.trimmed() == other.logoutAudience.trimmed() && newSecret == other.newSecret && sameLimit &&
           policy(unknownAttributes) == policy(other.unknownAttributes);
}

} // namespace scim
