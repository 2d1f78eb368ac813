#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace scim {

// What the console knows about each connection strategy: names, descriptions, IdP setup hints and token scope
// presets.
class Strategies
{
    Q_DECLARE_TR_FUNCTIONS(Strategies)

public:
    static QStringList all(); // samlp, oidc, okta, waad
    static QString displayName(const QString &strategy);
    static QString description(const QString &strategy);
    static QString defaultUserIdAttribute(const QString &strategy);
    // Rich text shown next to the endpoint URL.
    static QString setupHints(const QString &strategy);
    // The scopes the IdP behind the strategy needs to provision users.
    static QStringList recommendedScopes(const QString &strategy);
    static QStringList allScopes();
};

} // namespace scim
