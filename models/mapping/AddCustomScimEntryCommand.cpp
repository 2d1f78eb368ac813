#include "models/mapping/AddCustomScimEntryCommand.h"

#include "models/mapping/ScimAttributeTreeModel.h"

namespace scim {

AddCustomScimEntryCommand::AddCustomScimEntryCommand(ScimAttributeTreeModel *model, const QString &path)
    : QUndoCommand(QStringLiteral("Add SCIM entry %1").arg(path))
    , m_model(model)
    , m_path(path)
{}

void AddCustomScimEntryCommand::redo()
{
    m_model->applyAddEntry(m_path, true);
}

void AddCustomScimEntryCommand::undo()
{
    m_model->applyRemoveEntry(m_path);
}

} // namespace scim
