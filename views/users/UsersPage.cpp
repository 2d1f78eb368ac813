#include "views/users/UsersPage.h"

#include "models/api/ManagementClient.h"
#include "models/common/ConsoleSettings.h"
#include "models/common/ModelRoles.h"
#include "models/connections/ConnectionsModel.h"
#include "models/users/UsersModel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace scim {

UsersPage::UsersPage(ManagementClient *client, ConnectionsModel *connections, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_connections(connections)
    , m_model(new UsersModel(client, this))
    , m_connection(new QComboBox)
    , m_search(new QLineEdit)
    , m_searchDelay(new QTimer(this))
    , m_table(new QTableView)
    , m_previous(new QPushButton(tr("◀ Previous")))
    , m_next(new QPushButton(tr("Next ▶")))
    , m_pageLabel(new QLabel)
    , m_profile(new QPlainTextEdit)
    , m_tabs(new QTabWidget)
    , m_scim(new QPlainTextEdit)
    , m_groups(new QListWidget)
    , m_logs(new QListWidget)
    , m_showInLogs(new QPushButton(tr("Show in Logs")))
    , m_splitter(new QSplitter(Qt::Horizontal))
{
    setObjectName(QStringLiteral("usersPage"));
    auto *sortedConnections = new QSortFilterProxyModel(this);
    sortedConnections->setSourceModel(connections);
    sortedConnections->setSortRole(ModelRoles::RawValueRole);
    sortedConnections->sort(ConnectionsModel::NameColumn);
    m_connection->setObjectName(QStringLiteral("usersConnection"));
    m_connection->setAccessibleName(tr("Connection"));
    m_connection->setModel(sortedConnections);
    m_connection->setModelColumn(ConnectionsModel::NameColumn);
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setAccessibleName(tr("Search users"));
    m_search->setPlaceholderText(tr("Search by username, email or name…"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(ModelRoles::RawValueRole);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UsersModel::UserNameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->restoreState(ConsoleSettings::kUsersHeader.value());
    // Ids and user names as wide as their content (readable, never cut); the display name takes the rest.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UsersModel::NameColumn, QHeaderView::Stretch);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *showLogsAction = new QAction(tr("Show in &Logs"), m_table);
    showLogsAction->setObjectName(QStringLiteral("userShowLogsAction"));
    connect(showLogsAction, &QAction::triggered, this, [this] {
        if (!m_detailUserId.isEmpty())
            Q_EMIT showUserLogsRequested(m_detailUserId);
    });
    auto *copyIdAction = new QAction(tr("Copy user &id"), m_table);
    copyIdAction->setObjectName(QStringLiteral("userCopyIdAction"));
    connect(copyIdAction, &QAction::triggered, this, [this] {
        if (!m_detailUserId.isEmpty())
            QGuiApplication::clipboard()->setText(m_detailUserId);
    });
    m_table->addActions({showLogsAction, copyIdAction});
    for (QAction *action : {showLogsAction, copyIdAction})
        action->setEnabled(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, showLogsAction, copyIdAction] {
                const bool selected = m_table->selectionModel()->hasSelection();
                showLogsAction->setEnabled(selected);
                copyIdAction->setEnabled(selected);
            });
    m_previous->setObjectName(QStringLiteral("previousPage"));
    m_previous->setAccessibleName(tr("Previous page"));
    m_next->setObjectName(QStringLiteral("nextPage"));
    m_next->setAccessibleName(tr("Next page"));
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_profile->setObjectName(QStringLiteral("userProfile"));
    m_profile->setAccessibleName(tr("User profile JSON"));
    m_profile->setReadOnly(true);
    m_profile->setFont(QFont(QStringLiteral("monospace")));
    m_profile->setPlaceholderText(tr("Select a user to see the profile."));
    m_scim->setObjectName(QStringLiteral("userScimResource"));
    m_scim->setAccessibleName(tr("SCIM resource JSON"));
    m_scim->setReadOnly(true);
    m_scim->setFont(QFont(QStringLiteral("monospace")));
    m_scim->setPlaceholderText(tr("Select a user to see the SCIM resource its identity provider reads."));
    m_groups->setObjectName(QStringLiteral("userGroups"));
    m_groups->setAccessibleName(tr("Groups of the user"));
    m_logs->setObjectName(QStringLiteral("userLogs"));
    m_logs->setAccessibleName(tr("Recent events of the user"));
    m_logs->setToolTip(tr("Double-click or press Enter to open the event in Logs."));
    m_showInLogs->setObjectName(QStringLiteral("showUserInLogs"));
    m_showInLogs->setEnabled(false);
    auto *logsTab = new QWidget;
    auto *logsLayout = new QVBoxLayout(logsTab);
    logsLayout->addWidget(m_logs, 1);
    logsLayout->addWidget(m_showInLogs, 0, Qt::AlignRight);
    m_tabs->setObjectName(QStringLiteral("userTabs"));
    m_tabs->setAccessibleName(tr("User details"));
    m_tabs->addTab(m_profile, tr("Profile"));
    m_tabs->addTab(m_scim, tr("SCIM resource"));
    m_tabs->addTab(m_groups, tr("Groups"));
    m_tabs->addTab(logsTab, tr("Recent events"));
    connect(m_showInLogs, &QPushButton::clicked, this, [this] {
        if (!m_detailUserId.isEmpty())
            Q_EMIT showUserLogsRequested(m_detailUserId);
    });
    connect(m_logs, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT logActivated(item->data(Qt::UserRole).toString()); });

    auto *top = new QHBoxLayout;
    auto *connectionLabel = new QLabel(tr("Connection:"));
    connectionLabel->setBuddy(m_connection);
    top->addWidget(connectionLabel);
    top->addWidget(m_connection);
    top->addWidget(m_search, 1);
    auto *paging = new QHBoxLayout;
    paging->addWidget(m_previous);
    paging->addWidget(m_pageLabel, 1, Qt::AlignCenter);
    paging->addWidget(m_next);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(paging);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (!m_splitter->restoreState(ConsoleSettings::kUsersSplitter.value()))
        m_splitter->setSizes({640, 380});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    connect(m_connection, &QComboBox::currentIndexChanged, this, [this, sortedConnections](int row) {
        m_model->setConnectionId(row < 0 ? QString()
                                         : sortedConnections->index(row, 0).data(ModelRoles::IdRole).toString());
    });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text().trimmed()); });
    connect(m_previous, &QPushButton::clicked, this, [this] { m_model->setPage(m_model->page() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_model->setPage(m_model->page() + 1); });
    connect(m_model, &UsersModel::refreshed, this, &UsersPage::updatePaging);
    connect(m_model, &UsersModel::loadingChanged, this, &UsersPage::updatePaging);
    connect(m_model, &UsersModel::errorOccurred, this, &UsersPage::errorOccurred);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::showProfile);
    // A reload keeps the selected user when it is still listed; otherwise (and a reset emits no selectionChanged)
    // the details of the vanished row go too.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        m_reselect = rows.isEmpty() ? QString() : rows.constFirst().data(ModelRoles::IdRole).toString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QString id = std::exchange(m_reselect, {});
        QAbstractItemModel *rows = m_table->model();
        for (int row = 0; !id.isEmpty() && row < rows->rowCount(); ++row) {
            if (rows->index(row, 0).data(ModelRoles::IdRole).toString() == id) {
                m_table->selectRow(row);
                return;
            }
        }
        showProfile();
    });
    updatePaging();
}

void UsersPage::setConnectionId(const QString &id)
{
    for (int row = 0; row < m_connection->count(); ++row) {
        if (m_connection->model()->index(row, 0).data(ModelRoles::IdRole).toString() == id) {
            if (m_connection->currentIndex() == row)
                m_model->setConnectionId(id); // same connection: reload
            else
                m_connection->setCurrentIndex(row);
            return;
        }
    }
}

void UsersPage::showUser(const QString &connectionId, const QString &userId)
{
    m_search->setText(userId);
    m_searchDelay->stop();
    m_model->setSearch(userId);
    setConnectionId(connectionId);
}

void UsersPage::updatePaging()
{
    const bool loading = m_model->isLoading();
    m_previous->setEnabled(!loading && m_model->page() > 0);
    m_next->setEnabled(!loading && m_model->page() + 1 < m_model->pageCount());
    m_pageLabel->setText(loading ? tr("Loading…")
                                 : tr("Page %1 of %2 · %Ln user(s)", nullptr, m_model->total())
                                       .arg(m_model->page() + 1)
                                       .arg(m_model->pageCount()));
}

void UsersPage::showProfile()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_profile->clear();
        loadDetails({});
        return;
    }
    const QJsonObject listed = rows.first().data(ModelRoles::JsonRole).toJsonObject();
    m_profile->setPlainText(QString::fromUtf8(QJsonDocument(listed).toJson(QJsonDocument::Indented)));
    // The list may carry a reduced profile; the full one comes from GET /api/v2/users/{id}.
    const QString userId = rows.first().data(ModelRoles::IdRole).toString();
    loadDetails(userId);
    m_client->getUser(userId, this, [this, userId](const ApiResult &result) {
        const QModelIndexList current = m_table->selectionModel()->selectedRows();
        if (current.isEmpty() || current.first().data(ModelRoles::IdRole).toString() != userId)
            return;
        if (result.ok())
            m_profile->setPlainText(QString::fromUtf8(result.json.toJson(QJsonDocument::Indented)));
        else
            Q_EMIT errorOccurred(result.describe(tr("Could not load the user's profile: %1.")));
    });
}

void UsersPage::loadDetails(const QString &userId)
{
    if (userId == m_detailUserId && !userId.isEmpty())
        return;
    m_detailUserId = userId;
    m_scim->clear();
    m_groups->clear();
    m_logs->clear();
    m_showInLogs->setEnabled(!userId.isEmpty());
    if (userId.isEmpty())
        return;
    auto stillShown = [this, userId] { return m_detailUserId == userId; };
    m_client->getUserScimResource(userId, this, [this, stillShown](const ApiResult &result) {
        if (!stillShown())
            return;
        if (result.ok())
            m_scim->setPlainText(QString::fromUtf8(result.json.toJson(QJsonDocument::Indented)));
        else
            m_scim->setPlainText(result.describe(tr("Could not load the SCIM resource: %1.")));
    });
    m_client->listUserGroups(userId, this, [this, stillShown](const ApiResult &result) {
        if (!stillShown())
            return;
        if (!result.ok()) {
            m_groups->addItem(result.describe(tr("Could not load the user's groups: %1.")));
            return;
        }
        const QJsonArray groups =
            result.json.isArray() ? result.array() : result.object().value(QLatin1String("groups")).toArray();
        for (const QJsonValue &value : groups) {
            const QJsonObject group = value.toObject();
            auto *item = new QListWidgetItem(group.value(QLatin1String("name")).toString(), m_groups);
            item->setToolTip(group.value(QLatin1String("id")).toString());
        }
        if (groups.isEmpty())
            m_groups->addItem(tr("The user is in no group."));
    });
    m_client->listUserLogs(userId, 20, this, [this, stillShown](const ApiResult &result) {
        if (!stillShown())
            return;
        if (!result.ok()) {
            m_logs->addItem(result.describe(tr("Could not load the user's events: %1.")));
            return;
        }
        for (const QJsonValue &value : result.array()) {
            const QJsonObject event = value.toObject();
            const QDateTime date =
                QDateTime::fromString(event.value(QLatin1String("date")).toString(), Qt::ISODateWithMs).toLocalTime();
            //: One event of a user: %1 time, %2 what happened ("Create user")
            auto *item = new QListWidgetItem(tr("%1 · %2").arg(QLocale().toString(date, QLocale::ShortFormat),
                                                               event.value(QLatin1String("description")).toString()),
                                             m_logs);
            item->setData(Qt::UserRole, event.value(QLatin1String("log_id")).toString());
        }
        if (m_logs->count() == 0)
            m_logs->addItem(tr("No events of this user in the request log."));
    });
}

void UsersPage::saveState() const
{
    ConsoleSettings::kUsersHeader.setValue(m_table->horizontalHeader()->saveState());
    ConsoleSettings::kUsersSplitter.setValue(m_splitter->saveState());
}

} // namespace scim
