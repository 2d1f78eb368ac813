#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace scim {

class ResourceType;

// RFC 7644 §3.5.2 PATCH, including the shapes Microsoft Entra ID and Okta send:
//  - `op` case-insensitive (`Add`, `Replace`, `Remove`);
//  - with `path`: attrPath, sub-attributes, value-path filters (`emails[type eq "work"].value`),
//    URN-qualified paths written with `:` or `.` before the attribute name;
//  - without `path`: a value object whose keys may be attribute names, dotted sub-attribute paths
//    (`name.givenName`) or URN paths (`urn:…:User:employeeNumber`);
//  - string booleans ("True"/"False") for boolean attributes;
//  - `primary: true` on one value clears it on the others.
// All operations apply to a copy; any error leaves the original untouched (atomicity).
// Errors: noTarget, invalidPath, invalidValue, mutability, invalidSyntax (all 400).
class PatchEngine
{
public:
    struct Result
    {
        QJsonObject resource;            // the patched resource, normalised and finalised
        std::optional<QString> password; // set when an operation wrote `password`
        bool changed = false;            // false when the operations left the resource as it was
    };

    // `request` is the whole PatchOp body (schemas + Operations).
    static Result apply(const QJsonObject &resource, const QJsonObject &request, const ResourceType &type);
};

} // namespace scim
