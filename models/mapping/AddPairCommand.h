#pragma once

#include "models/mapping/MappingPair.h"

#include <QUndoCommand>

namespace scim {

class MappingModel;

// Adds one pair at a row (a drop, or Map).
class AddPairCommand : public QUndoCommand
{
public:
    AddPairCommand(MappingModel *model, const MappingPair &pair, int row);
    void redo() override;
    void undo() override;

private:
    MappingModel *m_model;
    MappingPair m_pair;
    int m_row;
};

} // namespace scim
