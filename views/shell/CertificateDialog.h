#pragma once

#include "models/session/CertificateInfo.h"

#include <QDialog>

namespace scim {

// Shows an engine's TLS certificate that the system does not trust, before the admin trusts it (trust on first use):
// subject, issuer, validity, SHA-256 fingerprint and the problems found. When a different certificate was trusted
// for the engine before, it says so as a warning, shows both fingerprints and makes "Cancel" the default.
// Accepted: trust it. objectName "certificateDialog"; the buttons are "trustCertificateButton" and
// "declineCertificateButton".
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CertificateDialog(const CertificateInfo &certificate, QWidget *parent = nullptr);

    const CertificateInfo &certificate() const { return m_certificate; }

private:
    CertificateInfo m_certificate;
};

} // namespace scim
