#pragma once

#include "common/Limits.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace scim {

// A connection's SCIM rate limit, from its options: "rate_limit": {"requests_per_second": 100, "burst": 200}.
// requests_per_second 0 switches the limit off; burst defaults to twice the rate (at least 1).
struct RateLimit
{
    static constexpr double kMaxValue = 1000000;

    double requestsPerSecond = Limits::kDefaultRateLimitPerSecond;
    double burst = Limits::kDefaultRateLimitBurst;

    bool enabled() const { return requestsPerSecond > 0; }

    // The limit of a connection whose options were validated (absent or null: the default).
    static RateLimit fromOptions(const QJsonObject &options);
    // Checks options.rate_limit as the Management API receives it; nullopt and the reason when it is invalid.
    static std::optional<RateLimit> parse(const QJsonValue &value, QString *error);
};

} // namespace scim
