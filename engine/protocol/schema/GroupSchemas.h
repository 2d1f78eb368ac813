#pragma once

#include "protocol/schema/Schema.h"

namespace scim::GroupSchemas {

// The core Group schema (RFC 7643 §4.2, §8.7.1).
Schema core();
// Microsoft Entra ID adds this URN to the `schemas` of groups it creates; it defines no attributes we keep.
QString entraGroupUrn();

} // namespace scim::GroupSchemas
