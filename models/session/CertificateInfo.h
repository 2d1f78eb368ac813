#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>
#include <QUrl>

namespace scim {

// An engine's TLS certificate that the system does not trust, as the admin reviews it before trusting it (trust on
// first use): who it names, who issued it, how long it is valid, its SHA-256 fingerprint, what the system found
// wrong with it, and the fingerprint trusted before when it has changed.
class CertificateInfo
{
    Q_DECLARE_TR_FUNCTIONS(CertificateInfo)

public:
    CertificateInfo() = default;
    CertificateInfo(const QUrl &url, const QSslCertificate &certificate, const QList<QSslError> &errors,
                    const QString &previousFingerprint);

    QUrl url() const { return m_url; }
    const QSslCertificate &certificate() const { return m_certificate; }
    bool isNull() const { return m_certificate.isNull(); }
    // True when another certificate was trusted for this engine before: the admin must be warned.
    bool hasChanged() const { return !m_previousFingerprint.isEmpty(); }
    QString previousFingerprint() const { return m_previousFingerprint; }

    QString subject() const;
    QString issuer() const;
    QDateTime effectiveDate() const { return m_certificate.effectiveDate(); }
    QDateTime expiryDate() const { return m_certificate.expiryDate(); }
    QString fingerprint() const;
    // What the system's verification reported, one sentence each.
    QStringList problems() const;

private:
    QUrl m_url;
    QSslCertificate m_certificate;
    QList<QSslError> m_errors;
    QString m_previousFingerprint;
};

} // namespace scim
