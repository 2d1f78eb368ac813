#include "views/schemas/SchemaEditorPage.h"

#include "models/api/ManagementClient.h"
#include "models/common/ModelRoles.h"
#include "models/connections/ConnectionsModel.h"
#include "models/schemas/SampleResource.h"
#include "models/schemas/SchemaAttributesModel.h"
#include "views/common/ToneLabel.h"
#include "views/schemas/DeclareAttributesDialog.h"
#include "views/schemas/SchemaValueDelegate.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
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
const QString kUnknownAttributes = QStringLiteral("scim_unknown_attributes");

} // namespace

SchemaEditorPage::SchemaEditorPage(ManagementClient *client, ConnectionsModel *connections, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_connections(connections)
    , m_model(new SchemaAttributesModel(this))
    , m_connection(new QComboBox)
    , m_unknownAttributes(new QComboBox)
    , m_schemas(new QListWidget)
    , m_newUrn(new QLineEdit)
    , m_newType(new QComboBox)
    , m_create(button(tr("New schema"), QStringLiteral("createSchema"),
                      tr("Declare a schema with this URN for the chosen resource type")))
    , m_declare(button(tr("Declare seen attributes…"), QStringLiteral("declareSeenAttributes"),
                       tr("Declare attributes that IdPs sent and no schema declares")))
    , m_table(new QTreeView)
    , m_newAttribute(new QLineEdit)
    , m_addAttribute(
          button(tr("Add attribute"), QStringLiteral("addAttribute"), tr("Add a string attribute with this name")))
    , m_addSubAttribute(button(tr("Add sub-attribute"), QStringLiteral("addSubAttribute"),
                               tr("Add a string sub-attribute with this name to the selected complex attribute")))
    , m_removeAttribute(
          button(tr("Remove attribute"), QStringLiteral("removeAttribute"), tr("Remove the selected attribute")))
    , m_undo(button(tr("Undo"), QStringLiteral("schemaUndo"), tr("Undo the last change to this schema")))
    , m_redo(button(tr("Redo"), QStringLiteral("schemaRedo"), tr("Redo the change undone last")))
    , m_import(button(tr("Import…"), QStringLiteral("importSchema"), tr("Load an RFC 7643 schema file")))
    , m_export(button(tr("Export…"), QStringLiteral("exportSchema"),
                      tr("Save the schema as edited to an RFC 7643 schema file")))
    , m_save(button(tr("Save"), QStringLiteral("saveSchema"), tr("Send the schema to the engine")))
    , m_revert(button(tr("Revert"), QStringLiteral("revertSchema"),
                      tr("Discard unsaved changes: back to the schema the engine has")))
    , m_schemaName(new QLineEdit)
    , m_schemaDescription(new QLineEdit)
    , m_nameError(new ToneLabel(ThemeColors::Tone::Error))
    , m_descriptionError(new ToneLabel(ThemeColors::Tone::Error))
    , m_preview(new QPlainTextEdit)
    , m_profile(new QPlainTextEdit)
    , m_profileNote(new ToneLabel)
    , m_profileTimer(new QTimer(this))
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("schemaEditorPage"));
    m_connection->setObjectName(QStringLiteral("schemaConnection"));
    m_connection->setAccessibleName(tr("Connection"));
    m_unknownAttributes->setObjectName(QStringLiteral("unknownAttributesPolicy"));
    m_unknownAttributes->setAccessibleName(tr("Undeclared extension attributes"));
    m_unknownAttributes->setToolTip(
        tr("What SCIM writes do with attributes under extension URNs that no schema of this connection declares"));
    //: Policy for undeclared extension attributes
    m_unknownAttributes->addItem(tr("Keep as sent"), QStringLiteral("keep"));
    //: Policy for undeclared extension attributes
    m_unknownAttributes->addItem(tr("Ignore"), QStringLiteral("ignore"));
    //: Policy for undeclared extension attributes
    m_unknownAttributes->addItem(tr("Reject"), QStringLiteral("reject"));
    m_unknownAttributes->setEnabled(false);
    m_schemas->setObjectName(QStringLiteral("schemaList"));
    m_schemas->setAccessibleName(tr("Schemas"));
    // Long URNs keep their start and their end (…:acme:2.0:User); the tooltip has them whole.
    m_schemas->setTextElideMode(Qt::ElideMiddle);
    m_schemas->setWordWrap(false);
    m_schemas->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->setAllColumnsShowFocus(true);
    m_table->header()->setStretchLastSection(true);
    m_preview->setObjectName(QStringLiteral("schemaPreview"));
    m_preview->setAccessibleName(tr("Sample resource with this schema"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_profile->setObjectName(QStringLiteral("schemaProfilePreview"));
    m_profile->setAccessibleName(tr("The sample user's profile"));
    m_profile->setReadOnly(true);
    m_profile->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_profileNote->setObjectName(QStringLiteral("schemaProfileNote"));
    m_profileNote->setWordWrap(true);
    // An edit asks the engine again once typing pauses, not on every keystroke.
    m_profileTimer->setSingleShot(true);
    m_profileTimer->setInterval(150);
    m_schemaName->setObjectName(QStringLiteral("schemaName"));
    m_schemaName->setAccessibleName(tr("Name of the schema"));
    m_schemaDescription->setObjectName(QStringLiteral("schemaDescription"));
    m_schemaDescription->setAccessibleName(tr("Description of the schema"));
    for (ToneLabel *error : {m_nameError, m_descriptionError}) {
        error->setWordWrap(true);
        error->hide();
    }
    m_nameError->setObjectName(QStringLiteral("fieldError:name"));
    m_descriptionError->setObjectName(QStringLiteral("fieldError:description"));
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
    leftLayout->addWidget(m_declare);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *propertiesRow = new QHBoxLayout;
    auto *nameLabel = new QLabel(tr("Name:"));
    nameLabel->setBuddy(m_schemaName);
    propertiesRow->addWidget(nameLabel);
    propertiesRow->addWidget(m_schemaName, 1);
    auto *descriptionLabel = new QLabel(tr("Description:"));
    descriptionLabel->setBuddy(m_schemaDescription);
    propertiesRow->addWidget(descriptionLabel);
    propertiesRow->addWidget(m_schemaDescription, 3);
    rightLayout->addLayout(propertiesRow);
    rightLayout->addWidget(m_nameError);
    rightLayout->addWidget(m_descriptionError);
    auto *scimBox = new QWidget;
    auto *scimLayout = new QVBoxLayout(scimBox);
    scimLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewLabel = new QLabel(tr("A sample resource with this schema, as an IdP reads it:"));
    previewLabel->setWordWrap(true); // side by side with the profile: must not set the window's minimum width
    previewLabel->setBuddy(m_preview);
    scimLayout->addWidget(previewLabel);
    scimLayout->addWidget(m_preview, 1);
    auto *profileBox = new QWidget;
    auto *profileLayout = new QVBoxLayout(profileBox);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    auto *profileLabel = new QLabel(tr("Its profile, as the connection's attribute map makes it:"));
    profileLabel->setWordWrap(true);
    profileLabel->setBuddy(m_profile);
    profileLayout->addWidget(profileLabel);
    profileLayout->addWidget(m_profile, 1);
    profileLayout->addWidget(m_profileNote);
    auto *previewBox = new QSplitter(Qt::Horizontal);
    previewBox->setObjectName(QStringLiteral("schemaPreviewSplitter"));
    previewBox->addWidget(scimBox);
    previewBox->addWidget(profileBox);
    auto *attributesSplit = new QSplitter(Qt::Vertical);
    attributesSplit->addWidget(m_table);
    attributesSplit->addWidget(previewBox);
    attributesSplit->setStretchFactor(0, 3);
    attributesSplit->setStretchFactor(1, 2);
    rightLayout->addWidget(attributesSplit, 1);
    auto *attributeRow = new QHBoxLayout;
    attributeRow->addWidget(m_newAttribute, 1);
    attributeRow->addWidget(m_addAttribute);
    attributeRow->addWidget(m_addSubAttribute);
    attributeRow->addWidget(m_removeAttribute);
    rightLayout->addLayout(attributeRow);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_undo);
    actions->addWidget(m_redo);
    actions->addWidget(m_import);
    actions->addWidget(m_export);
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
    auto *unknownLabel = new QLabel(tr("Undeclared extension attributes:"));
    unknownLabel->setBuddy(m_unknownAttributes);
    top->addWidget(unknownLabel);
    top->addWidget(m_unknownAttributes);
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
    const auto addAttribute = [this](bool sub) {
        const QString name = m_newAttribute->text().trimmed();
        QModelIndex current = m_table->currentIndex();
        if (current.parent().isValid())
            current = current.parent();
        const int parentRow = sub ? (current.isValid() ? current.row() : -2) : -1;
        if (parentRow == -2) {
            m_status->setText(tr("Select the complex attribute that gets the sub-attribute."));
            return;
        }
        const QString error = m_model->validateNewName(name, parentRow);
        if (!error.isEmpty()) {
            m_status->setText(error);
            return;
        }
        if (sub)
            m_model->addSubAttribute(parentRow, name);
        else
            m_model->addAttribute(name);
        m_newAttribute->clear();
        const QModelIndex owner = sub ? m_model->index(parentRow, 0) : QModelIndex();
        m_table->expand(owner);
        m_table->setCurrentIndex(m_model->index(m_model->rowCount(owner) - 1, 0, owner));
    };
    connect(m_addAttribute, &QPushButton::clicked, this, [addAttribute] { addAttribute(false); });
    connect(m_addSubAttribute, &QPushButton::clicked, this, [addAttribute] { addAttribute(true); });
    connect(m_newAttribute, &QLineEdit::returnPressed, this, [addAttribute] { addAttribute(false); });
    connect(m_removeAttribute, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            m_model->removeAttribute(current.siblingAtColumn(0));
    });
    connect(m_declare, &QPushButton::clicked, this, &SchemaEditorPage::openDeclareDialog);
    connect(m_import, &QPushButton::clicked, this, &SchemaEditorPage::openImportDialog);
    connect(m_export, &QPushButton::clicked, this, &SchemaEditorPage::openExportDialog);
    connect(m_unknownAttributes, &QComboBox::activated, this,
            [this](int row) { saveUnknownAttributesPolicy(m_unknownAttributes->itemData(row).toString()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->expandAll();
        updatePreview();
    });
    connect(m_model, &SchemaAttributesModel::schemaPropertiesChanged, this, &SchemaEditorPage::updateSchemaFields);
    connect(m_profileTimer, &QTimer::timeout, this, &SchemaEditorPage::requestProfilePreview);
    const auto editProperty = [this](QLineEdit *field, const QString &key) {
        connect(field, &QLineEdit::editingFinished, this, [this, field, key] {
            if (m_model->isEditable())
                m_model->setSchemaProperty(key, field->text());
        });
    };
    editProperty(m_schemaName, QStringLiteral("name"));
    editProperty(m_schemaDescription, QStringLiteral("description"));
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SchemaEditorPage::updatePreview);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SchemaEditorPage::updatePreview);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SchemaEditorPage::updatePreview);
    connect(m_undo, &QPushButton::clicked, m_model->undoStack(), &QUndoStack::undo);
    connect(m_redo, &QPushButton::clicked, m_model->undoStack(), &QUndoStack::redo);
    connect(m_save, &QPushButton::clicked, this, &SchemaEditorPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SchemaEditorPage::revert);
    connect(m_model->undoStack(), &QUndoStack::indexChanged, this, &SchemaEditorPage::updateActions);
    connect(m_model->undoStack(), &QUndoStack::cleanChanged, this, &SchemaEditorPage::updateActions);
    connect(m_model, &SchemaAttributesModel::issuesChanged, this, [this] {
        updateSchemaFields();
        const QStringList lines = m_model->allIssues();
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
    m_unknownAttributes->setEnabled(false);
    if (m_connectionId.isEmpty())
        return;
    loadUnknownAttributesPolicy();
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

QString SchemaEditorPage::itemText(const QJsonObject &schema, const QString &resourceType)
{
    //: A schema in the list: %1 its resource type (User or Group), %2 its name, %3 its URN
    return tr("%1: %2\n%3")
        .arg(resourceType, schema.value(QStringLiteral("name")).toString(), schema.value(kId).toString());
}

void SchemaEditorPage::addSchemaItem(const QJsonObject &schema, const QString &resourceType, bool editable, bool isNew)
{
    auto *item = new QListWidgetItem(itemText(schema, resourceType));
    // As wide as the list, not as the URN: the list elides instead of scrolling sideways. Two lines high.
    item->setSizeHint(QSize(1, 2 * m_schemas->fontMetrics().lineSpacing() + 6));
    item->setData(SchemaRole, schema);
    item->setData(ResourceTypeRole, resourceType);
    item->setData(EditableRole, editable);
    item->setData(NewRole, isNew);
    // The whole URN, which the list may elide in the middle.
    const QString urn = schema.value(kId).toString();
    //: Tooltip of a schema in the list: %1 its URN, shown whole
    item->setToolTip(editable ? tr("%1\nA declared schema: editable").arg(urn)
                              //: Tooltip of a schema in the list: %1 its URN, shown whole
                              : tr("%1\nA standard schema: read-only").arg(urn));
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
    for (int column = 0; column < SchemaAttributesModel::DescriptionColumn; ++column)
        m_table->resizeColumnToContents(column);
    updateActions();
    updatePreview();
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
    addNewSchema(urn, m_newType->currentData().toString());
    m_newUrn->clear();
    m_status->setText(tr("Add attributes, then save the schema."));
}

void SchemaEditorPage::addNewSchema(const QString &urn, const QString &resourceType)
{
    const QString name = urn.section(u':', -3, -3).isEmpty() ? urn.section(u':', -1) : urn.section(u':', -3, -3);
    addSchemaItem(QJsonObject{{kId, urn}, {QStringLiteral("name"), name}, {QStringLiteral("attributes"), QJsonArray()}},
                  resourceType, true, true);
    m_schemas->setCurrentRow(m_schemas->count() - 1);
}

QListWidgetItem *SchemaEditorPage::itemOf(const QString &urn) const
{
    for (int row = 0; row < m_schemas->count(); ++row) {
        QListWidgetItem *item = m_schemas->item(row);
        if (item->data(SchemaRole).toJsonObject().value(kId).toString().compare(urn, Qt::CaseInsensitive) == 0)
            return item;
    }
    return nullptr;
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
            // The answer is the declaration ({resource_type, schema}); the item keeps the schema, as loaded.
            const QJsonObject stored = result.object().value(QStringLiteral("schema")).toObject();
            current->setData(SchemaRole, stored);
            current->setData(NewRole, false);
            current->setText(itemText(stored, current->data(ResourceTypeRole).toString()));
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

void SchemaEditorPage::openImportDialog()
{
    auto *dialog =
        new QFileDialog(this, tr("Import a schema file"), QString(), tr("Schema files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importSchemaDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &SchemaEditorPage::importSchemaFile);
    dialog->open();
}

void SchemaEditorPage::openExportDialog()
{
    auto *dialog = new QFileDialog(this, tr("Export the schema file"), QString(), tr("Schema files (*.json)"));
    dialog->setObjectName(QStringLiteral("exportSchemaDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    const QString name = m_model->schema().value(QStringLiteral("name")).toString();
    dialog->selectFile(QStringLiteral("%1-schema.json").arg(name.isEmpty() ? QStringLiteral("custom") : name));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportSchemaFile(path); });
    dialog->open();
}

bool SchemaEditorPage::exportSchemaFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(m_model->schema()).toJson()) < 0 ||
        !file.commit()) {
        m_status->setText(tr("Could not write %1: %2.").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Exported the schema to %1.").arg(path));
    return true;
}

void SchemaEditorPage::importSchemaFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Could not read %1: %2.").arg(path, file.errorString()));
        Q_EMIT imported(false);
        return;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        m_status->setText(tr("%1 is not a JSON schema file: %2.")
                              .arg(path, error.error != QJsonParseError::NoError ? error.errorString()
                                                                                 : tr("it holds no JSON object")));
        Q_EMIT imported(false);
        return;
    }
    // A schema as exported or as /Schemas shows it, or a declaration ({resource_type, schema}) as the API takes it.
    QJsonObject schema = document.object();
    QString resourceType = m_newType->currentData().toString();
    if (schema.value(QStringLiteral("schema")).isObject()) {
        resourceType = schema.value(QStringLiteral("resource_type")).toString(resourceType);
        schema = schema.value(QStringLiteral("schema")).toObject();
    }
    schema.remove(QStringLiteral("schemas"));
    schema.remove(QStringLiteral("meta"));
    const QString urn = schema.value(kId).toString();
    if (urn.isEmpty()) {
        m_status->setText(tr("The schema in %1 has no id: a schema's id is its URN.").arg(path));
        Q_EMIT imported(false);
        return;
    }
    QListWidgetItem *item = itemOf(urn);
    if (item && !item->data(EditableRole).toBool()) {
        m_status->setText(tr("%1 is a standard schema: it cannot be declared.").arg(urn));
        Q_EMIT imported(false);
        return;
    }
    if (item)
        m_schemas->setCurrentItem(item);
    else
        addNewSchema(urn, resourceType);
    item = m_schemas->currentItem();
    schema.insert(kId, item->data(SchemaRole).toJsonObject().value(kId)); // the URN as the engine spells it
    m_model->replaceSchema(schema);
    // The engine's rules, without storing anything: the admin sees at once what a save would refuse.
    m_client->checkCustomSchema(
        m_connectionId, item->data(ResourceTypeRole).toString(), m_model->schema(), item->data(NewRole).toBool(), this,
        [this, urn](const ApiResult &result) {
            if (result.ok()) {
                m_model->setIssues({});
                m_status->setText(tr("Imported the schema %1: the engine accepts it. Save it to apply it.").arg(urn));
            } else {
                if (result.status == 400 || result.status == 409)
                    m_model->setIssues(result.object().value(QStringLiteral("details")).toArray());
                m_status->setText(result.describe(tr("Imported the schema, but the engine would refuse it: %1.")));
            }
            Q_EMIT imported(result.ok());
        });
}

DeclareAttributesDialog *SchemaEditorPage::openDeclareDialog()
{
    if (m_connectionId.isEmpty())
        return nullptr;
    auto *dialog = new DeclareAttributesDialog(m_client, m_connectionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { declare(dialog->chosen()); });
    dialog->open();
    return dialog;
}

bool SchemaEditorPage::declare(const QJsonObject &entry)
{
    const QString urn = entry.value(QStringLiteral("schema")).toString();
    QJsonObject definition = entry.value(QStringLiteral("definition")).toObject();
    const QString name = entry.value(QStringLiteral("attribute")).toString();
    if (urn.isEmpty() || name.isEmpty())
        return false;
    definition.insert(QStringLiteral("name"), name);
    QListWidgetItem *item = itemOf(urn);
    if (item && !item->data(EditableRole).toBool()) {
        m_status->setText(tr("%1 is a standard schema: it cannot be declared.").arg(urn));
        return false;
    }
    if (item)
        m_schemas->setCurrentItem(item);
    else
        addNewSchema(urn, entry.value(QStringLiteral("resource_type")).toString(QStringLiteral("User")));
    if (m_model->rowOfAttribute(name) >= 0) {
        m_status->setText(tr("This schema already has an attribute named %1.").arg(name));
        return false;
    }
    m_model->addAttribute(definition);
    m_table->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
    m_status->setText(
        tr("Added %1 with the type inferred from the values IdPs sent: check it, then save the schema.").arg(name));
    return true;
}

QString SchemaEditorPage::previewText() const
{
    return m_preview->toPlainText();
}

void SchemaEditorPage::updatePreview()
{
    QListWidgetItem *item = m_schemas->currentItem();
    if (!item) {
        m_preview->clear();
        m_profileTimer->stop();
        ++m_profileRequest; // an answer still on its way is for a schema no longer shown
        m_profile->clear();
        m_profileNote->clear();
        return;
    }
    const QJsonObject sample = SampleResource::build(m_model->schema(), item->data(ResourceTypeRole).toString());
    m_preview->setPlainText(QString::fromUtf8(QJsonDocument(sample).toJson()));
    m_profileTimer->start();
}

QString SchemaEditorPage::profileText() const
{
    return m_profile->toPlainText();
}

QString SchemaEditorPage::profileNote() const
{
    return m_profileNote->text();
}

QString SchemaEditorPage::schemaFieldError(const QString &key) const
{
    const ToneLabel *label = key == QLatin1String("name") ? m_nameError : m_descriptionError;
    return label->isHidden() ? QString() : label->text();
}

void SchemaEditorPage::updateSchemaFields()
{
    const bool editable = m_model->isEditable();
    const auto show = [editable](QLineEdit *field, ToneLabel *error, const QString &value, const QString &issue) {
        // Not while the admin types in it: the field holds what they typed until it is committed.
        if (!field->hasFocus() || !editable)
            field->setText(value);
        field->setReadOnly(!editable);
        field->setEnabled(!value.isEmpty() || editable);
        error->setText(issue);
        error->setVisible(!issue.isEmpty());
        field->setToolTip(issue);
        field->setAccessibleDescription(issue);
    };
    show(m_schemaName, m_nameError, m_model->schemaProperty(QStringLiteral("name")),
         m_model->schemaIssue(QStringLiteral("name")));
    show(m_schemaDescription, m_descriptionError, m_model->schemaProperty(QStringLiteral("description")),
         m_model->schemaIssue(QStringLiteral("description")));
    updatePreview();
}

void SchemaEditorPage::requestProfilePreview()
{
    const quint64 request = ++m_profileRequest;
    QListWidgetItem *item = m_schemas->currentItem();
    if (!item || m_connectionId.isEmpty()) {
        m_profile->clear();
        m_profileNote->clear();
        return;
    }
    const QString type = item->data(ResourceTypeRole).toString();
    if (type != QLatin1String("User")) {
        m_profile->clear();
        m_profileNote->setTone(std::nullopt);
        m_profileNote->setText(tr("Groups have no profile: the attribute map applies to users."));
        Q_EMIT profilePreviewUpdated();
        return;
    }
    // The schema as edited stands in for the declared one, so the profile follows edits before they are saved.
    QJsonObject declaration;
    if (item->data(EditableRole).toBool())
        declaration =
            QJsonObject{{QStringLiteral("resource_type"), type}, {QStringLiteral("schema"), m_model->schema()}};
    m_client->previewProfile(m_connectionId, SampleResource::build(m_model->schema(), type, true), declaration, this,
                             [this, request](const ApiResult &result) {
                                 if (request != m_profileRequest)
                                     return; // an edit since asked again
                                 if (result.ok()) {
                                     showProfilePreview(result.object());
                                 } else {
                                     m_profile->clear();
                                     m_profileNote->setTone(ThemeColors::Tone::Error);
                                     m_profileNote->setText(
                                         result.describe(tr("The engine cannot map the sample user: %1.")));
                                 }
                                 Q_EMIT profilePreviewUpdated();
                             });
}

void SchemaEditorPage::showProfilePreview(const QJsonObject &answer)
{
    m_profile->setPlainText(
        QString::fromUtf8(QJsonDocument(answer.value(QStringLiteral("profile")).toObject()).toJson()));
    QStringList notes;
    QStringList broken;
    for (const QJsonValue &issue : answer.value(QStringLiteral("mapping_issues")).toArray()) {
        const QString scim = issue.toObject().value(QStringLiteral("scim")).toString();
        if (!scim.isEmpty())
            //: A pair of the attribute map: %1 the SCIM attribute, %2 the profile attribute
            broken.append(tr("%1 → %2").arg(scim, issue.toObject().value(QStringLiteral("auth0")).toString()));
    }
    if (!broken.isEmpty())
        notes.append(tr("The attribute map reads what this schema no longer declares (%1): saving it would be "
                        "refused until the map changes.")
                         .arg(broken.join(QStringLiteral(", "))));
    // Only this schema's attributes: the core ones left out are the map's business, not this schema's.
    const QString urn = m_model->schema().value(kId).toString();
    QStringList unmapped;
    for (const QJsonValue &path : answer.value(QStringLiteral("unmapped_attributes")).toArray()) {
        const QString text = path.toString();
        if (text.startsWith(urn + u':', Qt::CaseInsensitive))
            unmapped.append(text.mid(urn.size() + 1));
    }
    if (!unmapped.isEmpty())
        notes.append(
            tr("Not in the profile, as the map has no pair for them: %1.").arg(unmapped.join(QStringLiteral(", "))));
    m_profileNote->setTone(broken.isEmpty() ? std::nullopt : std::optional(ThemeColors::Tone::Warning));
    m_profileNote->setText(notes.join(u'\n'));
}

void SchemaEditorPage::loadUnknownAttributesPolicy()
{
    const quint64 generation = m_generation;
    m_client->getConnection(m_connectionId, this, [this, generation](const ApiResult &result) {
        if (generation != m_generation || !result.ok())
            return;
        const QString policy = result.object()
                                   .value(QStringLiteral("options"))
                                   .toObject()
                                   .value(kUnknownAttributes)
                                   .toString(QStringLiteral("keep"));
        m_unknownAttributes->setCurrentIndex(qMax(0, m_unknownAttributes->findData(policy)));
        m_unknownAttributes->setEnabled(true);
    });
}

void SchemaEditorPage::saveUnknownAttributesPolicy(const QString &policy)
{
    // PATCH replaces `options` as a whole: the current ones, read again, with this one changed.
    const QString id = m_connectionId;
    m_unknownAttributes->setEnabled(false);
    m_client->getConnection(id, this, [this, id, policy](const ApiResult &current) {
        if (!current.ok()) {
            m_unknownAttributes->setEnabled(true);
            m_status->setText(current.describe(tr("Could not change the policy for undeclared attributes: %1.")));
            return;
        }
        QJsonObject options = current.object().value(QStringLiteral("options")).toObject();
        options.insert(kUnknownAttributes, policy);
        m_client->updateConnection(
            id, QJsonObject{{QStringLiteral("options"), options}}, this, [this, id, policy](const ApiResult &result) {
                if (id != m_connectionId)
                    return;
                m_unknownAttributes->setEnabled(true);
                if (!result.ok()) {
                    m_status->setText(
                        result.describe(tr("Could not change the policy for undeclared attributes: %1.")));
                    loadUnknownAttributesPolicy();
                    return;
                }
                m_status->setText(tr("Saved the policy for undeclared extension attributes: %1.")
                                      .arg(m_unknownAttributes->currentText()));
                Q_EMIT unknownAttributesPolicySaved(policy);
            });
    });
}

void SchemaEditorPage::updateActions()
{
    const bool editable = m_model->isEditable();
    QUndoStack *stack = m_model->undoStack();
    QListWidgetItem *item = m_schemas->currentItem();
    const bool isNew = item && item->data(NewRole).toBool();
    m_newAttribute->setEnabled(editable);
    m_addAttribute->setEnabled(editable);
    m_addSubAttribute->setEnabled(editable);
    m_removeAttribute->setEnabled(editable && m_model->rowCount() > 0);
    m_import->setEnabled(!m_connectionId.isEmpty() && m_loaded);
    m_export->setEnabled(item != nullptr);
    m_declare->setEnabled(!m_connectionId.isEmpty());
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    m_save->setEnabled(editable && (isNew || !stack->isClean()));
    m_revert->setEnabled(editable && !stack->isClean());
}

} // namespace scim
