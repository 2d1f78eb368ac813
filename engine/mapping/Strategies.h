#pragma once

#include <QString>
#include <QStringList>

// The connection strategies and what each implies, defined once for the engine and the console (header only).
namespace scim::Strategy {

// samlp (any SAML IdP), oidc (any OpenID Connect IdP), okta (Okta Workforce), waad (Microsoft Entra ID).
inline const QStringList &all()
{
    static const QStringList strategies{QStringLiteral("samlp"), QStringLiteral("oidc"), QStringLiteral("okta"),
                                        QStringLiteral("waad")};
    return strategies;
}

inline bool isKnown(const QString &strategy)
{
    return all().contains(strategy);
}

// The SCIM attribute a strategy's default map takes the user id from: SAML IdPs match on userName, the others on
// externalId.
inline QString defaultUserIdAttribute(const QString &strategy)
{
    return strategy == QLatin1String("samlp") ? QStringLiteral("userName") : QStringLiteral("externalId");
}

} // namespace scim::Strategy
