#include "models/schemas/ReplaceSchemaCommand.h"

#include "models/schemas/SchemaAttributesModel.h"

#include <QCoreApplication>

namespace scim {

ReplaceSchemaCommand::ReplaceSchemaCommand(SchemaAttributesModel *model, const QJsonObject &before,
                                           const QJsonObject &after)
    : QUndoCommand(QCoreApplication::translate("SchemaCommands", "Import the schema file"))
    , m_model(model)
    , m_before(before)
    , m_after(after)
{}

void ReplaceSchemaCommand::redo()
{
    m_model->resetSchema(m_after);
}

void ReplaceSchemaCommand::undo()
{
    m_model->resetSchema(m_before);
}

} // namespace scim
