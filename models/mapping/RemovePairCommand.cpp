#include "models/mapping/RemovePairCommand.h"

#include "models/mapping/MappingModel.h"

namespace scim {

RemovePairCommand::RemovePairCommand(MappingModel *model, const MappingPairs &pairs)
    : QUndoCommand(pairs.size() == 1
                       ? QStringLiteral("Remove %1 → %2").arg(pairs.constFirst().scim, pairs.constFirst().auth0)
                       : QStringLiteral("Remove %1 pairs").arg(pairs.size()))
    , m_model(model)
    , m_pairs(pairs)
{}

void RemovePairCommand::redo()
{
    m_rows.clear();
    for (const MappingPair &pair : std::as_const(m_pairs)) {
        m_rows.append(m_model->rowOfId(pair.id));
        m_model->applyRemove(pair.id);
    }
}

void RemovePairCommand::undo()
{
    // Reverse order restores every row exactly where it was.
    for (qsizetype i = m_pairs.size() - 1; i >= 0; --i)
        m_model->applyInsert(m_rows.at(i), m_pairs.at(i));
}

} // namespace scim
