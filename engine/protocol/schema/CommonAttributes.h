#pragma once

#include "protocol/schema/AttributeDefinition.h"

#include <QList>

namespace scim::CommonAttributes {

// id, externalId and meta (RFC 7643 §3.1): carried by every resource, defined by no schema.
const QList<AttributeDefinition> &definitions();

} // namespace scim::CommonAttributes
