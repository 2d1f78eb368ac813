#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace scim {

// Helpers around the Management API's token JSON and token lifetimes.
class TokenInfo
{
    Q_DECLARE_TR_FUNCTIONS(TokenInfo)

public:
    // The engine's token policy (auth/TokenPolicy.h), kept out of this header so views need no engine include.
    static const qint64 kMinimumLifetimeSeconds;
    static const int kMaximumActiveTokens;
    // Tokens that expire within this many days are flagged, so the replacement is in place before provisioning stops.
    static constexpr int kWarningDays = 14;

    enum class Expiry
    {
        Never, // no expiry
        Ok,    // more than kWarningDays left
        Soon,  // expires within kWarningDays
        Expired
    };
    static Expiry expiry(const QJsonObject &token, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The active token that is about to expire with no active token to take over (one valid for longer than
    // kWarningDays, or without expiry): what a replacement is needed for. Empty when there is none.
    static QJsonObject needingReplacement(const QJsonArray &tokens,
                                          const QDateTime &now = QDateTime::currentDateTimeUtc());

    static QDateTime createdAt(const QJsonObject &token);
    static std::optional<QDateTime> validUntil(const QJsonObject &token); // empty: never expires
    static QDateTime lastUsedAt(const QJsonObject &token);                // invalid: never used
    static bool isActive(const QJsonObject &token, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static int activeCount(const QJsonArray &tokens);
    // The active tokens issued for another SCIM endpoint URL than `endpoint` (the connection's current one) and not
    // used at it since (the engine's `scim_endpoint_url` of a token): their IdP may still call the old URL.
    static QJsonArray issuedForOtherEndpoint(const QJsonArray &tokens, const QString &endpoint,
                                             const QDateTime &now = QDateTime::currentDateTimeUtc());

    // "never", or "2026-12-01 14:00 (in 30 days)" / "… (expired)".
    static QString expiryText(const QJsonObject &token, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // "in 30 days", "in 3 hours", "in 12 minutes": rounded to the nearest unit.
    static QString remainingText(qint64 seconds);
    // Refuses what the engine would refuse, with a message for the admin; empty when acceptable.
    static QString lifetimeProblem(qint64 seconds);
};

} // namespace scim
