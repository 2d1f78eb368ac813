#include "views/mapping/RealUsersPreviewDialog.h"

#include "models/common/ThemeColors.h"
#include "models/mapping/RealUsersPreview.h"
#include "views/common/JsonHighlighter.h"
#include "views/common/ToneLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace scim {

RealUsersPreviewDialog::RealUsersPreviewDialog(ManagementClient *client, const QString &connectionId,
                                               const QString &connectionName, const QJsonObject &mappingFile,
                                               QWidget *parent)
    : QDialog(parent)
    , m_preview(new RealUsersPreview(client, this))
    , m_connectionId(connectionId)
    , m_mappingFile(mappingFile)
    , m_sampleSize(new QSpinBox)
    , m_run(new QPushButton(tr("&Run preview")))
    , m_progress(new QProgressBar)
    , m_summary(new QLabel)
    , m_error(new ToneLabel(ThemeColors::Tone::Error))
    , m_attributes(new QTableWidget(0, 4))
    , m_examples(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("realUsersPreviewDialog"));
    setWindowTitle(tr("Preview on real users: %1").arg(connectionName));
    resize(860, 640);

    auto *intro = new QLabel(tr("Computes what the edited map would do to the profiles of the users of %1. "
                                "Nothing is saved.")
                                 .arg(connectionName));
    intro->setWordWrap(true);
    m_sampleSize->setObjectName(QStringLiteral("realUsersSampleSize"));
    m_sampleSize->setRange(0, 10000000);
    m_sampleSize->setSingleStep(1000);
    //: Shown in the sample-size box when its value is 0
    m_sampleSize->setSpecialValueText(tr("All users"));
    m_sampleSize->setAccessibleName(tr("Users to examine"));
    m_sampleSize->setToolTip(tr("For a large connection, examine a random sample of this many users."));
    m_run->setObjectName(QStringLiteral("runRealUsersPreview"));
    m_run->setAccessibleName(tr("Run preview"));
    m_progress->setObjectName(QStringLiteral("realUsersProgress"));
    m_progress->setAccessibleName(tr("Preview progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_summary->setObjectName(QStringLiteral("realUsersSummary"));
    m_summary->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("realUsersError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_attributes->setObjectName(QStringLiteral("realUsersAttributes"));
    m_attributes->setAccessibleName(tr("Attributes that would change"));
    m_attributes->setHorizontalHeaderLabels(
        {tr("Profile attribute"), tr("Would appear"), tr("Would disappear"), tr("Would change")});
    m_attributes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attributes->verticalHeader()->hide();
    m_attributes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attributes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attributes->setTabKeyNavigation(false);
    m_examples->setObjectName(QStringLiteral("realUsersExamples"));
    m_examples->setAccessibleName(tr("Examples of changed profiles"));
    m_examples->setReadOnly(true);
    m_examples->setTabChangesFocus(true);
    m_examples->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(m_examples->document(), m_examples->palette());

    auto *form = new QFormLayout;
    auto *sampleRow = new QHBoxLayout;
    sampleRow->addWidget(m_sampleSize);
    sampleRow->addWidget(m_run);
    sampleRow->addStretch(1);
    form->addRow(tr("&Users to examine:"), sampleRow);
    qobject_cast<QLabel *>(form->labelForField(sampleRow))->setBuddy(m_sampleSize);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Attributes:")));
    layout->addWidget(m_attributes, 2);
    auto *examplesLabel = new QLabel(tr("&Examples (profile before and after):"));
    examplesLabel->setBuddy(m_examples);
    layout->addWidget(examplesLabel);
    layout->addWidget(m_examples, 3);
    layout->addWidget(buttons);

    connect(m_run, &QPushButton::clicked, this, &RealUsersPreviewDialog::run);
    connect(m_preview, &RealUsersPreview::progressChanged, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(qMax<qint64>(total, 1)));
        m_progress->setValue(int(done));
        m_summary->setText(tr("Examined %1 of %2 users…").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_preview, &RealUsersPreview::finished, this, &RealUsersPreviewDialog::showResult);
    connect(m_preview, &RealUsersPreview::failed, this, &RealUsersPreviewDialog::showFailure);
    connect(this, &QDialog::finished, m_preview, &RealUsersPreview::cancel);
}

void RealUsersPreviewDialog::run()
{
    m_error->hide();
    m_attributes->setRowCount(0);
    m_examples->clear();
    m_progress->setRange(0, 0); // busy until the first progress line
    m_summary->setText(tr("Computing the profiles…"));
    m_run->setEnabled(false);
    m_preview->start(m_connectionId, m_mappingFile, m_sampleSize->value());
}

void RealUsersPreviewDialog::showResult()
{
    m_run->setEnabled(true);
    const QLocale locale;
    const qint64 examined = m_preview->usersExamined();
    const qint64 changed = m_preview->profilesChanged();
    QString summary =
        examined == 0
            ? tr("The connection has no users yet: nothing to compare.")
            : tr("%n profile(s) would change, of %1 examined.", "", int(changed)).arg(locale.toString(examined));
    if (m_preview->sampled())
        summary +=
            u' ' + tr("This is a random sample of the connection's %1 users.")
                       .arg(locale.toString(m_preview->result().value(QStringLiteral("total_users")).toInteger()));
    m_summary->setText(summary);
    const QList<RealUsersPreview::AttributeCounts> attributes = m_preview->attributes();
    m_attributes->setRowCount(int(attributes.size()));
    for (int row = 0; row < attributes.size(); ++row) {
        const RealUsersPreview::AttributeCounts &counts = attributes.at(row);
        m_attributes->setItem(row, 0, new QTableWidgetItem(counts.attribute));
        int column = 1;
        for (qint64 value : {counts.appearing, counts.disappearing, counts.changing}) {
            auto *item = new QTableWidgetItem(locale.toString(value));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_attributes->setItem(row, column++, item);
        }
    }
    QJsonArray examples;
    for (const QJsonValue &value : m_preview->examples()) {
        const QJsonObject example = value.toObject();
        examples.append(QJsonObject{{QStringLiteral("user_name"), example.value(QStringLiteral("user_name"))},
                                    {QStringLiteral("changes"), example.value(QStringLiteral("changes"))},
                                    {QStringLiteral("before"), example.value(QStringLiteral("before"))},
                                    {QStringLiteral("after"), example.value(QStringLiteral("after"))}});
    }
    m_examples->setPlainText(
        examples.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(examples).toJson(QJsonDocument::Indented)));
}

void RealUsersPreviewDialog::showFailure(const QString &message)
{
    m_run->setEnabled(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_summary->clear();
    m_error->setText(message);
    m_error->show();
}

} // namespace scim
