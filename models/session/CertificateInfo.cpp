#include "models/session/CertificateInfo.h"

#include "models/session/CertificateTrust.h"

namespace scim {

namespace {

QString describe(const QStringList &commonNames, const QStringList &organizations, const QString &fallback)
{
    QStringList parts = commonNames;
    for (const QString &organization : organizations) {
        if (!parts.contains(organization))
            parts.append(organization);
    }
    return parts.isEmpty() ? fallback : parts.join(QStringLiteral(", "));
}

} // namespace

CertificateInfo::CertificateInfo(const QUrl &url, const QSslCertificate &certificate, const QList<QSslError> &errors,
                                 const QString &previousFingerprint)
    : m_url(url)
    , m_certificate(certificate)
    , m_errors(errors)
    , m_previousFingerprint(previousFingerprint)
{}

QString CertificateInfo::subject() const
{
    return describe(m_certificate.subjectInfo(QSslCertificate::CommonName),
                    m_certificate.subjectInfo(QSslCertificate::Organization), m_certificate.subjectDisplayName());
}

QString CertificateInfo::issuer() const
{
    return describe(m_certificate.issuerInfo(QSslCertificate::CommonName),
                    m_certificate.issuerInfo(QSslCertificate::Organization), m_certificate.issuerDisplayName());
}

QString CertificateInfo::fingerprint() const
{
    return CertificateTrust::fingerprint(m_certificate);
}

QStringList CertificateInfo::problems() const
{
    QStringList problems;
    for (const QSslError &error : m_errors) {
        QString text;
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            text = tr("The certificate is self-signed: no authority this computer trusts vouches for it.");
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
            text = tr("The certificate was issued by an authority this computer does not know.");
            break;
        case QSslError::CertificateExpired:
            text = tr("The certificate has expired.");
            break;
        case QSslError::CertificateNotYetValid:
            text = tr("The certificate is not valid yet.");
            break;
        case QSslError::HostNameMismatch:
            text = tr("The certificate is not issued for the host name %1.").arg(m_url.host());
            break;
        default:
            text = error.errorString();
            break;
        }
        if (!problems.contains(text))
            problems.append(text);
    }
    return problems;
}

} // namespace scim
