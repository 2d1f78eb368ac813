#include "views/groups/GroupsPage.h"

#include "models/common/ModelRoles.h"
#include "models/connections/ConnectionsModel.h"
#include "models/groups/GroupMembersModel.h"
#include "models/groups/GroupsModel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace scim {

GroupsPage::GroupsPage(ManagementClient *client, ConnectionsModel *connections, QWidget *parent)
    : QWidget(parent)
    , m_model(new GroupsModel(client, this))
    , m_members(new GroupMembersModel(client, this))
    , m_connection(new QComboBox)
    , m_search(new QLineEdit)
    , m_searchDelay(new QTimer(this))
    , m_table(new QTableView)
    , m_status(new QLabel)
    , m_membersTitle(new QLabel(tr("Members")))
    , m_membersView(new QListView)
    , m_splitter(new QSplitter(Qt::Horizontal))
{
    setObjectName(QStringLiteral("groupsPage"));
    auto *sortedConnections = new QSortFilterProxyModel(this);
    sortedConnections->setSourceModel(connections);
    sortedConnections->setSortRole(ModelRoles::RawValueRole);
    sortedConnections->sort(ConnectionsModel::NameColumn);
    m_connection->setObjectName(QStringLiteral("groupsConnection"));
    m_connection->setAccessibleName(tr("Connection"));
    m_connection->setModel(sortedConnections);
    m_connection->setModelColumn(ConnectionsModel::NameColumn);
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setObjectName(QStringLiteral("groupSearch"));
    m_search->setAccessibleName(tr("Search groups"));
    m_search->setPlaceholderText(tr("Search by name or external id…"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);

    // Server order (by name); the view pages in more rows as it scrolls, so no client-side sorting.
    m_table->setObjectName(QStringLiteral("groupsTable"));
    m_table->setAccessibleName(tr("Groups"));
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(GroupsModel::NameColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(GroupsModel::NameColumn, 240);
    m_table->setColumnWidth(GroupsModel::ExternalIdColumn, 220);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyId = new QAction(tr("Copy group &id"), m_table);
    copyId->setObjectName(QStringLiteral("groupCopyIdAction"));
    auto *copyExternalId = new QAction(tr("Copy &external id"), m_table);
    copyExternalId->setObjectName(QStringLiteral("groupCopyExternalIdAction"));
    auto copyColumn = [this](int column, int role) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows(column);
        if (!rows.isEmpty())
            QGuiApplication::clipboard()->setText(rows.constFirst().data(role).toString());
    };
    connect(copyId, &QAction::triggered, this,
            [copyColumn] { copyColumn(GroupsModel::NameColumn, ModelRoles::IdRole); });
    connect(copyExternalId, &QAction::triggered, this,
            [copyColumn] { copyColumn(GroupsModel::ExternalIdColumn, Qt::DisplayRole); });
    m_table->addActions({copyId, copyExternalId});
    m_status->setObjectName(QStringLiteral("groupsStatus"));
    m_membersView->setObjectName(QStringLiteral("groupMembers"));
    m_membersView->setAccessibleName(tr("Members"));
    m_membersView->setModel(m_members);
    m_membersView->setUniformItemSizes(true); // constant-time layout however many members are paged in
    m_membersView->setToolTip(tr("Double-click or press Enter to open the user."));
    m_membersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_membersTitle->setBuddy(m_membersView);
    m_membersTitle->setObjectName(QStringLiteral("groupMembersTitle"));

    auto *top = new QHBoxLayout;
    auto *connectionLabel = new QLabel(tr("Connection:"));
    connectionLabel->setBuddy(m_connection);
    top->addWidget(connectionLabel);
    top->addWidget(m_connection);
    top->addWidget(m_search, 1);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_status);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_membersTitle);
    rightLayout->addWidget(m_membersView, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    connect(m_connection, &QComboBox::currentIndexChanged, this, [this, sortedConnections](int row) {
        m_model->setConnectionId(row < 0 ? QString()
                                         : sortedConnections->index(row, 0).data(ModelRoles::IdRole).toString());
    });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text().trimmed()); });
    connect(m_model, &GroupsModel::refreshed, this, &GroupsPage::updateStatus);
    connect(m_model, &GroupsModel::refreshed, this, &GroupsPage::reselect);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GroupsPage::showMembers);
    connect(m_model, &GroupsModel::errorOccurred, this, &GroupsPage::errorOccurred);
    connect(m_members, &GroupMembersModel::errorOccurred, this, &GroupsPage::errorOccurred);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GroupsPage::showMembers);
    connect(m_membersView, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT userActivated(m_model->connectionId(), index.data(ModelRoles::IdRole).toString());
    });
    updateStatus();
}

void GroupsPage::setConnectionId(const QString &id)
{
    for (int row = 0; row < m_connection->count(); ++row) {
        if (m_connection->model()->index(row, 0).data(ModelRoles::IdRole).toString() == id) {
            if (m_connection->currentIndex() == row)
                m_model->refresh();
            else
                m_connection->setCurrentIndex(row);
            return;
        }
    }
}

void GroupsPage::refresh()
{
    // A reload (the IdP pushed a change) keeps the selected group and the members already paged in.
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_reselect = rows.isEmpty() ? QString() : rows.constFirst().data(ModelRoles::IdRole).toString();
    m_model->refresh();
}

void GroupsPage::reselect()
{
    const QString id = std::exchange(m_reselect, {});
    if (id.isEmpty())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(ModelRoles::IdRole).toString() == id) {
            m_table->selectRow(row);
            return;
        }
    }
    showMembers();
}

void GroupsPage::showMembers()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() && !m_reselect.isEmpty())
        return; // reloading: the group is selected again when the list is back
    const QString id = rows.isEmpty() ? QString() : rows.constFirst().data(ModelRoles::IdRole).toString();
    if (id == m_members->groupId())
        return;
    m_members->setGroupId(id);
    if (rows.isEmpty()) {
        m_membersTitle->setText(tr("Members"));
        return;
    }
    const QModelIndex index = rows.constFirst();
    //: %1 group name, %n members
    m_membersTitle->setText(tr("Members of %1 (%n)", nullptr,
                               index.siblingAtColumn(GroupsModel::MembersColumn).data(ModelRoles::RawValueRole).toInt())
                                .arg(index.siblingAtColumn(GroupsModel::NameColumn).data().toString()));
}

void GroupsPage::updateStatus()
{
    if (m_model->connectionId().isEmpty()) {
        m_status->setText(tr("Choose a connection to see the groups its identity provider pushed."));
        return;
    }
    m_status->setText(m_model->total() == 0
                          ? tr("No groups. Groups appear when the identity provider pushes them (Okta: Push Groups; "
                               "Entra ID: assign groups to the application).")
                          : tr("%n group(s).", nullptr, m_model->total()));
}

} // namespace scim
