#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace scim {

// An ECDSA P-256 key for ES256 signatures (RFC 7518 §3.4). Qt has no elliptic-curve signatures, so this is the one
// place where the engine uses OpenSSL's libcrypto directly.
class EcSigningKey
{
public:
    // A fresh key from the system's random source; none if OpenSSL fails.
    static std::optional<EcSigningKey> generate();
    // A key saved with privateKeyPem(); none when the text is not a P-256 private key.
    static std::optional<EcSigningKey> fromPem(const QByteArray &pem);

    QByteArray privateKeyPem() const;
    // The public half as a JWK (kty, crv, x, y, use, alg, kid), as a JWKS publishes it.
    QJsonObject publicJwk() const;
    // The RFC 7638 thumbprint of the public key: stable, so receivers can cache keys by it.
    QString keyId() const { return m_keyId; }
    // The JWS signature of `input`: r and s, 32 bytes each (not DER). Empty on failure.
    QByteArray sign(const QByteArray &input) const;

private:
    explicit EcSigningKey(EVP_PKEY *key);

    std::shared_ptr<EVP_PKEY> m_key;
    QByteArray m_x;
    QByteArray m_y;
    QString m_keyId;
};

} // namespace scim
