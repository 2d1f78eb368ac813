#include "protocol/schema/GroupSchemas.h"

#include "protocol/schema/AttributeBuilder.h"
#include "protocol/schema/ScimConstants.h"

namespace scim::GroupSchemas {

using B = AttributeBuilder;
using T = AttributeDefinition::Type;
using M = AttributeDefinition::Mutability;
using U = AttributeDefinition::Uniqueness;

Schema core()
{
    Schema schema;
    schema.id = Urn::group();
    schema.name = QStringLiteral("Group");
    schema.description = QStringLiteral("Group");
    schema.attributes = {
        B(QStringLiteral("displayName"), T::String, QStringLiteral("A human-readable name for the Group."))
            .required()
            .uniqueness(U::Server),
        B(QStringLiteral("members"), T::Complex, QStringLiteral("A list of members of the Group."))
            .multiValued()
            .sub({
                B(QStringLiteral("value"), T::String, QStringLiteral("Identifier of the member of this Group."))
                    .mutability(M::Immutable),
                B(QStringLiteral("$ref"), T::Reference, QStringLiteral("The URI of the member resource."))
                    .references({QStringLiteral("User"), QStringLiteral("Group")})
                    .mutability(M::Immutable),
                B(QStringLiteral("display"), T::String, QStringLiteral("A human-readable name of the member.")),
                B(QStringLiteral("type"), T::String, QStringLiteral("The type of the member."))
                    .canonical({QStringLiteral("User")})
                    .mutability(M::Immutable),
            }),
    };
    return schema;
}

QString entraGroupUrn()
{
    return QStringLiteral("http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group");
}

} // namespace scim::GroupSchemas
