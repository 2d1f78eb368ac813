#include "models/mapping/SetUserIdAttributeCommand.h"

#include "models/mapping/MappingModel.h"

namespace scim {

SetUserIdAttributeCommand::SetUserIdAttributeCommand(MappingModel *model, const QString &before, const QString &after)
    : QUndoCommand(QStringLiteral("Set user_id_attribute to %1").arg(after))
    , m_model(model)
    , m_before(before)
    , m_after(after)
{}

void SetUserIdAttributeCommand::redo()
{
    m_model->applyUserIdAttribute(m_after);
}

void SetUserIdAttributeCommand::undo()
{
    m_model->applyUserIdAttribute(m_before);
}

} // namespace scim
