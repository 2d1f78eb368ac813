#pragma once

#include "TestBackend.h"
#include "auth/TokenService.h"
#include "common/HttpRequest.h"
#include "management/ManagementApi.h"
#include "mapping/ProfileService.h"
#include "protocol/ScimService.h"
#include "protocol/ScimStatistics.h"
#include "protocol/schema/SchemaRegistry.h"
#include "server/Backends.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <memory>

// The engine's real components on a real database (an SQLite file in `directory`, or a fresh PostgreSQL database
// when the suite runs on that backend: TestBackend), driven without sockets: Management API and SCIM requests go
// straight to their transport-free handlers. Used by the suites that test behaviour across both.
struct EngineHarness
{
    EngineHarness(const QString &directory, const QString &fileName)
        : database(directory, fileName)
        , store(scim::Backends::openStore(database.location()))
        , tokens(std::make_unique<scim::TokenService>(*store))
        , profiles(std::make_unique<scim::ProfileService>(*store, scim::SchemaRegistry::standard().users()))
        , service(std::make_unique<scim::ScimService>(*store, *tokens, scim::SchemaRegistry::standard()))
        , management(std::make_unique<scim::ManagementApi>(*store, *tokens))
    {
        service->setUserProjector(profiles.get());
        service->setStatistics(&statistics);
        management->setProfileService(profiles.get());
    }

    ~EngineHarness()
    {
        // Dependants first: they use the store until they are gone.
        management.reset();
        service.reset();
        profiles.reset();
        tokens.reset();
        store.reset();
    }

    static QJsonObject json(const scim::HttpResponse &response)
    {
        return QJsonDocument::fromJson(response.body).object();
    }

    // A transport-free request: path, decoded query, JSON body.
    static scim::HttpRequest request(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body,
                                     QList<QPair<QByteArray, QByteArray>> headers)
    {
        scim::HttpRequest request;
        request.method = method;
        const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
        request.path = pathAndQuery.left(question);
        if (question >= 0) {
            for (const QString &item : pathAndQuery.mid(question + 1).split(QLatin1Char('&')))
                request.query.append({item.section(QLatin1Char('='), 0, 0),
                                      QUrl::fromPercentEncoding(item.section(QLatin1Char('='), 1).toUtf8())});
        }
        request.headers = std::move(headers);
        if (!body.isEmpty())
            request.body = QJsonDocument(body).toJson();
        return request;
    }

    scim::HttpResponse api(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body = {})
    {
        return management->handle(request(method, pathAndQuery, body, {{"content-type", "application/json"}}));
    }

    scim::HttpResponse scim(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body = {})
    {
        const scim::HttpRequest r =
            request(method, pathAndQuery, body,
                    {{"content-type", "application/scim+json"}, {"authorization", "Bearer " + token.toLatin1()}});
        return service->handle(r, connection, r.path);
    }

    // A connection with SCIM enabled (strategy defaults) and an all-scope token; becomes the current one.
    QString createConnection(const QString &strategy)
    {
        const QString name =
            strategy == QLatin1String("waad") ? QStringLiteral("contoso-entra") : QStringLiteral("acme-") + strategy;
        connection = json(api("POST", QStringLiteral("/api/v2/connections"),
                              QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("strategy"), strategy}}))
                         .value(QStringLiteral("id"))
                         .toString();
        api("POST", QStringLiteral("/api/v2/connections/%1/scim-configuration").arg(connection));
        token = json(api("POST", QStringLiteral("/api/v2/connections/%1/scim-configuration/tokens").arg(connection)))
                    .value(QStringLiteral("token"))
                    .toString();
        return connection;
    }

    // POSTs a resource to the current connection and returns its id (empty, with a warning, on failure).
    QString create(const QString &endpoint, const QJsonObject &payload)
    {
        const scim::HttpResponse created = scim("POST", endpoint, payload);
        if (created.status != 201)
            qWarning("create failed: %d %s", created.status, created.body.constData());
        return json(created).value(QStringLiteral("id")).toString();
    }

    TestBackend::Database database; // first in, last out: dropped after everything that uses it
    std::unique_ptr<scim::Store> store;
    std::unique_ptr<scim::TokenService> tokens;
    std::unique_ptr<scim::ProfileService> profiles;
    std::unique_ptr<scim::ScimService> service;
    std::unique_ptr<scim::ManagementApi> management;
    scim::ScimStatistics statistics; // counted by the service (a test seam)
    QString connection;
    QString token;
};
