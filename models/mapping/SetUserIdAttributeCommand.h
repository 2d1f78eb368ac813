#pragma once

#include <QUndoCommand>

namespace scim {

class MappingModel;

// Changes the map's user_id_attribute.
class SetUserIdAttributeCommand : public QUndoCommand
{
public:
    SetUserIdAttributeCommand(MappingModel *model, const QString &before, const QString &after);
    void redo() override;
    void undo() override;

private:
    MappingModel *m_model;
    QString m_before;
    QString m_after;
};

} // namespace scim
