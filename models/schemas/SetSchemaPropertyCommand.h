#pragma once

#include <QJsonValue>
#include <QString>
#include <QUndoCommand>

namespace scim {

class SchemaAttributesModel;

// A change of the schema's own name or description in the schema editor, as one undoable step
// (SchemaAttributesModel). An undefined value leaves the property out of the schema.
class SetSchemaPropertyCommand : public QUndoCommand
{
public:
    SetSchemaPropertyCommand(SchemaAttributesModel *model, const QString &key, const QJsonValue &before,
                             const QJsonValue &after);
    void redo() override;
    void undo() override;

private:
    SchemaAttributesModel *m_model;
    QString m_key;
    QJsonValue m_before;
    QJsonValue m_after;
};

} // namespace scim
