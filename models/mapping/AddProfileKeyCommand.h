#pragma once

#include <QUndoCommand>

namespace scim {

class ProfileAttributeModel;

// Adds a custom app_metadata / user_metadata key to the profile side.
class AddProfileKeyCommand : public QUndoCommand
{
public:
    AddProfileKeyCommand(ProfileAttributeModel *model, const QString &key);
    void redo() override;
    void undo() override;

private:
    ProfileAttributeModel *m_model;
    QString m_key;
};

} // namespace scim
