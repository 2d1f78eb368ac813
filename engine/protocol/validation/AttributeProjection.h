#pragma once

#include <QJsonObject>
#include <QStringList>

namespace scim {

class ResourceType;
struct AttributeDefinition;

// Shapes a stored resource for a response: the schema's `returned` characteristic (RFC 7643 §7) combined
// with the `attributes` / `excludedAttributes` request parameters (RFC 7644 §3.4.2.5, §3.9).
class AttributeProjection
{
public:
    // Splits a comma-separated attribute list (case-insensitive names, `name.givenName`, URN-qualified names, a
    // whole extension URN) into canonically spelled entries. Unknown or malformed entries are dropped, not
    // rejected: RFC 7644 defines no error for them and IdPs ask for attributes a service may not implement. So
    // a list of only unknown names acts like an absent parameter. Non-standard `attr[filter]` and
    // `attr[filter].sub` entries (sent by the Microsoft validator) are kept as written and select the matching
    // elements of a multi-valued attribute.
    static QStringList parseList(const QString &list, const ResourceType &type);

    // always: returned regardless; never: never returned; default: unless excluded or not selected by a
    // non-empty `attributes`; request: only when named in `attributes`. `schemas` and `id` always appear.
    // Naming a complex attribute selects all its sub-attributes; naming a sub-attribute selects only it.
    // Entries need not be canonical: they are resolved here again (parseList's output is the usual input).
    static QJsonObject apply(const QJsonObject &resource, const ResourceType &type, const QStringList &attributes,
                             const QStringList &excludedAttributes);

    // True when the default projection leaves `def` (or one of its sub-attributes) out: returned "never" or
    // "request". A resource holding none of these is returned as stored by a plain GET.
    static bool hidesByDefault(const AttributeDefinition &def);
};

} // namespace scim
