#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

class QUndoStack;

namespace scim {

// The attributes of one schema of a connection (docs/schemas.md), one row per top-level attribute, for the schema
// editor. Declared (custom) schemas are editable: every edit is a command on the model's undo stack, so Revert is
// the clean state and Save sends schema(). Core and enterprise schemas are shown read-only. Enumerated columns
// accept only the values RFC 7643 §7 defines (validValues), so the engine never sees an unknown characteristic.
// Sub-attributes of complex attributes are kept as they are and listed in their column.
class SchemaAttributesModel : public QAbstractTableModel
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
        SubAttributesColumn,
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
    QString attributeName(int row) const;
    int rowOfAttribute(const QString &name) const;

    // The values a column accepts (empty for free text and check boxes).
    static QStringList validValues(int column);
    // The RFC 7643 characteristic a column edits, e.g. "caseExact".
    static QString characteristic(int column);
    // Why `name` cannot be a new attribute of this schema (empty when it can).
    QString validateNewName(const QString &name) const;

    // Undoable edits.
    bool addAttribute(const QString &name);
    void removeAttribute(int row);

    // The engine's issues ({attribute, characteristic, message}, as a refused declaration lists them) shown on the
    // rows they name.
    void setIssues(const QJsonArray &details);
    QStringList unplacedIssues() const { return m_unplaced; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // For the undo commands only.
    void insertAttributeAt(int row, const QJsonObject &attribute);
    QJsonObject takeAttributeAt(int row);
    void setCharacteristic(int row, const QString &key, const QJsonValue &value);
    QJsonObject attributeAt(int row) const { return m_attributes.at(row).toObject(); }

Q_SIGNALS:
    void issuesChanged();

private:
    static QJsonValue effective(const QJsonObject &attribute, const QString &key);

    QUndoStack *m_undoStack;
    QJsonObject m_schema;
    QJsonArray m_attributes;
    QHash<QString, QString> m_issues; // lower-cased attribute name → message
    QStringList m_unplaced;
    bool m_editable = false;
};

} // namespace scim
