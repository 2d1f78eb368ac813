#pragma once

#include "storage/StorageTypes.h"

#include <QString>

namespace scim {

class BackchannelLogout;
class ProfileService;
class ScimService;
class Store;
class TokenService;

// What the Management API's endpoints share: the engine's store, tokens and profiles, and how clients reach the
// engine.
struct ManagementContext
{
    Store &store;
    TokenService &tokens;
    ProfileService *profiles = nullptr;
    BackchannelLogout *logout = nullptr; // "Send test logout"
    ScimService *scim = nullptr;         // renders resources as their IdP reads them
    QString baseUrl;                     // the public URL
    QString tenantName;                  // its host

    // The connection, or a 404 inexistent_connection.
    Connection requireConnection(const QString &id) const;
    // The connection's SCIM configuration, or a 404 (SCIM not enabled).
    ScimConfiguration requireScimConfiguration(const Connection &connection) const;
    // The connection's map or name changed: its profiles are recomputed in the background.
    void profilesChanged(const QString &connectionId) const;
    // The connection's SCIM endpoint, as IdPs are told.
    QString endpointUrl(const QString &connectionId) const;
};

} // namespace scim
