#include "models/check/CheckCapabilities.h"

#include <QJsonArray>

namespace scim {

namespace {

const QString kUserSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
const QString kEnterpriseSchema = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");

// Discovery lists come as a ListResponse (RFC 7644 §4); some servers send a bare array.
QJsonArray listItems(const QJsonValue &body)
{
    if (body.isArray())
        return body.toArray();
    const QJsonObject object = body.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(QLatin1String("Resources"), Qt::CaseInsensitive) == 0)
            return it.value().toArray();
    }
    return {};
}

QJsonValue member(const QJsonObject &object, const QString &name)
{
    const auto exact = object.constFind(name);
    if (exact != object.constEnd())
        return *exact;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue::Undefined;
}

QJsonObject attribute(const QJsonObject &schema, const QString &name)
{
    for (const QJsonValue &value : member(schema, QStringLiteral("attributes")).toArray()) {
        const QJsonObject attribute = value.toObject();
        if (member(attribute, QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return attribute;
    }
    return {};
}

QString normalisedEndpoint(const QString &endpoint)
{
    QString normalised = endpoint.toLower();
    if (!normalised.startsWith(QLatin1Char('/')))
        normalised.prepend(QLatin1Char('/'));
    while (normalised.size() > 1 && normalised.endsWith(QLatin1Char('/')))
        normalised.chop(1);
    return normalised;
}

} // namespace

const QStringList &CheckCapabilities::knownCapabilities()
{
    static const QStringList names{QStringLiteral("patch"),          QStringLiteral("bulk"),
                                   QStringLiteral("filter"),         QStringLiteral("sort"),
                                   QStringLiteral("etag"),           QStringLiteral("changePassword"),
                                   QStringLiteral("users"),          QStringLiteral("groups"),
                                   QStringLiteral("enterpriseUser"), QStringLiteral("userNameCaseInsensitive"),
                                   QStringLiteral("userGroups")};
    return names;
}

bool CheckCapabilities::isKnownCapability(const QString &name)
{
    return knownCapabilities().contains(name);
}

void CheckCapabilities::setServiceProviderConfig(const QJsonObject &config, const QString &problem)
{
    m_config = config;
    m_configProblem = problem;
}

void CheckCapabilities::setResourceTypes(const QJsonValue &body, const QString &problem)
{
    m_resourceTypesProblem = problem;
    m_resourceTypesByEndpoint.clear();
    const QJsonArray items = listItems(body);
    m_resourceTypesKnown = problem.isEmpty() && !items.isEmpty();
    for (const QJsonValue &item : items) {
        const QJsonObject type = item.toObject();
        const QString endpoint = member(type, QStringLiteral("endpoint")).toString();
        if (!endpoint.isEmpty())
            m_resourceTypesByEndpoint.insert(normalisedEndpoint(endpoint), type);
    }
}

void CheckCapabilities::setSchemas(const QJsonValue &body, const QString &problem)
{
    m_schemasProblem = problem;
    m_schemas.clear();
    for (const QJsonValue &item : listItems(body)) {
        const QJsonObject schema = item.toObject();
        const QString id = member(schema, QStringLiteral("id")).toString();
        if (!id.isEmpty())
            m_schemas.insert(id.toLower(), schema);
    }
}

QJsonObject CheckCapabilities::schema(const QString &urn) const
{
    return m_schemas.value(urn.toLower());
}

bool CheckCapabilities::has(const QString &capability) const
{
    if (capability == QLatin1String("patch") || capability == QLatin1String("bulk") ||
        capability == QLatin1String("filter") || capability == QLatin1String("sort") ||
        capability == QLatin1String("etag") || capability == QLatin1String("changePassword")) {
        return member(member(m_config, capability).toObject(), QStringLiteral("supported")) == QJsonValue(true);
    }
    // Without a readable /ResourceTypes the runner still tries Users and Groups: their checks then say what is wrong.
    if (capability == QLatin1String("users"))
        return !m_resourceTypesKnown || m_resourceTypesByEndpoint.contains(QStringLiteral("/users"));
    if (capability == QLatin1String("groups"))
        return !m_resourceTypesKnown || m_resourceTypesByEndpoint.contains(QStringLiteral("/groups"));
    if (capability == QLatin1String("enterpriseUser")) {
        const QJsonArray extensions =
            member(m_resourceTypesByEndpoint.value(QStringLiteral("/users")), QStringLiteral("schemaExtensions"))
                .toArray();
        for (const QJsonValue &extension : extensions) {
            if (member(extension.toObject(), QStringLiteral("schema"))
                    .toString()
                    .compare(kEnterpriseSchema, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    if (capability == QLatin1String("userNameCaseInsensitive")) {
        // RFC 7643 §4.1.1 defines userName with caseExact false; a server that publishes no User schema is held to it.
        const QJsonObject userName = attribute(schema(kUserSchema), QStringLiteral("userName"));
        return member(userName, QStringLiteral("caseExact")) != QJsonValue(true);
    }
    if (capability == QLatin1String("userGroups"))
        return !attribute(schema(kUserSchema), QStringLiteral("groups")).isEmpty();
    return false;
}

QString CheckCapabilities::why(const QString &capability) const
{
    if (capability == QLatin1String("patch") || capability == QLatin1String("bulk") ||
        capability == QLatin1String("filter") || capability == QLatin1String("sort") ||
        capability == QLatin1String("etag") || capability == QLatin1String("changePassword")) {
        if (!m_configProblem.isEmpty())
            return tr("/ServiceProviderConfig could not be read (%1), so %2 is not advertised.")
                .arg(m_configProblem, capability);
        return tr("/ServiceProviderConfig does not advertise %1 (%1.supported is not true).").arg(capability);
    }
    if (capability == QLatin1String("users") || capability == QLatin1String("groups"))
        return tr("/ResourceTypes lists no resource type with the endpoint /%1.")
            .arg(capability == QLatin1String("users") ? QStringLiteral("Users") : QStringLiteral("Groups"));
    if (capability == QLatin1String("enterpriseUser"))
        return tr("The User resource type does not list the enterprise extension (%1) in schemaExtensions.")
            .arg(kEnterpriseSchema);
    if (capability == QLatin1String("userNameCaseInsensitive"))
        return tr("/Schemas declares userName with caseExact true.");
    if (capability == QLatin1String("userGroups")) {
        if (!m_schemasProblem.isEmpty())
            return tr("/Schemas could not be read (%1), so the User attribute groups is not declared.")
                .arg(m_schemasProblem);
        return tr("/Schemas does not declare the User attribute groups.");
    }
    return tr("%1 is not a known capability.").arg(capability);
}

bool CheckCapabilities::satisfies(const QString &requirement, QString *reason) const
{
    const bool negated = requirement.startsWith(QLatin1Char('!'));
    const QString capability = negated ? requirement.mid(1) : requirement;
    const bool present = has(capability);
    if (present != negated)
        return true;
    if (reason) {
        *reason = negated ? tr("The server advertises %1, and this check is about servers that do not.").arg(capability)
                          : why(capability);
    }
    return false;
}

QJsonObject CheckCapabilities::toJson() const
{
    QJsonObject object;
    for (const QString &name : knownCapabilities())
        object.insert(name, has(name));
    return object;
}

} // namespace scim
