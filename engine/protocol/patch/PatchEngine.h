#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace scim {

class ResourceType;
class UndeclaredAttributes;

// RFC 7644 §3.5.2 PATCH, including the shapes Microsoft Entra ID and Okta send:
//  - `op` case-insensitive (`Add`, `Replace`, `Remove`);
//  - with `path`: attrPath, sub-attributes, value-path filters (`emails[type eq "work"].value`),
//    URN-qualified paths written with `:` or `.` before the attribute name;
//  - without `path`: a value object whose keys may be attribute names, dotted sub-attribute paths
//    (`name.givenName`) or URN paths (`urn:…:User:employeeNumber`);
//  - string booleans ("True"/"False") for boolean attributes;
//  - `primary: true` on one value clears it on the others.
// All operations apply to a copy; any error leaves the original untouched (atomicity).
// Errors (all 400): invalidSyntax (malformed PatchOp body or op), invalidValue (missing/ill-typed value),
// invalidPath (unparsable path, unknown attribute in a path), noTarget (remove without path; replace through a
// value filter matching none of the existing values; add through a filter that matches nothing and is not an
// `eq` conjunction to build the element from), mutability (explicit path to a readOnly attribute, changed
// immutable value, removing a required attribute — RFC 7644 §3.5.2.2).
// Deliberate leniencies: add through an unmatched `eq` filter creates the element (Entra), and so does replace
// when the attribute has no values at all (RFC 7644 §3.5.2.3: a missing target makes replace an add); remove
// through an unmatched filter is a no-op; unknown core and readOnly keys of a path-less value object are ignored.
// Attributes under extension URNs that no schema declares (a path such as `urn:…:Ext:2.0:User:costCenter`, or a
// key of a path-less value) follow `undeclared`'s policy: kept (add, replace and remove work on them as sent; value
// filters need a declaration), ignored, or refused (invalidPath for a path, invalidValue for a value key).
class PatchEngine
{
public:
    struct Result
    {
        QJsonObject resource;            // the patched resource, normalised and finalised
        std::optional<QString> password; // set when an operation wrote `password`
        bool changed = false;            // false when the resource is unchanged and no password was written
    };

    // `request` is the whole PatchOp body (schemas + Operations).
    static Result apply(const QJsonObject &resource, const QJsonObject &request, const ResourceType &type,
                        UndeclaredAttributes *undeclared = nullptr);
};

} // namespace scim
