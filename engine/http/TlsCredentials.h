#pragma once

#include <QDateTime>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

namespace scim {

// A certificate chain and its private key read from PEM files (--tls-cert, --tls-key) and checked before they are
// used: both parse, the key is RSA or EC and belongs to the first certificate, and that certificate is valid now.
// The server configuration that results allows TLS 1.2 and later only and offers ALPN "http/1.1".
class TlsCredentials
{
public:
    struct Result
    {
        QSslConfiguration configuration; // null when refused
        QSslCertificate certificate;     // the first one of the chain
        int chainLength = 0;
        QString error;        // why the pair was refused
        QStringList warnings; // usable, but the admin should know (a key file others can read)
        bool ok() const { return error.isEmpty(); }
        // "CN=scim.example.com, issued by …, valid until …, SHA-256 …" for the log.
        QString summary() const;
    };

    static Result load(const QString &certificatePath, const QString &keyPath,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The SHA-256 fingerprint as the console shows it: upper-case hex bytes separated by colons.
    static QString fingerprint(const QSslCertificate &certificate);
};

} // namespace scim
