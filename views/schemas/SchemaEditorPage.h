#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeView;

namespace scim {

class ConnectionsModel;
class DeclareAttributesDialog;
class ManagementClient;
class SchemaAttributesModel;
class ToneLabel;

// The schema editor of one connection (docs/schemas.md): its User and Group schemas (core and enterprise read-only,
// declared ones editable), a new schema by URN, the selected schema's attributes in a tree (complex attributes with
// their sub-attributes) whose enumerated characteristics are combo boxes of valid values, every edit undoable,
// Save (POST or PUT …/custom-schemas) with the engine's validation errors shown on the rows it names, Revert,
// import and export of RFC 7643 schema JSON (an import is checked by the engine with ?dry_run=true), the schema's own
// name and description, a sample user as an IdP would read it next to the profile the connection's attribute map
// makes of it (asked of the engine, …/profile-preview, with the schema as edited), "Declare…" from the undeclared
// attributes the engine has seen, and the connection's policy for undeclared attributes
// (options.scim_unknown_attributes).
class SchemaEditorPage : public QWidget
{
    Q_OBJECT

public:
    SchemaEditorPage(ManagementClient *client, ConnectionsModel *connections, QWidget *parent = nullptr);
    ~SchemaEditorPage() override;

    // Loads the connection's schemas.
    void setConnectionId(const QString &id);
    QString connectionId() const { return m_connectionId; }
    bool isLoaded() const { return m_loaded; }
    SchemaAttributesModel *attributesModel() const { return m_model; }
    QListWidget *schemaList() const { return m_schemas; }
    QTreeView *attributesView() const { return m_table; }
    QString previewText() const;
    // The profile side of the preview, and what it says about it (unmapped attributes, a refusal, groups).
    QString profileText() const;
    QString profileNote() const;
    // The engine's message shown on the schema's name or description field ("" when none).
    QString schemaFieldError(const QString &key) const;

    // Selects the schema `urn` when the list has it.
    bool selectSchema(const QString &urn);

    // Loads an RFC 7643 schema file (a schema, or {resource_type, schema}) into the schema with its URN (a new one
    // when the connection has none), as one undoable step, and has the engine check it; imported() follows.
    void importSchemaFile(const QString &path);
    // Writes the schema as edited to `path` (atomically); false with the reason in the status line.
    bool exportSchemaFile(const QString &path);
    // Adds a survey entry's inferred definition to its schema (a new one when its URN is not declared), undoable.
    bool declare(const QJsonObject &entry);

public Q_SLOTS:
    void save();
    void revert();
    void reload();
    void openImportDialog();
    void openExportDialog();
    DeclareAttributesDialog *openDeclareDialog();

Q_SIGNALS:
    void loaded();
    void saved(const QString &urn);
    void imported(bool accepted);
    void unknownAttributesPolicySaved(const QString &policy);
    void errorOccurred(const QString &message);
    // The profile side of the preview follows an edit (after the engine answered).
    void profilePreviewUpdated();

private:
    enum ItemRole
    {
        SchemaRole = Qt::UserRole + 1,
        ResourceTypeRole,
        EditableRole,
        NewRole
    };

    void fillConnections();
    static QString itemText(const QJsonObject &schema, const QString &resourceType);
    void addSchemaItem(const QJsonObject &schema, const QString &resourceType, bool editable, bool isNew);
    // A new, unsaved schema `urn` in the list, selected.
    void addNewSchema(const QString &urn, const QString &resourceType);
    QListWidgetItem *itemOf(const QString &urn) const;
    void showSchema(QListWidgetItem *item);
    void createSchema();
    void updateActions();
    void updatePreview();
    void requestProfilePreview();
    void showProfilePreview(const QJsonObject &answer);
    void updateSchemaFields();
    void loadUnknownAttributesPolicy();
    void saveUnknownAttributesPolicy(const QString &policy);

    ManagementClient *m_client;
    ConnectionsModel *m_connections;
    SchemaAttributesModel *m_model;
    QString m_connectionId;
    bool m_loaded = false;
    quint64 m_generation = 0;

    QComboBox *m_connection;
    QComboBox *m_unknownAttributes;
    QListWidget *m_schemas;
    QLineEdit *m_newUrn;
    QComboBox *m_newType;
    QPushButton *m_create;
    QPushButton *m_declare;
    QTreeView *m_table;
    QLineEdit *m_newAttribute;
    QPushButton *m_addAttribute;
    QPushButton *m_addSubAttribute;
    QPushButton *m_removeAttribute;
    QPushButton *m_undo;
    QPushButton *m_redo;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLineEdit *m_schemaName;
    QLineEdit *m_schemaDescription;
    ToneLabel *m_nameError;
    ToneLabel *m_descriptionError;
    QPlainTextEdit *m_preview;
    QPlainTextEdit *m_profile;
    ToneLabel *m_profileNote;
    QTimer *m_profileTimer;
    quint64 m_profileRequest = 0;
    QLabel *m_status;
};

} // namespace scim
