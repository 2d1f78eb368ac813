#include "mapping/ProfileAttributes.h"

#include <QRegularExpression>

namespace scim::ProfileAttributes {

const QStringList &mappableRoots()
{
    static const QStringList roots{
        QStringLiteral("email"),
        QStringLiteral("email_verified"),
        QStringLiteral("username"),
        QStringLiteral("preferred_username"),
        QStringLiteral("upn"),
        QStringLiteral("name"),
        QStringLiteral("given_name"),
        QStringLiteral("family_name"),
        QStringLiteral("middle_name"),
        QStringLiteral("nickname"),
        QStringLiteral("picture"),
        QStringLiteral("phone_number"),
        QStringLiteral("phone_verified"),
        QStringLiteral("blocked"),
        QStringLiteral("locale"),
        QStringLiteral("zoneinfo"),
        QStringLiteral("website"),
        QStringLiteral("profile"),
    };
    return roots;
}

const QStringList &reservedRoots()
{
    static const QStringList roots{QStringLiteral("user_id"),      QStringLiteral("identities"),
                                   QStringLiteral("created_at"),   QStringLiteral("updated_at"),
                                   QStringLiteral("app_metadata"), QStringLiteral("user_metadata")};
    return roots;
}

bool isMetadataPath(const QString &target)
{
    // At most 16 levels under the root: a stored profile is decoded with a bounded nesting depth, and no IdP
    // attribute needs more.
    static const QRegularExpression pattern(QStringLiteral("^(app_metadata|user_metadata)(\\.[A-Za-z0-9_-]+){1,16}$"));
    return pattern.match(target).hasMatch();
}

} // namespace scim::ProfileAttributes
