#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace scim {

// A customer's enterprise connection. Every other row in the store belongs to one.
struct Connection
{
    QString id;
    QString name;
    QString strategy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject options;      // e.g. backchannel_logout_url (docs/logs.md)
    QString displayName = {}; // how people call it ("Acme Corp (Okta)"); empty: the name
};

// The SCIM configuration of a connection; its presence is what enables SCIM on the connection.
struct ScimConfiguration
{
    QString connectionId;
    QString userIdAttribute;
    QJsonArray mapping;
    QDateTime createdAt;
    QDateTime updatedOn;
    // Bumped whenever what profiles are computed from changes (the map, the connection's name); profiles
    // computed with an older version are recomputed in the background.
    qint64 profileVersion = 1;
    // The schemas declared for the connection (docs/schemas.md): [{"resource_type": "User"|"Group", "schema": …}],
    // validated before they are stored. Stores hand out the same shared array until it changes, so comparing it
    // with the previous one is cheap.
    QJsonArray customSchemas = QJsonArray();
};

// A connection's bearer token. Only a SHA-256 hash of the secret is ever stored.
struct ScimToken
{
    QString tokenId;
    QString connectionId;
    QByteArray secretHash;
    QStringList scopes;
    QDateTime createdAt;
    std::optional<QDateTime> validUntil;
    std::optional<QDateTime> lastUsedAt;
    // The connection's SCIM endpoint URL when the token was issued, or where it was last used since (TokenService::
    // confirmEndpoint); empty for tokens from before it was recorded. The console warns when it differs from today's.
    QString scimEndpoint;

    bool isExpired(const QDateTime &now) const { return validUntil && *validUntil <= now; }
};

// A SCIM resource as stored: the full canonical JSON (including id and meta without location) plus the
// columns the store indexes.
struct StoredResource
{
    QString connectionId;
    QString resourceType;
    QString id;
    QJsonObject data;
    qint64 version = 1;
    qint64 sequence = 0; // insertion order; gives list responses a stable order across pages
    QString uniqueKey;   // e.g. userName, compared case-insensitively
    QString externalId;
    QByteArray passwordHash;
};

// A stored resource's data as the store keeps it, not decoded, for scans that need a few attributes of many
// resources (the mapping preview decodes only the members its maps read).
struct EncodedResource
{
    QString id;
    qint64 sequence = 0;
    QString uniqueKey;
    QByteArray data; // CBOR; JSON text (starting with '{') for a resource CBOR cannot carry or an old SQLite row

    bool isJsonText() const { return data.startsWith('{'); }
};

// A value of an extension attribute declared unique (docs/schemas.md), as the store indexes it: the attribute's
// path (`urn:…:User:badgeNumber`) and the value, case-folded unless the attribute is caseExact.
struct UniqueValue
{
    QString attribute;
    QString value;

    friend bool operator==(const UniqueValue &, const UniqueValue &) = default;
};

enum class IndexedAttribute
{
    UserName,
    ExternalId
};

// A read that a request about to be handled will make (Store::readAhead): the resource `value` names, by id or by
// userName, among one connection's resources of one type.
struct ReadAheadKey
{
    enum class Kind : quint8
    {
        Id,
        UserName
    };

    Kind kind = Kind::Id;
    QString connectionId;
    QString resourceType;
    QString value;
};

// One member of a group, stored as a relation row (not inside the group's JSON), so adding or removing a
// member costs the same for a group of ten as for one of ten thousand.
struct Membership
{
    QString groupId;
    QString memberId;
    QString display; // as the client sent it
    QString type = QStringLiteral("User");
};

// The application-facing projection of a SCIM User through its connection's attribute map.
struct UserProfile
{
    QString userId; // equals the SCIM id
    QString connectionId;
    QJsonObject data;
    qint64 profileVersion = 0; // the ScimConfiguration::profileVersion it was computed with
    QString searchText;        // lower-cased email, username, name and user id, for `q`
    // When set, `data` already encoded as CBOR (and `data` may be left empty): the engine's write path
    // encodes the projection directly. Never set on profiles read from a store.
    QByteArray encoded = {};
};

} // namespace scim
