#pragma once

#include <QJsonObject>
#include <QString>

namespace scim {

// The editable settings of one connection as the engine's PATCH /api/v2/connections/{id} takes them: names, the
// back-channel logout endpoint (its secret write-only), the rate limit and the policy for undeclared attributes.
// Options the console does not edit are kept and sent back unchanged (PATCH replaces `options` as a whole).
struct ConnectionSettings
{
    QString id;
    QString name;
    QString displayName;
    QString strategy; // read-only
    QString logoutUrl;
    QString logoutAudience; // empty: the engine's default (the connection id)
    bool secretSet = false;
    QString secretHint; // "…abcd": the stored secret's last characters
    QString newSecret;  // empty: keep the stored one
    enum class RateLimit
    {
        Default, // no rate_limit option: the engine's default (common/Limits.h)
        Off,     // requests_per_second 0
        Custom
    };
    RateLimit rateLimit = RateLimit::Default;
    double requestsPerSecond = 0; // Custom
    int burst = 0;                // Custom; 0: the engine's default (twice the rate)
    QString unknownAttributes;    // keep, ignore, reject; empty: not set (keep)
    QJsonObject otherOptions;

    static ConnectionSettings fromJson(const QJsonObject &connection);
    // The engine's default limit, for the form to say what Default means.
    static double defaultRequestsPerSecond();
    static double defaultBurst();
    // The PATCH body. The secret only when a new one was typed; the rate limit unless it is the default.
    QJsonObject patchBody() const;
    // The fields the form edits, for the dirty indicator (a typed secret counts as a change).
    bool sameAs(const ConnectionSettings &other) const;
};

} // namespace scim
