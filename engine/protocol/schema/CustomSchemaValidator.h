#pragma once

#include "protocol/schema/CustomSchema.h"
#include "protocol/schema/CustomSchemaIssue.h"

#include <optional>

namespace scim {

// Checks a schema declaration (docs/schemas.md) and turns it into its stored form. Every problem is reported, each
// naming its attribute and characteristic, so an editor can mark all the offending rows at once:
//  - `resource_type` "User" or "Group"; `schema.id` a URN (RFC 8141, without '/', '?' or '#'), not reserved (core,
//    enterprise, API messages), not already declared, not a prefix of another schema's URN or the other way round;
//  - attributes: names as RFC 7643 §2.1 spells them, unique (ignoring case) among their siblings; type, mutability,
//    returned and uniqueness from RFC 7643 §7's lists; booleans as booleans; complex attributes with sub-attributes
//    that are not complex themselves; canonicalValues only on strings; referenceTypes (User, Group, external, uri)
//    on references and only there; writeOnly only with returned "never"; uniqueness other than "none" only on a
//    single-valued, non-boolean, top-level attribute; the limits in common/Limits.h.
class CustomSchemaValidator
{
public:
    struct Result
    {
        std::optional<CustomSchema> schema; // set when there is no issue
        QList<CustomSchemaIssue> issues;
    };

    // `declaration` is {"resource_type", "schema"}; `others` are the connection's other declared schemas.
    static Result validate(const QJsonObject &declaration, const QList<CustomSchema> &others);
    // True for URNs a declaration may not take (core, enterprise, API messages, and what lies below them).
    static bool isReservedUrn(QStringView urn);
};

} // namespace scim
