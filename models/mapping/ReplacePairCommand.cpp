#include "models/mapping/ReplacePairCommand.h"

#include "models/mapping/MappingModel.h"

namespace scim {

ReplacePairCommand::ReplacePairCommand(MappingModel *model, const MappingPair &before, const MappingPair &after)
    : QUndoCommand(QStringLiteral("Replace %1 → %2 with %3").arg(before.scim, before.auth0, after.scim))
    , m_model(model)
    , m_before(before)
    , m_after(after)
{}

void ReplacePairCommand::redo()
{
    m_model->applyReplace(m_before.id, m_after);
}

void ReplacePairCommand::undo()
{
    m_model->applyReplace(m_after.id, m_before);
}

} // namespace scim
