#include "views/shell/EngineSettingsDialog.h"

#include "models/session/EngineSession.h"
#include "views/common/ToneLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace scim {

EngineSettingsDialog::EngineSettingsDialog(EngineSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_stored(EmbeddedEngineSettings::load(session->embeddedDatabasePath()))
    , m_address(new QComboBox)
    , m_port(new QSpinBox)
    , m_publicUrl(new QLineEdit(m_stored.publicUrl))
    , m_certificate(new QLineEdit(m_stored.tlsCertificate))
    , m_key(new QLineEdit(m_stored.tlsKey))
    , m_retention(new QSpinBox)
    , m_endpoint(new ToneLabel)
    , m_status(new ToneLabel)
    , m_progress(new QProgressBar)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close))
{
    setObjectName(QStringLiteral("engineSettingsDialog"));
    setWindowTitle(tr("Embedded engine settings"));
    m_address->setObjectName(QStringLiteral("engineListenAddress"));
    m_address->setAccessibleName(tr("Listen address"));
    m_address->setEditable(true);
    m_address->addItem(QStringLiteral("127.0.0.1"));
    m_address->addItem(QStringLiteral("0.0.0.0"));
    m_address->addItem(QStringLiteral("::1"));
    m_address->addItem(QStringLiteral("::"));
    m_address->setCurrentText(m_stored.listenAddress);
    m_address->setToolTip(tr("127.0.0.1: only this computer. 0.0.0.0: every network interface, so that identity "
                             "providers can reach the engine; the Management API then stays on 127.0.0.1."));
    m_port->setObjectName(QStringLiteral("enginePort"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Choose a free port once"));
    m_port->setValue(m_stored.port);
    m_publicUrl->setObjectName(QStringLiteral("enginePublicUrl"));
    m_publicUrl->setAccessibleName(tr("Public URL"));
    m_publicUrl->setPlaceholderText(tr("e.g. https://scim.example.com, behind a reverse proxy or tunnel"));
    m_certificate->setObjectName(QStringLiteral("engineTlsCertificate"));
    m_certificate->setAccessibleName(tr("TLS certificate"));
    m_certificate->setPlaceholderText(tr("PEM file; empty: plain HTTP"));
    m_key->setObjectName(QStringLiteral("engineTlsKey"));
    m_key->setAccessibleName(tr("TLS private key"));
    m_key->setPlaceholderText(tr("PEM file"));
    m_retention->setObjectName(QStringLiteral("engineLogRetention"));
    m_retention->setAccessibleName(tr("Request log retention"));
    m_retention->setRange(0, 3650);
    m_retention->setSpecialValueText(tr("Keep events"));
    //: The suffix of the log retention in days, with a leading space
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(m_stored.logRetentionDays);
    m_endpoint->setObjectName(QStringLiteral("engineEndpoint"));
    m_endpoint->setWordWrap(true);
    m_endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("engineSettingsStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("engineRestartProgress"));
    m_progress->setRange(0, 0); // busy: the engine says when it is back, not how far it is
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("engineSettingsApply"));
    m_buttons->button(QDialogButtonBox::Apply)->setText(tr("&Apply and restart"));

    auto fileRow = [this](QLineEdit *edit, const QString &title) {
        auto *row = new QHBoxLayout;
        // No mnemonic: two of them; the label's goes to the path.
        auto *browse = new QPushButton(tr("Browse…"));
        browse->setAccessibleName(tr("Browse for %1").arg(title));
        connect(browse, &QPushButton::clicked, this, [this, edit, title] { chooseFile(edit, title); });
        row->addWidget(edit, 1);
        row->addWidget(browse);
        return row;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("&Listen address:"), m_address);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Public U&RL:"), m_publicUrl);
    auto *certificateLabel = new QLabel(tr("TLS &certificate:"));
    certificateLabel->setBuddy(m_certificate);
    form->addRow(certificateLabel, fileRow(m_certificate, tr("TLS certificate")));
    auto *keyLabel = new QLabel(tr("TLS &key:"));
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, fileRow(m_key, tr("TLS private key")));
    form->addRow(tr("Keep request log &events for:"), m_retention);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_endpoint);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(600);

    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &EngineSettingsDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_session, &EngineSession::stateChanged, this, [this] {
        if (!m_restarting)
            return;
        if (m_session->state() == EngineSession::State::Connected) {
            m_restarting = false;
            m_progress->hide();
            m_buttons->setEnabled(true);
            m_status->setTone(ThemeColors::Tone::Success);
            m_status->setText(tr("The engine runs with the new settings."));
            m_stored = EmbeddedEngineSettings::load(m_session->embeddedDatabasePath());
            m_port->setValue(m_stored.port);
            showEndpoint();
            Q_EMIT applied();
        } else if (m_session->state() == EngineSession::State::Failed) {
            m_restarting = false;
            m_progress->hide();
            m_buttons->setEnabled(true);
            m_status->setTone(ThemeColors::Tone::Error);
            m_status->setText(m_session->lastError());
        }
    });
    showEndpoint();
}

EmbeddedEngineSettings EngineSettingsDialog::edited() const
{
    EmbeddedEngineSettings settings = m_stored;
    settings.listenAddress = m_address->currentText().trimmed();
    settings.port = m_port->value();
    settings.publicUrl = m_publicUrl->text().trimmed();
    settings.tlsCertificate = m_certificate->text().trimmed();
    settings.tlsKey = m_key->text().trimmed();
    settings.logRetentionDays = m_retention->value();
    return settings;
}

void EngineSettingsDialog::showEndpoint()
{
    const QString current = m_session->embeddedEndpoint();
    // Said right after a restart that moved the endpoint; which tokens were issued for the old one is on the
    // Connections page and in the banner.
    const QString previous = m_endpointBefore.isEmpty() || m_endpointBefore == current ? QString() : m_endpointBefore;
    if (!previous.isEmpty()) {
        m_endpoint->setTone(ThemeColors::Tone::Warning);
        //: %1: the endpoint before the restart, %2: the current one
        m_endpoint->setText(tr("The endpoint changed from %1 to %2. Identity providers configured with the old URL "
                               "cannot reach this engine until you give them the new one; the Connections page "
                               "names the tokens issued for the old URL.")
                                .arg(previous, current));
    } else {
        m_endpoint->setTone(std::nullopt);
        m_endpoint->setText(current.isEmpty() ? QString() : tr("SCIM endpoints are under %1.").arg(current));
    }
}

void EngineSettingsDialog::chooseFile(QLineEdit *edit, const QString &title)
{
    auto *dialog = new QFileDialog(this, title, edit->text(), tr("PEM files (*.pem *.crt *.key);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
    dialog->open();
}

void EngineSettingsDialog::apply()
{
    const EmbeddedEngineSettings settings = edited();
    const QString problem = settings.problem();
    if (!problem.isEmpty()) {
        m_status->setTone(ThemeColors::Tone::Error);
        m_status->setText(problem);
        return;
    }
    settings.save(m_session->embeddedDatabasePath());
    m_stored = settings;
    m_endpointBefore = m_session->embeddedEndpoint();
    m_restarting = true;
    m_buttons->setEnabled(false);
    m_progress->show();
    m_status->setTone(std::nullopt);
    m_status->setText(tr("Restarting the embedded engine…"));
    m_session->restartEmbedded();
}

} // namespace scim
