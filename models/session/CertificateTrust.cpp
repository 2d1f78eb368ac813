#include "models/session/CertificateTrust.h"

#include "models/common/ConsoleSettings.h"

#include <QCryptographicHash>

namespace scim {

QString CertificateTrust::origin(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1://%2:%3").arg(url.scheme().toLower(), url.host().toLower()).arg(port);
}

QString CertificateTrust::trustedFingerprint(const QUrl &url)
{
    return ConsoleSettings::kTrustedCertificates.value().value(origin(url)).toString();
}

void CertificateTrust::trust(const QUrl &url, const QSslCertificate &certificate)
{
    QVariantMap trusted = ConsoleSettings::kTrustedCertificates.value();
    trusted.insert(origin(url), fingerprint(certificate));
    ConsoleSettings::kTrustedCertificates.setValue(trusted);
}

void CertificateTrust::forget(const QUrl &url)
{
    QVariantMap trusted = ConsoleSettings::kTrustedCertificates.value();
    trusted.remove(origin(url));
    ConsoleSettings::kTrustedCertificates.setValue(trusted);
}

QString CertificateTrust::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace scim
