#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace scim {

class ResourceType;
class UndeclaredAttributes;
struct AttributeDefinition;
struct UndeclaredPath;

// Turns client input into the canonical stored form of a resource, driven by the schema definitions:
//  - attribute names canonicalised (case-insensitive input), core attributes at the top level,
//    extension attributes under their canonical URN key; `schemas` rebuilt from what is present;
//  - values type-checked (400 invalidValue naming the attribute), with the leniency real IdPs need:
//    "True"/"False" strings for booleans, a plain string for a complex attribute with a `value`
//    sub-attribute (Entra's `manager`);
//  - readOnly attributes sent by the client (id, meta, groups, …) dropped, required ones enforced,
//    immutable ones compared against the existing resource;
//  - `password` (writeOnly, returned never) taken out and handed back separately, never stored in clear;
//  - declared attributes with canonicalValues (docs/schemas.md) accept only those values;
//  - unknown core attributes and sub-attributes ignored rather than rejected (the Microsoft validator's
//    "misspelled attribute" PUT expects 200), null / [] / {} treated as absent;
//  - attributes under an extension URN that no schema declares (the whole extension object, Entra's flattened
//    `urn:…:User:attr` keys) follow the connection's policy (UndeclaredAttributes): kept as sent under their URN
//    key (and listed in `schemas`), ignored, or refused.
// The canonical form is lossless: every attribute the client sent comes back as sent.
class ResourceValidator
{
public:
    enum class Mode
    {
        Create,
        Replace
    };

    struct Result
    {
        QJsonObject resource;
        std::optional<QString> password;
    };

    // Throws ScimError (400 invalidValue / invalidSyntax, 400 mutability for immutable changes). Without
    // `undeclared`, undeclared extension attributes are ignored and nothing is reported.
    static Result normalize(const QJsonObject &input, const ResourceType &type, Mode mode,
                            const QJsonObject *existing = nullptr, UndeclaredAttributes *undeclared = nullptr);

    // Applies the undeclared-attribute policy to `path` with `value` on a canonical resource (the validator for
    // body keys, PATCH for path-less values): Keep merges it in under its URN key, Ignore reports it, Reject throws
    // ScimError invalidValue. Core paths are reported as ignored. `label` names the key as the client wrote it.
    static void assignUndeclared(QJsonObject &resource, const UndeclaredPath &path, const QJsonValue &value,
                                 UndeclaredAttributes *undeclared, const QString &label);

    // Normalises a single value for `def` (used by PATCH before it applies values). `path` names the
    // attribute in error messages. For multi-valued attributes, `value` may be an array or one element.
    static QJsonValue normalizeValue(const AttributeDefinition &def, const QJsonValue &value, const QString &path);

    // Checks a complete resource after PATCH: required attributes present, `schemas` in line with the
    // extensions present (declared ones, then the undeclared ones kept under their URN), at most one primary per
    // multi-valued attribute. Throws ScimError.
    static void finalize(QJsonObject &resource, const ResourceType &type);
};

} // namespace scim
