#pragma once

#include <QtGlobal>

// Limits the engine enforces and advertises, defined once.
namespace scim::Limits {

// The largest request body anywhere, refused from Content-Length before the body is read; SCIM's maxPayloadSize.
inline constexpr qint64 kMaxRequestBodyBytes = 1024 * 1024;
// SCIM paging (/ServiceProviderConfig filter.maxResults) and the page size when a client names none.
inline constexpr int kMaxResults = 1000;
inline constexpr int kDefaultCount = 100;
// How long an RFC 9865 cursor stays valid between two page requests (/ServiceProviderConfig
// pagination.cursorTimeout).
inline constexpr int kCursorTimeoutSeconds = 3600;
// SCIM Bulk (/ServiceProviderConfig bulk.maxOperations).
inline constexpr int kMaxBulkOperations = 1000;
// Declared custom schemas (docs/schemas.md): per connection, attributes per schema (and sub-attributes per complex
// attribute), canonical values per attribute, and the lengths of names, URNs and descriptions.
inline constexpr int kMaxCustomSchemas = 50;
inline constexpr int kMaxSchemaAttributes = 200;
inline constexpr int kMaxCanonicalValues = 100;
inline constexpr int kMaxAttributeNameLength = 128;
inline constexpr int kMaxSchemaUrnLength = 256;
inline constexpr int kMaxSchemaDescriptionLength = 1024;
// The SCIM requests a connection may make (token bucket), unless its options.rate_limit says otherwise. Entra ID
// asks applications to accept at least 25 per second.
inline constexpr double kDefaultRateLimitPerSecond = 100;
inline constexpr double kDefaultRateLimitBurst = 200;

} // namespace scim::Limits
