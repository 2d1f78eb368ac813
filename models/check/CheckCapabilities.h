#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace scim {

// What a SCIM service provider advertises in /ServiceProviderConfig, /ResourceTypes and /Schemas, reduced to the
// capabilities a check can require (docs/conformance.md, "Capabilities").
class CheckCapabilities
{
    Q_DECLARE_TR_FUNCTIONS(CheckCapabilities)

public:
    static const QStringList &knownCapabilities();
    static bool isKnownCapability(const QString &name);

    // Each takes the parsed response body, or an empty document when the request failed; `problem` says why.
    void setServiceProviderConfig(const QJsonObject &config, const QString &problem = {});
    void setResourceTypes(const QJsonValue &body, const QString &problem = {});
    void setSchemas(const QJsonValue &body, const QString &problem = {});

    // True when `requirement` ("patch", "!bulk", …) holds; otherwise `reason` says what the server advertised.
    bool satisfies(const QString &requirement, QString *reason) const;
    bool has(const QString &capability) const;

    const QJsonObject &serviceProviderConfig() const { return m_config; }
    // The schema with that id (case-insensitive), or an empty object.
    QJsonObject schema(const QString &urn) const;
    bool hasSchemas() const { return !m_schemas.isEmpty(); }
    // {capability: bool, …} for reports.
    QJsonObject toJson() const;

private:
    QString why(const QString &capability) const;

    QJsonObject m_config;
    QString m_configProblem;
    QString m_resourceTypesProblem;
    QString m_schemasProblem;
    bool m_resourceTypesKnown = false;
    QHash<QString, QJsonObject> m_resourceTypesByEndpoint; // "/users" -> resource type
    QHash<QString, QJsonObject> m_schemas;                 // lower-case id -> schema
};

} // namespace scim

Q_DECLARE_METATYPE(scim::CheckCapabilities)
