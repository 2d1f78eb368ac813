#pragma once

#include "models/mapping/MappingPair.h"

#include <QUndoCommand>

namespace scim {

class MappingModel;

// Gives a mapped profile attribute a new source, in place (a confirmed drop onto a mapped target).
class ReplacePairCommand : public QUndoCommand
{
public:
    ReplacePairCommand(MappingModel *model, const MappingPair &before, const MappingPair &after);
    void redo() override;
    void undo() override;

private:
    MappingModel *m_model;
    MappingPair m_before;
    MappingPair m_after;
};

} // namespace scim
