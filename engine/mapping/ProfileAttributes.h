#pragma once

#include <QStringList>

namespace scim::ProfileAttributes {

// The root attributes of a user profile that a mapping may target (Auth0's user root attributes).
const QStringList &mappableRoots();
// Root attributes the engine sets itself; a mapping may not target them.
const QStringList &reservedRoots();
// How many levels a mapping target may have (`app_metadata.a.b` has 3).
inline constexpr int kMaxTargetDepth = 17;
// True for `app_metadata.<path>` / `user_metadata.<path>` with 1 to 16 non-empty segments of [A-Za-z0-9_-].
bool isMetadataPath(const QString &target);

} // namespace scim::ProfileAttributes
