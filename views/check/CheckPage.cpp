#include "views/check/CheckPage.h"

#include "models/api/ManagementClient.h"
#include "models/check/CheckLoader.h"
#include "models/check/CheckReport.h"
#include "models/check/CheckResultsModel.h"
#include "models/check/CheckRunner.h"
#include "models/common/ModelRoles.h"
#include "models/connections/ConnectionsModel.h"
#include "models/connections/Strategies.h"
#include "views/check/CheckStatusDelegate.h"
#include "views/common/ToneLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace scim {

namespace {
// What the report calls the profile, and the runner's filter.
const QStringList kProfiles{QStringLiteral("all"), QStringLiteral("rfc"), QStringLiteral("okta"),
                            QStringLiteral("entra")};
// A temporary token lives as short as the engine allows; it is revoked when the run ends anyway.
constexpr qint64 kTemporaryTokenSeconds = 900;

QString prettyBody(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (!json.isNull())
        return QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(body);
}

QString headerLines(const CheckHeaders &headers)
{
    QString text;
    for (const auto &[name, value] : headers) {
        // The bearer token is a secret: a screenshot or a pasted report must not carry it.
        const bool secret = name.compare("authorization", Qt::CaseInsensitive) == 0;
        text += QString::fromLatin1(name) + QStringLiteral(": ") +
                (secret ? QStringLiteral("Bearer …") : QString::fromUtf8(value)) + QLatin1Char('\n');
    }
    return text;
}
} // namespace

CheckPage::CheckPage(ManagementClient *client, ConnectionsModel *connections, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_connections(connections)
    , m_runner(new CheckRunner(this))
    , m_model(new CheckResultsModel(this))
    , m_connection(new QComboBox)
    , m_baseUrl(new QLineEdit)
    , m_token(new QLineEdit)
    , m_temporaryToken(new QCheckBox(tr("Create a temporary token for the run")))
    , m_profile(new QComboBox)
    , m_run(new QPushButton(tr("Run checks")))
    , m_cancel(new QPushButton(tr("Cancel run")))
    , m_export(new QPushButton(tr("Export report…")))
    , m_progress(new QProgressBar)
    , m_summary(new ToneLabel)
    , m_table(new QTableView)
    , m_detail(new QLabel)
    , m_exchanges(new QPlainTextEdit)
    , m_splitter(new QSplitter(Qt::Vertical))
{
    setObjectName(QStringLiteral("checkPage"));
    m_runner->setChecks(CheckLoader::loadDirectory(CheckLoader::builtInDirectory()));
    m_model->setRunner(m_runner);

    m_connection->setObjectName(QStringLiteral("checkConnection"));
    m_connection->setAccessibleName(tr("Connection to check"));
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_baseUrl->setObjectName(QStringLiteral("checkBaseUrl"));
    m_baseUrl->setAccessibleName(tr("SCIM base URL"));
    m_baseUrl->setPlaceholderText(tr("https://app.example.com/scim/v2"));
    m_token->setObjectName(QStringLiteral("checkToken"));
    m_token->setAccessibleName(tr("Bearer token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("The token the identity provider would use"));
    m_temporaryToken->setObjectName(QStringLiteral("checkTemporaryToken"));
    m_temporaryToken->setToolTip(tr("Creates a token with every scope that expires after 15 minutes, and revokes it "
                                    "when the run ends. A connection has at most two active tokens."));
    m_temporaryToken->setChecked(true);
    m_profile->setObjectName(QStringLiteral("checkProfile"));
    m_profile->setAccessibleName(tr("Profile"));
    m_profile->addItem(tr("All profiles"));
    m_profile->addItem(tr("RFC 7644 core"));
    m_profile->addItem(tr("Okta"));
    m_profile->addItem(tr("Microsoft Entra ID"));
    m_run->setObjectName(QStringLiteral("checkRun"));
    m_cancel->setObjectName(QStringLiteral("checkCancel"));
    m_export->setObjectName(QStringLiteral("checkExport"));
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_progress->setAccessibleName(tr("Checks done"));
    m_progress->setTextVisible(true);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("checkResults"));
    m_table->setAccessibleName(tr("Check results"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(CheckResultsModel::StatusColumn, new CheckStatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CheckResultsModel::TitleColumn, QHeaderView::Stretch);
    m_detail->setObjectName(QStringLiteral("checkDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exchanges->setObjectName(QStringLiteral("checkExchanges"));
    m_exchanges->setAccessibleName(tr("Requests and responses of the selected check"));
    m_exchanges->setReadOnly(true);
    m_exchanges->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_exchanges->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *form = new QFormLayout;
    form->addRow(tr("Connection:"), m_connection);
    form->addRow(tr("Base URL:"), m_baseUrl);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_temporaryToken);
    form->addRow(tr("Bearer token:"), tokenRow);
    form->addRow(tr("Profile:"), m_profile);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_export);

    auto *detailPane = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_exchanges, 1);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Check an endpoint"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("Runs the conformance checks of scim-check against a SCIM endpoint: this engine's or "
                                "any other. The checks create users and groups whose names start with scimcheck- "
                                "and delete them at the end."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    connect(m_connections, &QAbstractItemModel::modelReset, this, &CheckPage::rebuildConnections);
    connect(m_connections, &QAbstractItemModel::rowsInserted, this, &CheckPage::rebuildConnections);
    connect(m_connections, &QAbstractItemModel::rowsRemoved, this, &CheckPage::rebuildConnections);
    connect(m_connections, &QAbstractItemModel::dataChanged, this, &CheckPage::rebuildConnections);
    connect(m_connection, &QComboBox::currentIndexChanged, this, &CheckPage::targetChanged);
    connect(m_temporaryToken, &QCheckBox::toggled, this, &CheckPage::updateState);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &CheckPage::updateState);
    connect(m_token, &QLineEdit::textChanged, this, &CheckPage::updateState);
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        if (m_runner->isRunning())
            return;
        m_runner->setProfiles({profile()});
        m_model->reload();
        updateState();
    });
    connect(m_run, &QPushButton::clicked, this, &CheckPage::run);
    connect(m_cancel, &QPushButton::clicked, this, &CheckPage::cancel);
    connect(m_export, &QPushButton::clicked, this, &CheckPage::chooseExportFile);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CheckPage::showSelected);
    connect(m_runner, &CheckRunner::checkFinished, this, [this](int index) {
        updateState();
        if (m_table->currentIndex().row() == index)
            showSelected();
    });
    connect(m_runner, &CheckRunner::checkStarted, this, &CheckPage::updateState);
    connect(m_runner, &CheckRunner::cleanupStarted, this, &CheckPage::updateState);
    connect(m_runner, &CheckRunner::finished, this, &CheckPage::runEnded);

    rebuildConnections();
    updateState();
}

CheckPage::~CheckPage()
{
    // A page closed mid-run still revokes the token it made (the engine may outlive the console).
    revokeTemporaryToken();
}

QString CheckPage::profile() const
{
    return kProfiles.value(m_profile->currentIndex(), QStringLiteral("all"));
}

void CheckPage::setProfile(const QString &profile)
{
    m_profile->setCurrentIndex(qMax(0, int(kProfiles.indexOf(profile))));
}

void CheckPage::rebuildConnections()
{
    const QString selected = m_connection->currentData().toString();
    const QSignalBlocker blocker(m_connection);
    m_connection->clear();
    //: The first choice of the connection list: check a SCIM server that is not one of this engine's connections
    m_connection->addItem(tr("Another endpoint"));
    for (int row = 0; row < m_connections->rowCount(); ++row) {
        const QModelIndex index = m_connections->index(row, ConnectionsModel::NameColumn);
        const QJsonObject connection = index.data(ModelRoles::JsonRole).toJsonObject();
        if (!connection.value(QStringLiteral("scim_enabled")).toBool())
            continue;
        m_connection->addItem(index.data().toString(), index.data(ModelRoles::IdRole).toString());
        m_connection->setItemData(m_connection->count() - 1, connection.value(QStringLiteral("scim_endpoint_url")),
                                  Qt::UserRole + 1);
    }
    const int again = selected.isEmpty() ? 0 : m_connection->findData(selected);
    m_connection->setCurrentIndex(qMax(0, again));
    if (again < 0 && !selected.isEmpty())
        targetChanged();
    updateState();
}

void CheckPage::setConnectionId(const QString &id)
{
    const int row = id.isEmpty() ? 0 : m_connection->findData(id);
    if (row >= 0)
        m_connection->setCurrentIndex(row);
}

void CheckPage::setTarget(const QString &baseUrl, const QString &token)
{
    m_connection->setCurrentIndex(0);
    m_baseUrl->setText(baseUrl);
    m_token->setText(token);
}

void CheckPage::targetChanged()
{
    const bool ours = m_connection->currentIndex() > 0;
    if (ours)
        m_baseUrl->setText(m_connection->currentData(Qt::UserRole + 1).toString());
    updateState();
}

void CheckPage::updateState()
{
    const bool running = m_runner->isRunning() || m_preparing;
    const bool ours = m_connection->currentIndex() > 0;
    const bool temporary = ours && m_temporaryToken->isChecked();
    m_connection->setEnabled(!running);
    m_baseUrl->setEnabled(!running);
    m_baseUrl->setReadOnly(ours);
    m_temporaryToken->setVisible(ours);
    m_temporaryToken->setEnabled(!running);
    m_token->setEnabled(!running && !temporary);
    m_profile->setEnabled(!running);
    m_run->setEnabled(!running && !m_baseUrl->text().trimmed().isEmpty() &&
                      (temporary || !m_token->text().trimmed().isEmpty()));
    m_cancel->setEnabled(running);
    m_export->setEnabled(!running && m_hasReport);

    const QList<CheckResult> &results = m_runner->results();
    int done = 0;
    for (const CheckResult &result : results)
        done += result.isFinished() ? 1 : 0;
    m_progress->setRange(0, qMax(1, int(results.size())));
    m_progress->setValue(m_hasReport || m_runner->isRunning() ? done : 0);
    //: Progress of a run: %v checks done of %m
    m_progress->setFormat(tr("%v of %m checks"));
    const int passed = m_runner->count(CheckResult::Status::Passed);
    const int failed = m_runner->count(CheckResult::Status::Failed);
    const int skipped = m_runner->count(CheckResult::Status::Skipped);
    if (m_preparing) {
        m_summary->setTone(std::nullopt);
        m_summary->setText(tr("Creating a temporary token…"));
    } else if (m_runner->isRunning()) {
        m_summary->setTone(std::nullopt);
        m_summary->setText(
            tr("Running: %1 passed, %2 failed, %3 skipped so far.").arg(passed).arg(failed).arg(skipped));
    } else if (m_hasReport) {
        const QString fatal = m_runner->fatalError();
        const int left = int(m_runner->cleanup().kept ? 0 : m_runner->cleanup().remaining.size());
        m_summary->setTone(failed > 0 || !fatal.isEmpty() ? ThemeColors::Tone::Error
                           : left > 0                     ? ThemeColors::Tone::Warning
                                                          : ThemeColors::Tone::Success);
        QString text = tr("%1 passed, %2 failed, %3 skipped.").arg(passed).arg(failed).arg(skipped);
        if (!fatal.isEmpty())
            text += QLatin1Char(' ') + tr("The run did not complete: %1").arg(fatal);
        if (left > 0)
            text += QLatin1Char(' ') + tr("%n resource(s) could not be deleted; see the report.", nullptr, left);
        m_summary->setText(text);
    } else {
        m_summary->setTone(std::nullopt);
        m_summary->setText(tr("%n check(s) selected.", nullptr, int(results.size())));
    }
}

void CheckPage::run()
{
    if (m_runner->isRunning() || m_preparing)
        return;
    const bool ours = m_connection->currentIndex() > 0;
    if (!ours || !m_temporaryToken->isChecked()) {
        startRun(m_token->text().trimmed());
        return;
    }
    const QString connectionId = m_connection->currentData().toString();
    m_preparing = true;
    updateState();
    m_client->createToken(connectionId, Strategies::allScopes(), kTemporaryTokenSeconds, this,
                          [this, connectionId](const ApiResult &result) {
                              m_preparing = false;
                              if (!result.ok()) {
                                  updateState();
                                  Q_EMIT errorOccurred(result.describe(
                                      tr("Could not create a temporary token for the check: %1. Enter a token of "
                                         "the connection instead.")));
                                  return;
                              }
                              m_temporaryConnection = connectionId;
                              m_temporaryTokenId = result.object().value(QStringLiteral("token_id")).toString();
                              startRun(result.object().value(QStringLiteral("token")).toString());
                          });
}

void CheckPage::startRun(const QString &token)
{
    m_runner->setTarget(QUrl(m_baseUrl->text().trimmed()), token);
    m_runner->setProfiles({profile()});
    m_hasReport = false;
    m_detail->clear();
    m_exchanges->clear();
    m_runner->start();
    updateState();
}

void CheckPage::cancel()
{
    m_runner->cancel();
}

void CheckPage::runEnded()
{
    m_hasReport = true;
    revokeTemporaryToken();
    updateState();
    showSelected();
    Q_EMIT runFinished();
}

void CheckPage::revokeTemporaryToken()
{
    if (m_temporaryTokenId.isEmpty())
        return;
    // The client outlives the page: a revocation sent while the page goes still reaches the engine.
    m_client->revokeToken(m_temporaryConnection, m_temporaryTokenId, m_client, [](const ApiResult &) {});
    m_temporaryTokenId.clear();
    m_temporaryConnection.clear();
}

QString CheckPage::exchangeText(const CheckResult &result)
{
    QString text;
    for (int i = 0; i < result.exchanges.size(); ++i) {
        const CheckExchange &exchange = result.exchanges.at(i);
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        QString heading = exchange.stepName.isEmpty() ? exchange.summary() : exchange.stepName;
        if (i == result.decisiveExchange)
            //: Marks the request that decided a check's result; %1 is the step's name
            heading = tr("%1 (decisive)").arg(heading);
        text += QStringLiteral("## ") + heading + QLatin1Char('\n');
        text += QString::fromLatin1(exchange.method) + QLatin1Char(' ') + exchange.url.toString(QUrl::RemoveUserInfo) +
                QLatin1Char('\n');
        text += headerLines(exchange.requestHeaders);
        if (!exchange.requestBody.isEmpty())
            text += QLatin1Char('\n') + prettyBody(exchange.requestBody) + QLatin1Char('\n');
        text += QLatin1Char('\n');
        if (!exchange.hasResponse()) {
            text += tr("No response: %1").arg(exchange.networkError) + QLatin1Char('\n');
            continue;
        }
        text += tr("Response %1 after %2 ms").arg(exchange.status).arg(exchange.elapsedMs) + QLatin1Char('\n');
        text += headerLines(exchange.responseHeaders);
        if (!exchange.responseBody.isEmpty())
            text += QLatin1Char('\n') + prettyBody(exchange.responseBody) + QLatin1Char('\n');
    }
    return text;
}

void CheckPage::showSelected()
{
    const CheckResult *result = m_model->resultAt(m_table->currentIndex().row());
    if (!result) {
        m_detail->clear();
        m_exchanges->clear();
        return;
    }
    QString detail = QStringLiteral("<b>%1</b> — %2").arg(result->id.toHtmlEscaped(), result->title.toHtmlEscaped());
    detail += QStringLiteral("<br>") + tr("Status: %1").arg(CheckResultsModel::statusText(result->status));
    if (!result->reference.isEmpty())
        detail += QStringLiteral("<br>") + tr("Reference: %1").arg(result->reference.toHtmlEscaped());
    if (!result->detail.isEmpty())
        detail +=
            QStringLiteral("<br>") + result->detail.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    m_detail->setText(detail);
    m_exchanges->setPlainText(result->exchanges.isEmpty() ? tr("This check sent no request.") : exchangeText(*result));
}

bool CheckPage::exportReport(const QString &path)
{
    const bool json = QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    const QByteArray content =
        json ? QJsonDocument(CheckReport::toJson(*m_runner, profile())).toJson(QJsonDocument::Indented)
             : CheckReport::toHtml(*m_runner, profile());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        Q_EMIT errorOccurred(tr("Could not write the report to %1: %2.").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void CheckPage::chooseExportFile()
{
    const QString json = tr("JSON report (*.json)");
    const QString html = tr("HTML report (*.html)");
    QString filter = json;
    QString path = QFileDialog::getSaveFileName(this, tr("Export check report"), QStringLiteral("scim-check.json"),
                                                json + QStringLiteral(";;") + html, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == html ? QStringLiteral(".html") : QStringLiteral(".json");
    exportReport(path);
}

} // namespace scim
