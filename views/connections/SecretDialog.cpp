#include "views/connections/SecretDialog.h"

#include "views/common/Confirmation.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace scim {

SecretDialog::SecretDialog(const QString &secret, const QString &endpointUrl, QWidget *parent)
    : QDialog(parent)
    , m_secret(new QLineEdit(secret))
{
    setObjectName(QStringLiteral("tokenSecretDialog"));
    setWindowTitle(tr("New SCIM token"));
    auto *warning = new QLabel(tr("<b>Copy this token now.</b> It is shown only once: the engine keeps only its hash "
                                  "and cannot show it again. If it is lost, revoke it and generate a new one."));
    warning->setObjectName(QStringLiteral("secretWarning"));
    warning->setWordWrap(true);
    m_secret->setObjectName(QStringLiteral("tokenSecret"));
    m_secret->setAccessibleName(tr("Token secret"));
    m_secret->setReadOnly(true);
    m_secret->setMinimumWidth(520);
    m_secret->setFont(QFont(QStringLiteral("monospace")));
    auto *copy = new QPushButton(tr("Co&py"));
    copy->setObjectName(QStringLiteral("copySecretButton"));
    copy->setAccessibleName(tr("Copy token to clipboard"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_secret, 1);
    row->addWidget(copy);
    auto *endpoint = new QLabel(tr("Endpoint: <code>%1</code>").arg(endpointUrl.toHtmlEscaped()));
    endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &SecretDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QApplication::clipboard()->setText(m_secret->text());
        m_copied = true;
        copy->setText(tr("Copied"));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addLayout(row);
    layout->addWidget(endpoint);
    layout->addWidget(buttons);
}

void SecretDialog::reject()
{
    // Close, Esc and the window's close button all end here: the secret is gone afterwards, so closing without
    // having copied it is asked about once.
    if (m_copied || m_closeConfirmed) {
        QDialog::accept();
        return;
    }
    Confirmation::ask(this, QStringLiteral("confirmCloseSecret"), tr("Token not copied"),
                      tr("You have not copied the token. It cannot be shown again once this window is closed. Close "
                         "it anyway?"),
                      tr("&Close without copying"), [this] {
                          m_closeConfirmed = true;
                          QDialog::accept();
                      });
}

QString SecretDialog::secret() const
{
    return m_secret->text();
}

} // namespace scim
