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

    static QDateTime createdAt(const QJsonObject &token);
    static std::optional<QDateTime> validUntil(const QJsonObject &token); // empty: never expires
    static QDateTime lastUsedAt(const QJsonObject &token);                // invalid: never used
    static bool isActive(const QJsonObject &token, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static int activeCount(const QJsonArray &tokens);

    // "never", or "2026-12-01 14:00 (in 29 days)" / "… (expired)".
    static QString expiryText(const QJsonObject &token, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QString remainingText(qint64 seconds); // "in 29 days", "in 3 hours", "in 12 minutes"
    // Refuses what the engine would refuse, with a message for the admin; empty when acceptable.
    static QString lifetimeProblem(qint64 seconds);
};

} // namespace scim
