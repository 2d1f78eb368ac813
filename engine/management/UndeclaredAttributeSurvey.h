#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace scim {

class ResourceType;
class Store;

// The attributes that a connection's stored resources carry under extension URNs but that no schema declares (kept
// as sent, docs/schemas.md), with how many resources carry each and a definition inferred from the values, so that
// an admin can declare them ("Declare…" in the console) without typing them in. Reads every resource of the
// connection: an admin's occasional question, not something requests pay for.
class UndeclaredAttributeSurvey
{
public:
    // `users` and `groups` are the connection's resource types (with its declared extensions).
    UndeclaredAttributeSurvey(Store &store, const ResourceType &users, const ResourceType &groups);

    // {"attributes": [{resource_type, schema, schema_declared, attribute, path, resources, definition, examples}],
    //  "scanned": {"User": n, "Group": m}}, sorted by resource type, schema and attribute.
    QJsonObject run(const QString &connectionId);

    // An RFC 7643 attribute definition that every value in `values` fits (the narrowest such type: boolean,
    // integer, decimal, dateTime, reference for absolute http(s) URLs, string otherwise; arrays make it
    // multi-valued, objects complex with sub-attributes inferred the same way).
    static QJsonObject inferDefinition(const QString &name, const QJsonArray &values);

private:
    struct Seen
    {
        QString resourceType;
        QString schemaUrn;
        bool schemaDeclared = false;
        QString attribute;
        qsizetype resources = 0;
        QJsonArray values; // a bounded sample for inference and examples
    };

    void survey(const QString &connectionId, const ResourceType &type);

    Store &m_store;
    const ResourceType &m_users;
    const ResourceType &m_groups;
    QHash<QString, Seen> m_seen; // by folded "type|urn|attribute"
    QHash<QString, qsizetype> m_scanned;
};

} // namespace scim
