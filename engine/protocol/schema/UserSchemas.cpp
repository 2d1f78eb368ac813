#include "protocol/schema/UserSchemas.h"

#include "protocol/schema/AttributeBuilder.h"
#include "protocol/schema/ScimConstants.h"

namespace scim::UserSchemas {

using B = AttributeBuilder;
using T = AttributeDefinition::Type;
using M = AttributeDefinition::Mutability;
using R = AttributeDefinition::Returned;
using U = AttributeDefinition::Uniqueness;

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

// The usual sub-attributes of a multi-valued attribute (RFC 7643 §2.4).
QList<AttributeDefinition> multiValuedSubs(T valueType, const QString &what, const QStringList &types,
                                           bool valueRequired = false)
{
    AttributeDefinition value = B(s("value"), valueType, what);
    value.required = valueRequired;
    return {
        value,
        B(s("display"), T::String, s("A human-readable name, primarily used for display purposes.")),
        B(s("type"), T::String, s("A label indicating the attribute's function.")).canonical(types),
        B(s("primary"), T::Boolean, s("Indicates the primary or preferred value.")),
    };
}

} // namespace

Schema core()
{
    Schema schema;
    schema.id = Urn::user();
    schema.name = s("User");
    schema.description = s("User Account");
    schema.attributes = {
        B(s("userName"), T::String, s("Unique identifier for the User, used to authenticate."))
            .required()
            .uniqueness(U::Server),
        B(s("name"), T::Complex, s("The components of the user's real name."))
            .sub({
                B(s("formatted"), T::String, s("The full name, formatted for display.")),
                B(s("familyName"), T::String, s("The family name of the User.")),
                B(s("givenName"), T::String, s("The given name of the User.")),
                B(s("middleName"), T::String, s("The middle name(s) of the User.")),
                B(s("honorificPrefix"), T::String, s("The honorific prefix(es) of the User.")),
                B(s("honorificSuffix"), T::String, s("The honorific suffix(es) of the User.")),
            }),
        B(s("displayName"), T::String, s("The name of the User, suitable for display to end-users.")),
        B(s("nickName"), T::String, s("The casual way to address the user.")),
        B(s("profileUrl"), T::Reference, s("A fully qualified URL pointing to the User's online profile."))
            .references({s("external")}),
        B(s("title"), T::String, s("The user's title, such as \"Vice President\".")),
        B(s("userType"), T::String, s("The relationship between the organization and the user.")),
        B(s("preferredLanguage"), T::String, s("The User's preferred written or spoken language.")),
        B(s("locale"), T::String, s("The User's default location for localization.")),
        B(s("timezone"), T::String, s("The User's time zone in the 'Olson' time zone database format.")),
        B(s("active"), T::Boolean, s("The User's administrative status.")),
        B(s("password"), T::String, s("The User's cleartext password, write-only."))
            .mutability(M::WriteOnly)
            .returned(R::Never),
        B(s("emails"), T::Complex, s("Email addresses for the user."))
            .multiValued()
            .sub(multiValuedSubs(T::String, s("Email address for the user."), {s("work"), s("home"), s("other")})),
        B(s("phoneNumbers"), T::Complex, s("Phone numbers for the User."))
            .multiValued()
            .sub(multiValuedSubs(T::String, s("Phone number of the User."),
                                 {s("work"), s("home"), s("mobile"), s("fax"), s("pager"), s("other")})),
        B(s("ims"), T::Complex, s("Instant messaging addresses for the User."))
            .multiValued()
            .sub(multiValuedSubs(
                T::String, s("Instant messaging address for the User."),
                {s("aim"), s("gtalk"), s("icq"), s("xmpp"), s("msn"), s("skype"), s("qq"), s("yahoo")})),
        B(s("photos"), T::Complex, s("URLs of images of the User."))
            .multiValued()
            .sub(multiValuedSubs(T::Reference, s("URL of a photo of the User."), {s("photo"), s("thumbnail")})),
        B(s("addresses"), T::Complex, s("A physical mailing address for this User."))
            .multiValued()
            .sub({
                B(s("formatted"), T::String, s("The full mailing address, formatted for display.")),
                B(s("streetAddress"), T::String, s("The full street address component.")),
                B(s("locality"), T::String, s("The city or locality component.")),
                B(s("region"), T::String, s("The state or region component.")),
                B(s("postalCode"), T::String, s("The zip code or postal code component.")),
                B(s("country"), T::String, s("The country name component.")),
                B(s("type"), T::String, s("A label indicating the attribute's function."))
                    .canonical({s("work"), s("home"), s("other")}),
                B(s("primary"), T::Boolean, s("Indicates the primary mailing address.")),
            }),
        B(s("groups"), T::Complex, s("A list of groups to which the user belongs."))
            .multiValued()
            .mutability(M::ReadOnly)
            .sub({
                B(s("value"), T::String, s("The identifier of the User's group.")).mutability(M::ReadOnly),
                B(s("$ref"), T::Reference, s("The URI of the corresponding 'Group' resource."))
                    .references({s("User"), s("Group")})
                    .mutability(M::ReadOnly),
                B(s("display"), T::String, s("A human-readable name of the group.")).mutability(M::ReadOnly),
                B(s("type"), T::String, s("How the membership was derived."))
                    .canonical({s("direct"), s("indirect")})
                    .mutability(M::ReadOnly),
            }),
        B(s("entitlements"), T::Complex, s("A list of entitlements for the User."))
            .multiValued()
            .sub(multiValuedSubs(T::String, s("The value of an entitlement."), {})),
        B(s("roles"), T::Complex, s("A list of roles for the User."))
            .multiValued()
            .sub(multiValuedSubs(T::String, s("The value of a role."), {})),
        B(s("x509Certificates"), T::Complex, s("A list of certificates issued to the User."))
            .multiValued()
            .sub(multiValuedSubs(T::Binary, s("The value of an X.509 certificate."), {})),
    };
    return schema;
}

Schema enterprise()
{
    Schema schema;
    schema.id = Urn::enterpriseUser();
    schema.name = s("EnterpriseUser");
    schema.description = s("Enterprise User");
    schema.attributes = {
        B(s("employeeNumber"), T::String, s("Numeric or alphanumeric identifier assigned to a person.")),
        B(s("costCenter"), T::String, s("Identifies the name of a cost center.")),
        B(s("organization"), T::String, s("Identifies the name of an organization.")),
        B(s("division"), T::String, s("Identifies the name of a division.")),
        B(s("department"), T::String, s("Identifies the name of a department.")),
        B(s("manager"), T::Complex, s("The User's manager."))
            .sub({
                B(s("value"), T::String, s("The id of the SCIM resource representing the User's manager.")),
                B(s("$ref"), T::Reference, s("The URI of the SCIM resource representing the User's manager."))
                    .references({s("User")}),
                B(s("displayName"), T::String, s("The displayName of the User's manager.")).mutability(M::ReadOnly),
            }),
    };
    return schema;
}

} // namespace scim::UserSchemas
