#pragma once

#include "Filter.h"

namespace scim {

class ResourceType;

class FilterParser
{
public:
    // Parses a complete filter expression against the resource type's schemas.
    // Throws ScimError (400 invalidFilter) with a detail naming the problem and its position.
    static FilterPtr parse(QStringView text, const ResourceType &type);

    // Parses a PATCH `path`. Throws ScimError (400 invalidPath).
    static PatchPath parsePatchPath(QStringView text, const ResourceType &type);
};

} // namespace scim
