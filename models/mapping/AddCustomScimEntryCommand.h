#pragma once

#include <QUndoCommand>

namespace scim {

class ScimAttributeTreeModel;

// Adds a custom filtered SCIM entry (e.g. emails[type eq "other"].value) to the attribute tree.
class AddCustomScimEntryCommand : public QUndoCommand
{
public:
    AddCustomScimEntryCommand(ScimAttributeTreeModel *model, const QString &path);
    void redo() override;
    void undo() override;

private:
    ScimAttributeTreeModel *m_model;
    QString m_path;
};

} // namespace scim
