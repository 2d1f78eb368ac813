#include "views/schemas/SchemaEditorPage.h"

#include "models/api/ManagementClient.h"
#include "models/common/ModelRoles.h"
#include "models/connections/ConnectionsModel.h"
#include "models/schemas/SchemaAttributesModel.h"
#include "views/schemas/SchemaValueDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

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

const QString kId = QStringLiteral("id");

} // namespace

SchemaEditorPage::SchemaEditorPage(ManagementClient *client, ConnectionsModel *connections, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_connections(connections)
    , m_model(new SchemaAttributesModel(this))
    , m_connection(new QComboBox)
    , m_schemas(new QListWidget)
    , m_newUrn(new QLineEdit)
    , m_newType(new QComboBox)
    , m_create(button(tr("New schema"), QStringLiteral("createSchema"),
                      tr("Declare a schema with this URN for the chosen resource type")))
    , m_table(new QTableView)
    , m_newAttribute(new QLineEdit)
    , m_addAttribute(
          button(tr("Add attribute"), QStringLiteral("addAttribute"), tr("Add a string attribute with this name")))
    , m_removeAttribute(
          button(tr("Remove attribute"), QStringLiteral("removeAttribute"), tr("Remove the selected attribute")))
    , m_undo(button(tr("Undo"), QStringLiteral("schemaUndo"), tr("Undo the last change to this schema")))
    , m_redo(button(tr("Redo"), QStringLiteral("schemaRedo"), tr("Redo the change undone last")))
    , m_save(button(tr("Save"), QStringLiteral("saveSchema"), tr("Send the schema to the engine")))
    , m_revert(button(tr("Revert"), QStringLiteral("revertSchema"),
                      tr("Discard unsaved changes: back to the schema the engine has")))
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("schemaEditorPage"));
    m_connection->setObjectName(QStringLiteral("schemaConnection"));
    m_connection->setAccessibleName(tr("Connection"));
    m_schemas->setObjectName(QStringLiteral("schemaList"));
    m_schemas->setAccessibleName(tr("Schemas"));
    m_newUrn->setObjectName(QStringLiteral("newSchemaUrn"));
    m_newUrn->setAccessibleName(tr("URN of the new schema"));
    //: Placeholder of the new schema's URN field; keep the URN as it is
    m_newUrn->setPlaceholderText(tr("e.g. urn:example:params:scim:schemas:extension:acme:2.0:User"));
    m_newType->setObjectName(QStringLiteral("newSchemaResourceType"));
    m_newType->setAccessibleName(tr("Resource type of the new schema"));
    //: A SCIM resource type in the new schema's resource type chooser
    m_newType->addItem(tr("User"), QStringLiteral("User"));
    //: A SCIM resource type in the new schema's resource type chooser
    m_newType->addItem(tr("Group"), QStringLiteral("Group"));
    m_table->setObjectName(QStringLiteral("schemaAttributes"));
    m_table->setAccessibleName(tr("Attributes of the schema"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new SchemaValueDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_newAttribute->setObjectName(QStringLiteral("newAttributeName"));
    m_newAttribute->setAccessibleName(tr("Name of the new attribute"));
    m_status->setObjectName(QStringLiteral("schemaStatus"));
    m_status->setWordWrap(true);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Schemas of the connection")));
    leftLayout->addWidget(m_schemas, 1);
    leftLayout->addWidget(m_newUrn);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_newType);
    newRow->addWidget(m_create);
    leftLayout->addLayout(newRow);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_table, 1);
    auto *attributeRow = new QHBoxLayout;
    attributeRow->addWidget(m_newAttribute, 1);
    attributeRow->addWidget(m_addAttribute);
    attributeRow->addWidget(m_removeAttribute);
    rightLayout->addLayout(attributeRow);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_undo);
    actions->addWidget(m_redo);
    actions->addStretch(1);
    actions->addWidget(m_revert);
    actions->addWidget(m_save);
    rightLayout->addLayout(actions);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto *top = new QHBoxLayout;
    // No mnemonic: Alt+C (and its translations) belongs to the Connection menu.
    auto *connectionLabel = new QLabel(tr("Connection:"));
    connectionLabel->setBuddy(m_connection);
    top->addWidget(connectionLabel);
    top->addWidget(m_connection, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_connections, &QAbstractItemModel::modelReset, this, &SchemaEditorPage::fillConnections);
    connect(m_connections, &QAbstractItemModel::rowsInserted, this, &SchemaEditorPage::fillConnections);
    connect(m_connections, &QAbstractItemModel::rowsRemoved, this, &SchemaEditorPage::fillConnections);
    connect(m_connection, &QComboBox::activated, this,
            [this](int row) { setConnectionId(m_connection->itemData(row).toString()); });
    connect(m_schemas, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) { showSchema(item); });
    connect(m_create, &QPushButton::clicked, this, &SchemaEditorPage::createSchema);
    connect(m_newUrn, &QLineEdit::returnPressed, this, &SchemaEditorPage::createSchema);
    const auto addAttribute = [this] {
        const QString name = m_newAttribute->text().trimmed();
        const QString error = m_model->validateNewName(name);
        if (!error.isEmpty()) {
            m_status->setText(error);
            return;
        }
        m_model->addAttribute(name);
        m_newAttribute->clear();
        m_table->selectRow(m_model->rowCount() - 1);
    };
    connect(m_addAttribute, &QPushButton::clicked, this, addAttribute);
    connect(m_newAttribute, &QLineEdit::returnPressed, this, addAttribute);
    connect(m_removeAttribute, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            m_model->removeAttribute(current.row());
    });
    connect(m_undo, &QPushButton::clicked, m_model->undoStack(), &QUndoStack::undo);
    connect(m_redo, &QPushButton::clicked, m_model->undoStack(), &QUndoStack::redo);
    connect(m_save, &QPushButton::clicked, this, &SchemaEditorPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SchemaEditorPage::revert);
    connect(m_model->undoStack(), &QUndoStack::indexChanged, this, &SchemaEditorPage::updateActions);
    connect(m_model->undoStack(), &QUndoStack::cleanChanged, this, &SchemaEditorPage::updateActions);
    connect(m_model, &SchemaAttributesModel::issuesChanged, this, [this] {
        QStringList lines = m_model->unplacedIssues();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString issue = m_model->index(row, 0).data(SchemaAttributesModel::IssueRole).toString();
            if (!issue.isEmpty())
                lines.append(issue);
        }
        if (!lines.isEmpty())
            m_status->setText(lines.join(u'\n'));
    });
    fillConnections();
    updateActions();
}

SchemaEditorPage::~SchemaEditorPage()
{
    // The model (and its undo stack) goes with the child widgets; its last signals must not reach them.
    m_model->undoStack()->disconnect(this);
    m_model->disconnect(this);
}

void SchemaEditorPage::fillConnections()
{
    const QString current = m_connectionId;
    m_connection->clear();
    for (int row = 0; row < m_connections->rowCount(); ++row) {
        const QModelIndex index = m_connections->index(row, ConnectionsModel::NameColumn);
        m_connection->addItem(index.data().toString(), index.data(ModelRoles::IdRole));
    }
    m_connection->setCurrentIndex(m_connection->findData(current));
}

void SchemaEditorPage::setConnectionId(const QString &id)
{
    m_connectionId = id;
    m_connection->setCurrentIndex(m_connection->findData(id));
    reload();
}

void SchemaEditorPage::reload()
{
    const quint64 generation = ++m_generation;
    m_loaded = false;
    m_schemas->clear();
    m_model->setSchema({}, false);
    updateActions();
    if (m_connectionId.isEmpty())
        return;
    const QString id = m_connectionId;
    // Declared schemas come from …/custom-schemas (as stored); core and enterprise from …/schemas.
    auto declared = std::make_shared<QJsonArray>();
    const auto loadType = [this, id, generation, declared](const QString &type, auto next) {
        m_client->getSchemas(id, type, this, [this, generation, declared, type, next](const ApiResult &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                m_status->setText(result.describe(tr("Could not load the connection's schemas: %1.")));
                return;
            }
            for (const QJsonValue &schema : result.object().value(QStringLiteral("Resources")).toArray()) {
                const QString urn = schema.toObject().value(kId).toString();
                bool isDeclared = false;
                for (const QJsonValue &entry : std::as_const(*declared)) {
                    const QJsonObject stored = entry.toObject().value(QStringLiteral("schema")).toObject();
                    if (stored.value(kId).toString() == urn) {
                        addSchemaItem(stored, type, true, false);
                        isDeclared = true;
                    }
                }
                if (!isDeclared)
                    addSchemaItem(schema.toObject(), type, false, false);
            }
            next();
        });
    };
    m_client->listCustomSchemas(id, this, [this, generation, declared, loadType](const ApiResult &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_status->setText(result.describe(tr("Could not load the connection's schemas: %1.")));
            return;
        }
        *declared = result.array();
        loadType(QStringLiteral("User"), [this, loadType] {
            loadType(QStringLiteral("Group"), [this] {
                m_loaded = true;
                if (m_schemas->count() > 0 && !m_schemas->currentItem())
                    m_schemas->setCurrentRow(0);
                Q_EMIT loaded();
            });
        });
    });
}

void SchemaEditorPage::addSchemaItem(const QJsonObject &schema, const QString &resourceType, bool editable, bool isNew)
{
    const QString name = schema.value(QStringLiteral("name")).toString();
    //: A schema in the list: %1 its resource type (User or Group), %2 its name, %3 its URN
    auto *item = new QListWidgetItem(tr("%1: %2\n%3").arg(resourceType, name, schema.value(kId).toString()));
    item->setData(SchemaRole, schema);
    item->setData(ResourceTypeRole, resourceType);
    item->setData(EditableRole, editable);
    item->setData(NewRole, isNew);
    item->setToolTip(editable ? tr("A declared schema: editable") : tr("A standard schema: read-only"));
    m_schemas->addItem(item);
}

bool SchemaEditorPage::selectSchema(const QString &urn)
{
    for (int row = 0; row < m_schemas->count(); ++row) {
        if (m_schemas->item(row)->data(SchemaRole).toJsonObject().value(kId).toString() == urn) {
            m_schemas->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void SchemaEditorPage::showSchema(QListWidgetItem *item)
{
    if (!item) {
        m_model->setSchema({}, false);
    } else {
        QJsonObject schema = item->data(SchemaRole).toJsonObject();
        // Only what a declaration holds: /Schemas adds `schemas` and `meta`.
        schema.remove(QStringLiteral("schemas"));
        schema.remove(QStringLiteral("meta"));
        m_model->setSchema(schema, item->data(EditableRole).toBool());
    }
    m_table->resizeColumnsToContents();
    updateActions();
}

void SchemaEditorPage::createSchema()
{
    const QString urn = m_newUrn->text().trimmed();
    if (!urn.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive) || urn.contains(u' ')) {
        m_status->setText(
            tr("A schema's id is a URN, such as urn:example:params:scim:schemas:extension:acme:2.0:User."));
        return;
    }
    if (selectSchema(urn)) {
        m_status->setText(tr("The connection already has the schema %1.").arg(urn));
        return;
    }
    const QString name = urn.section(u':', -3, -3).isEmpty() ? urn.section(u':', -1) : urn.section(u':', -3, -3);
    addSchemaItem(QJsonObject{{kId, urn}, {QStringLiteral("name"), name}, {QStringLiteral("attributes"), QJsonArray()}},
                  m_newType->currentData().toString(), true, true);
    m_schemas->setCurrentRow(m_schemas->count() - 1);
    m_newUrn->clear();
    m_status->setText(tr("Add attributes, then save the schema."));
}

void SchemaEditorPage::save()
{
    QListWidgetItem *item = m_schemas->currentItem();
    if (!item || !item->data(EditableRole).toBool())
        return;
    const QJsonObject schema = m_model->schema();
    const QString type = item->data(ResourceTypeRole).toString();
    const bool isNew = item->data(NewRole).toBool();
    const QString urn = schema.value(kId).toString();
    m_save->setEnabled(false);
    m_client->saveCustomSchema(m_connectionId, type, schema, isNew, this, [this, urn](const ApiResult &result) {
        QListWidgetItem *current = m_schemas->currentItem();
        if (!result.ok()) {
            updateActions();
            if (result.status == 400 || result.status == 409)
                m_model->setIssues(result.object().value(QStringLiteral("details")).toArray());
            m_status->setText(result.describe(tr("The engine refused the schema: %1.")));
            return;
        }
        if (current && current->data(SchemaRole).toJsonObject().value(kId).toString() == urn) {
            current->setData(SchemaRole, result.object());
            current->setData(NewRole, false);
        }
        m_model->undoStack()->setClean();
        m_model->setIssues({});
        m_status->setText(tr("Saved the schema %1.").arg(urn));
        updateActions();
        Q_EMIT saved(urn);
    });
}

void SchemaEditorPage::revert()
{
    showSchema(m_schemas->currentItem());
    m_status->clear();
}

void SchemaEditorPage::updateActions()
{
    const bool editable = m_model->isEditable();
    QUndoStack *stack = m_model->undoStack();
    QListWidgetItem *item = m_schemas->currentItem();
    const bool isNew = item && item->data(NewRole).toBool();
    m_newAttribute->setEnabled(editable);
    m_addAttribute->setEnabled(editable);
    m_removeAttribute->setEnabled(editable && m_model->rowCount() > 0);
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    m_save->setEnabled(editable && (isNew || !stack->isClean()));
    m_revert->setEnabled(editable && !stack->isClean());
}

} // namespace scim
