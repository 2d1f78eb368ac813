#pragma once

#include <QJsonObject>
#include <QStringList>

namespace scim {

class ResourceType;

// Shapes a stored resource for a response: the schema's `returned` characteristic (RFC 7643 §7) combined
// with the `attributes` / `excludedAttributes` request parameters (RFC 7644 §3.4.2.5, §3.9).
class AttributeProjection
{
public:
    // Splits and validates a comma-separated attribute list. Unknown attributes throw ScimError
    // (400 invalidValue). Accepts the forms the filter grammar allows for attribute paths.
    static QStringList parseList(const QString &list, const ResourceType &type);

    // always: returned regardless; never: never returned; default: unless excluded or not selected by a
    // non-empty `attributes`; request: only when named in `attributes`. `schemas` and `id` always appear.
    static QJsonObject apply(const QJsonObject &resource, const ResourceType &type, const QStringList &attributes,
                             const QStringList &excludedAttributes);
};

} // namespace scim
