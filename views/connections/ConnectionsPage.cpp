#include "views/connections/ConnectionsPage.h"

#include "models/common/ConsoleSettings.h"
#include "models/common/ModelRoles.h"
#include "models/connections/ConnectionsModel.h"
#include "views/connections/ConnectionDetailsWidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>

namespace scim {

ConnectionsPage::ConnectionsPage(ManagementClient *client, ConnectionsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
    , m_details(new ConnectionDetailsWidget(client, model))
    , m_splitter(new QSplitter(Qt::Horizontal))
{
    setObjectName(QStringLiteral("connectionsPage"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ModelRoles::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("connectionsTable"));
    m_table->setAccessibleName(tr("Connections"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // The short columns are as wide as their content, so that "Users" never hides behind the splitter; the name
    // keeps the width the admin gave it (elided, the full name and id in its tooltip).
    QHeaderView *header = m_table->horizontalHeader();
    m_table->sortByColumn(ConnectionsModel::NameColumn, Qt::AscendingOrder);
    m_table->setColumnWidth(ConnectionsModel::NameColumn, 160);
    header->restoreState(ConsoleSettings::kConnectionsHeader.value());
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConnectionsModel::NameColumn, QHeaderView::Interactive);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_splitter->setObjectName(QStringLiteral("connectionsSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    if (!m_splitter->restoreState(ConsoleSettings::kConnectionsSplitter.value()))
        m_splitter->setSizes({470, 690});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConnectionsPage::showSelected);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        const QString id = selectedId();
        if (!id.isEmpty() && m_details->connectionId() == id)
            m_details->setConnection(m_model->connection(id));
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_pendingSelection.isEmpty() && m_model->rowForId(m_pendingSelection) >= 0)
            selectConnection(m_pendingSelection);
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ConnectionsPage::showSelected);
    // A refresh resets the model (e.g. on returning to the page): the selected connection stays selected.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QString id = selectedId();
        if (!id.isEmpty())
            m_pendingSelection = id;
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_pendingSelection.isEmpty() && m_model->rowForId(m_pendingSelection) >= 0)
            selectConnection(m_pendingSelection);
    });
    connect(m_details, &ConnectionDetailsWidget::errorOccurred, this, &ConnectionsPage::errorOccurred);
}

QString ConnectionsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ModelRoles::IdRole).toString();
}

void ConnectionsPage::selectConnection(const QString &id)
{
    const int row = m_model->rowForId(id);
    if (row < 0) {
        m_pendingSelection = id; // selected as soon as the model has it
        return;
    }
    m_pendingSelection.clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_table->setCurrentIndex(index);
}

void ConnectionsPage::showSelected()
{
    const QString id = selectedId();
    m_details->setConnection(id.isEmpty() ? QJsonObject() : m_model->connection(id));
}

void ConnectionsPage::saveState() const
{
    ConsoleSettings::kConnectionsHeader.setValue(m_table->horizontalHeader()->saveState());
    ConsoleSettings::kConnectionsSplitter.setValue(m_splitter->saveState());
}

} // namespace scim
