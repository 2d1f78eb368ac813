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

TokenInfo::Expiry TokenInfo::expiry(const QJsonObject &token, const QDateTime &now)
{
    const std::optional<QDateTime> until = validUntil(token);
    if (!until)
        return Expiry::Never;
    const qint64 left = now.secsTo(*until);
    if (left <= 0)
        return Expiry::Expired;
    return left <= qint64(kWarningDays) * 86400 ? Expiry::Soon : Expiry::Ok;
}

QJsonObject TokenInfo::needingReplacement(const QJsonArray &tokens, const QDateTime &now)
{
    QJsonObject soonest;
    for (const QJsonValue &value : tokens) {
        const QJsonObject token = value.toObject();
        switch (expiry(token, now)) {
        case Expiry::Never:
        case Expiry::Ok:
            return {}; // another token keeps provisioning going
        case Expiry::Soon:
            if (soonest.isEmpty() || *validUntil(token) < *validUntil(soonest))
                soonest = token;
            break;
        case Expiry::Expired:
            break;
        }
    }
    return soonest;
}

QString TokenInfo::remainingText(qint64 seconds)
{
    // Whole phrases ("in 3 days"): the preposition governs the case of the unit in some languages. Rounded to the
    // nearest unit: a token created a second ago for 30 days is "in 30 days", not "in 29 days".
    if (seconds >= 2 * 86400 - 43200)
        return tr("in %n day(s)", nullptr, int((seconds + 43200) / 86400));
    if (seconds >= 2 * 3600 - 1800)
        return tr("in %n hour(s)", nullptr, int((seconds + 1800) / 3600));
    return tr("in %n minute(s)", nullptr, int(qMax<qint64>((seconds + 30) / 60, 1)));
}

QString TokenInfo::expiryText(const QJsonObject &token, const QDateTime &now)
{
    const std::optional<QDateTime> until = validUntil(token);
    if (!until)
        //: Expires: the token never expires
        return tr("never");
    const QString date = until->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const qint64 left = now.secsTo(*until);
    if (left <= 0)
        return tr("%1 (expired)").arg(date);
    //: %1 the expiry date and time, %2 the time left ("in 3 days")
    return tr("%1 (%2)").arg(date, remainingText(left));
}

QString TokenInfo::lifetimeProblem(qint64 seconds)
{
    if (seconds < kMinimumLifetimeSeconds)
        return tr("A token lifetime must be at least %1 seconds (15 minutes); %2 s is too short.")
            .arg(kMinimumLifetimeSeconds)
            .arg(seconds);
    if (seconds > qint64(100) * 365 * 86400)
        return tr("A token lifetime must be at most 100 years.");
    return {};
}

QJsonArray TokenInfo::issuedForOtherEndpoint(const QJsonArray &tokens, const QString &endpoint, const QDateTime &now)
{
    QJsonArray stale;
    if (endpoint.isEmpty())
        return stale;
    for (const QJsonValue &value : tokens) {
        const QJsonObject token = value.toObject();
        const QString issued = token.value(QStringLiteral("scim_endpoint_url")).toString();
        // Tokens from engines that did not record it: nothing is known, nothing is claimed.
        if (!issued.isEmpty() && issued != endpoint && isActive(token, now))
            stale.append(token);
    }
    return stale;
}

} // namespace scim
