#include "http/TlsCredentials.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSslKey>
#include <QSslSocket>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace scim {

namespace {

bool readFile(const QString &path, const QString &what, QByteArray *contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the %1 %2: %3").arg(what, path, file.errorString());
        return false;
    }
    *contents = file.readAll();
    return true;
}

// Qt cannot tell whether a private key belongs to a certificate; OpenSSL (Qt's TLS backend) can.
bool keyMatchesCertificate(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    const std::unique_ptr<BIO, decltype(&BIO_free)> certificateBio(
        BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())), &BIO_free);
    const std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())),
                                                           &BIO_free);
    if (!certificateBio || !keyBio)
        return false;
    const std::unique_ptr<X509, decltype(&X509_free)> certificate(
        PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr), &X509_free);
    // An empty passphrase callback: an encrypted key fails here instead of prompting on the terminal.
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(
            keyBio.get(), nullptr, [](char *, int, int, void *) { return 0; }, nullptr),
        &EVP_PKEY_free);
    return certificate && key && X509_check_private_key(certificate.get(), key.get()) == 1;
}

QString describe(const QSslCertificate &certificate, QSslCertificate::SubjectInfo info)
{
    const QStringList values = certificate.subjectInfo(info);
    return values.isEmpty() ? QString() : values.join(QStringLiteral(", "));
}

} // namespace

QString TlsCredentials::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString TlsCredentials::Result::summary() const
{
    QString subject = describe(certificate, QSslCertificate::CommonName);
    if (subject.isEmpty())
        subject = certificate.subjectDisplayName();
    QString issuer = certificate.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    if (issuer.isEmpty())
        issuer = certificate.issuerDisplayName();
    return QStringLiteral("CN=%1, issued by %2, valid until %3, %4 certificate(s) in the chain, SHA-256 %5")
        .arg(subject, issuer, certificate.expiryDate().toUTC().toString(Qt::ISODate))
        .arg(chainLength)
        .arg(fingerprint(certificate));
}

TlsCredentials::Result TlsCredentials::load(const QString &certificatePath, const QString &keyPath,
                                            const QDateTime &now)
{
    Result result;
    if (!QSslSocket::supportsSsl()) {
        result.error = QStringLiteral("TLS is not available: Qt found no TLS backend (%1)")
                           .arg(QSslSocket::sslLibraryVersionString());
        return result;
    }
    QByteArray certificatePem;
    QByteArray keyPem;
    if (!readFile(certificatePath, QStringLiteral("certificate file"), &certificatePem, &result.error) ||
        !readFile(keyPath, QStringLiteral("key file"), &keyPem, &result.error))
        return result;

    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull()) {
        result.error = QStringLiteral("%1 holds no PEM certificate").arg(certificatePath);
        return result;
    }
    result.certificate = chain.constFirst();
    result.chainLength = int(chain.size());
    if (now > result.certificate.expiryDate()) {
        result.error = QStringLiteral("The certificate in %1 expired on %2")
                           .arg(certificatePath, result.certificate.expiryDate().toUTC().toString(Qt::ISODate));
        return result;
    }
    if (now < result.certificate.effectiveDate()) {
        result.error = QStringLiteral("The certificate in %1 is not valid before %2")
                           .arg(certificatePath, result.certificate.effectiveDate().toUTC().toString(Qt::ISODate));
        return result;
    }

    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull()) {
        result.error = QStringLiteral("%1 holds no unencrypted RSA or EC private key in PEM").arg(keyPath);
        return result;
    }
    if (!keyMatchesCertificate(result.certificate.toPem(), keyPem)) {
        result.error = QStringLiteral("The private key in %1 does not belong to the first certificate in %2 (the "
                                      "server's own certificate must come first, then its chain)")
                           .arg(keyPath, certificatePath);
        return result;
    }
    const QFileInfo keyInfo(keyPath);
    if (keyInfo.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        result.warnings.append(
            QStringLiteral("The key file %1 can be read by other users; make it readable by its owner only (chmod "
                           "600)")
                .arg(keyPath));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    result.configuration = configuration;
    return result;
}

} // namespace scim
