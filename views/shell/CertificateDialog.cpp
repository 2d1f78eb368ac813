#include "views/shell/CertificateDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace scim {

namespace {

QLabel *valueLabel(const QString &text, const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

CertificateDialog::CertificateDialog(const CertificateInfo &certificate, QWidget *parent)
    : QDialog(parent)
    , m_certificate(certificate)
{
    setObjectName(QStringLiteral("certificateDialog"));
    const QString engine = certificate.url().toDisplayString();
    const bool changed = certificate.hasChanged();
    setWindowTitle(changed ? tr("The engine's certificate has changed") : tr("Trust the engine's certificate?"));
    setAccessibleName(windowTitle());

    auto *icon = new QLabel;
    icon->setPixmap(
        style()->standardIcon(changed ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxQuestion).pixmap(48, 48));
    auto *intro = new QLabel(
        changed ? tr("<b>Warning:</b> the engine at %1 presents a different certificate from the one you trusted. "
                     "This is expected when its certificate was renewed, but it can also mean that someone is "
                     "intercepting the connection. Trust the new certificate only if the engine's administrator "
                     "confirms its fingerprint.")
                      .arg(engine.toHtmlEscaped())
                : tr("The engine at %1 presents a certificate that this computer does not trust. Compare its "
                     "fingerprint with the one the engine's administrator gives you (scim-engine prints it at start) "
                     "before you trust it.")
                      .arg(engine.toHtmlEscaped()));
    intro->setObjectName(QStringLiteral("certificateIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(intro, 1);

    const QLocale locale;
    auto *form = new QFormLayout;
    form->addRow(tr("Issued to:"),
                 valueLabel(certificate.subject(), QStringLiteral("certificateSubject"), tr("Issued to")));
    form->addRow(tr("Issued by:"),
                 valueLabel(certificate.issuer(), QStringLiteral("certificateIssuer"), tr("Issued by")));
    form->addRow(tr("Valid from:"),
                 valueLabel(locale.toString(certificate.effectiveDate().toLocalTime(), QLocale::LongFormat),
                            QStringLiteral("certificateValidFrom"), tr("Valid from")));
    form->addRow(tr("Expires:"),
                 valueLabel(locale.toString(certificate.expiryDate().toLocalTime(), QLocale::LongFormat),
                            QStringLiteral("certificateExpiry"), tr("Expires")));
    QLabel *fingerprint =
        valueLabel(certificate.fingerprint(), QStringLiteral("certificateFingerprint"), tr("SHA-256 fingerprint"));
    fingerprint->setFont(QFont(QStringLiteral("monospace")));
    form->addRow(tr("SHA-256 fingerprint:"), fingerprint);
    if (changed) {
        QLabel *previous = valueLabel(certificate.previousFingerprint(), QStringLiteral("previousFingerprint"),
                                      tr("Fingerprint trusted before"));
        previous->setFont(QFont(QStringLiteral("monospace")));
        form->addRow(tr("Trusted before:"), previous);
    }
    const QStringList problems = certificate.problems();
    if (!problems.isEmpty())
        form->addRow(tr("Problems:"), valueLabel(problems.join(QLatin1Char('\n')),
                                                 QStringLiteral("certificateProblems"), tr("Problems")));

    auto *buttons = new QDialogButtonBox;
    QPushButton *trust = buttons->addButton(changed ? tr("&Trust the new certificate") : tr("&Trust this certificate"),
                                            QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustCertificateButton"));
    QPushButton *decline = buttons->addButton(QDialogButtonBox::Cancel);
    decline->setObjectName(QStringLiteral("declineCertificateButton"));
    // Trusting must be a deliberate act, all the more when the certificate changed: Enter declines, even when the
    // focus is on the trust button.
    trust->setAutoDefault(false);
    decline->setDefault(true);
    decline->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace scim
