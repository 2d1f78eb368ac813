#include "ManagementApi.h"

#include "DefaultMappings.h"
#include "ManagementError.h"
#include "ProfileMapper.h"
#include "ProfileService.h"
#include "RandomId.h"
#include "SchemaRegistry.h"
#include "ScimConstants.h"
#include "Store.h"
#include "StoreError.h"
#include "TokenService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace scim {

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json; charset=utf-8");

QString iso(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime nowMs()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

bool isValidConnectionName(const QString &name)
{
    // Auth0's rule: 1–128 characters, alphanumerics separated by single hyphens.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9](?:-?[A-Za-z0-9])*$"));
    return !name.isEmpty() && name.size() <= 128 && pattern.match(name).hasMatch();
}

void rejectUnknownFields(const QJsonObject &body, const QStringList &allowed)
{
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            throw ManagementError::badRequest(
                QStringLiteral("Payload validation error: 'Additional properties not allowed: %1'.").arg(it.key()));
    }
}

} // namespace

ManagementApi::ManagementApi(Store &store, TokenService &tokens)
    : m_store(store)
    , m_tokens(tokens)
{}

HttpResponse ManagementApi::errorResponse(int status, const QString &message, const QString &errorCode)
{
    return HttpResponse::json(status, ManagementError(status, message, errorCode).toJson(), kJson);
}

HttpResponse ManagementApi::handle(const HttpRequest &request)
{
    try {
        QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        // segments[0..1] are "api", "v2"
        return route(request, segments.mid(2));
    } catch (const ManagementError &error) {
        return HttpResponse::json(error.status(), error.toJson(), kJson);
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::Conflict)
            return errorResponse(409, QStringLiteral("The resource already exists"), QStringLiteral("conflict"));
        qWarning("management: storage failure: %s", qUtf8Printable(error.message()));
        return errorResponse(500, QStringLiteral("Internal storage error"));
    }
}

HttpResponse ManagementApi::methodNotAllowed(const QByteArray &allowed)
{
    HttpResponse response =
        errorResponse(405, QStringLiteral("Method not allowed; allowed: %1").arg(QString::fromLatin1(allowed)));
    response.setHeader(QByteArrayLiteral("Allow"), allowed);
    return response;
}

HttpResponse ManagementApi::route(const HttpRequest &request, const QStringList &s)
{
    const QByteArray &m = request.method;
    const auto notAllowed = &ManagementApi::methodNotAllowed;

    if (s.size() == 1 && s.at(0) == QLatin1String("connections-scim-configurations")) {
        if (m != "GET")
            return notAllowed("GET");
        return listScimConfigurations(request);
    }
    if (!s.isEmpty() && s.at(0) == QLatin1String("users") && s.size() <= 2) {
        if (m != "GET")
            return notAllowed("GET");
        return s.size() == 1 ? listUsers(request) : getUser(s.at(1));
    }
    if (s.isEmpty() || s.at(0) != QLatin1String("connections"))
        return errorResponse(404, QStringLiteral("Not Found"));

    if (s.size() == 1) {
        if (m == "GET")
            return listConnections(request);
        if (m == "POST")
            return createConnection(request);
        return notAllowed("GET, POST");
    }
    const QString &id = s.at(1);
    if (s.size() == 2) {
        if (m == "GET")
            return getConnection(id);
        if (m == "PATCH")
            return updateConnection(request, id);
        if (m == "DELETE")
            return deleteConnection(id);
        return notAllowed("GET, PATCH, DELETE");
    }
    if (s.at(2) != QLatin1String("scim-configuration"))
        return errorResponse(404, QStringLiteral("Not Found"));
    if (s.size() == 3) {
        if (m == "GET")
            return getScimConfiguration(id);
        if (m == "POST")
            return createScimConfiguration(request, id);
        if (m == "PATCH")
            return updateScimConfiguration(request, id);
        if (m == "DELETE")
            return deleteScimConfiguration(id);
        return notAllowed("GET, POST, PATCH, DELETE");
    }
    if (s.size() == 4 && s.at(3) == QLatin1String("default-mapping")) {
        if (m != "GET")
            return notAllowed("GET");
        return defaultMapping(id);
    }
    if (s.size() == 4 && s.at(3) == QLatin1String("schemas")) {
        if (m != "GET")
            return notAllowed("GET");
        return mappingSchemas(id);
    }
    if (s.at(3) == QLatin1String("tokens")) {
        if (s.size() == 4) {
            if (m == "GET")
                return listTokens(id);
            if (m == "POST")
                return createToken(request, id);
            return notAllowed("GET, POST");
        }
        if (s.size() == 5) {
            if (m == "DELETE")
                return deleteToken(id, s.at(4));
            return notAllowed("DELETE");
        }
    }
    return errorResponse(404, QStringLiteral("Not Found"));
}

QJsonObject ManagementApi::parseBody(const HttpRequest &request, bool allowEmpty)
{
    if (request.body.trimmed().isEmpty()) {
        if (allowEmpty)
            return {};
        throw ManagementError::badRequest(QStringLiteral("Payload validation error: a JSON body is required."));
    }
    const QByteArray contentType = request.header("content-type").toLower();
    // curl -d sends JSON labelled as a form; a body that starts like a JSON object is read as JSON.
    if (contentType.startsWith("application/x-www-form-urlencoded") && !request.body.trimmed().startsWith('{')) {
        // Auth0 accepts form bodies too; values arrive as strings and are converted where a number is expected.
        QJsonObject object;
        const QUrlQuery form(QString::fromUtf8(request.body));
        for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("scopes") || key == QLatin1String("scopes[]")) {
                QJsonArray scopes = object.value(QStringLiteral("scopes")).toArray();
                for (const QString &scope :
                     value.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts))
                    scopes.append(scope);
                object.insert(QStringLiteral("scopes"), scopes);
            } else if (key == QLatin1String("token_lifetime")) {
                bool ok = false;
                const qint64 number = value.toLongLong(&ok);
                object.insert(key, ok ? QJsonValue(double(number)) : QJsonValue(value));
            } else {
                object.insert(key, value);
            }
        }
        return object;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ManagementError::badRequest(
            QStringLiteral("Invalid JSON body at offset %1: %2").arg(error.offset).arg(error.errorString()),
            QStringLiteral("invalid_json"));
    if (!document.isObject())
        throw ManagementError::badRequest(QStringLiteral("Payload validation error: the body must be a JSON object."));
    return document.object();
}

// --- Connections -------------------------------------------------------------------------------------

Connection ManagementApi::requireConnection(const QString &id)
{
    std::optional<Connection> connection = m_store.connection(id);
    if (!connection)
        throw ManagementError::connectionNotFound();
    return *connection;
}

QJsonObject ManagementApi::connectionJson(const Connection &connection)
{
    const bool scimEnabled = m_store.scimConfiguration(connection.id).has_value();
    QJsonObject json{
        {QStringLiteral("id"), connection.id},
        {QStringLiteral("name"), connection.name},
        {QStringLiteral("strategy"), connection.strategy},
        {QStringLiteral("created_at"), iso(connection.createdAt)},
        {QStringLiteral("updated_at"), iso(connection.updatedAt)},
        {QStringLiteral("scim_enabled"), scimEnabled},
        {QStringLiteral("scim_endpoint_url"),
         QString(m_baseUrl + QStringLiteral("/scim/v2/connections/") + connection.id)},
    };
    // Signing secrets are write-only: say that one is set, never what it is.
    QJsonObject options = connection.options;
    if (options.contains(QStringLiteral("backchannel_logout_secret"))) {
        options.remove(QStringLiteral("backchannel_logout_secret"));
        options.insert(QStringLiteral("backchannel_logout_secret_set"), true);
    }
    json.insert(QStringLiteral("options"), options);
    return json;
}

HttpResponse ManagementApi::listConnections(const HttpRequest &request)
{
    const QString strategy = request.queryItem(QStringLiteral("strategy"));
    const QString name = request.queryItem(QStringLiteral("name"));
    QJsonArray array;
    for (const Connection &connection : m_store.connections()) {
        if (!strategy.isEmpty() && connection.strategy != strategy)
            continue;
        if (!name.isEmpty() && connection.name != name)
            continue;
        array.append(connectionJson(connection));
    }
    return HttpResponse::json(200, array, kJson);
}

HttpResponse ManagementApi::createConnection(const HttpRequest &request)
{
    const QJsonObject body = parseBody(request, false);
    rejectUnknownFields(body, {QStringLiteral("name"), QStringLiteral("strategy"), QStringLiteral("options")});
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
    if (!DefaultMappings::isKnownStrategy(strategy.toString()))
        throw ManagementError::badRequest(QStringLiteral("Payload validation error: 'strategy' must be one of: %1.")
                                              .arg(DefaultMappings::strategies().join(QStringLiteral(", "))));
    if (m_store.connectionByName(name.toString()))
        throw ManagementError(409, QStringLiteral("A connection with the same name already exists"),
                              QStringLiteral("connection_conflict"));

    Connection connection;
    connection.id = QStringLiteral("con_") + RandomId::alphanumeric(16);
    connection.name = name.toString();
    connection.strategy = strategy.toString();
    if (body.contains(QStringLiteral("options")))
        connection.options = validatedOptions(body.value(QStringLiteral("options")), {});
    connection.createdAt = nowMs();
    connection.updatedAt = connection.createdAt;
    m_store.insertConnection(connection);
    return HttpResponse::json(201, connectionJson(connection), kJson);
}

QJsonObject ManagementApi::validatedOptions(const QJsonValue &value, const QJsonObject &previous)
{
    if (!value.isObject())
        throw ManagementError::badRequest(QStringLiteral("Payload validation error: 'options' must be an object."));
    QJsonObject options = value.toObject();
    const QJsonValue url = options.value(QStringLiteral("backchannel_logout_url"));
    if (!url.isUndefined() && !url.isNull()) {
        const QUrl parsed(url.toString(), QUrl::StrictMode);
        if (!url.isString() || !parsed.isValid() ||
            (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")) ||
            parsed.host().isEmpty())
            throw ManagementError::badRequest(QStringLiteral(
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
        throw ManagementError::badRequest(QStringLiteral("Payload validation error: "
                                                         "'options.backchannel_logout_secret' must be a string of at "
                                                         "least 32 bytes (HS256 key)."));
    if (options.contains(QStringLiteral("backchannel_logout_url")) && !secret.isString())
        throw ManagementError::badRequest(QStringLiteral("Payload validation error: a back-channel logout endpoint "
                                                         "needs 'options.backchannel_logout_secret' to sign the "
                                                         "logout token."));
    const QJsonValue audience = options.value(QStringLiteral("backchannel_logout_audience"));
    if (!audience.isUndefined() && !audience.isString())
        throw ManagementError::badRequest(
            QStringLiteral("Payload validation error: 'options.backchannel_logout_audience' must be a string."));
    return options;
}

HttpResponse ManagementApi::getConnection(const QString &id)
{
    return HttpResponse::json(200, connectionJson(requireConnection(id)), kJson);
}

HttpResponse ManagementApi::updateConnection(const HttpRequest &request, const QString &id)
{
    Connection connection = requireConnection(id);
    const QJsonObject body = parseBody(request, false);
    rejectUnknownFields(body, {QStringLiteral("name"), QStringLiteral("strategy"), QStringLiteral("options")});
    if (body.contains(QStringLiteral("options")))
        connection.options = validatedOptions(body.value(QStringLiteral("options")), connection.options);
    if (body.contains(QStringLiteral("strategy")) &&
        body.value(QStringLiteral("strategy")).toString() != connection.strategy)
        throw ManagementError::badRequest(QStringLiteral("Payload validation error: 'strategy' cannot be changed."));
    if (body.contains(QStringLiteral("name"))) {
        const QString name = body.value(QStringLiteral("name")).toString();
        if (!isValidConnectionName(name))
            throw ManagementError::badRequest(QStringLiteral("Payload validation error: invalid 'name'."));
        const std::optional<Connection> other = m_store.connectionByName(name);
        if (other && other->id != connection.id)
            throw ManagementError(409, QStringLiteral("A connection with the same name already exists"),
                                  QStringLiteral("connection_conflict"));
        connection.name = name;
    }
    const bool renamed = body.contains(QStringLiteral("name"));
    connection.updatedAt = nowMs();
    m_store.transaction([&] {
        m_store.updateConnection(connection);
        // Profiles carry the connection's name in `identities`.
        if (std::optional<ScimConfiguration> configuration = m_store.scimConfiguration(id); renamed && configuration) {
            configuration->profileVersion += 1;
            m_store.saveScimConfiguration(*configuration);
        }
    });
    if (renamed)
        profilesChanged(id);
    return HttpResponse::json(200, connectionJson(connection), kJson);
}

HttpResponse ManagementApi::deleteConnection(const QString &id)
{
    requireConnection(id);
    m_tokens.forgetConnection(id);
    m_store.deleteConnection(id);
    return HttpResponse::empty(204);
}

// --- SCIM configuration ------------------------------------------------------------------------------

ScimConfiguration ManagementApi::requireScimConfiguration(const Connection &connection)
{
    std::optional<ScimConfiguration> configuration = m_store.scimConfiguration(connection.id);
    if (!configuration)
        throw ManagementError(404, QStringLiteral("Not Found"));
    return *configuration;
}

void ManagementApi::validateMapping(const QJsonArray &mapping, const QString &userIdAttribute)
{
    const QList<MappingIssue> issues =
        ProfileMapper::validate(AttributeMap::fromJson(mapping, userIdAttribute), SchemaRegistry::standard().users());
    if (issues.isEmpty())
        return;
    QJsonArray details;
    for (const MappingIssue &issue : issues)
        details.append(issue.toJson());
    throw ManagementError(400, QStringLiteral("Invalid mapping provided: %1").arg(issues.constFirst().message),
                          QStringLiteral("invalid_mapping"), details);
}

void ManagementApi::profilesChanged(const QString &connectionId)
{
    if (m_profiles)
        m_profiles->markStale(connectionId);
}

QJsonObject ManagementApi::scimConfigurationJson(const Connection &connection, const ScimConfiguration &configuration)
{
    QJsonObject status{{QStringLiteral("state"), QStringLiteral("current")}};
    if (m_profiles) {
        const ProfileService::Status progress = m_profiles->status(connection.id);
        status = QJsonObject{
            {QStringLiteral("state"), progress.current ? QStringLiteral("current") : QStringLiteral("recomputing")},
            {QStringLiteral("done"), qint64(progress.done)},
            {QStringLiteral("total"), qint64(progress.total)}};
    }
    return QJsonObject{
        {QStringLiteral("profiles_status"), status},
        {QStringLiteral("connection_id"), connection.id},
        {QStringLiteral("connection_name"), connection.name},
        {QStringLiteral("strategy"), connection.strategy},
        {QStringLiteral("tenant_name"), m_tenantName},
        {QStringLiteral("user_id_attribute"), configuration.userIdAttribute},
        {QStringLiteral("mapping"), configuration.mapping},
        {QStringLiteral("created_at"), iso(configuration.createdAt)},
        {QStringLiteral("updated_on"), iso(configuration.updatedOn)},
        {QStringLiteral("scim_endpoint_url"),
         QString(m_baseUrl + QStringLiteral("/scim/v2/connections/") + connection.id)},
    };
}

void ManagementApi::validateMappingShape(const QJsonValue &mapping, const QJsonValue &userIdAttribute)
{
    if (!userIdAttribute.isUndefined() && (!userIdAttribute.isString() || userIdAttribute.toString().isEmpty()))
        throw ManagementError::badRequest(
            QStringLiteral("Payload validation error: 'user_id_attribute' must be a non-empty string."));
    if (mapping.isUndefined())
        return;
    if (!mapping.isArray())
        throw ManagementError::badRequest(QStringLiteral("Payload validation error: 'mapping' must be an array."));
    for (const QJsonValue &item : mapping.toArray()) {
        const QJsonObject pair = item.toObject();
        if (!item.isObject() || !pair.value(QStringLiteral("scim")).isString() ||
            !pair.value(QStringLiteral("auth0")).isString())
            throw ManagementError::badRequest(
                QStringLiteral("Invalid mapping provided: every entry needs string 'scim' and 'auth0' properties."));
    }
}

HttpResponse ManagementApi::listScimConfigurations(const HttpRequest &request)
{
    qsizetype take = 50;
    if (request.hasQueryItem(QStringLiteral("take"))) {
        bool ok = false;
        take = request.queryItem(QStringLiteral("take")).toLongLong(&ok);
        if (!ok || take < 1 || take > 100)
            throw ManagementError::badRequest(QStringLiteral("Query validation error: 'take' must be 1 to 100."),
                                              QStringLiteral("invalid_query_string"));
    }
    const QString from = request.queryItem(QStringLiteral("from"));
    QJsonArray configurations;
    QString next;
    bool started = from.isEmpty();
    bool sawFrom = from.isEmpty();
    for (const Connection &connection : m_store.connections()) {
        if (!started) {
            if (connection.id == from) {
                started = true;
                sawFrom = true;
            } else {
                continue;
            }
        }
        const std::optional<ScimConfiguration> configuration = m_store.scimConfiguration(connection.id);
        if (!configuration)
            continue;
        if (configurations.size() == take) {
            next = connection.id;
            break;
        }
        configurations.append(scimConfigurationJson(connection, *configuration));
    }
    if (!sawFrom)
        throw ManagementError::badRequest(QStringLiteral("Invalid 'from' cursor."),
                                          QStringLiteral("invalid_query_string"));
    QJsonObject body{{QStringLiteral("scim_configurations"), configurations}};
    if (!next.isEmpty())
        body.insert(QStringLiteral("next"), next);
    return HttpResponse::json(200, body, kJson);
}

HttpResponse ManagementApi::createScimConfiguration(const HttpRequest &request, const QString &id)
{
    const Connection connection = requireConnection(id);
    const QJsonObject body = parseBody(request, true);
    rejectUnknownFields(body, {QStringLiteral("user_id_attribute"), QStringLiteral("mapping")});
    validateMappingShape(body.value(QStringLiteral("mapping")), body.value(QStringLiteral("user_id_attribute")));
    if (m_store.scimConfiguration(id))
        throw ManagementError(409, QStringLiteral("SCIM is already configured for this connection"),
                              QStringLiteral("scim_configuration_exists"));
    ScimConfiguration configuration;
    configuration.connectionId = id;
    configuration.userIdAttribute = body.contains(QStringLiteral("user_id_attribute"))
                                        ? body.value(QStringLiteral("user_id_attribute")).toString()
                                        : DefaultMappings::userIdAttribute(connection.strategy);
    configuration.mapping = body.contains(QStringLiteral("mapping")) ? body.value(QStringLiteral("mapping")).toArray()
                                                                     : DefaultMappings::mapping(connection.strategy);
    validateMapping(configuration.mapping, configuration.userIdAttribute);
    configuration.createdAt = nowMs();
    configuration.updatedOn = configuration.createdAt;
    m_store.saveScimConfiguration(configuration);
    // Users provisioned before SCIM was last disabled get profiles under this configuration.
    if (m_store.countResources(id, SchemaRegistry::standard().users().name()) > 0)
        profilesChanged(id);
    return HttpResponse::json(201, scimConfigurationJson(connection, configuration), kJson);
}

HttpResponse ManagementApi::getScimConfiguration(const QString &id)
{
    const Connection connection = requireConnection(id);
    return HttpResponse::json(200, scimConfigurationJson(connection, requireScimConfiguration(connection)), kJson);
}

HttpResponse ManagementApi::updateScimConfiguration(const HttpRequest &request, const QString &id)
{
    const Connection connection = requireConnection(id);
    ScimConfiguration configuration = requireScimConfiguration(connection);
    const QJsonObject body = parseBody(request, false);
    rejectUnknownFields(body, {QStringLiteral("user_id_attribute"), QStringLiteral("mapping")});
    if (!body.contains(QStringLiteral("user_id_attribute")) || !body.contains(QStringLiteral("mapping")))
        throw ManagementError::badRequest(
            QStringLiteral("Payload validation error: 'user_id_attribute' and 'mapping' are both required."));
    validateMappingShape(body.value(QStringLiteral("mapping")), body.value(QStringLiteral("user_id_attribute")));
    configuration.userIdAttribute = body.value(QStringLiteral("user_id_attribute")).toString();
    configuration.mapping = body.value(QStringLiteral("mapping")).toArray();
    validateMapping(configuration.mapping, configuration.userIdAttribute);
    configuration.updatedOn = nowMs();
    configuration.profileVersion += 1;
    m_store.saveScimConfiguration(configuration);
    profilesChanged(id);
    return HttpResponse::json(200, scimConfigurationJson(connection, configuration), kJson);
}

HttpResponse ManagementApi::deleteScimConfiguration(const QString &id)
{
    requireConnection(id);
    // Disabling SCIM revokes the connection's tokens; a repeated DELETE still answers 204, as Auth0 does.
    m_tokens.forgetConnection(id);
    m_store.deleteScimConfiguration(id);
    return HttpResponse::empty(204);
}

HttpResponse ManagementApi::defaultMapping(const QString &id)
{
    const Connection connection = requireConnection(id);
    requireScimConfiguration(connection);
    // user_id_attribute too, so that "reset to defaults" in an editor restores a map that passes every rule.
    return HttpResponse::json(
        200,
        QJsonObject{{QStringLiteral("mapping"), DefaultMappings::mapping(connection.strategy)},
                    {QStringLiteral("user_id_attribute"), DefaultMappings::userIdAttribute(connection.strategy)}},
        kJson);
}

HttpResponse ManagementApi::mappingSchemas(const QString &id)
{
    // The console's mapping editor holds only the admin token, not a SCIM token of the connection, so the
    // connection's User schemas (core first, then extensions: exactly what a map may name) are offered here too,
    // rendered as the connection's SCIM /Schemas renders them.
    const Connection connection = requireConnection(id);
    requireScimConfiguration(connection);
    const ResourceType &users = SchemaRegistry::standard().users();
    const QString base =
        m_baseUrl + QStringLiteral("/scim/v2/connections/") + connection.id + QStringLiteral("/Schemas/");
    QJsonArray resources{users.coreSchema().toJson(base + users.coreSchema().id)};
    for (const ResourceType::Extension &extension : users.extensions())
        resources.append(extension.schema.toJson(base + extension.schema.id));
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("schemas"), QJsonArray{Urn::listResponse()}},
                                          {QStringLiteral("totalResults"), resources.size()},
                                          {QStringLiteral("itemsPerPage"), resources.size()},
                                          {QStringLiteral("startIndex"), 1},
                                          {QStringLiteral("Resources"), resources}},
                              kJson);
}

// --- Users (profiles) --------------------------------------------------------------------------------

HttpResponse ManagementApi::listUsers(const HttpRequest &request)
{
    auto intParam = [&request](const QString &name, qint64 fallback, qint64 min, qint64 max) {
        if (!request.hasQueryItem(name))
            return fallback;
        bool ok = false;
        const qint64 value = request.queryItem(name).toLongLong(&ok);
        if (!ok || value < min || value > max)
            throw ManagementError::badRequest(
                QStringLiteral("Query validation error: '%1' must be an integer from %2 to %3.")
                    .arg(name)
                    .arg(min)
                    .arg(max),
                QStringLiteral("invalid_query_string"));
        return value;
    };
    const qint64 page = intParam(QStringLiteral("page"), 0, 0, 1000000);
    const qint64 perPage = intParam(QStringLiteral("per_page"), 50, 0, 100);
    const QString connectionId = request.queryItem(QStringLiteral("connection_id"));
    if (!connectionId.isEmpty())
        requireConnection(connectionId);
    // `q` (or Auth0's newer `search`) matches email, username, name and user_id.
    QString q = request.queryItem(QStringLiteral("q"));
    if (q.isEmpty())
        q = request.queryItem(QStringLiteral("search"));
    q = q.trimmed();

    QJsonArray users;
    for (const UserProfile &profile : m_store.profiles(connectionId, q, page * perPage, perPage))
        users.append(profile.data);
    const QString totals = request.queryItem(QStringLiteral("include_totals")).toLower();
    if (totals == QLatin1String("true") || totals == QLatin1String("1")) {
        return HttpResponse::json(
            200,
            QJsonObject{{QStringLiteral("users"), users},
                        {QStringLiteral("start"), page * perPage},
                        {QStringLiteral("limit"), perPage},
                        {QStringLiteral("length"), users.size()},
                        {QStringLiteral("total"), qint64(m_store.countProfiles(connectionId, q))}},
            kJson);
    }
    return HttpResponse::json(200, users, kJson);
}

HttpResponse ManagementApi::getUser(const QString &userId)
{
    const std::optional<UserProfile> profile = m_store.profile(userId);
    if (!profile)
        throw ManagementError(404, QStringLiteral("The user does not exist."), QStringLiteral("inexistent_user"));
    return HttpResponse::json(200, profile->data, kJson);
}

// --- Tokens ------------------------------------------------------------------------------------------

QJsonObject ManagementApi::tokenJson(const ScimToken &token)
{
    QJsonObject json{{QStringLiteral("token_id"), token.tokenId},
                     {QStringLiteral("scopes"), QJsonArray::fromStringList(token.scopes)},
                     {QStringLiteral("created_at"), iso(token.createdAt)}};
    if (token.validUntil)
        json.insert(QStringLiteral("valid_until"), iso(*token.validUntil));
    if (token.lastUsedAt)
        json.insert(QStringLiteral("last_used_at"), iso(*token.lastUsedAt));
    return json;
}

HttpResponse ManagementApi::listTokens(const QString &id)
{
    const Connection connection = requireConnection(id);
    requireScimConfiguration(connection);
    QJsonArray array;
    for (const ScimToken &token : m_tokens.list(id))
        array.append(tokenJson(token));
    return HttpResponse::json(200, array, kJson);
}

HttpResponse ManagementApi::createToken(const HttpRequest &request, const QString &id)
{
    const Connection connection = requireConnection(id);
    requireScimConfiguration(connection);
    const QJsonObject body = parseBody(request, true);
    rejectUnknownFields(body, {QStringLiteral("scopes"), QStringLiteral("token_lifetime")});

    QStringList scopes = TokenService::allScopes();
    const QJsonValue scopesValue = body.value(QStringLiteral("scopes"));
    if (!scopesValue.isUndefined() && !scopesValue.isNull()) {
        if (!scopesValue.isArray() || scopesValue.toArray().isEmpty())
            throw ManagementError::badRequest(
                QStringLiteral("Payload validation error: 'scopes' must be a non-empty array of strings."));
        scopes.clear();
        for (const QJsonValue &scope : scopesValue.toArray()) {
            if (!scope.isString() || !TokenService::allScopes().contains(scope.toString()))
                throw ManagementError::badRequest(
                    QStringLiteral("Payload validation error: unknown scope '%1'; allowed: %2.")
                        .arg(scope.isString() ? scope.toString() : QStringLiteral("(not a string)"),
                             TokenService::allScopes().join(QLatin1Char(' '))));
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
        if (number < TokenService::kMinimumLifetimeSeconds)
            throw ManagementError::badRequest(
                QStringLiteral("Payload validation error: 'token_lifetime' must be at least %1 seconds.")
                    .arg(TokenService::kMinimumLifetimeSeconds));
        if (number > 100.0 * 365 * 24 * 3600)
            throw ManagementError::badRequest(
                QStringLiteral("Payload validation error: 'token_lifetime' must be at most 100 years."));
        lifetime = qint64(number);
    }

    // The check and the insert as one step, also against another engine instance on the same database.
    TokenService::Created created;
    m_store.transaction([&] {
        m_store.lockConnection(id);
        if (m_tokens.activeCount(id, QDateTime::currentDateTimeUtc()) >= TokenService::kMaxActiveTokens)
            throw ManagementError(409, QStringLiteral("Maximum of 2 tokens already issued for this connection"),
                                  QStringLiteral("too_many_tokens"));
        created = m_tokens.create(id, scopes, lifetime);
    });
    QJsonObject json = tokenJson(created.token);
    json.insert(QStringLiteral("token"), created.secret);
    return HttpResponse::json(201, json, kJson);
}

HttpResponse ManagementApi::deleteToken(const QString &id, const QString &tokenId)
{
    const Connection connection = requireConnection(id);
    requireScimConfiguration(connection);
    if (!m_tokens.remove(id, tokenId))
        throw ManagementError(404, QStringLiteral("The token does not exist"), QStringLiteral("inexistent_token"));
    return HttpResponse::empty(204);
}

} // namespace scim
