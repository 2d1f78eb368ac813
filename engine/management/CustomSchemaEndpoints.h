#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "common/Router.h"
#include "storage/StorageTypes.h"

#include <QJsonArray>

namespace scim {

class SchemaRegistry;
struct ManagementContext;

// /connections/{id}/scim-configuration/custom-schemas (docs/schemas.md): the schemas an admin declares for a
// connection, as extensions of its User or Group type. POST and PUT validate the declaration (every issue named,
// 400 invalid_schema); a change that takes away attributes the attribute map uses is refused with the pairs named
// (409 schema_in_use); declaring an attribute unique checks the stored values first (409 unique_conflict). The
// connection's schema set changes with the next request. …/undeclared-attributes lists what the stored resources
// carry that no schema declares, for declaring it.
class CustomSchemaEndpoints
{
public:
    explicit CustomSchemaEndpoints(ManagementContext &context);

    void addRoutes(Router<const HttpRequest> &router);

private:
    HttpResponse list(const QString &id);
    HttpResponse create(const HttpRequest &request, const QString &id);
    HttpResponse get(const QString &id, const QString &urn);
    HttpResponse replace(const HttpRequest &request, const QString &id, const QString &urn);
    HttpResponse remove(const QString &id, const QString &urn);
    HttpResponse undeclared(const QString &id);

    // The position of `urn` in the declared list, or a 404 inexistent_schema.
    static qsizetype indexOf(const QJsonArray &declared, const QString &urn);
    // Stores `declared` as the connection's custom schemas after the checks every change passes.
    void commit(const Connection &connection, ScimConfiguration configuration, const QJsonArray &declared,
                const QString &changedUrn);
    void checkMappingKeepsWorking(const ScimConfiguration &configuration, const SchemaRegistry &before,
                                  const SchemaRegistry &after) const;
    void reindexUniqueValues(const QString &connectionId, const SchemaRegistry &before,
                             const SchemaRegistry &after) const;

    ManagementContext &m_context;
};

} // namespace scim
