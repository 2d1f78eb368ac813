#pragma once

#include "models/mapping/MappingPair.h"

#include <QUndoCommand>

// The undo commands of the attribute-map editor, kept together as Qt's undo framework examples do. Each one calls
// the apply*() functions of its model; the models' editing API creates and pushes them.

namespace scim {

class MappingModel;
class ProfileAttributeModel;
class ScimAttributeTreeModel;

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
