#pragma once

#include "storage/StorageTypes.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

namespace scim {

class Store;

// Issues, lists, revokes and checks the bearer tokens of connections. Secrets are never stored: a token is
// `<token_id>.<64 hex>` and only the SHA-256 of the whole string is kept, compared in constant time.
// Checked tokens are cached briefly so authentication costs no database round trip on the hot path.
class TokenService
{
public:
    struct Created
    {
        ScimToken token;
        QString secret;
    };

    struct Authentication
    {
        enum class Outcome
        {
            Ok,
            Missing,
            Malformed,
            Unknown,
            Expired
        };
        Outcome outcome = Outcome::Missing;
        std::optional<ScimToken> token;

        bool ok() const { return outcome == Outcome::Ok; }
        QString reason() const;
    };

    explicit TokenService(Store &store);
    ~TokenService();

    // Every scope (auth/TokenPolicy.h).
    static const QStringList &allScopes();

    // Validation (scopes, lifetime, active limit: auth/TokenPolicy.h) is the caller's job; see TokenEndpoints.
    // `endpoint` is the connection's SCIM endpoint URL in force (ScimToken::scimEndpoint).
    Created create(const QString &connectionId, const QStringList &scopes, std::optional<qint64> lifetimeSeconds,
                   const QString &endpoint = {});
    // The connection's tokens, with `last_used_at` as currently known (including not yet flushed uses).
    QList<ScimToken> list(const QString &connectionId);
    int activeCount(const QString &connectionId, const QDateTime &now);
    bool remove(const QString &connectionId, const QString &tokenId);
    // Drops cached tokens of a connection (after its configuration or the connection was deleted).
    void forgetConnection(const QString &connectionId);
    // Another engine instance changed or revoked a token (or may have: forgetAll).
    void forgetToken(const QString &tokenId) { m_cache.remove(tokenId); }
    void forgetAll() { m_cache.clear(); }

    // Checks an `Authorization` header value for a connection.
    Authentication authenticate(const QString &connectionId, const QByteArray &authorization, const QDateTime &now);

    // A request authenticated with `token` reached the connection's endpoint `endpoint`: its identity provider
    // evidently has a URL that works, so the token is recorded for that endpoint (one write, after a change only).
    void confirmEndpoint(const ScimToken &token, const QString &endpoint);

    // Writes pending `last_used_at` updates to the store.
    void flush();

    static QByteArray hashSecret(const QByteArray &secret);

private:
    struct CacheEntry
    {
        ScimToken token;
        qint64 loadedAtMs = 0;
    };

    void recordUse(const ScimToken &token, const QDateTime &now);

    Store &m_store;
    QHash<QString, CacheEntry> m_cache;
    QHash<QString, QDateTime> m_lastUsed;      // newest use per token id
    QHash<QString, QDateTime> m_lastUsedSaved; // what the store has
};

} // namespace scim
