#include "models/schemas/SetSchemaPropertyCommand.h"

#include "models/schemas/SchemaAttributesModel.h"

#include <QCoreApplication>

namespace scim {

SetSchemaPropertyCommand::SetSchemaPropertyCommand(SchemaAttributesModel *model, const QString &key,
                                                   const QJsonValue &before, const QJsonValue &after)
    : QUndoCommand(key == QLatin1String("name")
                       ? QCoreApplication::translate("SchemaCommands", "Rename the schema")
                       : QCoreApplication::translate("SchemaCommands", "Change the schema's description"))
    , m_model(model)
    , m_key(key)
    , m_before(before)
    , m_after(after)
{}

void SetSchemaPropertyCommand::redo()
{
    m_model->applySchemaProperty(m_key, m_after);
}

void SetSchemaPropertyCommand::undo()
{
    m_model->applySchemaProperty(m_key, m_before);
}

} // namespace scim
