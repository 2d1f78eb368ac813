#include "models/mapping/AddPairCommand.h"

#include "models/mapping/MappingModel.h"

namespace scim {

AddPairCommand::AddPairCommand(MappingModel *model, const MappingPair &pair, int row)
    : QUndoCommand(QStringLiteral("Map %1 → %2").arg(pair.scim, pair.auth0))
    , m_model(model)
    , m_pair(pair)
    , m_row(row)
{}

void AddPairCommand::redo()
{
    m_model->applyInsert(m_row, m_pair);
}

void AddPairCommand::undo()
{
    m_model->applyRemove(m_pair.id);
}

} // namespace scim
