#pragma once

#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace scim {

// The certificates the admin chose to trust for engines the system's authorities do not vouch for (trust on first
// use): one SHA-256 fingerprint per engine origin (https://host:port), kept in ConsoleSettings. A certificate with
// that fingerprint is accepted for that engine whatever the system says about it; any other is shown to the admin
// again, with a warning that it changed.
class CertificateTrust
{
public:
    // "https://host:port" (the port filled in when the URL has none).
    static QString origin(const QUrl &url);
    // The fingerprint trusted for the engine at `url`; empty when none.
    static QString trustedFingerprint(const QUrl &url);
    static void trust(const QUrl &url, const QSslCertificate &certificate);
    static void forget(const QUrl &url);
    // SHA-256, upper-case hex bytes separated by colons, as `openssl x509 -fingerprint -sha256` prints it.
    static QString fingerprint(const QSslCertificate &certificate);
};

} // namespace scim
