#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QUndoCommand>

namespace scim {

class SchemaAttributesModel;

// The schema editor's undoable edits (SchemaAttributesModel). `parentRow` -1 addresses a top-level attribute, any
// other value a sub-attribute of the top-level attribute in that row.
class AddSchemaAttributeCommand : public QUndoCommand
{
public:
    AddSchemaAttributeCommand(SchemaAttributesModel *model, int parentRow, int row, const QJsonObject &attribute);
    void redo() override;
    void undo() override;

private:
    SchemaAttributesModel *m_model;
    int m_parentRow;
    int m_row;
    QJsonObject m_attribute;
};

class RemoveSchemaAttributeCommand : public QUndoCommand
{
public:
    RemoveSchemaAttributeCommand(SchemaAttributesModel *model, int parentRow, int row);
    void redo() override;
    void undo() override;

private:
    SchemaAttributesModel *m_model;
    int m_parentRow;
    int m_row;
    QJsonObject m_attribute;
};

class SetCharacteristicCommand : public QUndoCommand
{
public:
    SetCharacteristicCommand(SchemaAttributesModel *model, int parentRow, int row, const QString &key,
                             const QJsonValue &value);
    void redo() override;
    void undo() override;

private:
    SchemaAttributesModel *m_model;
    int m_parentRow;
    int m_row;
    QString m_key;
    QJsonValue m_before;
    QJsonValue m_after;
};

} // namespace scim
