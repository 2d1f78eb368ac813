#include "views/logstreams/LogStreamsPage.h"

#include "models/api/ManagementClient.h"
#include "models/common/ModelRoles.h"
#include "models/logstreams/LogStreamsModel.h"
#include "views/common/Confirmation.h"
#include "views/common/ToneLabel.h"
#include "views/logstreams/LogStreamDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace scim {

LogStreamsPage::LogStreamsPage(ManagementClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new LogStreamsModel(client, this))
    , m_table(new QTableView)
    , m_new(new QPushButton(tr("New &stream…")))
    , m_edit(new QPushButton(tr("Ed&it…")))
    , m_pause(new QPushButton(tr("&Pause")))
    , m_delete(new QPushButton(tr("&Delete…")))
    , m_test(new QPushButton(tr("Send &test event")))
    , m_empty(new QLabel)
    , m_reason(new ToneLabel(ThemeColors::Tone::Error))
    , m_testResult(new ToneLabel)
    , m_details(new QLabel)
{
    setObjectName(QStringLiteral("logStreamsPage"));
    m_new->setObjectName(QStringLiteral("newStream"));
    m_edit->setObjectName(QStringLiteral("editStream"));
    m_pause->setObjectName(QStringLiteral("pauseStream"));
    m_delete->setObjectName(QStringLiteral("deleteStream"));
    m_test->setObjectName(QStringLiteral("testStream"));
    m_test->setToolTip(tr("Sends one test event to the stream's receiver, whatever the stream's status, and shows "
                          "what it answered. No delivery state changes."));
    m_table->setObjectName(QStringLiteral("logStreamsTable"));
    m_table->setAccessibleName(tr("Log streams"));
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LogStreamsModel::SinkColumn, QHeaderView::Stretch);
    m_empty->setObjectName(QStringLiteral("logStreamsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No log streams. A webhook stream forwards every request-log event to a SIEM or another "
                        "collector; a security event stream tells an application what provisioning changed (RFC "
                        "9967). Choose New stream to create one."));
    m_reason->setObjectName(QStringLiteral("streamSuspendedReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setObjectName(QStringLiteral("streamTestResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("streamDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_new, m_edit, m_pause, m_delete, m_test})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_details);
    layout->addWidget(m_reason);
    layout->addWidget(m_testResult);

    connect(m_new, &QPushButton::clicked, this, &LogStreamsPage::newStream);
    connect(m_edit, &QPushButton::clicked, this, &LogStreamsPage::editStream);
    connect(m_pause, &QPushButton::clicked, this, &LogStreamsPage::togglePaused);
    connect(m_delete, &QPushButton::clicked, this, &LogStreamsPage::deleteStream);
    connect(m_test, &QPushButton::clicked, this, &LogStreamsPage::sendTestEvent);
    connect(m_table, &QTableView::activated, this, &LogStreamsPage::editStream);
    connect(m_model, &LogStreamsModel::errorOccurred, this, &LogStreamsPage::errorOccurred);
    connect(m_model, &LogStreamsModel::refreshed, this, [this] {
        const QString id = std::exchange(m_reselect, {});
        if (!id.isEmpty())
            selectStream(id);
        updateDetails();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_testResult->clear();
        m_testResult->setTone(std::nullopt);
        updateDetails();
    });
    updateDetails();
}

QString LogStreamsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(ModelRoles::IdRole).toString();
}

void LogStreamsPage::selectStream(const QString &id)
{
    const int row = m_model->rowForId(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void LogStreamsPage::refresh()
{
    // The selection survives the reload.
    m_reselect = selectedId();
    m_model->refresh();
}

void LogStreamsPage::updateDetails()
{
    const QString id = selectedId();
    const QJsonObject stream = m_model->stream(id);
    const bool selected = !stream.isEmpty();
    const QString status = stream.value(QStringLiteral("status")).toString();
    m_empty->setVisible(m_model->rowCount() == 0);
    m_edit->setEnabled(selected && !m_busy);
    m_delete->setEnabled(selected && !m_busy);
    m_test->setEnabled(selected && !m_busy);
    m_pause->setEnabled(selected && !m_busy);
    m_pause->setText(status == QLatin1String("active") ? tr("&Pause") : tr("&Resume"));
    m_pause->setToolTip(status == QLatin1String("suspended")
                            ? tr("Resumes delivery from where the stream stopped, with a fresh series of retries.")
                            : QString());
    const QJsonObject delivery = stream.value(QStringLiteral("delivery")).toObject();
    const QString reason = delivery.value(QStringLiteral("suspended_reason")).toString();
    const QString lastError = delivery.value(QStringLiteral("last_error")).toString();
    m_reason->setVisible(selected && (!reason.isEmpty() || !lastError.isEmpty()));
    if (!reason.isEmpty())
        //: %1: the engine's reason, e.g. "Suspended after 10 consecutive failed deliveries; the last one: HTTP 503"
        m_reason->setText(tr("Suspended: %1").arg(reason));
    else
        //: %1: the last delivery error, e.g. "HTTP 503"
        m_reason->setText(tr("The last delivery failed: %1").arg(lastError));
    m_details->setVisible(selected);
    if (!selected)
        return;
    QString details = tr("%1 stream “%2”, delivering to %3.")
                          .arg(LogStreamsModel::typeText(stream.value(QStringLiteral("type")).toString()),
                               stream.value(QStringLiteral("name")).toString(), LogStreamsModel::sinkEndpoint(stream));
    if (stream.value(QStringLiteral("type")).toString() == QLatin1String("scim-set")) {
        const QJsonObject sink = stream.value(QStringLiteral("sink")).toObject();
        const int pending = delivery.value(QStringLiteral("pending_events")).toInt();
        details += u' ' + tr("%n change(s) waiting to be delivered.", nullptr, pending);
        if (sink.value(QStringLiteral("setSigningAlgorithm")).toString() == QLatin1String("ES256")) {
            QUrl jwks = m_client->baseUrl();
            jwks.setPath(QStringLiteral("/.well-known/jwks.json"));
            //: %1: the URL of the engine's JSON Web Key Set
            details += u' ' + tr("Signed with the engine's ES256 key, published at %1.").arg(jwks.toString());
        }
    }
    m_details->setText(details);
}

LogStreamDialog *LogStreamsPage::openDialog(const QJsonObject &stream)
{
    auto *dialog = new LogStreamDialog(m_client, stream, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QUrl jwks = m_client->baseUrl();
    jwks.setPath(QStringLiteral("/.well-known/jwks.json"));
    dialog->setJwksUrl(jwks);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_reselect = dialog->savedStream().value(QStringLiteral("id")).toString();
        m_model->refresh();
    });
    dialog->open();
    return dialog;
}

LogStreamDialog *LogStreamsPage::newStream()
{
    return openDialog({});
}

LogStreamDialog *LogStreamsPage::editStream()
{
    const QJsonObject stream = m_model->stream(selectedId());
    return stream.isEmpty() ? nullptr : openDialog(stream);
}

void LogStreamsPage::togglePaused()
{
    const QJsonObject stream = m_model->stream(selectedId());
    if (stream.isEmpty())
        return;
    const bool active = stream.value(QStringLiteral("status")).toString() == QLatin1String("active");
    const QString id = stream.value(QStringLiteral("id")).toString();
    m_busy = true;
    updateDetails();
    m_client->updateLogStream(
        id, {{QStringLiteral("status"), active ? QStringLiteral("paused") : QStringLiteral("active")}}, this,
        [this, id, active](const ApiResult &result) {
            m_busy = false;
            if (!result.ok())
                Q_EMIT errorOccurred(active ? result.describe(tr("Could not pause the log stream: %1."))
                                            : result.describe(tr("Could not resume the log stream: %1.")));
            m_reselect = id;
            m_model->refresh();
        });
}

void LogStreamsPage::deleteStream()
{
    const QJsonObject stream = m_model->stream(selectedId());
    if (stream.isEmpty())
        return;
    const QString id = stream.value(QStringLiteral("id")).toString();
    Confirmation::ask(this, QStringLiteral("deleteStreamQuestion"), tr("Delete log stream"),
                      tr("Delete the log stream %1? Its receiver gets no more events, and its delivery position is "
                         "lost.")
                          .arg(stream.value(QStringLiteral("name")).toString()),
                      tr("&Delete"), [this, id] {
                          m_client->deleteLogStream(id, this, [this](const ApiResult &result) {
                              if (!result.ok())
                                  Q_EMIT errorOccurred(result.describe(tr("Could not delete the log stream: %1.")));
                              m_model->refresh();
                          });
                      });
}

void LogStreamsPage::sendTestEvent()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    m_test->setEnabled(false);
    m_testResult->setTone(std::nullopt);
    m_testResult->setText(tr("Sending a test event…"));
    m_client->testLogStream(id, this, [this, id](const ApiResult &result) {
        updateDetails();
        if (id != selectedId())
            return;
        if (!result.ok()) {
            m_testResult->setTone(ThemeColors::Tone::Error);
            m_testResult->setText(result.describe(tr("The test event was not sent: %1.")));
            Q_EMIT testEventFinished(false);
            return;
        }
        const bool delivered = m_testResult->showDeliveryTest(result.object());
        Q_EMIT testEventFinished(delivered);
    });
}

} // namespace scim
