#include "management/TokenEndpoints.h"

#include "auth/TokenPolicy.h"
#include "auth/TokenService.h"
#include "management/ManagementContext.h"
#include "management/ManagementError.h"
#include "management/ManagementRequest.h"
#include "storage/Store.h"

#include <QJsonArray>

namespace scim {

TokenEndpoints::TokenEndpoints(ManagementContext &context)
    : m_context(context)
{}

void TokenEndpoints::addRoutes(Router<const HttpRequest> &router)
{
    const QString path = QStringLiteral("/connections/{id}/scim-configuration/tokens");
    router.add("GET", path, [this](const HttpRequest &, const QStringList &args) { return listTokens(args.at(0)); });
    router.add("POST", path, [this](const HttpRequest &request, const QStringList &args) {
        return createToken(request, args.at(0));
    });
    router.add("DELETE", path + QStringLiteral("/{tokenId}"),
               [this](const HttpRequest &, const QStringList &args) { return deleteToken(args.at(0), args.at(1)); });
}

QJsonObject TokenEndpoints::tokenJson(const ScimToken &token)
{
    QJsonObject json{{QStringLiteral("token_id"), token.tokenId},
                     {QStringLiteral("scopes"), QJsonArray::fromStringList(token.scopes)},
                     {QStringLiteral("created_at"), ManagementRequest::iso(token.createdAt)}};
    if (token.validUntil)
        json.insert(QStringLiteral("valid_until"), ManagementRequest::iso(*token.validUntil));
    if (token.lastUsedAt)
        json.insert(QStringLiteral("last_used_at"), ManagementRequest::iso(*token.lastUsedAt));
    if (!token.scimEndpoint.isEmpty())
        json.insert(QStringLiteral("scim_endpoint_url"), token.scimEndpoint);
    return json;
}

HttpResponse TokenEndpoints::listTokens(const QString &id)
{
    const Connection connection = m_context.requireConnection(id);
    m_context.requireScimConfiguration(connection);
    QJsonArray array;
    for (const ScimToken &token : m_context.tokens.list(id))
        array.append(tokenJson(token));
    return HttpResponse::json(200, array, ManagementRequest::kJsonContentType);
}

HttpResponse TokenEndpoints::createToken(const HttpRequest &request, const QString &id)
{
    const Connection connection = m_context.requireConnection(id);
    m_context.requireScimConfiguration(connection);
    const QJsonObject body = ManagementRequest::parseBody(request, true);
    ManagementRequest::rejectUnknownFields(body, {QStringLiteral("scopes"), QStringLiteral("token_lifetime")});

    QStringList scopes = TokenPolicy::scopes();
    const QJsonValue scopesValue = body.value(QStringLiteral("scopes"));
    if (!scopesValue.isUndefined() && !scopesValue.isNull()) {
        if (!scopesValue.isArray() || scopesValue.toArray().isEmpty())
            throw ManagementError::badRequest(
                QStringLiteral("Payload validation error: 'scopes' must be a non-empty array of strings."));
        scopes.clear();
        for (const QJsonValue &scope : scopesValue.toArray()) {
            if (!scope.isString() || !TokenPolicy::scopes().contains(scope.toString()))
                throw ManagementError::badRequest(
                    QStringLiteral("Payload validation error: unknown scope '%1'; allowed: %2.")
                        .arg(scope.isString() ? scope.toString() : QStringLiteral("(not a string)"),
                             TokenPolicy::scopes().join(QLatin1Char(' '))));
            if (!scopes.contains(scope.toString()))
                scopes.append(scope.toString());
        }
    }

    std::optional<qint64> lifetime;
    const QJsonValue lifetimeValue = body.value(QStringLiteral("token_lifetime"));
    if (!lifetimeValue.isUndefined() && !lifetimeValue.isNull()) {
        const double number = lifetimeValue.toDouble(-1);
        if (!lifetimeValue.isDouble() || number != double(qint64(number)))
            throw ManagementError::badRequest(QStringLiteral(
                "Payload validation error: 'token_lifetime' must be an integer number of seconds or null."));
        if (number < TokenPolicy::kMinimumLifetimeSeconds)
            throw ManagementError::badRequest(
                QStringLiteral("Payload validation error: 'token_lifetime' must be at least %1 seconds.")
                    .arg(TokenPolicy::kMinimumLifetimeSeconds));
        if (number > double(TokenPolicy::kMaximumLifetimeSeconds))
            throw ManagementError::badRequest(
                QStringLiteral("Payload validation error: 'token_lifetime' must be at most 100 years."));
        lifetime = qint64(number);
    }

    // The check and the insert as one step, also against another engine instance on the same database.
    TokenService::Created created;
    m_context.store.transaction([&] {
        m_context.store.lockConnection(id);
        if (m_context.tokens.activeCount(id, QDateTime::currentDateTimeUtc()) >= TokenPolicy::kMaxActiveTokens)
            throw ManagementError(409, TokenPolicy::tooManyTokensMessage(), QStringLiteral("too_many_tokens"));
        created = m_context.tokens.create(id, scopes, lifetime, m_context.endpointUrl(id));
    });
    QJsonObject json = tokenJson(created.token);
    json.insert(QStringLiteral("token"), created.secret);
    return HttpResponse::json(201, json, ManagementRequest::kJsonContentType);
}

HttpResponse TokenEndpoints::deleteToken(const QString &id, const QString &tokenId)
{
    const Connection connection = m_context.requireConnection(id);
    m_context.requireScimConfiguration(connection);
    if (!m_context.tokens.remove(id, tokenId))
        throw ManagementError(404, QStringLiteral("The token does not exist"), QStringLiteral("inexistent_token"));
    return HttpResponse::empty(204);
}

} // namespace scim
