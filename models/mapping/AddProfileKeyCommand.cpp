#include "models/mapping/AddProfileKeyCommand.h"

#include "models/mapping/ProfileAttributeModel.h"

namespace scim {

AddProfileKeyCommand::AddProfileKeyCommand(ProfileAttributeModel *model, const QString &key)
    : QUndoCommand(QStringLiteral("Add profile key %1").arg(key))
    , m_model(model)
    , m_key(key)
{}

void AddProfileKeyCommand::redo()
{
    m_model->applyAddKey(m_key);
}

void AddProfileKeyCommand::undo()
{
    m_model->applyRemoveKey(m_key);
}

} // namespace scim
