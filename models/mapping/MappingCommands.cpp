#include "models/mapping/MappingCommands.h"

#include "models/mapping/MappingModel.h"
#include "models/mapping/ProfileAttributeModel.h"
#include "models/mapping/ScimAttributeTreeModel.h"

#include <QCoreApplication>

namespace scim {

AddPairCommand::AddPairCommand(MappingModel *model, const MappingPair &pair, int row)
    //: Undo text: a pair added to the attribute map (SCIM attribute → profile attribute)
    : QUndoCommand(QCoreApplication::translate("MappingCommands", "Map %1 → %2").arg(pair.scim, pair.auth0))
    , m_model(model)
    , m_pair(pair)
    , m_row(row)
{}

void AddPairCommand::redo()
{
    m_model->applyInsert(m_row, m_pair);
}

void AddPairCommand::undo()
{
    m_model->applyRemove(m_pair.id);
}

RemovePairCommand::RemovePairCommand(MappingModel *model, const MappingPairs &pairs)
    : QUndoCommand(
          pairs.size() == 1
              //: Undo text: a pair removed from the attribute map
              ? QCoreApplication::translate("MappingCommands", "Remove %1 → %2")
                    .arg(pairs.constFirst().scim, pairs.constFirst().auth0)
              //: Undo text: several pairs removed from the attribute map at once
              : QCoreApplication::translate("MappingCommands", "Remove %n pair(s)", nullptr, int(pairs.size())))
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

ReplacePairCommand::ReplacePairCommand(MappingModel *model, const MappingPair &before, const MappingPair &after)
    //: Undo text: %1 → %2 is the pair replaced, %3 the new SCIM attribute for the same profile attribute
    : QUndoCommand(QCoreApplication::translate("MappingCommands", "Replace %1 → %2 with %3")
                       .arg(before.scim, before.auth0, after.scim))
    , m_model(model)
    , m_before(before)
    , m_after(after)
{}

void ReplacePairCommand::redo()
{
    m_model->applyReplace(m_before.id, m_after);
}

void ReplacePairCommand::undo()
{
    m_model->applyReplace(m_after.id, m_before);
}

ReplaceMapCommand::ReplaceMapCommand(MappingModel *model, const MappingPairs &before, const QString &beforeUserId,
                                     const MappingPairs &after, const QString &afterUserId, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(before)
    , m_beforeUserId(beforeUserId)
    , m_after(after)
    , m_afterUserId(afterUserId)
{}

void ReplaceMapCommand::redo()
{
    m_model->applyMap(m_after, m_afterUserId);
}

void ReplaceMapCommand::undo()
{
    m_model->applyMap(m_before, m_beforeUserId);
}

SetUserIdAttributeCommand::SetUserIdAttributeCommand(MappingModel *model, const QString &before, const QString &after)
    //: Undo text; user_id_attribute is the API's field name, keep it
    : QUndoCommand(QCoreApplication::translate("MappingCommands", "Set user_id_attribute to %1").arg(after))
    , m_model(model)
    , m_before(before)
    , m_after(after)
{}

void SetUserIdAttributeCommand::redo()
{
    m_model->applyUserIdAttribute(m_after);
}

void SetUserIdAttributeCommand::undo()
{
    m_model->applyUserIdAttribute(m_before);
}

AddCustomScimEntryCommand::AddCustomScimEntryCommand(ScimAttributeTreeModel *model, const QString &path)
    //: Undo text: a custom filtered SCIM entry added to the list of SCIM attributes
    : QUndoCommand(QCoreApplication::translate("MappingCommands", "Add SCIM entry %1").arg(path))
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

AddProfileKeyCommand::AddProfileKeyCommand(ProfileAttributeModel *model, const QString &key)
    //: Undo text: an app_metadata / user_metadata key added to the list of profile attributes
    : QUndoCommand(QCoreApplication::translate("MappingCommands", "Add profile key %1").arg(key))
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
