#pragma once

#include <QJsonObject>
#include <QUndoCommand>

namespace scim {

class SchemaAttributesModel;

// An imported schema file replacing what the editor shows, as one undoable step (SchemaAttributesModel).
class ReplaceSchemaCommand : public QUndoCommand
{
public:
    ReplaceSchemaCommand(SchemaAttributesModel *model, const QJsonObject &before, const QJsonObject &after);
    void redo() override;
    void undo() override;

private:
    SchemaAttributesModel *m_model;
    QJsonObject m_before;
    QJsonObject m_after;
};

} // namespace scim
