#include "management/ManagementContext.h"

#include "management/ManagementError.h"
#include "mapping/ProfileService.h"
#include "storage/Store.h"

namespace scim {

Connection ManagementContext::requireConnection(const QString &id) const
{
    std::optional<Connection> connection = store.connection(id);
    if (!connection)
        throw ManagementError::connectionNotFound();
    return *connection;
}

ScimConfiguration ManagementContext::requireScimConfiguration(const Connection &connection) const
{
    std::optional<ScimConfiguration> configuration = store.scimConfiguration(connection.id);
    if (!configuration)
        throw ManagementError(404, QStringLiteral("Not Found"));
    return *configuration;
}

void ManagementContext::profilesChanged(const QString &connectionId) const
{
    if (profiles)
        profiles->markStale(connectionId);
}

QString ManagementContext::endpointUrl(const QString &connectionId) const
{
    return baseUrl + QStringLiteral("/scim/v2/connections/") + connectionId;
}

} // namespace scim
