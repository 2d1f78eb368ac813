#include "models/connections/Strategies.h"

#include "auth/TokenPolicy.h"
#include "mapping/Strategies.h"

namespace scim {

QStringList Strategies::all()
{
    return Strategy::all();
}

QString Strategies::displayName(const QString &strategy)
{
    if (strategy == QLatin1String("samlp"))
        return QStringLiteral("SAML");
    if (strategy == QLatin1String("oidc"))
        return QStringLiteral("OpenID Connect");
    if (strategy == QLatin1String("okta"))
        return QStringLiteral("Okta Workforce");
    if (strategy == QLatin1String("waad"))
        return QStringLiteral("Microsoft Entra ID");
    return strategy;
}

QString Strategies::description(const QString &strategy)
{
    if (strategy == QLatin1String("samlp"))
        return QStringLiteral("Any SAML 2.0 identity provider (OneLogin, JumpCloud, Google, PingFederate…). "
                              "Users are matched on userName.");
    if (strategy == QLatin1String("oidc"))
        return QStringLiteral("Any OpenID Connect identity provider. Users are matched on externalId.");
    if (strategy == QLatin1String("okta"))
        return QStringLiteral("Okta Workforce Identity with its SCIM 2.0 provisioning app. Users are matched on "
                              "externalId.");
    if (strategy == QLatin1String("waad"))
        return QStringLiteral("Microsoft Entra ID (Azure AD) enterprise application provisioning. Users are matched "
                              "on externalId.");
    return {};
}

QString Strategies::defaultUserIdAttribute(const QString &strategy)
{
    return Strategy::defaultUserIdAttribute(strategy);
}

QString Strategies::setupHints(const QString &strategy)
{
    if (strategy == QLatin1String("okta"))
        return QStringLiteral("<b>Okta:</b> in the app's Provisioning tab, paste the endpoint URL as the <i>SCIM "
                              "connector base URL</i> <b>without a trailing slash</b>, set <i>Unique identifier "
                              "field</i> to <code>userName</code> and authentication to <i>HTTP Header</i> with "
                              "the token.");
    if (strategy == QLatin1String("waad"))
        return QStringLiteral("<b>Entra ID:</b> paste the endpoint URL as the <i>Tenant URL</i> and <b>append "
                              "<code>?aadOptscim062020</code></b> so that Entra sends RFC-conformant PATCH "
                              "requests; paste the token as the <i>Secret Token</i>.");
    return QStringLiteral("<b>Your IdP:</b> use the endpoint URL as the SCIM base URL and send the token as "
                          "<code>Authorization: Bearer …</code>.");
}

QStringList Strategies::recommendedScopes(const QString &strategy)
{
    const QStringList users{QStringLiteral("get:users"), QStringLiteral("post:users"), QStringLiteral("put:users"),
                            QStringLiteral("patch:users")};
    if (strategy == QLatin1String("okta"))
        return users; // Okta deactivates with PUT/PATCH active=false and never deletes
    if (strategy == QLatin1String("waad"))
        return users + QStringList{QStringLiteral("delete:users")};
    return allScopes();
}

QStringList Strategies::allScopes()
{
    return TokenPolicy::scopes();
}

} // namespace scim
