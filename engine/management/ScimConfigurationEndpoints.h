#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "common/Router.h"
#include "storage/StorageTypes.h"

#include <QJsonObject>

namespace scim {

struct ManagementContext;

// /connections/{id}/scim-configuration: enabling SCIM (with the strategy's default map unless one is given),
// reading and replacing the attribute map (profiles are recomputed), disabling, the default map, and the
// connection's User schemas for editors, the preview of a candidate map on the connection's users;
// /connections-scim-configurations lists them with a cursor.
class ScimConfigurationEndpoints
{
public:
    explicit ScimConfigurationEndpoints(ManagementContext &context);

    void addRoutes(Router<const HttpRequest> &router);

private:
    HttpResponse listScimConfigurations(const HttpRequest &request);
    HttpResponse createScimConfiguration(const HttpRequest &request, const QString &id);
    HttpResponse getScimConfiguration(const QString &id);
    HttpResponse updateScimConfiguration(const HttpRequest &request, const QString &id);
    HttpResponse deleteScimConfiguration(const QString &id);
    HttpResponse defaultMapping(const QString &id);
    HttpResponse mappingSchemas(const HttpRequest &request, const QString &id);
    // What a candidate map would do to the connection's profiles, without saving anything (docs/mapping.md).
    HttpResponse previewMapping(const HttpRequest &request, const QString &id);
    QJsonObject scimConfigurationJson(const Connection &connection, const ScimConfiguration &configuration);
    // Against the connection's User type, declared extensions included.
    static void validateMapping(const QJsonArray &mapping, const QString &userIdAttribute,
                                const QJsonArray &customSchemas);
    static void validateMappingShape(const QJsonValue &mapping, const QJsonValue &userIdAttribute);

    ManagementContext &m_context;
};

} // namespace scim
