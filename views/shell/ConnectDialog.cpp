#include "views/shell/ConnectDialog.h"

#include "views/common/ToneLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace scim {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit)
    , m_token(new QLineEdit)
    , m_remember(new QCheckBox(tr("&Remember the token in the keychain")))
    , m_allowFile(new QCheckBox(tr("No keychain available: store it in a &file readable only by me")))
    , m_message(new ToneLabel(ThemeColors::Tone::Warning))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to engine"));
    m_url->setObjectName(QStringLiteral("engineUrl"));
    m_url->setAccessibleName(tr("Engine URL"));
    //: An example engine address; keep it a valid URL
    m_url->setPlaceholderText(tr("https://scim.example.com"));
    m_token->setObjectName(QStringLiteral("adminToken"));
    m_token->setAccessibleName(tr("Admin token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberToken"));
    m_remember->setChecked(true);
    m_allowFile->setObjectName(QStringLiteral("allowTokenFile"));
    m_allowFile->setToolTip(tr("Plain text, permissions 0600. Only used when no secret service runs."));
    m_allowFile->hide();
    connect(m_allowFile, &QCheckBox::toggled, this, &ConnectDialog::updateRemember);
    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Engine &URL:"), m_url);
    form->addRow(tr("Admin &token:"), m_token);
    form->addRow(m_remember);
    form->addRow(m_allowFile);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    auto *embedded = buttons->addButton(tr("Use &embedded engine"), QDialogButtonBox::ResetRole);
    embedded->setObjectName(QStringLiteral("useEmbeddedButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(embedded, &QPushButton::clicked, this, [this] {
        Q_EMIT embeddedRequested();
        QDialog::reject();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_message->hide();
}

void ConnectDialog::setUrl(const QUrl &url)
{
    m_url->setText(url.toString());
}

void ConnectDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ConnectDialog::setFileFallbackOffered(bool offered, bool checked)
{
    m_allowFile->setVisible(offered);
    m_allowFile->setChecked(checked);
    updateRemember();
}

void ConnectDialog::setKeychainUsable(bool usable)
{
    m_keychainUsable = usable;
    updateRemember();
}

void ConnectDialog::updateRemember()
{
    // Without a keychain the token can only be remembered in the file: the box follows that choice, so it never
    // promises what cannot happen.
    if (m_keychainUsable) {
        m_remember->setText(tr("&Remember the token in the keychain"));
        m_remember->setEnabled(true);
        m_remember->setToolTip(QString());
        return;
    }
    const bool file = !m_allowFile->isHidden() && m_allowFile->isChecked();
    m_remember->setText(tr("&Remember the token in the token file"));
    m_remember->setEnabled(file);
    m_remember->setChecked(file);
    m_remember->setToolTip(file ? QString()
                                : tr("No keychain is available. Allow the token file to remember the token."));
}

QUrl ConnectDialog::url() const
{
    return QUrl::fromUserInput(m_url->text().trimmed());
}

QString ConnectDialog::token() const
{
    return m_token->text().trimmed();
}

bool ConnectDialog::rememberToken() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

bool ConnectDialog::allowTokenFile() const
{
    return m_allowFile->isVisible() && m_allowFile->isChecked();
}

void ConnectDialog::accept()
{
    const QUrl target = url();
    if (!target.isValid() || (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https")) ||
        target.host().isEmpty()) {
        setMessage(tr("Enter the engine's URL, for example http://127.0.0.1:8080."));
        return;
    }
    if (token().isEmpty()) {
        setMessage(tr("Enter the engine's admin token (SCIM_ENGINE_ADMIN_TOKEN or its admin-token file)."));
        return;
    }
    QDialog::accept();
}

} // namespace scim
