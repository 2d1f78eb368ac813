#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPushButton;
class QTableView;

namespace scim {

class ManagementClient;
class UndeclaredAttributesModel;

// "Declare…" on the schema editor (docs/schemas.md): the undeclared extension attributes the connection's stored
// resources carry (the engine's survey), with how many resources carry each, the inferred type and examples. Declare
// accepts the dialog with the chosen row; the editor then adds its inferred definition to that schema, for the admin
// to check and save.
class DeclareAttributesDialog : public QDialog
{
    Q_OBJECT

public:
    DeclareAttributesDialog(ManagementClient *client, const QString &connectionId, QWidget *parent = nullptr);

    UndeclaredAttributesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool isLoaded() const { return m_loaded; }
    // The chosen survey entry ({resource_type, schema, attribute, definition, …}); empty when none.
    QJsonObject chosen() const;

Q_SIGNALS:
    void loaded();

private:
    UndeclaredAttributesModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_declare;
    bool m_loaded = false;
};

} // namespace scim
