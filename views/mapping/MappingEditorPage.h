#pragma once

#include <QPoint>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMimeData;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTreeView;
class QUndoStack;

namespace scim {

class ConnectionsModel;
class DropHint;
class ManagementClient;
class MappingModel;
class MappingPreview;
class MappingPreviewPanel;
class ProfileAttributeModel;
class RealUsersPreviewDialog;
class ScimAttributeTreeModel;

// The attribute-map editor of one connection: its SCIM attributes (left), the pairs (middle), the profile
// attributes (right) and the live preview (below). Pairs are made by dragging a SCIM attribute onto a profile
// attribute or the table, or by selecting both sides and pressing Enter / Map; every edit is undoable. Save sends
// the map to the engine (PATCH …/scim-configuration), whose validation errors are shown on the offending rows.
class MappingEditorPage : public QWidget
{
    Q_OBJECT

public:
    MappingEditorPage(ManagementClient *client, ConnectionsModel *connections, QWidget *parent = nullptr);

    // Loads the connection's schemas and map (asks first when there are unsaved changes).
    void setConnectionId(const QString &id);
    QString connectionId() const { return m_connectionId; }
    bool isLoaded() const { return m_loaded; }
    bool isDirty() const;

    QUndoStack *undoStack() const { return m_undoStack; }
    MappingModel *mappingModel() const { return m_mapping; }
    ScimAttributeTreeModel *scimModel() const { return m_scim; }
    ProfileAttributeModel *profileModel() const { return m_profile; }
    MappingPreview *preview() const { return m_preview; }
    QTreeView *scimView() const { return m_scimView; }
    QTableView *tableView() const { return m_table; }
    QTableView *profileView() const { return m_profileView; }
    DropHint *dropHint() const { return m_hint; }
    void saveState() const;

public Q_SLOTS:
    void save();
    void revert();
    void resetToDefaults();
    // The keyboard path of a drop: the selected SCIM attribute onto the selected profile attribute.
    void mapSelected();
    void removeSelected();
    void importFile(const QString &path);
    bool exportFile(const QString &path);
    void openImportDialog();
    void openExportDialog();
    // "Preview on real users" with the edited map (the dialog deletes itself when closed).
    RealUsersPreviewDialog *openRealUsersPreview();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void dirtyChanged(bool dirty);
    void loaded();
    void saved();
    void saveFailed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load(const QString &id);
    void updateTitle();
    void updateIssues();
    void updateUserIdChoices();
    void showRefusal(const QString &reason);
    // What dropping the dragged data at `pos` of `view` would do, for the live drop hint; empty to show nothing.
    QString describeDrop(QWidget *viewport, const QMimeData *mime, const QPoint &pos, bool *refused) const;
    QString selectedScimPath() const;
    QString selectedTarget() const;

    ManagementClient *m_client;
    ConnectionsModel *m_connections;
    QUndoStack *m_undoStack;
    MappingModel *m_mapping;
    ScimAttributeTreeModel *m_scim;
    ProfileAttributeModel *m_profile;
    MappingPreview *m_preview;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QComboBox *m_connection;
    QComboBox *m_userId;
    QLabel *m_issues;
    QLabel *m_status;
    QTreeView *m_scimView;
    QLineEdit *m_customEntry;
    QPushButton *m_addEntry;
    QLabel *m_customEntryError;
    QLineEdit *m_filter;
    QTableView *m_table;
    QTableView *m_profileView;
    QLineEdit *m_customKey;
    QPushButton *m_addKey;
    QLabel *m_customKeyError;
    QPushButton *m_map;
    QPushButton *m_remove;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_reset;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_previewRealUsers;
    MappingPreviewPanel *m_previewPanel;
    QSplitter *m_columns;
    QSplitter *m_rows;
    DropHint *m_hint;
    QString m_connectionId;
    QString m_connectionName;
    bool m_loaded = false;
    quint64 m_loadGeneration = 0;
    // Where the current drop happens, so that a refusal reported by the model shows there.
    QPointer<QWidget> m_dropViewport;
    QPoint m_dropPos;
};

} // namespace scim
