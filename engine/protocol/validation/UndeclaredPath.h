#pragma once

#include <QString>
#include <QStringList>

namespace scim {

class ResourceType;

// Where an attribute name that the schemas do not resolve belongs (docs/schemas.md, "Undeclared attributes"):
//  - Core: not under an extension URN (`adreses`, `urn:…:core:2.0:User:foo`): an unknown core attribute;
//  - Attribute: `urn:…:Ext:2.0:User:costCenter` (Entra's flattened form; `.sub` after the name addresses a
//    sub-attribute; `…:User.costCenter` as Auth0 writes it works too), under a declared extension or not;
//  - WholeExtension: an extension URN alone, as the key of an object of attributes. In a body (or a path-less PATCH
//    value) a URN counts as one when `schemas` lists it or its value is an object (IdPs send only simple custom
//    attributes flattened; Entra leaves the extension out of `schemas` on create); as a PATCH path, when its
//    value is an object and its last segment is the resource type's name.
struct UndeclaredPath
{
    enum class Kind
    {
        Core,
        Attribute,
        WholeExtension
    };

    Kind kind = Kind::Core;
    QString schemaUrn;
    QString attribute;
    QString subAttribute;

    QString toString() const;

    // `key` did not resolve against `type`. `listedSchemas` is the body's `schemas`; `objectValue` says whether
    // the key's value is a JSON object; `patchPath` that the key is a PATCH operation's path.
    static UndeclaredPath classify(const QString &key, const ResourceType &type, const QStringList &listedSchemas,
                                   bool objectValue, bool patchPath = false);
};

} // namespace scim
