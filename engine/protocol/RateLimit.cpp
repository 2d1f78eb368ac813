#include "protocol/RateLimit.h"

#include <cmath>

namespace scim {

RateLimit RateLimit::fromOptions(const QJsonObject &options)
{
    QString ignored;
    return parse(options.value(QStringLiteral("rate_limit")), &ignored).value_or(RateLimit());
}

std::optional<RateLimit> RateLimit::parse(const QJsonValue &value, QString *error)
{
    RateLimit limit;
    if (value.isUndefined() || value.isNull())
        return limit;
    if (!value.isObject()) {
        *error = QStringLiteral("'options.rate_limit' must be an object: {\"requests_per_second\": N, \"burst\": M}.");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QLatin1String("requests_per_second") && it.key() != QLatin1String("burst")) {
            *error = QStringLiteral("'options.rate_limit' has an unknown property '%1'.").arg(it.key());
            return std::nullopt;
        }
    }
    const QJsonValue rate = object.value(QStringLiteral("requests_per_second"));
    if (!rate.isDouble() || rate.toDouble() < 0 || rate.toDouble() > kMaxValue) {
        *error = QStringLiteral("'options.rate_limit.requests_per_second' must be a number from 0 (no limit) to %1.")
                     .arg(qint64(kMaxValue));
        return std::nullopt;
    }
    limit.requestsPerSecond = rate.toDouble();
    const QJsonValue burst = object.value(QStringLiteral("burst"));
    if (burst.isUndefined()) {
        limit.burst = qMax(1.0, std::ceil(2 * limit.requestsPerSecond));
    } else if (!burst.isDouble() || burst.toDouble() < 1 || burst.toDouble() > kMaxValue ||
               burst.toDouble() != std::floor(burst.toDouble())) {
        *error =
            QStringLiteral("'options.rate_limit.burst' must be a whole number from 1 to %1.").arg(qint64(kMaxValue));
        return std::nullopt;
    } else {
        limit.burst = burst.toDouble();
    }
    return limit;
}

} // namespace scim
