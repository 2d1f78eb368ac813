#include "mapping/DefaultMappings.h"

#include "mapping/Strategies.h"

#include <QJsonObject>

namespace scim::DefaultMappings {

namespace {

using Pairs = QList<QPair<const char *, const char *>>;

const char *const kEnterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.";

// Entries shared by every strategy after the identity/email/phone entries, in the order Auth0 lists them.
Pairs addressProfileAndEnterprise()
{
    return {
        {"addresses[type eq \"work\"].streetAddress", "app_metadata.street_address"},
        {"addresses[type eq \"work\"].locality", "app_metadata.city"},
        {"addresses[type eq \"work\"].region", "app_metadata.state"},
        {"addresses[type eq \"work\"].postalCode", "app_metadata.postal_code"},
        {"addresses[type eq \"work\"].formatted", "app_metadata.postal_address"},
        {"addresses[type eq \"work\"].country", "app_metadata.country"},
        {"profileUrl", "app_metadata.profile_url"},
        {"userType", "app_metadata.user_type"},
        {"title", "app_metadata.title"},
        {"preferredLanguage", "app_metadata.language"},
        {"locale", "app_metadata.locale"},
        {"timezone", "app_metadata.timezone"},
        {"employeeNumber", "app_metadata.employee_id"},
        {"costCenter", "app_metadata.cost_center"},
        {"organization", "app_metadata.organization"},
        {"division", "app_metadata.division"},
        {"department", "app_metadata.department"},
        {"manager", "app_metadata.manager"},
    };
}

QJsonArray toJson(const Pairs &pairs)
{
    QJsonArray array;
    for (const auto &[scimName, auth0Name] : pairs) {
        QString scimAttr = QString::fromLatin1(scimName);
        // The enterprise entries are written with the URN and a dot, as Auth0 stores them.
        static const QStringList enterpriseAttrs{QStringLiteral("employeeNumber"), QStringLiteral("costCenter"),
                                                 QStringLiteral("organization"),   QStringLiteral("division"),
                                                 QStringLiteral("department"),     QStringLiteral("manager")};
        if (enterpriseAttrs.contains(scimAttr))
            scimAttr.prepend(QString::fromLatin1(kEnterprise));
        array.append(
            QJsonObject{{QStringLiteral("scim"), scimAttr}, {QStringLiteral("auth0"), QString::fromLatin1(auth0Name)}});
    }
    return array;
}

Pairs oktaPairs(const char *userNameTarget)
{
    Pairs pairs{
        {"userName", userNameTarget},
        {"emails[primary eq true].value", "email"},
        {"externalId", "app_metadata.external_id"},
        {"active", "blocked"},
        {"displayName", "name"},
        {"name.givenName", "given_name"},
        {"name.familyName", "family_name"},
        {"name.middleName", "app_metadata.middle_name"},
        {"name.honorificPrefix", "app_metadata.honorific_prefix"},
        {"name.honorificSuffix", "app_metadata.honorific_suffix"},
        {"nickName", "nickname"},
        {"photos[type eq \"photo\"].value", "picture"},
        {"phoneNumbers[primary eq true].value", "app_metadata.primary_phone_number"},
        {"phoneNumbers[type eq \"mobile\"].value", "app_metadata.mobile_phone_number"},
    };
    pairs += addressProfileAndEnterprise();
    return pairs;
}

Pairs waadPairs()
{
    Pairs pairs{
        {"userName", "upn"},
        {"emails[type eq \"work\"].value", "email"},
        {"externalId", "app_metadata.external_id"},
        {"active", "blocked"},
        {"displayName", "name"},
        {"name.givenName", "given_name"},
        {"name.familyName", "family_name"},
        {"nickName", "nickname"},
        {"photos[type eq \"photo\"].value", "picture"},
        {"phoneNumbers[type eq \"work\"].value", "app_metadata.work_phone_number"},
        {"phoneNumbers[type eq \"mobile\"].value", "app_metadata.mobile_phone_number"},
        {"phoneNumbers[type eq \"fax\"].value", "app_metadata.fax_number"},
    };
    pairs += addressProfileAndEnterprise();
    return pairs;
}

} // namespace

QJsonArray mapping(const QString &strategy)
{
    if (strategy == QLatin1String("waad"))
        return toJson(waadPairs());
    if (strategy == QLatin1String("samlp"))
        return toJson(oktaPairs("username"));
    // okta is recorded from live tenants; oidc is documented as the same list.
    return toJson(oktaPairs("preferred_username"));
}

QString userIdAttribute(const QString &strategy)
{
    return Strategy::defaultUserIdAttribute(strategy);
}

} // namespace scim::DefaultMappings
