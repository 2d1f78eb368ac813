#pragma once

#include "protocol/schema/Schema.h"

namespace scim::UserSchemas {

// The core User schema (RFC 7643 §4.1, §8.7.1).
Schema core();
// The Enterprise User extension (RFC 7643 §4.3).
Schema enterprise();

} // namespace scim::UserSchemas
