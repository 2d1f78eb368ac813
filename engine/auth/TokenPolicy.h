#pragma once

#include <QString>
#include <QStringList>

// The rules of SCIM bearer tokens, defined once for the engine and the console (header only, no engine code).
namespace scim::TokenPolicy {

// Active (unexpired) tokens per connection: two, so a token can be rotated without downtime.
inline constexpr int kMaxActiveTokens = 2;
// A token that expires lives at least this long.
inline constexpr qint64 kMinimumLifetimeSeconds = 900;
inline constexpr qint64 kMaximumLifetimeSeconds = 100LL * 365 * 24 * 3600;

// `token_id` is the prefix and this many alphanumerics; the secret is `<token_id>.` and this many random bytes in hex.
inline constexpr char kTokenIdPrefix[] = "tok_";
inline constexpr int kTokenIdLength = 16;
inline constexpr int kSecretBytes = 32;

// Every scope a token may carry, `<method>:<resource>`; a token created without scopes gets all of them.
inline const QStringList &scopes()
{
    static const QStringList all{
        QStringLiteral("get:users"),     QStringLiteral("post:users"),   QStringLiteral("put:users"),
        QStringLiteral("patch:users"),   QStringLiteral("delete:users"), QStringLiteral("get:groups"),
        QStringLiteral("post:groups"),   QStringLiteral("put:groups"),   QStringLiteral("patch:groups"),
        QStringLiteral("delete:groups"),
    };
    return all;
}

// The Management API's answer when a connection already has kMaxActiveTokens active tokens (Auth0's wording).
inline QString tooManyTokensMessage()
{
    return QStringLiteral("Maximum of %1 tokens already issued for this connection").arg(kMaxActiveTokens);
}

} // namespace scim::TokenPolicy
