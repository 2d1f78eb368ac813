#include "events/EcSigningKey.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace scim {

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray coordinate(EVP_PKEY *key, const char *name)
{
    BIGNUM *number = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &number) != 1)
        return {};
    QByteArray bytes(32, '\0');
    const bool ok = BN_bn2binpad(number, reinterpret_cast<unsigned char *>(bytes.data()), 32) == 32;
    BN_free(number);
    return ok ? bytes : QByteArray();
}

bool isP256(EVP_PKEY *key)
{
    char group[64] = {};
    size_t length = 0;
    return EVP_PKEY_is_a(key, "EC") &&
           EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) == 1 &&
           (qstrcmp(group, "prime256v1") == 0 || qstrcmp(group, "P-256") == 0);
}

} // namespace

EcSigningKey::EcSigningKey(EVP_PKEY *key)
    : m_key(key, EVP_PKEY_free)
    , m_x(coordinate(key, OSSL_PKEY_PARAM_EC_PUB_X))
    , m_y(coordinate(key, OSSL_PKEY_PARAM_EC_PUB_Y))
{
    // RFC 7638: the required members in lexicographic order, no whitespace.
    const QByteArray canonical =
        R"({"crv":"P-256","kty":"EC","x":")" + base64Url(m_x) + R"(","y":")" + base64Url(m_y) + R"("})";
    m_keyId = QString::fromLatin1(base64Url(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
}

std::optional<EcSigningKey> EcSigningKey::generate()
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    if (!key)
        return std::nullopt;
    return EcSigningKey(key);
}

std::optional<EcSigningKey> EcSigningKey::fromPem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    if (!bio)
        return std::nullopt;
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        return std::nullopt;
    if (!isP256(key)) {
        EVP_PKEY_free(key);
        return std::nullopt;
    }
    return EcSigningKey(key);
}

QByteArray EcSigningKey::privateKeyPem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    QByteArray pem;
    if (bio && PEM_write_bio_PrivateKey(bio, m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1) {
        char *data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        pem = QByteArray(data, int(length));
    }
    BIO_free(bio);
    return pem;
}

QJsonObject EcSigningKey::publicJwk() const
{
    return {{QStringLiteral("kty"), QStringLiteral("EC")},
            {QStringLiteral("crv"), QStringLiteral("P-256")},
            {QStringLiteral("x"), QString::fromLatin1(base64Url(m_x))},
            {QStringLiteral("y"), QString::fromLatin1(base64Url(m_y))},
            {QStringLiteral("use"), QStringLiteral("sig")},
            {QStringLiteral("alg"), QStringLiteral("ES256")},
            {QStringLiteral("kid"), m_keyId}};
}

QByteArray EcSigningKey::sign(const QByteArray &input) const
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    if (!context)
        return {};
    QByteArray der;
    size_t length = 0;
    if (EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, m_key.get()) == 1 &&
        EVP_DigestSign(context, nullptr, &length, reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size())) == 1) {
        der.resize(qsizetype(length));
        if (EVP_DigestSign(context, reinterpret_cast<unsigned char *>(der.data()), &length,
                           reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size())) == 1)
            der.resize(qsizetype(length));
        else
            der.clear();
    }
    EVP_MD_CTX_free(context);
    if (der.isEmpty())
        return {};
    // OpenSSL signs in DER (SEQUENCE of r and s); JWS wants the two integers side by side (RFC 7518 §3.4).
    const unsigned char *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *signature = d2i_ECDSA_SIG(nullptr, &cursor, long(der.size()));
    if (!signature)
        return {};
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(signature, &r, &s);
    QByteArray raw(64, '\0');
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    const bool ok = BN_bn2binpad(r, out, 32) == 32 && BN_bn2binpad(s, out + 32, 32) == 32;
    ECDSA_SIG_free(signature);
    return ok ? raw : QByteArray();
}

} // namespace scim
