#include "auth/TokenService.h"

#include "auth/TokenPolicy.h"
#include "common/ConstantTime.h"
#include "common/RandomId.h"
#include "storage/Store.h"

#include <QCryptographicHash>

namespace scim {

namespace {
// A cached token is re-read after this long, so a revocation made by another engine process sharing the
// database takes effect quickly; revocations through this process invalidate the cache at once.
constexpr qint64 kCacheTtlMs = 5000;
// `last_used_at` is persisted on first use and then at most this often per token.
constexpr qint64 kLastUsedWriteIntervalSecs = 60;
} // namespace

QString TokenService::Authentication::reason() const
{
    switch (outcome) {
    case Outcome::Ok:
        return {};
    case Outcome::Missing:
        return QStringLiteral("Authorization header with a Bearer token is required");
    case Outcome::Malformed:
        return QStringLiteral("Malformed bearer token");
    case Outcome::Unknown:
        return QStringLiteral("Invalid or revoked token");
    case Outcome::Expired:
        return QStringLiteral("Token has expired");
    }
    return {};
}

TokenService::TokenService(Store &store)
    : m_store(store)
{}

TokenService::~TokenService()
{
    try {
        flush();
    } catch (...) {
        // The store may already be unusable during shutdown; losing a last-used timestamp is acceptable.
    }
}

const QStringList &TokenService::allScopes()
{
    return TokenPolicy::scopes();
}

QByteArray TokenService::hashSecret(const QByteArray &secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

TokenService::Created TokenService::create(const QString &connectionId, const QStringList &scopes,
                                           std::optional<qint64> lifetimeSeconds, const QString &endpoint)
{
    Created created;
    ScimToken &token = created.token;
    token.tokenId = QLatin1String(TokenPolicy::kTokenIdPrefix) + RandomId::alphanumeric(TokenPolicy::kTokenIdLength);
    token.connectionId = connectionId;
    token.scopes = scopes;
    token.scimEndpoint = endpoint;
    // Millisecond precision is what the store keeps; truncate now so the returned object equals a re-read.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    token.createdAt = now;
    if (lifetimeSeconds)
        token.validUntil = now.addSecs(*lifetimeSeconds);
    created.secret = token.tokenId + QLatin1Char('.') + RandomId::hex(TokenPolicy::kSecretBytes);
    token.secretHash = hashSecret(created.secret.toLatin1());
    m_store.insertToken(token);
    return created;
}

QList<ScimToken> TokenService::list(const QString &connectionId)
{
    QList<ScimToken> tokens = m_store.tokens(connectionId);
    for (ScimToken &token : tokens) {
        const auto it = m_lastUsed.constFind(token.tokenId);
        if (it != m_lastUsed.constEnd() && (!token.lastUsedAt || *token.lastUsedAt < *it))
            token.lastUsedAt = *it;
    }
    return tokens;
}

int TokenService::activeCount(const QString &connectionId, const QDateTime &now)
{
    int count = 0;
    for (const ScimToken &token : m_store.tokens(connectionId)) {
        if (!token.isExpired(now))
            ++count;
    }
    return count;
}

bool TokenService::remove(const QString &connectionId, const QString &tokenId)
{
    m_cache.remove(tokenId);
    m_lastUsed.remove(tokenId);
    m_lastUsedSaved.remove(tokenId);
    return m_store.deleteToken(connectionId, tokenId);
}

void TokenService::forgetConnection(const QString &connectionId)
{
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (it->token.connectionId == connectionId) {
            m_lastUsed.remove(it.key());
            m_lastUsedSaved.remove(it.key());
            it = m_cache.erase(it);
        } else {
            ++it;
        }
    }
}

TokenService::Authentication TokenService::authenticate(const QString &connectionId, const QByteArray &authorization,
                                                        const QDateTime &now)
{
    Authentication result;
    const QByteArray value = authorization.trimmed();
    if (value.isEmpty())
        return result;
    if (value.size() < 7 || qstrnicmp(value.constData(), "bearer ", 7) != 0) {
        result.outcome = Authentication::Outcome::Malformed;
        return result;
    }
    const QByteArray secret = value.mid(7).trimmed();
    const qsizetype dot = secret.indexOf('.');
    if (dot <= 0 || !secret.startsWith(TokenPolicy::kTokenIdPrefix)) {
        result.outcome = Authentication::Outcome::Malformed;
        return result;
    }
    const QString tokenId = QString::fromLatin1(secret.left(dot));

    const qint64 nowMs = now.toMSecsSinceEpoch();
    auto it = m_cache.find(tokenId);
    if (it == m_cache.end() || nowMs - it->loadedAtMs > kCacheTtlMs) {
        std::optional<ScimToken> stored = m_store.token(tokenId);
        if (!stored) {
            m_cache.remove(tokenId);
            result.outcome = Authentication::Outcome::Unknown;
            return result;
        }
        it = m_cache.insert(tokenId, CacheEntry{*stored, nowMs});
    }
    const ScimToken &token = it->token;
    // A token of another connection is indistinguishable from an unknown one: no data crosses connections.
    if (token.connectionId != connectionId || !constantTimeEquals(hashSecret(secret), token.secretHash)) {
        result.outcome = Authentication::Outcome::Unknown;
        return result;
    }
    if (token.isExpired(now)) {
        result.outcome = Authentication::Outcome::Expired;
        return result;
    }
    result.outcome = Authentication::Outcome::Ok;
    result.token = token;
    recordUse(token, now);
    return result;
}

void TokenService::recordUse(const ScimToken &token, const QDateTime &now)
{
    m_lastUsed.insert(token.tokenId, now);
    const auto saved = m_lastUsedSaved.constFind(token.tokenId);
    const bool due = saved == m_lastUsedSaved.constEnd()
                         ? !token.lastUsedAt || token.lastUsedAt->secsTo(now) >= kLastUsedWriteIntervalSecs
                         : saved->secsTo(now) >= kLastUsedWriteIntervalSecs;
    if (due) {
        m_store.setTokenLastUsed(token.tokenId, now);
        m_lastUsedSaved.insert(token.tokenId, now);
    }
}

void TokenService::confirmEndpoint(const ScimToken &token, const QString &endpoint)
{
    // Tokens from before endpoints were recorded stay unknown: nothing says which URL their IdP was given.
    if (token.scimEndpoint.isEmpty() || token.scimEndpoint == endpoint || endpoint.isEmpty())
        return;
    m_store.setTokenEndpoint(token.tokenId, endpoint);
    const auto it = m_cache.find(token.tokenId);
    if (it != m_cache.end())
        it->token.scimEndpoint = endpoint;
}

void TokenService::flush()
{
    for (auto it = m_lastUsed.constBegin(); it != m_lastUsed.constEnd(); ++it) {
        const auto saved = m_lastUsedSaved.constFind(it.key());
        if (saved == m_lastUsedSaved.constEnd() || *saved < *it) {
            m_store.setTokenLastUsed(it.key(), *it);
            m_lastUsedSaved.insert(it.key(), *it);
        }
    }
}

} // namespace scim
