#include "views/mapping/MappingPreviewPanel.h"

#include "models/mapping/MappingPreview.h"
#include "views/common/ToneLabel.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace scim {

MappingPreviewPanel::MappingPreviewPanel(MappingPreview *preview, QWidget *parent)
    : QWidget(parent)
    , m_preview(preview)
    , m_sample(new QComboBox)
    , m_open(new QPushButton(tr("Open…")))
    , m_payload(new QPlainTextEdit)
    , m_profile(new QPlainTextEdit)
    , m_unmapped(new QListWidget)
    , m_error(new ToneLabel(ThemeColors::Tone::Error))
    , m_parseDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("mappingPreview"));
    m_sample->setObjectName(QStringLiteral("previewSample"));
    m_sample->setAccessibleName(tr("Sample payload"));
    m_sample->addItems({tr("Okta user (sample)"), tr("Entra ID user (sample)"), tr("Custom payload")});
    m_open->setObjectName(QStringLiteral("openPayload"));
    m_open->setAccessibleName(tr("Open a SCIM payload file"));
    m_payload->setObjectName(QStringLiteral("previewPayload"));
    m_payload->setAccessibleName(tr("SCIM payload"));
    m_payload->setFont(QFont(QStringLiteral("monospace")));
    m_payload->setPlaceholderText(tr("Paste a SCIM User payload (JSON)…"));
    m_profile->setObjectName(QStringLiteral("previewProfile"));
    m_profile->setAccessibleName(tr("Resulting profile"));
    m_profile->setReadOnly(true);
    m_profile->setFont(QFont(QStringLiteral("monospace")));
    m_unmapped->setObjectName(QStringLiteral("previewUnmapped"));
    m_unmapped->setAccessibleName(tr("Not in the profile"));
    m_error->setObjectName(QStringLiteral("previewError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_parseDelay->setSingleShot(true);
    m_parseDelay->setInterval(250);

    auto *top = new QHBoxLayout;
    auto *sampleLabel = new QLabel(tr("Preview with:"));
    sampleLabel->setBuddy(m_sample);
    top->addWidget(sampleLabel);
    top->addWidget(m_sample);
    top->addWidget(m_open);
    top->addStretch(1);
    top->addWidget(new QLabel(tr("Changes show before you save.")));
    auto *payloadBox = new QWidget;
    auto *payloadLayout = new QVBoxLayout(payloadBox);
    payloadLayout->setContentsMargins(0, 0, 0, 0);
    payloadLayout->addWidget(new QLabel(tr("SCIM payload")));
    payloadLayout->addWidget(m_payload, 1);
    auto *profileBox = new QWidget;
    auto *profileLayout = new QVBoxLayout(profileBox);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    profileLayout->addWidget(new QLabel(tr("Profile it would produce")));
    profileLayout->addWidget(m_profile, 1);
    auto *unmappedBox = new QWidget;
    auto *unmappedLayout = new QVBoxLayout(unmappedBox);
    unmappedLayout->setContentsMargins(0, 0, 0, 0);
    unmappedLayout->addWidget(new QLabel(tr("Not in the profile")));
    unmappedLayout->addWidget(m_unmapped, 1);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("previewSplitter"));
    splitter->addWidget(payloadBox);
    splitter->addWidget(profileBox);
    splitter->addWidget(unmappedBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_sample, &QComboBox::activated, this, [this](int index) { setSample(Sample(index)); });
    connect(m_payload, &QPlainTextEdit::textChanged, this, [this] {
        if (m_settingText)
            return;
        m_sample->setCurrentIndex(CustomSample);
        m_parseDelay->start();
    });
    connect(m_parseDelay, &QTimer::timeout, this, [this] { m_preview->setPayloadText(m_payload->toPlainText()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        auto *dialog =
            new QFileDialog(this, tr("Open a SCIM payload"), QString(), tr("JSON files (*.json);;All files (*)"));
        dialog->setObjectName(QStringLiteral("openPayloadDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &MappingPreviewPanel::openPayload);
        dialog->open();
    });
    connect(m_preview, &MappingPreview::updated, this, &MappingPreviewPanel::showPreview);
    setSample(OktaSample);
}

void MappingPreviewPanel::setSample(Sample sample)
{
    m_sample->setCurrentIndex(sample);
    if (sample == CustomSample)
        return;
    const QJsonObject payload = sample == OktaSample ? MappingPreview::oktaSample() : MappingPreview::entraSample();
    m_settingText = true;
    m_payload->setPlainText(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented)));
    m_settingText = false;
    m_parseDelay->stop();
    m_preview->setPayload(payload);
}

bool MappingPreviewPanel::openPayload(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT errorOccurred(tr("Could not open %1: %2.").arg(path, file.errorString()));
        return false;
    }
    m_settingText = true;
    m_payload->setPlainText(QString::fromUtf8(file.readAll()));
    m_settingText = false;
    m_sample->setCurrentIndex(CustomSample);
    m_parseDelay->stop();
    return m_preview->setPayloadText(m_payload->toPlainText());
}

void MappingPreviewPanel::showPreview()
{
    m_error->setText(m_preview->error());
    m_error->setVisible(!m_preview->error().isEmpty());
    m_profile->setPlainText(m_preview->error().isEmpty()
                                ? QString::fromUtf8(QJsonDocument(m_preview->profile()).toJson(QJsonDocument::Indented))
                                : QString());
    m_unmapped->clear();
    m_unmapped->addItems(m_preview->unmapped());
}

} // namespace scim
