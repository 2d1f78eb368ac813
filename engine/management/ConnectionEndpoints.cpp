#include "management/ConnectionEndpoints.h"

#include "auth/TokenService.h"
#include "common/RandomId.h"
#include "management/ManagementContext.h"
#include "management/ManagementError.h"
#include "management/ManagementRequest.h"
#include "management/TokenEndpoints.h"
#include "mapping/Strategies.h"
#include "protocol/RateLimit.h"
#include "protocol/validation/UndeclaredAttributes.h"
#include "sessions/BackchannelLogout.h"
#include "storage/Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace scim {

namespace {

bool isValidConnectionName(const QString &name)
{
    // Auth0's rule: 1–128 characters, alphanumerics separated by single hyphens.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9](?:-?[A-Za-z0-9])*$"));
    return !name.isEmpty() && name.size() <= 128 && pattern.match(name).hasMatch();
}

} // namespace

ConnectionEndpoints::ConnectionEndpoints(ManagementContext &context)
    : m_context(context)
{}

void ConnectionEndpoints::addRoutes(Router<const HttpRequest> &router)
{
    router.add("GET", QStringLiteral("/connections"),
               [this](const HttpRequest &request, const QStringList &) { return listConnections(request); });
    router.add("POST", QStringLiteral("/connections"),
               [this](const HttpRequest &request, const QStringList &) { return createConnection(request); });
    router.add("GET", QStringLiteral("/connections/{id}"), [this](const HttpRequest &request, const QStringList &args) {
        return getConnection(request, args.at(0));
    });
    router.add(
        "PATCH", QStringLiteral("/connections/{id}"),
        [this](const HttpRequest &request, const QStringList &args) { return updateConnection(request, args.at(0)); });
    router.add("DELETE", QStringLiteral("/connections/{id}"),
               [this](const HttpRequest &, const QStringList &args) { return deleteConnection(args.at(0)); });
    router.add("POST", QStringLiteral("/connections/{id}/backchannel-logout/test"),
               [this](const HttpRequest &request, const QStringList &args) { return testLogout(request, args.at(0)); });
}

QJsonObject ConnectionEndpoints::connectionJson(const Connection &connection)
{
    const bool scimEnabled = m_context.store.scimConfiguration(connection.id).has_value();
    QJsonObject json{
        {QStringLiteral("id"), connection.id},
        {QStringLiteral("name"), connection.name},
        {QStringLiteral("strategy"), connection.strategy},
        {QStringLiteral("created_at"), ManagementRequest::iso(connection.createdAt)},
        {QStringLiteral("updated_at"), ManagementRequest::iso(connection.updatedAt)},
        {QStringLiteral("scim_enabled"), scimEnabled},
        {QStringLiteral("scim_endpoint_url"), m_context.endpointUrl(connection.id)},
    };
    json.insert(QStringLiteral("display_name"),
                connection.displayName.isEmpty() ? connection.name : connection.displayName);
    // Signing secrets are write-only: say that one is set and its last four characters (to tell two apart), never
    // the whole of it.
    QJsonObject options = connection.options;
    if (options.contains(QStringLiteral("backchannel_logout_secret"))) {
        const QString secret = options.take(QStringLiteral("backchannel_logout_secret")).toString();
        options.insert(QStringLiteral("backchannel_logout_secret_set"), true);
        options.insert(QStringLiteral("backchannel_logout_secret_hint"),
                       QString(QStringLiteral("…") + secret.right(4)));
    }
    json.insert(QStringLiteral("options"), options);
    return json;
}

QJsonObject ConnectionEndpoints::connectionJson(const Connection &connection, const HttpRequest &request)
{
    QJsonObject json = connectionJson(connection);
    const bool counts = ManagementRequest::boolQuery(request, QStringLiteral("include_counts"));
    const bool tokens = ManagementRequest::boolQuery(request, QStringLiteral("include_tokens"));
    if (!counts && !tokens)
        return json;
    // What a console's connections table shows, without three requests per connection (docs/engine.md).
    const bool scimEnabled = json.value(QStringLiteral("scim_enabled")).toBool();
    const QList<ScimToken> list = scimEnabled ? m_context.tokens.list(connection.id) : QList<ScimToken>();
    if (counts) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto active =
            std::count_if(list.cbegin(), list.cend(), [&now](const ScimToken &token) { return !token.isExpired(now); });
        json.insert(
            QStringLiteral("counts"),
            QJsonObject{
                {QStringLiteral("users"), qint64(m_context.store.countProfiles(connection.id, QStringLiteral("")))},
                {QStringLiteral("groups"), qint64(m_context.store.countSearchResources(
                                               connection.id, QStringLiteral("Group"), QStringLiteral("")))},
                {QStringLiteral("active_tokens"), qint64(active)}});
    }
    if (tokens) {
        QJsonArray array;
        for (const ScimToken &token : list)
            array.append(TokenEndpoints::tokenJson(token));
        json.insert(QStringLiteral("scim_tokens"), array);
    }
    return json;
}

HttpResponse ConnectionEndpoints::listConnections(const HttpRequest &request)
{
    const QString strategy = request.queryItem(QStringLiteral("strategy"));
    const QString name = request.queryItem(QStringLiteral("name"));
    QJsonArray array;
    for (const Connection &connection : m_context.store.connections()) {
        if (!strategy.isEmpty() && connection.strategy != strategy)
            continue;
        if (!name.isEmpty() && connection.name != name)
            continue;
        array.append(connectionJson(connection, request));
    }
    return HttpResponse::json(200, array, ManagementRequest::kJsonContentType);
}

HttpResponse ConnectionEndpoints::createConnection(const HttpRequest &request)
{
    const QJsonObject body = ManagementRequest::parseBody(request, false);
    ManagementRequest::rejectUnknownFields(body, {QStringLiteral("name"), QStringLiteral("display_name"),
                                                  QStringLiteral("strategy"), QStringLiteral("options")});
    const QJsonValue name = body.value(QStringLiteral("name"));
    const QJsonValue strategy = body.value(QStringLiteral("strategy"));
    if (!name.isString())
        throw ManagementError::badRequest(
            QStringLiteral("Payload validation error: 'Missing required property: name'."));
    if (!strategy.isString())
        throw ManagementError::badRequest(
            QStringLiteral("Payload validation error: 'Missing required property: strategy'."));
    if (!isValidConnectionName(name.toString()))
        throw ManagementError::badRequest(
            QStringLiteral("Payload validation error: 'name' must be 1-128 letters and digits, optionally separated "
                           "by single hyphens, starting and ending with a letter or digit."));
    if (!Strategy::isKnown(strategy.toString()))
        throw ManagementError::badRequest(QStringLiteral("Payload validation error: 'strategy' must be one of: %1.")
                                              .arg(Strategy::all().join(QStringLiteral(", "))));
    if (m_context.store.connectionByName(name.toString()))
        throw ManagementError(409, QStringLiteral("A connection with the same name already exists"),
                              QStringLiteral("connection_conflict"));

    Connection connection;
    connection.id = QStringLiteral("con_") + RandomId::alphanumeric(16);
    connection.name = name.toString();
    connection.strategy = strategy.toString();
    if (body.contains(QStringLiteral("display_name")))
        connection.displayName = validatedDisplayName(body.value(QStringLiteral("display_name")));
    if (body.contains(QStringLiteral("options")))
        connection.options = validatedOptions(body.value(QStringLiteral("options")), {});
    connection.createdAt = ManagementRequest::nowMs();
    connection.updatedAt = connection.createdAt;
    m_context.store.insertConnection(connection);
    return HttpResponse::json(201, connectionJson(connection), ManagementRequest::kJsonContentType);
}

QJsonObject ConnectionEndpoints::validatedOptions(const QJsonValue &value, const QJsonObject &previous)
{
    if (!value.isObject())
        ManagementRequest::fieldError(QStringLiteral("options"),
                                      QStringLiteral("Payload validation error: 'options' must be an object."));
    QJsonObject options = value.toObject();
    const QJsonValue url = options.value(QStringLiteral("backchannel_logout_url"));
    if (!url.isUndefined() && !url.isNull()) {
        const QUrl parsed(url.toString(), QUrl::StrictMode);
        if (!url.isString() || !parsed.isValid() ||
            (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")) ||
            parsed.host().isEmpty())
            ManagementRequest::fieldError(
                QStringLiteral("options.backchannel_logout_url"),
                QStringLiteral(
                    "Payload validation error: 'options.backchannel_logout_url' must be an absolute http(s) URL."));
    }
    // Like Auth0, PATCH replaces `options`; a write-only secret that is not sent again is kept.
    if (!options.contains(QStringLiteral("backchannel_logout_secret")) &&
        previous.contains(QStringLiteral("backchannel_logout_secret")))
        options.insert(QStringLiteral("backchannel_logout_secret"),
                       previous.value(QStringLiteral("backchannel_logout_secret")));
    options.remove(QStringLiteral("backchannel_logout_secret_set"));
    const QJsonValue secret = options.value(QStringLiteral("backchannel_logout_secret"));
    if (!secret.isUndefined() && (!secret.isString() || secret.toString().toUtf8().size() < 32))
        ManagementRequest::fieldError(QStringLiteral("options.backchannel_logout_secret"),
                                      QStringLiteral("Payload validation error: "
                                                     "'options.backchannel_logout_secret' must be a string of at "
                                                     "least 32 bytes (HS256 key)."));
    if (options.contains(QStringLiteral("backchannel_logout_url")) && !secret.isString())
        ManagementRequest::fieldError(QStringLiteral("options.backchannel_logout_secret"),
                                      QStringLiteral("Payload validation error: a back-channel logout endpoint "
                                                     "needs 'options.backchannel_logout_secret' to sign the "
                                                     "logout token."));
    options.remove(QStringLiteral("backchannel_logout_secret_hint"));
    // What SCIM writes do with attributes under extension URNs that no schema declares (docs/schemas.md).
    const QJsonValue unknown = options.value(QStringLiteral("scim_unknown_attributes"));
    if (!unknown.isUndefined() && !UndeclaredAttributes::parsePolicy(unknown.toString()))
        ManagementRequest::fieldError(
            QStringLiteral("options.scim_unknown_attributes"),
            QStringLiteral("Payload validation error: 'options.scim_unknown_attributes' must be one of: %1.")
                .arg(UndeclaredAttributes::policyNames().join(QStringLiteral(", "))));
    QString rateLimitError;
    if (!RateLimit::parse(options.value(QStringLiteral("rate_limit")), &rateLimitError))
        ManagementRequest::fieldError(
            ManagementRequest::quotedField(rateLimitError, QStringLiteral("options.rate_limit")),
            QStringLiteral("Payload validation error: ") + rateLimitError);
    const QJsonValue audience = options.value(QStringLiteral("backchannel_logout_audience"));
    if (!audience.isUndefined() && !audience.isString())
        ManagementRequest::fieldError(
            QStringLiteral("options.backchannel_logout_audience"),
            QStringLiteral("Payload validation error: 'options.backchannel_logout_audience' must be a string."));
    return options;
}

QString ConnectionEndpoints::validatedDisplayName(const QJsonValue &value)
{
    // Auth0's display_name: what people read, so any printable text, at most 128 characters.
    const QString name = value.toString().trimmed();
    if (!value.isString() || name.size() > 128 ||
        std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        ManagementRequest::fieldError(
            QStringLiteral("display_name"),
            QStringLiteral("Payload validation error: 'display_name' must be text of at most 128 characters."));
    return name;
}

HttpResponse ConnectionEndpoints::getConnection(const HttpRequest &request, const QString &id)
{
    return HttpResponse::json(200, connectionJson(m_context.requireConnection(id), request),
                              ManagementRequest::kJsonContentType);
}

HttpResponse ConnectionEndpoints::updateConnection(const HttpRequest &request, const QString &id)
{
    Connection connection = m_context.requireConnection(id);
    const QJsonObject body = ManagementRequest::parseBody(request, false);
    ManagementRequest::rejectUnknownFields(body, {QStringLiteral("name"), QStringLiteral("display_name"),
                                                  QStringLiteral("strategy"), QStringLiteral("options")});
    if (body.contains(QStringLiteral("options")))
        connection.options = validatedOptions(body.value(QStringLiteral("options")), connection.options);
    if (body.contains(QStringLiteral("strategy")) &&
        body.value(QStringLiteral("strategy")).toString() != connection.strategy)
        ManagementRequest::fieldError(QStringLiteral("strategy"),
                                      QStringLiteral("Payload validation error: 'strategy' cannot be changed."));
    if (body.contains(QStringLiteral("display_name")))
        connection.displayName = validatedDisplayName(body.value(QStringLiteral("display_name")));
    const QString previousName = connection.name;
    if (body.contains(QStringLiteral("name"))) {
        const QString name = body.value(QStringLiteral("name")).toString();
        if (!isValidConnectionName(name))
            ManagementRequest::fieldError(
                QStringLiteral("name"),
                QStringLiteral("Payload validation error: 'name' must be 1-128 letters and digits, optionally "
                               "separated by single hyphens, starting and ending with a letter or digit."));
        const std::optional<Connection> other = m_context.store.connectionByName(name);
        if (other && other->id != connection.id)
            throw ManagementError(409, QStringLiteral("A connection with the same name already exists"),
                                  QStringLiteral("connection_conflict"),
                                  QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("name")},
                                                         {QStringLiteral("message"),
                                                          QStringLiteral("A connection with the same name already "
                                                                         "exists")}}});
        connection.name = name;
    }
    const bool renamed = connection.name != previousName;
    connection.updatedAt = ManagementRequest::nowMs();
    m_context.store.transaction([&] {
        m_context.store.updateConnection(connection);
        // Profiles carry the connection's name in `identities`.
        if (std::optional<ScimConfiguration> configuration = m_context.store.scimConfiguration(id);
            renamed && configuration) {
            configuration->profileVersion += 1;
            m_context.store.saveScimConfiguration(*configuration);
        }
    });
    if (renamed)
        m_context.profilesChanged(id);
    return HttpResponse::json(200, connectionJson(connection), ManagementRequest::kJsonContentType);
}

HttpResponse ConnectionEndpoints::testLogout(const HttpRequest &request, const QString &id)
{
    const Connection connection = m_context.requireConnection(id);
    const QJsonObject body = ManagementRequest::parseBody(request, true);
    ManagementRequest::rejectUnknownFields(
        body, {QStringLiteral("backchannel_logout_url"), QStringLiteral("backchannel_logout_secret"),
               QStringLiteral("backchannel_logout_audience"), QStringLiteral("user_id")});
    // What the body gives (settings not saved yet) wins over what is stored; the stored secret is kept unless
    // another is given, exactly as a save would do.
    QJsonObject options = connection.options;
    for (const char *key : {"backchannel_logout_url", "backchannel_logout_secret", "backchannel_logout_audience"}) {
        if (body.contains(QLatin1String(key)))
            options.insert(QLatin1String(key), body.value(QLatin1String(key)));
    }
    options = validatedOptions(options, connection.options);
    if (options.value(QStringLiteral("backchannel_logout_url")).toString().isEmpty())
        ManagementRequest::fieldError(QStringLiteral("options.backchannel_logout_url"),
                                      QStringLiteral("No back-channel logout URL is configured for this connection."));
    const QString subject = body.value(QStringLiteral("user_id")).toString(QStringLiteral("scim-console-test-user"));
    BackchannelLogout *logout = m_context.logout;
    return ManagementRequest::deferredJson([logout, id, options, subject](ManagementRequest::JsonReply reply) {
        logout->sendTest(id, options, subject, [reply](const DeliveryTest &test) { reply(test.toJson()); });
    });
}

HttpResponse ConnectionEndpoints::deleteConnection(const QString &id)
{
    m_context.requireConnection(id);
    m_context.tokens.forgetConnection(id);
    m_context.store.deleteConnection(id);
    return HttpResponse::empty(204);
}

} // namespace scim
