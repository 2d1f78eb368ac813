#pragma once

#include "models/mapping/MappingPair.h"

#include <QUndoCommand>

namespace scim {

class MappingModel;

// Replaces the whole map and user_id_attribute as one step: import, reset to defaults, revert.
class ReplaceMapCommand : public QUndoCommand
{
public:
    ReplaceMapCommand(MappingModel *model, const MappingPairs &before, const QString &beforeUserId,
                      const MappingPairs &after, const QString &afterUserId, const QString &text);
    void redo() override;
    void undo() override;

private:
    MappingModel *m_model;
    MappingPairs m_before;
    QString m_beforeUserId;
    MappingPairs m_after;
    QString m_afterUserId;
};

} // namespace scim
