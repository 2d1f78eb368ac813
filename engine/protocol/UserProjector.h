#pragma once

#include "storage/StorageTypes.h"

#include <optional>

namespace scim {

// What the SCIM service asks on every User write: the user's profile, which the store writes with the resource in
// the same statement. The mapping layer implements it; the protocol knows only this interface, so mapping sits
// above the protocol and the protocol never includes it.
class UserProjector
{
public:
    virtual ~UserProjector() = default;

    // The profile of `user` (a User resource of `connectionId`) under the connection's current map; none when the
    // connection has no SCIM configuration.
    virtual std::optional<UserProfile> profileFor(const QString &connectionId, const StoredResource &user) = 0;
};

} // namespace scim
