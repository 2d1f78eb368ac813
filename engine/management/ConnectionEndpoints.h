#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "common/Router.h"
#include "storage/StorageTypes.h"

#include <QJsonObject>

namespace scim {

struct ManagementContext;

// /connections: create (name checked as Auth0 does, strategy one of the known ones), list and read (optionally with
// each connection's counts and tokens), rename, set the
// display name or change options (the back-channel logout endpoint, its write-only secret), delete with everything
// that belongs to it; and /connections/{id}/backchannel-logout/test, which sends one signed test logout and reports
// what the receiver answered. Invalid fields are named in the error's `details` ([{field, message}]).
class ConnectionEndpoints
{
public:
    explicit ConnectionEndpoints(ManagementContext &context);

    void addRoutes(Router<const HttpRequest> &router);

private:
    HttpResponse listConnections(const HttpRequest &request);
    HttpResponse createConnection(const HttpRequest &request);
    HttpResponse getConnection(const HttpRequest &request, const QString &id);
    HttpResponse updateConnection(const HttpRequest &request, const QString &id);
    HttpResponse deleteConnection(const QString &id);
    HttpResponse testLogout(const HttpRequest &request, const QString &id);
    QJsonObject connectionJson(const Connection &connection);
    // With ?include_counts=true (users, groups, active tokens) and ?include_tokens=true (the tokens, as listed).
    QJsonObject connectionJson(const Connection &connection, const HttpRequest &request);
    static QJsonObject validatedOptions(const QJsonValue &value, const QJsonObject &previous);
    static QString validatedDisplayName(const QJsonValue &value);

    ManagementContext &m_context;
};

} // namespace scim
