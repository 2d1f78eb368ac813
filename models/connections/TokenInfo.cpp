#include "models/connections/TokenInfo.h"

#include "auth/TokenPolicy.h"

namespace scim {

const qint64 TokenInfo::kMinimumLifetimeSeconds = TokenPolicy::kMinimumLifetimeSeconds;
const int TokenInfo::kMaximumActiveTokens = TokenPolicy::kMaxActiveTokens;

namespace {
QDateTime parse(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}
} // namespace

QDateTime TokenInfo::createdAt(const QJsonObject &token)
{
    return parse(token.value(QStringLiteral("created_at")));
}

std::optional<QDateTime> TokenInfo::validUntil(const QJsonObject &token)
{
    const QDateTime until = parse(token.value(QStringLiteral("valid_until")));
    if (!until.isValid())
        return std::nullopt;
    return until;
}

QDateTime TokenInfo::lastUsedAt(const QJsonObject &token)
{
    return parse(token.value(QStringLiteral("last_used_at")));
}

bool TokenInfo::isActive(const QJsonObject &token, const QDateTime &now)
{
    const std::optional<QDateTime> until = validUntil(token);
    return !until || *until > now;
}

int TokenInfo::activeCount(const QJsonArray &tokens)
{
    int count = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &token : tokens)
        count += isActive(token.toObject(), now) ? 1 : 0;
    return count;
}

QString TokenInfo::remainingText(qint64 seconds)
{
    auto unit = [](qint64 n, const char *singular, const char *plural) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? singular : plural));
    };
    if (seconds >= 2 * 86400)
        return unit(seconds / 86400, "day", "days");
    if (seconds >= 2 * 3600)
        return unit(seconds / 3600, "hour", "hours");
    return unit(qMax<qint64>(seconds / 60, 1), "minute", "minutes");
}

QString TokenInfo::expiryText(const QJsonObject &token, const QDateTime &now)
{
    const std::optional<QDateTime> until = validUntil(token);
    if (!until)
        return QStringLiteral("never");
    const QString date = until->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const qint64 left = now.secsTo(*until);
    if (left <= 0)
        return date + QStringLiteral(" (expired)");
    return QStringLiteral("%1 (in %2)").arg(date, remainingText(left));
}

QString TokenInfo::lifetimeProblem(qint64 seconds)
{
    if (seconds < kMinimumLifetimeSeconds)
        return QStringLiteral("A token lifetime must be at least %1 seconds (15 minutes); %2 s is too short.")
            .arg(kMinimumLifetimeSeconds)
            .arg(seconds);
    if (seconds > qint64(100) * 365 * 86400)
        return QStringLiteral("A token lifetime must be at most 100 years.");
    return {};
}

} // namespace scim
