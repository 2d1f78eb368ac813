#pragma once

#include <QStringList>

namespace scim::ProfileAttributes {

// The root attributes of a user profile that a mapping may target (Auth0's user root attributes).
const QStringList &mappableRoots();
// Root attributes the engine sets itself; a mapping may not target them.
const QStringList &reservedRoots();
// True for `app_metadata.<path>` / `user_metadata.<path>` with non-empty segments of [A-Za-z0-9_-].
bool isMetadataPath(const QString &target);

} // namespace scim::ProfileAttributes
