#pragma once

#include <QString>

namespace scim::MappingMime {

// Vendor MIME types of the mapping editor's drags. They carry ids (pair ids, attribute paths), never pointers.
// A pair drag: {"editor": <editor instance>, "ids": ["17", …]}.
inline QString pair()
{
    return QStringLiteral("application/x-scim-console-mapping-pair");
}
// A SCIM attribute drag: {"path": "emails[type eq \"work\"].value"}.
inline QString scimAttribute()
{
    return QStringLiteral("application/x-scim-console-scim-attribute");
}

} // namespace scim::MappingMime
