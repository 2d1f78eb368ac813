#include "views/mapping/MappingEditorPage.h"

#include "models/api/ManagementClient.h"
#include "models/common/ConsoleSettings.h"
#include "models/common/ModelRoles.h"
#include "models/connections/ConnectionsModel.h"
#include "models/mapping/MappingMime.h"
#include "models/mapping/MappingModel.h"
#include "models/mapping/MappingPreview.h"
#include "models/mapping/MappingRules.h"
#include "models/mapping/ProfileAttributeModel.h"
#include "models/mapping/ScimAttributeTreeModel.h"
#include "views/common/Confirmation.h"
#include "views/common/ToneLabel.h"
#include "views/mapping/DropHint.h"
#include "views/mapping/MappingPreviewPanel.h"
#include "views/mapping/RealUsersPreviewDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDragMoveEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace scim {

namespace {

QPushButton *button(const QString &text, const QString &name, const QString &toolTip)
{
    auto *b = new QPushButton(text);
    b->setObjectName(name);
    b->setAccessibleName(text);
    b->setToolTip(toolTip);
    return b;
}

QLabel *errorLabel(const QString &name)
{
    auto *label = new ToneLabel(ThemeColors::Tone::Error);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

QWidget *column(const QString &title, std::initializer_list<QWidget *> widgets, QLayout *extra = nullptr)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title));
    layout->addWidget(label);
    for (QWidget *widget : widgets)
        layout->addWidget(widget, widget->inherits("QAbstractItemView") ? 1 : 0);
    if (extra)
        layout->addLayout(extra);
    return box;
}

} // namespace

MappingEditorPage::MappingEditorPage(ManagementClient *client, ConnectionsModel *connections, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_connections(connections)
    , m_undoStack(new QUndoStack(this))
    , m_mapping(new MappingModel(m_undoStack, this))
    , m_scim(new ScimAttributeTreeModel(m_mapping, this))
    , m_profile(new ProfileAttributeModel(m_mapping, this))
    , m_preview(new MappingPreview(m_mapping, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel)
    , m_connection(new QComboBox)
    , m_userId(new QComboBox)
    , m_issues(errorLabel(QStringLiteral("mappingIssues")))
    , m_status(new QLabel)
    , m_scimView(new QTreeView)
    , m_customEntry(new QLineEdit)
    //: Button beside the custom SCIM entry field
    , m_addEntry(
          button(tr("Add"), QStringLiteral("addScimEntry"), tr("Add this filtered entry to the SCIM attributes")))
    , m_customEntryError(errorLabel(QStringLiteral("customScimEntryError")))
    , m_filter(new QLineEdit)
    , m_table(new QTableView)
    , m_profileView(new QTableView)
    , m_customKey(new QLineEdit)
    //: Button beside the custom profile key field
    , m_addKey(button(tr("Add"), QStringLiteral("addProfileKey"), tr("Add this app_metadata / user_metadata key")))
    , m_customKeyError(errorLabel(QStringLiteral("customProfileKeyError")))
    , m_map(button(tr("Map ⏎"), QStringLiteral("mapButton"),
                   tr("Map the selected SCIM attribute to the selected profile attribute (Enter)")))
    , m_remove(button(tr("Remove"), QStringLiteral("removePairButton"), tr("Remove the selected pairs (Delete)")))
    , m_save(button(tr("Save"), QStringLiteral("saveMappingButton"), tr("Send the map to the engine (Ctrl+S)")))
    , m_revert(button(tr("Revert"), QStringLiteral("revertMappingButton"),
                      tr("Discard unsaved changes: back to the map the engine has")))
    , m_reset(button(tr("Reset to defaults"), QStringLiteral("resetMappingButton"),
                     tr("The strategy's default map (undoable)")))
    , m_import(button(tr("Import…"), QStringLiteral("importMappingButton"),
                      tr("Load a mapping file ({user_id_attribute, mapping})")))
    , m_export(button(tr("Export…"), QStringLiteral("exportMappingButton"), tr("Save the map as a mapping file")))
    , m_previewRealUsers(button(tr("Preview on real users…"), QStringLiteral("previewOnRealUsers"),
                                tr("See what the edited map would change in the profiles of this connection's users, "
                                   "without saving it")))
    , m_previewPanel(new MappingPreviewPanel(m_preview))
    , m_columns(new QSplitter(Qt::Horizontal))
    , m_rows(new QSplitter(Qt::Vertical))
    , m_hint(new DropHint(this))
{
    setObjectName(QStringLiteral("mappingEditorPage"));
    m_title->setObjectName(QStringLiteral("mappingTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status->setObjectName(QStringLiteral("mappingStatus"));
    m_status->setWordWrap(true);

    auto *sortedConnections = new QSortFilterProxyModel(this);
    sortedConnections->setSourceModel(connections);
    sortedConnections->setSortRole(ModelRoles::RawValueRole);
    sortedConnections->sort(ConnectionsModel::NameColumn);
    m_connection->setObjectName(QStringLiteral("mappingConnection"));
    m_connection->setAccessibleName(tr("Connection"));
    m_connection->setModel(sortedConnections);
    m_connection->setModelColumn(ConnectionsModel::NameColumn);
    m_connection->setCurrentIndex(-1);
    m_userId->setObjectName(QStringLiteral("userIdAttribute"));
    //: Accessible name of the user_id_attribute chooser; user_id_attribute is the API's field name
    m_userId->setAccessibleName(tr("user_id_attribute: the attribute that identifies the user"));
    m_userId->setToolTip(tr("The attribute whose value identifies the user towards the connection "
                            "(identities[0].user_id). Single-valued, and mapped itself."));
    m_userId->setMinimumContentsLength(22);
    m_userId->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // URN paths are long

    m_scimView->setObjectName(QStringLiteral("scimAttributes"));
    m_scimView->setAccessibleName(tr("SCIM attributes"));
    m_scimView->setModel(m_scim);
    m_scimView->setDragEnabled(true);
    m_scimView->setAcceptDrops(true);
    m_scimView->setDropIndicatorShown(true);
    m_scimView->setDragDropMode(QAbstractItemView::DragDrop);
    m_scimView->setDefaultDropAction(Qt::CopyAction);
    m_scimView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_scimView->setUniformRowHeights(true);
    m_scimView->header()->setStretchLastSection(true);
    m_customEntry->setObjectName(QStringLiteral("customScimEntry"));
    m_customEntry->setAccessibleName(tr("Custom filtered SCIM entry"));
    m_customEntry->setPlaceholderText(tr("Custom entry, e.g. emails[type eq \"school\"].value"));
    m_addEntry->setEnabled(false);
    m_customEntryError->hide();

    m_proxy->setSourceModel(m_mapping);
    m_proxy->setSortRole(ModelRoles::RawValueRole);
    m_proxy->setFilterRole(ModelRoles::RawValueRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(QStringLiteral("mappingFilter"));
    m_filter->setAccessibleName(tr("Filter pairs"));
    m_filter->setPlaceholderText(tr("Filter pairs…"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setAccessibleName(tr("Mapping pairs"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the map's own order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *deleteAction = new QAction(tr("Remove pair"), m_table);
    deleteAction->setObjectName(QStringLiteral("actionRemovePair"));
    deleteAction->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &MappingEditorPage::removeSelected);
    m_table->addAction(deleteAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_profileView->setObjectName(QStringLiteral("profileAttributes"));
    m_profileView->setAccessibleName(tr("Profile attributes"));
    m_profileView->setTabKeyNavigation(false);
    m_profileView->setModel(m_profile);
    m_profileView->setAcceptDrops(true);
    m_profileView->setDropIndicatorShown(true);
    m_profileView->setDragDropMode(QAbstractItemView::DropOnly);
    m_profileView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_profileView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_profileView->verticalHeader()->hide();
    m_profileView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_profileView->setWordWrap(false);
    m_profileView->horizontalHeader()->setStretchLastSection(true);
    m_customKey->setObjectName(QStringLiteral("customProfileKey"));
    m_customKey->setAccessibleName(tr("Custom profile key"));
    m_customKey->setPlaceholderText(tr("app_metadata.<key> or user_metadata.<key>"));
    m_addKey->setEnabled(false);
    m_customKeyError->hide();
    m_save->setShortcut(QKeySequence::Save);

    // Two rows, so that the page never forces the window wider than the other pages do.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    auto *connectionLabel = new QLabel(tr("Connection:"));
    connectionLabel->setBuddy(m_connection);
    top->addWidget(connectionLabel);
    top->addWidget(m_connection);
    //: Label of the user_id_attribute chooser; user_id_attribute is the API's field name, keep it
    auto *userIdLabel = new QLabel(tr("user_id_attribute:"));
    userIdLabel->setBuddy(m_userId);
    top->addWidget(userIdLabel);
    top->addWidget(m_userId);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_save, m_revert, m_reset, m_import, m_export, m_previewRealUsers})
        actions->addWidget(b);
    actions->addStretch(1);

    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_customEntry, 1);
    entryRow->addWidget(m_addEntry);
    auto *left = column(tr("SCIM attributes"), {m_scimView}, entryRow);
    left->layout()->addWidget(m_customEntryError);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(m_map);
    tableButtons->addWidget(m_remove);
    tableButtons->addStretch(1);
    auto *middle = column(tr("Mapping (SCIM → profile)"), {m_filter, m_table}, tableButtons);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_customKey, 1);
    keyRow->addWidget(m_addKey);
    auto *right = column(tr("Profile attributes"), {m_profileView}, keyRow);
    right->layout()->addWidget(m_customKeyError);
    m_columns->setObjectName(QStringLiteral("mappingColumns"));
    m_columns->addWidget(left);
    m_columns->addWidget(middle);
    m_columns->addWidget(right);
    m_columns->setStretchFactor(0, 3);
    m_columns->setStretchFactor(1, 4);
    m_columns->setStretchFactor(2, 3);
    m_rows->setObjectName(QStringLiteral("mappingRows"));
    m_rows->addWidget(m_columns);
    m_rows->addWidget(m_previewPanel);
    m_rows->setStretchFactor(0, 3);
    m_rows->setStretchFactor(1, 2);
    m_columns->restoreState(ConsoleSettings::kMappingColumns.value());
    m_rows->restoreState(ConsoleSettings::kMappingRows.value());
    if (!m_table->horizontalHeader()->restoreState(ConsoleSettings::kMappingHeader.value())) {
        // Room left for the notes column, whose header is longer in some languages.
        m_table->setColumnWidth(MappingModel::ScimColumn, 210);
        m_table->setColumnWidth(MappingModel::ProfileColumn, 170);
    }
    if (!m_scimView->header()->restoreState(ConsoleSettings::kMappingScimHeader.value()))
        m_scimView->setColumnWidth(ScimAttributeTreeModel::NameColumn, 250);
    m_profileView->setColumnWidth(ProfileAttributeModel::AttributeColumn, 190);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_issues);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_status);
    m_issues->hide();

    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(m_scimView), static_cast<QAbstractItemView *>(m_table),
          static_cast<QAbstractItemView *>(m_profileView)}) {
        view->viewport()->installEventFilter(this);
        view->installEventFilter(this);
    }

    m_mapping->setReplacePolicy([this](const MappingPair &existing, const MappingPair &incoming) {
        // Asked without blocking; the answer replays the drop with the replacement agreed.
        Confirmation::ask(
            this, QStringLiteral("replaceMappingConfirmation"), tr("Replace the mapping"),
            tr("'%1' is mapped from '%2'. Map it from '%3' instead?").arg(existing.auth0, existing.scim, incoming.scim),
            tr("&Replace"), [this, incoming] { m_mapping->map(incoming.scim, incoming.auth0, true); });
        return false;
    });
    connect(m_mapping, &MappingModel::dropRefused, this, [this](const QString &reason) { showRefusal(reason); });
    connect(m_mapping, &MappingModel::issuesChanged, this, &MappingEditorPage::updateIssues);
    connect(m_mapping, &MappingModel::userIdAttributeChanged, this, &MappingEditorPage::updateUserIdChoices);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        updateTitle();
        Q_EMIT dirtyChanged(!clean);
    });
    connect(m_userId, &QComboBox::activated, this,
            [this] { m_mapping->setUserIdAttribute(m_userId->currentText().trimmed()); });
    connect(m_connection, &QComboBox::currentIndexChanged, this, [this, sortedConnections](int row) {
        if (row >= 0)
            setConnectionId(sortedConnections->index(row, 0).data(ModelRoles::IdRole).toString());
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_customEntry, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString error = text.trimmed().isEmpty() ? QString() : m_scim->validateCustomEntry(text);
        m_customEntryError->setText(error);
        m_customEntryError->setVisible(!error.isEmpty());
        m_addEntry->setEnabled(!text.trimmed().isEmpty() && error.isEmpty());
    });
    auto addEntry = [this] {
        const QString path = m_customEntry->text().trimmed();
        if (m_scim->addCustomEntry(path)) {
            m_customEntry->clear();
            m_scimView->setCurrentIndex(m_scim->indexOfPath(path));
        }
    };
    connect(m_addEntry, &QPushButton::clicked, this, addEntry);
    connect(m_customEntry, &QLineEdit::returnPressed, this, addEntry);
    connect(m_customKey, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString error = text.trimmed().isEmpty() ? QString() : m_profile->validateCustomKey(text);
        m_customKeyError->setText(error);
        m_customKeyError->setVisible(!error.isEmpty());
        m_addKey->setEnabled(!text.trimmed().isEmpty() && error.isEmpty());
    });
    auto addKey = [this] {
        const QString key = m_customKey->text().trimmed();
        if (m_profile->addCustomKey(key)) {
            m_customKey->clear();
            m_profileView->selectRow(m_profile->rowOfTarget(key));
        }
    };
    connect(m_addKey, &QPushButton::clicked, this, addKey);
    connect(m_customKey, &QLineEdit::returnPressed, this, addKey);
    connect(m_map, &QPushButton::clicked, this, &MappingEditorPage::mapSelected);
    connect(m_remove, &QPushButton::clicked, this, &MappingEditorPage::removeSelected);
    connect(m_save, &QPushButton::clicked, this, &MappingEditorPage::save);
    connect(m_revert, &QPushButton::clicked, this, &MappingEditorPage::revert);
    connect(m_reset, &QPushButton::clicked, this, &MappingEditorPage::resetToDefaults);
    connect(m_import, &QPushButton::clicked, this, &MappingEditorPage::openImportDialog);
    connect(m_export, &QPushButton::clicked, this, &MappingEditorPage::openExportDialog);
    connect(m_previewRealUsers, &QPushButton::clicked, this, &MappingEditorPage::openRealUsersPreview);
    connect(m_previewPanel, &MappingPreviewPanel::errorOccurred, this, &MappingEditorPage::errorOccurred);

    m_rows->setEnabled(false);
    for (QWidget *w :
         {static_cast<QWidget *>(m_userId), static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_revert),
          static_cast<QWidget *>(m_reset), static_cast<QWidget *>(m_import), static_cast<QWidget *>(m_export),
          static_cast<QWidget *>(m_previewRealUsers)})
        w->setEnabled(false);
    m_status->setText(tr("Choose a connection to edit its attribute map."));
    updateTitle();
}

bool MappingEditorPage::isDirty() const
{
    return !m_undoStack->isClean();
}

void MappingEditorPage::saveState() const
{
    ConsoleSettings::kMappingColumns.setValue(m_columns->saveState());
    ConsoleSettings::kMappingRows.setValue(m_rows->saveState());
    ConsoleSettings::kMappingHeader.setValue(m_table->horizontalHeader()->saveState());
    ConsoleSettings::kMappingScimHeader.setValue(m_scimView->header()->saveState());
}

void MappingEditorPage::setConnectionId(const QString &id)
{
    if (id == m_connectionId)
        return;
    auto selectInCombo = [this](const QString &connection) {
        const QSignalBlocker blocker(m_connection);
        for (int row = 0; row < m_connection->count(); ++row) {
            if (m_connection->model()->index(row, 0).data(ModelRoles::IdRole).toString() == connection) {
                m_connection->setCurrentIndex(row);
                return;
            }
        }
        m_connection->setCurrentIndex(-1);
    };
    if (isDirty()) {
        selectInCombo(m_connectionId);
        Confirmation::ask(this, QStringLiteral("discardMappingChanges"), tr("Unsaved attribute map"),
                          tr("The attribute map of %1 has unsaved changes. Discard them?").arg(m_connectionName),
                          tr("&Discard changes"), [this, id, selectInCombo] {
                              selectInCombo(id);
                              load(id);
                          });
        return;
    }
    selectInCombo(id);
    load(id);
}

void MappingEditorPage::load(const QString &id)
{
    m_connectionId = id;
    const quint64 generation = ++m_loadGeneration;
    m_loaded = false;
    const QJsonObject connection = m_connections->connection(id);
    m_connectionName = connection.value(QStringLiteral("name")).toString();
    const QString strategy = connection.value(QStringLiteral("strategy")).toString();
    m_mapping->load({}, {});
    m_undoStack->clear();
    m_rows->setEnabled(false);
    for (QWidget *w :
         {static_cast<QWidget *>(m_userId), static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_revert),
          static_cast<QWidget *>(m_reset), static_cast<QWidget *>(m_import), static_cast<QWidget *>(m_export),
          static_cast<QWidget *>(m_previewRealUsers)})
        w->setEnabled(false);
    updateTitle();
    if (id.isEmpty())
        return;
    m_status->setText(tr("Loading the attribute map of %1…").arg(m_connectionName));
    m_client->getMappingSchemas(id, this, [this, id, strategy, generation](const ApiResult &schemas) {
        if (generation != m_loadGeneration)
            return;
        if (!schemas.ok()) {
            m_status->setText(schemas.status == 404
                                  ? tr("SCIM is not enabled for %1: enable it on the Connections page to edit its "
                                       "attribute map.")
                                        .arg(m_connectionName)
                                  : schemas.describe(tr("Could not load the connection's schemas: %1.")));
            return;
        }
        QString error;
        std::shared_ptr<const MappingRules> rules = MappingRules::fromSchemas(schemas.object(), &error);
        if (!rules) {
            Q_EMIT errorOccurred(tr("Could not read the connection's schemas: %1.").arg(error));
            return;
        }
        m_mapping->setRules(rules);
        m_scim->rebuild();
        m_scimView->expandToDepth(0);
        m_client->getScimConfiguration(id, this, [this, strategy, generation](const ApiResult &configuration) {
            if (generation != m_loadGeneration)
                return;
            if (!configuration.ok()) {
                m_status->setText(configuration.describe(tr("Could not load the attribute map: %1.")));
                return;
            }
            const QJsonObject body = configuration.object();
            m_mapping->load(body.value(QStringLiteral("mapping")).toArray(),
                            body.value(QStringLiteral("user_id_attribute")).toString());
            m_undoStack->clear();
            m_preview->setConnection(m_connectionName, strategy);
            m_loaded = true;
            m_rows->setEnabled(true);
            for (QWidget *w :
                 {static_cast<QWidget *>(m_userId), static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_revert),
                  static_cast<QWidget *>(m_reset), static_cast<QWidget *>(m_import), static_cast<QWidget *>(m_export),
                  static_cast<QWidget *>(m_previewRealUsers)})
                w->setEnabled(true);
            updateUserIdChoices();
            updateTitle();
            m_status->setText(tr("%n pair(s). Drag a SCIM attribute onto a profile attribute, or select both and "
                                 "press Enter.",
                                 nullptr, m_mapping->rowCount()));
            Q_EMIT loaded();
        });
    });
}

void MappingEditorPage::updateTitle()
{
    const QString name =
        m_connectionName.isEmpty() ? tr("Attribute map") : tr("Attribute map — %1").arg(m_connectionName);
    m_title->setText(isDirty() ? name + QStringLiteral(" *") : name);
    m_title->setToolTip(isDirty() ? tr("Unsaved changes") : QString());
}

void MappingEditorPage::updateIssues()
{
    QStringList lines;
    for (const MappingRuleIssue &issue : m_mapping->mapIssues())
        lines.append(QStringLiteral("⚠ ") + issue.message);
    int rows = 0;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        if (!m_mapping->index(row, 0).data(MappingModel::IssueRole).toString().isEmpty())
            ++rows;
    }
    if (rows > 0)
        lines.append(QStringLiteral("⚠ ") + tr("%n pair(s) break a rule (marked in the table).", nullptr, rows));
    m_issues->setText(lines.join(QLatin1Char('\n')));
    m_issues->setVisible(!lines.isEmpty());
}

void MappingEditorPage::updateUserIdChoices()
{
    const QSignalBlocker blocker(m_userId);
    QStringList choices = m_scim->userIdCandidates();
    const QString current = m_mapping->userIdAttribute();
    if (!current.isEmpty() && !choices.contains(current))
        choices.prepend(current);
    if (m_userId->count() != choices.size()) {
        m_userId->clear();
        m_userId->addItems(choices);
    }
    m_userId->setCurrentIndex(m_userId->findText(current));
}

void MappingEditorPage::showRefusal(const QString &reason)
{
    QWidget *anchor = m_dropViewport ? m_dropViewport.data() : static_cast<QWidget *>(m_map);
    const QPoint pos = m_dropViewport ? m_dropPos : QPoint(0, 0);
    m_hint->showAt(anchor, pos, QStringLiteral("✗ ") + reason, DropHint::Kind::Refuse);
    m_status->setText(tr("Refused: %1").arg(reason));
}

QString MappingEditorPage::describeDrop(QWidget *viewport, const QMimeData *mime, const QPoint &pos,
                                        bool *refused) const
{
    *refused = false;
    const QList<quint64> pairs = m_mapping->pairIdsFromMime(mime);
    if (!pairs.isEmpty()) {
        if (viewport == m_table->viewport())
            return {};
        return tr("Drop to remove %n pair(s) from the map", nullptr, int(pairs.size()));
    }
    const QString scim = MappingModel::scimPathFromMime(mime);
    if (scim.isEmpty() || viewport == m_scimView->viewport())
        return {};
    QString target;
    if (viewport == m_profileView->viewport()) {
        const QModelIndex index = m_profileView->indexAt(pos);
        if (!index.isValid())
            return tr("Drop onto a profile attribute to map %1 there").arg(scim);
        target = m_profile->targetAt(index.row());
    } else {
        const QModelIndex index = m_table->indexAt(pos);
        target = index.isValid()
                     ? m_proxy->mapToSource(index).siblingAtColumn(MappingModel::ProfileColumn).data().toString()
                     : m_mapping->suggestedTarget(scim);
    }
    const MappingModel::Check check = m_mapping->check(scim, target);
    switch (check.verdict) {
    case MappingModel::Verdict::Accept:
        return QStringLiteral("✓ ") + tr("Map %1 → %2").arg(scim, target);
    case MappingModel::Verdict::Replace:
        return QStringLiteral("↻ ") + tr("%1 is mapped from %2: drop to choose whether to replace it")
                                          .arg(target, m_mapping->pairById(check.replacedId)->scim);
    case MappingModel::Verdict::Refuse:
        *refused = true;
        return QStringLiteral("✗ ") + check.reason;
    }
    return {};
}

bool MappingEditorPage::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        bool refused = false;
        const QPoint pos = drag->position().toPoint();
        const QString text = describeDrop(widget, drag->mimeData(), pos, &refused);
        if (text.isEmpty())
            m_hint->hide();
        else
            m_hint->showAt(widget, pos, text, refused ? DropHint::Kind::Refuse : DropHint::Kind::Accept);
        break;
    }
    case QEvent::DragLeave:
        m_hint->hide();
        break;
    case QEvent::Drop:
        m_hint->hide();
        m_dropViewport = widget;
        m_dropPos = static_cast<QDropEvent *>(event)->position().toPoint();
        break;
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (watched == m_scimView || watched == m_profileView)) {
            mapSelected();
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

QString MappingEditorPage::selectedScimPath() const
{
    return m_scimView->currentIndex().data(ScimAttributeTreeModel::PathRole).toString();
}

QString MappingEditorPage::selectedTarget() const
{
    const QModelIndex current = m_profileView->currentIndex();
    return current.isValid() ? m_profile->targetAt(current.row()) : QString();
}

void MappingEditorPage::mapSelected()
{
    if (!m_loaded)
        return;
    const QString scim = selectedScimPath();
    const QString target = selectedTarget();
    const QModelIndex current = m_profileView->currentIndex();
    m_dropViewport = m_profileView->viewport();
    m_dropPos = current.isValid() ? m_profileView->visualRect(current).center() : QPoint(8, 8);
    if (scim.isEmpty() || target.isEmpty()) {
        showRefusal(tr("Select a SCIM attribute on the left and a profile attribute on the right, then press Enter "
                       "or Map."));
        return;
    }
    if (m_mapping->map(scim, target))
        m_status->setText(tr("Mapped %1 → %2.").arg(scim, target));
}

void MappingEditorPage::removeSelected()
{
    QList<quint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(ModelRoles::IdRole).value<quint64>());
    m_mapping->removePairs(ids);
}

void MappingEditorPage::save()
{
    if (!m_loaded)
        return;
    const QString id = m_connectionId;
    const quint64 generation = m_loadGeneration;
    const int index = m_undoStack->index();
    m_save->setEnabled(false);
    m_status->setText(tr("Saving the attribute map of %1…").arg(m_connectionName));
    m_client->updateScimMapping(id, m_mapping->fileJson(), this, [this, generation, index](const ApiResult &r) {
        if (generation != m_loadGeneration)
            return;
        m_save->setEnabled(true);
        if (!r.ok()) {
            if (r.errorCode == QLatin1String("invalid_mapping"))
                m_mapping->setEngineIssues(r.object().value(QStringLiteral("details")).toArray());
            m_status->setText(tr("Not saved: the engine refused the map."));
            Q_EMIT errorOccurred(r.describe(tr("Could not save the attribute map: %1.")));
            Q_EMIT saveFailed();
            return;
        }
        // Edits made while the request was in flight are not saved: only then is the page still dirty.
        if (m_undoStack->index() == index)
            m_undoStack->setClean();
        m_status->setText(
            tr("Saved. The engine recomputes the profiles of %1 with the new map.").arg(m_connectionName));
        Q_EMIT saved();
    });
}

void MappingEditorPage::revert()
{
    if (!m_loaded || !isDirty())
        return;
    const quint64 generation = m_loadGeneration;
    m_client->getScimConfiguration(m_connectionId, this, [this, generation](const ApiResult &r) {
        if (generation != m_loadGeneration)
            return;
        if (!r.ok()) {
            Q_EMIT errorOccurred(r.describe(tr("Could not read the saved attribute map: %1.")));
            return;
        }
        // An undoable step back to what the engine has; that state is the clean one.
        m_mapping->replaceMap(r.object().value(QStringLiteral("mapping")).toArray(),
                              r.object().value(QStringLiteral("user_id_attribute")).toString(), tr("Revert to saved"));
        m_undoStack->setClean();
        m_status->setText(tr("Reverted to the saved map."));
    });
}

void MappingEditorPage::resetToDefaults()
{
    if (!m_loaded)
        return;
    const quint64 generation = m_loadGeneration;
    m_client->getDefaultMapping(m_connectionId, this, [this, generation](const ApiResult &r) {
        if (generation != m_loadGeneration)
            return;
        if (!r.ok()) {
            Q_EMIT errorOccurred(r.describe(tr("Could not read the default attribute map: %1.")));
            return;
        }
        const QString userId = r.object().value(QStringLiteral("user_id_attribute")).toString();
        m_mapping->replaceMap(r.object().value(QStringLiteral("mapping")).toArray(),
                              userId.isEmpty() ? m_mapping->userIdAttribute() : userId, tr("Reset to defaults"));
        m_status->setText(tr("Reset to the defaults (not saved yet; Undo brings your map back)."));
    });
}

void MappingEditorPage::importFile(const QString &path)
{
    QFile file(path);
    QJsonArray mapping;
    QString userId;
    QString error;
    if (!file.open(QIODevice::ReadOnly))
        error = file.errorString();
    else
        MappingModel::parseFile(file.readAll(), &mapping, &userId, &error);
    if (!error.isEmpty()) {
        Q_EMIT errorOccurred(tr("Could not import %1: %2. Choose a mapping file as Export writes it.")
                                 .arg(QFileInfo(path).fileName(), error));
        return;
    }
    //: Undo text: import of a mapping file; %1 is its file name
    m_mapping->replaceMap(mapping, userId, tr("Import %1").arg(QFileInfo(path).fileName()));
    m_status->setText(tr("Imported %n pair(s) from %1 (not saved yet).", nullptr, int(mapping.size()))
                          .arg(QFileInfo(path).fileName()));
}

bool MappingEditorPage::exportFile(const QString &path)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(m_mapping->fileJson()).toJson(QJsonDocument::Indented));
        if (file.commit()) {
            m_status->setText(tr("Exported %n pair(s) to %1.", nullptr, m_mapping->rowCount()).arg(path));
            return true;
        }
    }
    Q_EMIT errorOccurred(tr("Could not export to %1: %2. Choose another folder.").arg(path, file.errorString()));
    return false;
}

void MappingEditorPage::openImportDialog()
{
    auto *dialog =
        new QFileDialog(this, tr("Import a mapping file"), QString(), tr("Mapping files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importMappingDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MappingEditorPage::importFile);
    dialog->open();
}

void MappingEditorPage::openExportDialog()
{
    auto *dialog = new QFileDialog(this, tr("Export the mapping file"), QString(), tr("Mapping files (*.json)"));
    dialog->setObjectName(QStringLiteral("exportMappingDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(QStringLiteral("%1-mapping.json").arg(m_connectionName));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportFile(path); });
    dialog->open();
}

RealUsersPreviewDialog *MappingEditorPage::openRealUsersPreview()
{
    // The map as edited, not as saved: that is what the admin wants to judge before saving.
    auto *dialog = new RealUsersPreviewDialog(m_client, m_connectionId, m_connectionName, m_mapping->fileJson(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace scim
