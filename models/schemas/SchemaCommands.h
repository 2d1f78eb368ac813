#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QUndoCommand>

namespace scim {

class SchemaAttributesModel;

// The schema editor's undoable edits (SchemaAttributesModel).
class AddSchemaAttributeCommand : public QUndoCommand
{
public:
    AddSchemaAttributeCommand(SchemaAttributesModel *model, int row, const QJsonObject &attribute);
    void redo() override;
    void undo() override;

private:
    SchemaAttributesModel *m_model;
    int m_row;
    QJsonObject m_attribute;
};

class RemoveSchemaAttributeCommand : public QUndoCommand
{
public:
    RemoveSchemaAttributeCommand(SchemaAttributesModel *model, int row);
    void redo() override;
    void undo() override;

private:
    SchemaAttributesModel *m_model;
    int m_row;
    QJsonObject m_attribute;
};

class SetCharacteristicCommand : public QUndoCommand
{
public:
    SetCharacteristicCommand(SchemaAttributesModel *model, int row, const QString &key, const QJsonValue &value);
    void redo() override;
    void undo() override;

private:
    SchemaAttributesModel *m_model;
    int m_row;
    QString m_key;
    QJsonValue m_before;
    QJsonValue m_after;
};

} // namespace scim
