#pragma once

#include "AttributeMap.h"
#include "Filter.h"
#include "MappingIssue.h"

#include <QJsonObject>
#include <QList>

namespace scim {

class ResourceType;

// The one implementation of "SCIM resource → user profile": the engine applies it to traffic and to
// recomputes, and the console's mapping editor previews with it. Construction compiles the map (parses every
// SCIM path once); validate() lists every rule the map breaks.
class ProfileMapper
{
public:
    struct Context
    {
        QString connectionName;
        QString strategy;
    };

    ProfileMapper(const AttributeMap &map, const ResourceType &type);

    // Every broken rule, in mapping order; empty when the map is valid.
    static QList<MappingIssue> validate(const AttributeMap &map, const ResourceType &type);

    // The profile of a stored (canonical) SCIM resource. Attributes without a mapping never reach it.
    QJsonObject project(const QJsonObject &resource, const Context &context) const;

    // The SCIM attributes of `resource` that the map leaves out (top-level names, extension attributes as
    // `urn:…:attr`), for previews that show what will not reach the profile.
    QStringList unmappedAttributes(const QJsonObject &resource) const;

    // The canonical text of a SCIM mapping path, so `Emails[Type eq "work"].Value` and
    // `emails[type eq "work"].value` compare equal. Empty when the path does not parse.
    static QString canonicalScimPath(const QString &path, const ResourceType &type);

private:
    struct CompiledEntry
    {
        PatchPath path;
        QString auth0;
        bool inverted = false;   // active → blocked
        QString metadataKey;     // set for `app_metadata.<key>` / `user_metadata.<key>`
        QString simpleFilterKey; // set when the value filter is `sub eq literal`
        QJsonValue simpleFilterValue;
        bool simpleFilterCaseExact = false;
        bool userMetadata = false;
    };

    QJsonValue extract(const CompiledEntry &entry, const QJsonObject &resource) const;
    static bool simpleMatch(const CompiledEntry &entry, const QJsonObject &element);
    static void assign(QJsonObject &profile, const QString &target, const QJsonValue &value);

    QList<CompiledEntry> m_entries;
    AttributePath m_userIdPath;
    bool m_hasUserIdPath = false;
    const ResourceType &m_type;
};

} // namespace scim
