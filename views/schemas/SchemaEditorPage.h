#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableView;

namespace scim {

class ConnectionsModel;
class ManagementClient;
class SchemaAttributesModel;

// The schema editor of one connection (docs/schemas.md): its User and Group schemas (core and enterprise read-only,
// declared ones editable), a new schema by URN, the selected schema's attributes in a table whose enumerated
// characteristics are combo boxes of valid values, every edit undoable, Save (POST or PUT …/custom-schemas) with the
// engine's validation errors shown on the rows it names, and Revert.
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

    // Selects the schema `urn` when the list has it.
    bool selectSchema(const QString &urn);

public Q_SLOTS:
    void save();
    void revert();
    void reload();

Q_SIGNALS:
    void loaded();
    void saved(const QString &urn);
    void errorOccurred(const QString &message);

private:
    enum ItemRole
    {
        SchemaRole = Qt::UserRole + 1,
        ResourceTypeRole,
        EditableRole,
        NewRole
    };

    void fillConnections();
    void addSchemaItem(const QJsonObject &schema, const QString &resourceType, bool editable, bool isNew);
    void showSchema(QListWidgetItem *item);
    void createSchema();
    void updateActions();

    ManagementClient *m_client;
    ConnectionsModel *m_connections;
    SchemaAttributesModel *m_model;
    QString m_connectionId;
    bool m_loaded = false;
    quint64 m_generation = 0;

    QComboBox *m_connection;
    QListWidget *m_schemas;
    QLineEdit *m_newUrn;
    QComboBox *m_newType;
    QPushButton *m_create;
    QTableView *m_table;
    QLineEdit *m_newAttribute;
    QPushButton *m_addAttribute;
    QPushButton *m_removeAttribute;
    QPushButton *m_undo;
    QPushButton *m_redo;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_status;
};

} // namespace scim
