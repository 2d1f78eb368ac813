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

} // namespace scim::Limits
