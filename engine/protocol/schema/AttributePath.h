#pragma once

#include "protocol/schema/AttributeDefinition.h"

#include <QString>

namespace scim {

// A resolved attribute path `[urn:]attribute[.subAttribute]` (RFC 7644 §3.10). Names are canonicalised to
// the schema's spelling, so `NAME.GivenName` and `name.givenName` resolve to the same path.
struct AttributePath
{
    QString schemaUrn;    // the schema the attribute belongs to (core or an extension)
    QString attribute;    // empty when the path names a whole extension object
    QString subAttribute; // empty unless a sub-attribute is addressed
    const AttributeDefinition *definition = nullptr;
    const AttributeDefinition *subDefinition = nullptr;
    bool extension = false; // true when the attribute lives under the extension's URN key

    // The definition of the leaf the path addresses (sub-attribute if any, else the attribute).
    const AttributeDefinition *leaf() const { return subDefinition ? subDefinition : definition; }
    bool isWholeExtension() const { return extension && attribute.isEmpty(); }
    QString toString() const;
};

} // namespace scim
