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
    // Protocol and product names; translatable for scripts that write them differently.
    if (strategy == QLatin1String("samlp"))
        return tr("SAML");
    if (strategy == QLatin1String("oidc"))
        return tr("OpenID Connect");
    if (strategy == QLatin1String("okta"))
        return tr("Okta Workforce");
    if (strategy == QLatin1String("waad"))
        return tr("Microsoft Entra ID");
    return strategy;
}

QString Strategies::description(const QString &strategy)
{
    if (strategy == QLatin1String("samlp"))
        return tr("Any SAML 2.0 identity provider (OneLogin, JumpCloud, Google, PingFederate…). Users are matched on "
                  "userName.");
    if (strategy == QLatin1String("oidc"))
        return tr("Any OpenID Connect identity provider. Users are matched on externalId.");
    if (strategy == QLatin1String("okta"))
        return tr("Okta Workforce Identity with its SCIM 2.0 provisioning app. Users are matched on externalId.");
    if (strategy == QLatin1String("waad"))
        return tr("Microsoft Entra ID (Azure AD) enterprise application provisioning. Users are matched on "
                  "externalId.");
    return {};
}

QString Strategies::defaultUserIdAttribute(const QString &strategy)
{
    return Strategy::defaultUserIdAttribute(strategy);
}

QString Strategies::setupHints(const QString &strategy)
{
    if (strategy == QLatin1String("okta"))
        //: The names in <i>…</i> are Okta's own field names; use those of Okta's interface in your language
        return tr("<b>Okta:</b> in the app's Provisioning tab, paste the endpoint URL as the <i>SCIM connector base "
                  "URL</i> <b>without a trailing slash</b>, set <i>Unique identifier field for users</i> to "
                  "<code>userName</code> (Okta requires it there) and authentication to <i>HTTP Header</i> with the "
                  "token. Okta sends its own user id as <code>externalId</code>, which this connection matches users "
                  "on.");
    if (strategy == QLatin1String("waad"))
        //: The names in <i>…</i> are Entra's own field names; use those of the Entra admin center in your language
        return tr("<b>Entra ID:</b> paste the endpoint URL as the <i>Tenant URL</i> and <b>append "
                  "<code>?aadOptscim062020</code></b> so that Entra sends RFC-conformant PATCH requests; paste the "
                  "token as the <i>Secret Token</i>.");
    return tr("<b>Your IdP:</b> use the endpoint URL as the SCIM base URL and send the token as "
              "<code>Authorization: Bearer …</code>.");
}

QStringList Strategies::recommendedScopes(const QString &strategy)
{
    const QStringList users{QStringLiteral("get:users"), QStringLiteral("post:users"), QStringLiteral("put:users"),
                            QStringLiteral("patch:users")};
    // Okta deactivates users with PUT/PATCH active=false and never deletes them; its Group Push creates, renames
    // (PUT or PATCH) and deletes groups. Entra ID deletes users and groups, and changes groups with PATCH only.
    if (strategy == QLatin1String("okta"))
        return users + QStringList{QStringLiteral("get:groups"), QStringLiteral("post:groups"),
                                   QStringLiteral("put:groups"), QStringLiteral("patch:groups"),
                                   QStringLiteral("delete:groups")};
    if (strategy == QLatin1String("waad"))
        return users + QStringList{QStringLiteral("delete:users"), QStringLiteral("get:groups"),
                                   QStringLiteral("post:groups"), QStringLiteral("patch:groups"),
                                   QStringLiteral("delete:groups")};
    return allScopes();
}

QStringList Strategies::allScopes()
{
    return TokenPolicy::scopes();
}

} // namespace scim
