#pragma once

#include "mapping/AttributeMap.h"
#include "mapping/MappingIssue.h"
#include "protocol/filter/Filter.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <utility>

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

    // A projected profile as its top-level fields. Encoding it straight to CBOR skips building a QJsonObject,
    // whose every insert re-encodes key and value: that was most of the cost of a profile on the write path.
    struct Projection
    {
        QList<std::pair<QString, QJsonValue>> fields; // every top-level field except `identities`
        QString connectionName;
        QString strategy;
        QString identityUserId;

        QJsonObject toJsonObject() const;
        QByteArray toCbor() const;
        QJsonValue value(QStringView key) const;
        // QJsonObject::insert semantics: replaces an existing field; Undefined removes it.
        void set(const QString &key, const QJsonValue &value);
    };

    // The profile of a stored (canonical) SCIM resource. Attributes without a mapping never reach it.
    QJsonObject project(const QJsonObject &resource, const Context &context) const;
    Projection projectFields(const QJsonObject &resource, const Context &context) const;

    // The members of a resource that projectFields() reads: core attribute names, extension schema URNs, `id` and
    // `meta`. Projecting an object that holds only those members gives the same profile as the whole resource.
    QStringList readMembers() const;

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
        QString root;     // first segment of a nested (non-metadata) target, else empty
        QString rootPath; // the rest of that target
        int slot = 0;     // index of the entry's attribute among the distinct attributes the map reads
    };

    // `value` is the entry's attribute as found in the resource.
    QJsonValue extract(const CompiledEntry &entry, const QJsonValue &value) const;
    static bool simpleMatch(const CompiledEntry &entry, const QJsonObject &element);
    static void assign(QJsonObject &profile, const QString &target, const QJsonValue &value);

    QList<CompiledEntry> m_entries;
    // Slots of the attributes the map reads: core ones by name, extension ones by URN then name. A resource
    // is walked once to fill them, instead of one lookup per map entry (most of which find nothing).
    QHash<QString, int> m_coreSlots;
    QHash<QString, QHash<QString, int>> m_extensionSlots;
    int m_slotCount = 0;
    AttributePath m_userIdPath;
    bool m_hasUserIdPath = false;
    const ResourceType &m_type;
};

} // namespace scim
