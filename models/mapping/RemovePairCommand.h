#pragma once

#include "models/mapping/MappingPair.h"

#include <QUndoCommand>

namespace scim {

class MappingModel;

// Removes pairs (Delete, or dragged out of the table); undo puts each back at its row.
class RemovePairCommand : public QUndoCommand
{
public:
    RemovePairCommand(MappingModel *model, const MappingPairs &pairs);
    void redo() override;
    void undo() override;

private:
    MappingModel *m_model;
    MappingPairs m_pairs;
    QList<int> m_rows;
};

} // namespace scim
