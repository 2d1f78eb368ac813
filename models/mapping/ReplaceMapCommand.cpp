#include "models/mapping/ReplaceMapCommand.h"

#include "models/mapping/MappingModel.h"

namespace scim {

ReplaceMapCommand::ReplaceMapCommand(MappingModel *model, const MappingPairs &before, const QString &beforeUserId,
                                     const MappingPairs &after, const QString &afterUserId, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(before)
    , m_beforeUserId(beforeUserId)
    , m_after(after)
    , m_afterUserId(afterUserId)
{}

void ReplaceMapCommand::redo()
{
    m_model->applyMap(m_after, m_afterUserId);
}

void ReplaceMapCommand::undo()
{
    m_model->applyMap(m_before, m_beforeUserId);
}

} // namespace scim
