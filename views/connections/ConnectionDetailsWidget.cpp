#include "views/connections/ConnectionDetailsWidget.h"

#include "views/common/ToneLabel.h"

#include "models/api/ManagementClient.h"
#include "models/common/ConsoleSettings.h"
#include "models/common/ModelRoles.h"
#include "models/connections/ConnectionsModel.h"
#include "models/connections/Strategies.h"
#include "models/connections/TokenInfo.h"
#include "models/connections/TokensModel.h"
#include "views/common/Confirmation.h"
#include "views/connections/GenerateTokenDialog.h"
#include "views/connections/SecretDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace scim {

ConnectionDetailsWidget::ConnectionDetailsWidget(ManagementClient *client, ConnectionsModel *connections,
                                                 QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_connections(connections)
    , m_tokens(new TokensModel(client, this))
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_endpoint(new QLineEdit)
    , m_copyEndpoint(new QPushButton(tr("Copy")))
    , m_hints(new QLabel)
    , m_scimToggle(new QPushButton)
    , m_delete(new QPushButton(tr("Delete connection…")))
    , m_tokenBox(new QGroupBox(tr("SCIM tokens")))
    , m_tokenView(new QTableView)
    , m_generate(new QPushButton(tr("Generate token…")))
    , m_revoke(new QPushButton(tr("Revoke…")))
    , m_tokenLimit(new QLabel)
    , m_expiryBanner(new QFrame)
    , m_expiryText(new ToneLabel(ThemeColors::Tone::Warning))
    , m_replace(new QPushButton(tr("Generate replacement token…")))
    , m_endpointWarning(new ToneLabel(ThemeColors::Tone::Warning))
{
    setObjectName(QStringLiteral("connectionDetails"));
    m_title->setObjectName(QStringLiteral("connectionTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setObjectName(QStringLiteral("connectionSubtitle"));
    m_endpoint->setObjectName(QStringLiteral("endpointUrl"));
    m_endpoint->setAccessibleName(tr("SCIM endpoint URL"));
    m_endpoint->setReadOnly(true);
    m_copyEndpoint->setObjectName(QStringLiteral("copyEndpointButton"));
    m_copyEndpoint->setAccessibleName(tr("Copy SCIM endpoint URL"));
    m_hints->setObjectName(QStringLiteral("setupHints"));
    m_hints->setWordWrap(true);
    m_hints->setTextFormat(Qt::RichText);
    m_scimToggle->setObjectName(QStringLiteral("scimToggleButton"));
    m_delete->setObjectName(QStringLiteral("deleteConnectionButton"));
    m_generate->setObjectName(QStringLiteral("generateTokenButton"));
    m_revoke->setObjectName(QStringLiteral("revokeTokenButton"));
    m_tokenLimit->setObjectName(QStringLiteral("tokenLimitLabel"));
    m_tokenLimit->setWordWrap(true);

    // The warning before a token expires with none to take over, the replacement one click away.
    m_expiryBanner->setObjectName(QStringLiteral("tokenExpiryBanner"));
    m_expiryBanner->setFrameShape(QFrame::StyledPanel);
    m_expiryText->setObjectName(QStringLiteral("tokenExpiryText"));
    m_expiryText->setWordWrap(true);
    m_replace->setObjectName(QStringLiteral("replaceTokenButton"));
    auto *bannerLayout = new QHBoxLayout(m_expiryBanner);
    bannerLayout->addWidget(m_expiryText, 1);
    bannerLayout->addWidget(m_replace);
    m_expiryBanner->hide();
    m_endpointWarning->setObjectName(QStringLiteral("endpointChangedWarning"));
    m_endpointWarning->setWordWrap(true);
    m_endpointWarning->hide();
    connect(m_replace, &QPushButton::clicked, this, &ConnectionDetailsWidget::generateToken);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_tokens);
    proxy->setSortRole(ModelRoles::RawValueRole);
    m_tokenView->setObjectName(QStringLiteral("tokensTable"));
    m_tokenView->setAccessibleName(tr("Tokens"));
    m_tokenView->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_tokenView->setModel(proxy);
    m_tokenView->setSortingEnabled(true);
    m_tokenView->sortByColumn(TokensModel::CreatedColumn, Qt::AscendingOrder);
    m_tokenView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tokenView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tokenView->verticalHeader()->hide();
    m_tokenView->setWordWrap(false);
    m_tokenView->horizontalHeader()->setObjectName(QStringLiteral("tokensHeader"));
    m_tokenView->horizontalHeader()->restoreState(ConsoleSettings::kTokensHeader.value());
    // Dates and ids as wide as their content; the scopes take the spare width (not "Last used").
    m_tokenView->horizontalHeader()->setStretchLastSection(false);
    m_tokenView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tokenView->horizontalHeader()->setSectionResizeMode(TokensModel::ScopesColumn, QHeaderView::Stretch);
    m_tokenView->setTextElideMode(Qt::ElideMiddle);
    m_tokenView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *generateAction = new QAction(tr("&Generate token…"), m_tokenView);
    generateAction->setObjectName(QStringLiteral("tokenGenerateAction"));
    connect(generateAction, &QAction::triggered, this, &ConnectionDetailsWidget::generateToken);
    auto *copyIdAction = new QAction(tr("Copy token &id"), m_tokenView);
    copyIdAction->setObjectName(QStringLiteral("tokenCopyIdAction"));
    connect(copyIdAction, &QAction::triggered, this, [this] {
        const QModelIndexList rows = m_tokenView->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            QApplication::clipboard()->setText(rows.constFirst().data(ModelRoles::IdRole).toString());
    });
    m_revokeAction = new QAction(tr("&Revoke token…"), m_tokenView);
    m_revokeAction->setObjectName(QStringLiteral("tokenRevokeAction"));
    connect(m_revokeAction, &QAction::triggered, this, &ConnectionDetailsWidget::revokeSelectedToken);
    m_copyTokenIdAction = copyIdAction;
    m_generateAction = generateAction;
    m_tokenView->addActions({generateAction, copyIdAction, m_revokeAction});
    auto saveHeader = [this] { ConsoleSettings::kTokensHeader.setValue(m_tokenView->horizontalHeader()->saveState()); };
    connect(m_tokenView->horizontalHeader(), &QHeaderView::sectionResized, this, saveHeader);
    connect(m_tokenView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, saveHeader);

    auto *endpointRow = new QHBoxLayout;
    auto *endpointLabel = new QLabel(tr("SCIM endpoint:"));
    endpointLabel->setBuddy(m_endpoint);
    endpointRow->addWidget(endpointLabel);
    endpointRow->addWidget(m_endpoint, 1);
    endpointRow->addWidget(m_copyEndpoint);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_scimToggle);
    actions->addStretch();
    actions->addWidget(m_delete);
    auto *tokenButtons = new QHBoxLayout;
    tokenButtons->addWidget(m_generate);
    tokenButtons->addWidget(m_revoke);
    tokenButtons->addWidget(m_tokenLimit, 1);
    auto *tokenLayout = new QVBoxLayout(m_tokenBox);
    tokenLayout->addWidget(m_tokenView);
    tokenLayout->addLayout(tokenButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(endpointRow);
    layout->addWidget(m_endpointWarning);
    layout->addWidget(m_hints);
    layout->addLayout(actions);
    layout->addWidget(m_expiryBanner);
    layout->addWidget(m_tokenBox, 1);

    connect(m_copyEndpoint, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_endpoint->text());
        m_copyEndpoint->setText(tr("Copied"));
    });
    connect(m_scimToggle, &QPushButton::clicked, this, &ConnectionDetailsWidget::toggleScim);
    connect(m_delete, &QPushButton::clicked, this, &ConnectionDetailsWidget::deleteConnection);
    connect(m_generate, &QPushButton::clicked, this, &ConnectionDetailsWidget::generateToken);
    connect(m_revoke, &QPushButton::clicked, this, &ConnectionDetailsWidget::revokeSelectedToken);
    // A reload ("Last used" follows the IdP's requests live) keeps the selected token.
    connect(m_tokens, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndexList rows = m_tokenView->selectionModel()->selectedRows();
        m_reselectToken = rows.isEmpty() ? QString() : rows.constFirst().data(ModelRoles::IdRole).toString();
    });
    connect(m_tokens, &QAbstractItemModel::modelReset, this, [this] {
        const QString id = std::exchange(m_reselectToken, {});
        QAbstractItemModel *rows = m_tokenView->model();
        for (int row = 0; !id.isEmpty() && row < rows->rowCount(); ++row) {
            if (rows->index(row, 0).data(ModelRoles::IdRole).toString() == id)
                m_tokenView->selectRow(row);
        }
    });
    connect(m_tokens, &TokensModel::refreshed, this, &ConnectionDetailsWidget::updateActions);
    // Generating needs a loaded list (TokensModel::canGenerate): without this a click during a reload did nothing.
    connect(m_tokens, &TokensModel::loadingChanged, this, &ConnectionDetailsWidget::updateActions);
    connect(m_tokens, &TokensModel::errorOccurred, this, &ConnectionDetailsWidget::errorOccurred);
    connect(m_tokenView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConnectionDetailsWidget::updateActions);
    setConnection({});
}

QString ConnectionDetailsWidget::connectionId() const
{
    return m_connection.value(QStringLiteral("id")).toString();
}

void ConnectionDetailsWidget::setConnection(const QJsonObject &connection)
{
    const QString previousId = connectionId();
    const bool wasEnabled = m_connection.value(QStringLiteral("scim_enabled")).toBool();
    m_connection = connection;
    const QString id = connectionId();
    const bool enabled = connection.value(QStringLiteral("scim_enabled")).toBool();
    const QString strategy = connection.value(QStringLiteral("strategy")).toString();
    const QString name = connection.value(QStringLiteral("name")).toString();
    const QString displayName = connection.value(QStringLiteral("display_name")).toString();
    m_title->setText(id.isEmpty() ? tr("No connection selected") : displayName.isEmpty() ? name : displayName);
    m_subtitle->setText(id.isEmpty() ? tr("Select a connection, or create one with Connection › New.")
                        : displayName.isEmpty()
                            ? QStringLiteral("%1 · %2").arg(Strategies::displayName(strategy), id)
                            : QStringLiteral("%1 · %2 · %3").arg(name, Strategies::displayName(strategy), id));
    m_endpoint->setText(enabled ? connection.value(QStringLiteral("scim_endpoint_url")).toString() : QString());
    m_endpoint->setCursorPosition(0);
    m_endpoint->setPlaceholderText(id.isEmpty() ? QString() : tr("Enable SCIM to get the endpoint URL"));
    m_copyEndpoint->setText(tr("Copy"));
    m_hints->setText(enabled ? Strategies::setupHints(strategy) : QString());
    if (id != previousId || enabled != wasEnabled)
        m_tokens->setConnectionId(enabled ? id : QString());
    updateActions();
}

void ConnectionDetailsWidget::updateActions()
{
    const bool has = !connectionId().isEmpty();
    const bool enabled = m_connection.value(QStringLiteral("scim_enabled")).toBool();
    m_scimToggle->setText(enabled ? tr("Disable SCIM…") : tr("Enable SCIM"));
    m_scimToggle->setEnabled(has && !m_busy);
    m_delete->setEnabled(has && !m_busy);
    m_copyEndpoint->setEnabled(has && enabled);
    m_tokenBox->setEnabled(has && enabled);
    const bool atLimit = m_tokens->activeCount() >= TokenInfo::kMaximumActiveTokens;
    m_generate->setEnabled(has && enabled && !m_busy && m_tokens->canGenerate());
    m_tokenLimit->setText(!has || !enabled ? QString()
                          : atLimit ? tr("This connection already has two active tokens, the maximum. Revoke one to "
                                         "generate another (two allow rotation without downtime).")
                                    : QString());
    m_revoke->setEnabled(has && enabled && !m_busy && m_tokenView->selectionModel()->hasSelection());
    m_revokeAction->setEnabled(m_revoke->isEnabled());
    m_copyTokenIdAction->setEnabled(m_tokenView->selectionModel()->hasSelection());
    m_generateAction->setEnabled(m_generate->isEnabled());
    updateExpiryBanner();
    updateEndpointWarning();
}

void ConnectionDetailsWidget::updateEndpointWarning()
{
    QJsonArray tokens;
    for (int row = 0; row < m_tokens->rowCount(); ++row)
        tokens.append(m_tokens->index(row, 0).data(ModelRoles::JsonRole).toJsonObject());
    const bool enabled = m_connection.value(QStringLiteral("scim_enabled")).toBool();
    const QJsonArray stale = connectionId().isEmpty() || !enabled
                                 ? QJsonArray()
                                 : TokenInfo::issuedForOtherEndpoint(
                                       tokens, m_connection.value(QStringLiteral("scim_endpoint_url")).toString());
    m_endpointWarning->setVisible(!stale.isEmpty());
    if (stale.isEmpty())
        return;
    //: %n: how many tokens, %1: the URL they were issued for
    m_endpointWarning->setText(
        tr("⚠ %n active token(s) of this connection were issued for %1, not for the endpoint "
           "above. Give the identity provider the new URL, or generate a new token for it.",
           nullptr, int(stale.size()))
            .arg(stale.first().toObject().value(QStringLiteral("scim_endpoint_url")).toString()));
}

void ConnectionDetailsWidget::updateExpiryBanner()
{
    QJsonArray tokens;
    for (int row = 0; row < m_tokens->rowCount(); ++row)
        tokens.append(m_tokens->index(row, 0).data(ModelRoles::JsonRole).toJsonObject());
    const QJsonObject expiring = connectionId().isEmpty() ? QJsonObject() : TokenInfo::needingReplacement(tokens);
    m_expiryBanner->setVisible(!expiring.isEmpty());
    if (expiring.isEmpty())
        return;
    m_expiryText->setText(
        //: %1: the token id, %2: "2026-12-01 14:00 (in 3 days)"
        tr("⚠ Token %1 expires %2. Provisioning stops then unless its identity provider has a replacement token.")
            .arg(expiring.value(QStringLiteral("token_id")).toString(), TokenInfo::expiryText(expiring)));
    m_replace->setEnabled(m_generate->isEnabled());
}

void ConnectionDetailsWidget::toggleScim()
{
    const QString id = connectionId();
    if (id.isEmpty())
        return;
    const QString name = m_connection.value(QStringLiteral("name")).toString();
    if (!m_connection.value(QStringLiteral("scim_enabled")).toBool()) {
        m_busy = true;
        updateActions();
        m_client->enableScim(id, {}, this, [this, id](const ApiResult &result) {
            m_busy = false;
            updateActions();
            if (!result.ok() && result.status != 409)
                Q_EMIT errorOccurred(result.describe(tr("Could not enable SCIM: %1.")));
            m_connections->refreshConnection(id);
        });
        return;
    }
    Confirmation::ask(this, QStringLiteral("confirmDisableScim"), tr("Disable SCIM"),
                      tr("Disable SCIM for “%1”?\n\nIts %n active token(s) are revoked at once and its identity "
                         "provider can no longer provision users. The attribute map is removed; provisioned users "
                         "are kept.",
                         nullptr, m_tokens->activeCount())
                          .arg(name),
                      tr("&Disable SCIM"), [this, id] {
                          m_busy = true;
                          updateActions();
                          m_client->disableScim(id, this, [this, id](const ApiResult &result) {
                              m_busy = false;
                              updateActions();
                              if (!result.ok())
                                  Q_EMIT errorOccurred(result.describe(tr("Could not disable SCIM: %1.")));
                              m_connections->refreshConnection(id);
                          });
                      });
}

void ConnectionDetailsWidget::deleteConnection()
{
    const QString id = connectionId();
    if (id.isEmpty())
        return;
    const int row = m_connections->rowForId(id);
    const QVariant users =
        row < 0 ? QVariant() : m_connections->index(row, ConnectionsModel::UsersColumn).data(ModelRoles::RawValueRole);
    const QString name = m_connection.value(QStringLiteral("name")).toString();
    const int tokens = m_tokens->activeCount();
    // One count per sentence, so that each can take its plural forms.
    const QStringList consequences{
        tr("This deletes its SCIM configuration, its attribute map and its %n active token(s).", nullptr, tokens),
        users.isValid() ? tr("It also deletes its %n provisioned user(s).", nullptr, users.toInt())
                        : tr("It also deletes all its provisioned users."),
        tr("Its identity provider will get errors. This cannot be undone.")};
    Confirmation::ask(this, QStringLiteral("confirmDeleteConnection"), tr("Delete connection"),
                      tr("Delete the connection “%1”?").arg(name) + QStringLiteral("\n\n") + consequences.join(u' '),
                      tr("&Delete"), [this, id] {
                          m_busy = true;
                          updateActions();
                          m_client->deleteConnection(id, this, [this, id](const ApiResult &result) {
                              m_busy = false;
                              if (!result.ok() && result.status != 404)
                                  Q_EMIT errorOccurred(result.describe(tr("Could not delete the connection: %1.")));
                              else
                                  Q_EMIT connectionDeleted(id);
                              m_connections->refreshConnection(id);
                              updateActions();
                          });
                      });
}

void ConnectionDetailsWidget::generateToken()
{
    const QString id = connectionId();
    if (id.isEmpty() || !m_tokens->canGenerate())
        return;
    auto *dialog = new GenerateTokenDialog(m_connection.value(QStringLiteral("strategy")).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const QStringList scopes = dialog->scopes();
        const std::optional<qint64> lifetime = dialog->lifetimeSeconds();
        const QString endpoint = m_connection.value(QStringLiteral("scim_endpoint_url")).toString();
        m_busy = true;
        updateActions();
        m_client->createToken(id, scopes, lifetime, this, [this, id, endpoint](const ApiResult &result) {
            m_busy = false;
            m_tokens->refresh();
            m_connections->refreshConnection(id);
            if (!result.ok()) {
                Q_EMIT errorOccurred(result.describe(tr("Could not generate the token: %1.")));
                updateActions();
                return;
            }
            auto *secret = new SecretDialog(result.object().value(QStringLiteral("token")).toString(), endpoint, this);
            secret->setAttribute(Qt::WA_DeleteOnClose);
            secret->open();
        });
    });
    dialog->open();
}

void ConnectionDetailsWidget::revokeSelectedToken()
{
    const QModelIndexList rows = m_tokenView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString tokenId = rows.first().data(ModelRoles::IdRole).toString();
    const QString id = connectionId();
    Confirmation::ask(this, QStringLiteral("confirmRevokeToken"), tr("Revoke token"),
                      tr("Revoke the token %1?\n\nThe identity provider using it gets 401 errors from now on until "
                         "it is given another token.")
                          .arg(tokenId),
                      tr("&Revoke"), [this, id, tokenId] {
                          m_busy = true;
                          updateActions();
                          m_client->revokeToken(id, tokenId, this, [this, id](const ApiResult &result) {
                              m_busy = false;
                              if (!result.ok())
                                  Q_EMIT errorOccurred(result.describe(tr("Could not revoke the token: %1.")));
                              m_tokens->refresh();
                              m_connections->refreshConnection(id);
                          });
                      });
}

} // namespace scim
