#pragma once

#include <QString>

namespace scim::Urn {

inline QString user()
{
    return QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
}
inline QString group()
{
    return QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group");
}
inline QString enterpriseUser()
{
    return QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
}
inline QString schema()
{
    return QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Schema");
}
inline QString resourceType()
{
    return QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ResourceType");
}
inline QString serviceProviderConfig()
{
    return QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
}
inline QString listResponse()
{
    return QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse");
}
inline QString searchRequest()
{
    return QStringLiteral("urn:ietf:params:scim:api:messages:2.0:SearchRequest");
}
inline QString patchOp()
{
    return QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp");
}
inline QString error()
{
    return QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error");
}
inline QString bulkRequest()
{
    return QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkRequest");
}
inline QString bulkResponse()
{
    return QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkResponse");
}

} // namespace scim::Urn
