#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

class QUndoStack;

namespace scim {

// The attributes of one schema of a connection (docs/schemas.md) for the schema editor: a tree of the top-level
// attributes, each complex one with its sub-attributes as children. Declared (custom) schemas are editable: every
// edit is a command on the model's undo stack, so Revert is the clean state and Save sends schema(). Core and
// enterprise schemas are shown read-only. Enumerated columns accept only the values RFC 7643 §7 defines
// (validValues), so the engine never sees an unknown characteristic; the engine checks the rest and its issues are
// shown on the rows they name.
class SchemaAttributesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        MultiValuedColumn,
        RequiredColumn,
        CaseExactColumn,
        MutabilityColumn,
        ReturnedColumn,
        UniquenessColumn,
        CanonicalValuesColumn, // a list (EditRole: QStringList, one value each; a string: one value per line)
        ReferenceTypesColumn,  // comma-separated, only User, Group, external, uri
        DescriptionColumn,
        ColumnCount
    };
    enum Role
    {
        IssueRole = Qt::UserRole + 100 // the engine's message about the row's attribute, if any
    };

    explicit SchemaAttributesModel(QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undoStack; }

    // Shows `schema` (RFC 7643 §7 JSON); clears the undo stack and the issues.
    void setSchema(const QJsonObject &schema, bool editable);
    // The schema as edited.
    QJsonObject schema() const;
    bool isEditable() const { return m_editable; }
    // Top-level attributes by row, or by name (case-insensitive; -1 when none).
    QString attributeName(int row) const;
    int rowOfAttribute(const QString &name) const;
    // The row of `path` ("badge" or "desk.floor"), invalid when there is none.
    QModelIndex indexOfPath(const QString &path) const;

    // The values a column accepts (empty for free text and check boxes).
    static QStringList validValues(int column);
    // The RFC 7643 characteristic a column edits, e.g. "caseExact".
    static QString characteristic(int column);
    // Why `name` cannot be a new attribute of this schema, or a new sub-attribute of the top-level attribute in
    // `parentRow` (empty when it can).
    QString validateNewName(const QString &name, int parentRow = -1) const;

    // The schema's own `name` or `description` (empty when it has none).
    QString schemaProperty(const QString &key) const;
    // Undoable; an empty (trimmed) value leaves the property out. False when nothing changes or it is read-only.
    bool setSchemaProperty(const QString &key, const QString &value);
    // The engine's message about the schema's own `name` or `description`, if any (shown on its field).
    QString schemaIssue(const QString &key) const { return m_schemaIssues.value(key); }

    // Undoable edits. A sub-attribute is added to a complex attribute only.
    bool addAttribute(const QString &name);
    bool addAttribute(const QJsonObject &definition);
    bool addSubAttribute(int parentRow, const QString &name);
    void removeAttribute(int row);
    void removeAttribute(const QModelIndex &index);
    // Replaces name, description and attributes with those of `schema` (an imported file); the id stays.
    void replaceSchema(const QJsonObject &schema);

    // The engine's issues ({attribute, characteristic, message}, as a refused declaration lists them) shown on the
    // rows they name.
    void setIssues(const QJsonArray &details);
    QStringList unplacedIssues() const { return m_unplaced; }
    QStringList allIssues() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // For the undo commands only. `parentRow` -1: a top-level attribute, else a sub-attribute of that row.
    void insertAttributeAt(int parentRow, int row, const QJsonObject &attribute);
    QJsonObject takeAttributeAt(int parentRow, int row);
    void setCharacteristic(int parentRow, int row, const QString &key, const QJsonValue &value);
    QJsonObject attributeAt(int parentRow, int row) const;
    QJsonObject attributeAt(int row) const { return attributeAt(-1, row); }
    void resetSchema(const QJsonObject &schema);
    void applySchemaProperty(const QString &key, const QJsonValue &value);

Q_SIGNALS:
    void issuesChanged();
    // The schema's name or description changed (an edit, its undo, or another schema shown).
    void schemaPropertiesChanged();

private:
    static QJsonValue effective(const QJsonObject &attribute, const QString &key);
    static int parentRowOf(const QModelIndex &index);
    QJsonArray siblings(int parentRow) const;
    QString pathOf(const QModelIndex &index) const;
    void emitAllChanged();

    QUndoStack *m_undoStack;
    QJsonObject m_schema;
    QJsonArray m_attributes;
    QHash<QString, QString> m_issues;       // lower-cased attribute path → message
    QHash<QString, QString> m_schemaIssues; // "name" / "description" → message
    QStringList m_unplaced;
    bool m_editable = false;
};

} // namespace scim
