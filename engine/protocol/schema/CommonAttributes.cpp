#include "protocol/schema/CommonAttributes.h"

#include "protocol/schema/AttributeBuilder.h"

namespace scim::CommonAttributes {

using B = AttributeBuilder;
using T = AttributeDefinition::Type;
using M = AttributeDefinition::Mutability;
using R = AttributeDefinition::Returned;
using U = AttributeDefinition::Uniqueness;

const QList<AttributeDefinition> &definitions()
{
    static const QList<AttributeDefinition> defs{
        B(QStringLiteral("id"), T::String, QStringLiteral("Unique identifier assigned by the service provider."))
            .caseExact()
            .mutability(M::ReadOnly)
            .returned(R::Always)
            .uniqueness(U::Server),
        B(QStringLiteral("externalId"), T::String, QStringLiteral("Identifier assigned by the provisioning client."))
            .caseExact(),
        B(QStringLiteral("meta"), T::Complex, QStringLiteral("Resource metadata."))
            .mutability(M::ReadOnly)
            .sub({
                B(QStringLiteral("resourceType"), T::String, QStringLiteral("Name of the resource type."))
                    .caseExact()
                    .mutability(M::ReadOnly),
                B(QStringLiteral("created"), T::DateTime, QStringLiteral("When the resource was added."))
                    .mutability(M::ReadOnly),
                B(QStringLiteral("lastModified"), T::DateTime, QStringLiteral("When the resource was last changed."))
                    .mutability(M::ReadOnly),
                B(QStringLiteral("location"), T::Reference, QStringLiteral("URI of the resource."))
                    .caseExact()
                    .mutability(M::ReadOnly)
                    .references({QStringLiteral("uri")}),
                B(QStringLiteral("version"), T::String, QStringLiteral("Version (weak ETag) of the resource."))
                    .caseExact()
                    .mutability(M::ReadOnly),
            }),
    };
    return defs;
}

} // namespace scim::CommonAttributes
