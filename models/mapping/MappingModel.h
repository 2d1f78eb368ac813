#pragma once

#include "models/common/ModelRoles.h"
#include "models/mapping/MappingPair.h"
#include "models/mapping/MappingRuleIssue.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <memory>

class QUndoStack;

namespace scim {

class MappingRules;

// The attribute map being edited: its pairs (SCIM attribute → profile attribute) and user_id_attribute. Every
// change made through the public editing API is a QUndoCommand on the given stack; the apply*() functions are
// what those commands call. Each row shows the broken rules of its pair, client-side (the engine's validator)
// until a save, then the engine's own `details` until the next change.
class MappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ScimColumn,
        ProfileColumn,
        StatusColumn,
        ColumnCount
    };
    // Besides ModelRoles::RawValueRole and IdRole (the pair's id, quint64):
    enum Role
    {
        IssueRole = ModelRoles::FirstModelRole, // the message of the rule the pair breaks, or empty
        IssueSourceRole,                        // "client" or "engine"
        InvertedRole,                           // active → blocked, stored inverted
    };
    enum class Verdict
    {
        Accept,
        Replace, // the target already has a source: replacing it is the user's call
        Refuse
    };
    struct Check
    {
        Verdict verdict = Verdict::Refuse;
        QString reason;
        QString rule;
        quint64 replacedId = 0;
    };
    // Answers "replace the existing pair?" for drops onto a mapped target; without one such drops are refused.
    using ReplacePolicy = std::function<bool(const MappingPair &existing, const MappingPair &incoming)>;

    explicit MappingModel(QUndoStack *undoStack, QObject *parent = nullptr);
    ~MappingModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QUndoStack *undoStack() const { return m_undoStack; }
    void setRules(std::shared_ptr<const MappingRules> rules);
    const MappingRules *rules() const { return m_rules.get(); }
    void setReplacePolicy(ReplacePolicy policy) { m_replacePolicy = std::move(policy); }
    // Identifies this editor in pair drags, so a drag from another editor is never taken for one of ours.
    QString editorId() const { return m_editorId; }

    // Replaces everything without undo (a map loaded from the engine); the caller resets the undo stack.
    void load(const QJsonArray &mapping, const QString &userIdAttribute);

    const MappingPairs &pairs() const { return m_pairs; }
    QString userIdAttribute() const { return m_userIdAttribute; }
    std::optional<MappingPair> pairById(quint64 id) const;
    int rowOfId(quint64 id) const;
    // The pair feeding `auth0`, or that `scim` feeds (spelling-insensitive), or nullopt.
    std::optional<MappingPair> pairForTarget(const QString &auth0) const;
    std::optional<MappingPair> pairForSource(const QString &scim) const;
    QJsonArray mappingJson() const;
    // The PATCH body, which is also the mapping file format: {user_id_attribute, mapping}.
    QJsonObject fileJson() const;
    // Parses the mapping file format; error says why not.
    static bool parseFile(const QByteArray &bytes, QJsonArray *mapping, QString *userIdAttribute, QString *error);

    // Whole-map problems (username_required, user_id_attribute) and problems of each row.
    QList<MappingRuleIssue> mapIssues() const { return m_mapIssues; }
    bool hasIssues() const;
    // The engine's 400 `details`: shown on the offending rows until the next change.
    void setEngineIssues(const QJsonArray &details);

    // --- Editing API: each call is one undoable command (or a refusal). ---
    Check check(const QString &scim, const QString &auth0) const;
    // Maps scim → auth0. A refusal emits dropRefused and returns false; a mapped target asks the replace policy.
    // replaceConfirmed: the user already agreed to replace the pair feeding auth0 (asked asynchronously).
    bool map(const QString &scim, const QString &auth0, bool replaceConfirmed = false);
    void removePairs(const QList<quint64> &ids);
    void setUserIdAttribute(const QString &attribute);
    // Replaces the whole map as one command (import, reset to defaults, revert).
    void replaceMap(const QJsonArray &mapping, const QString &userIdAttribute, const QString &text);
    // What a drag carries: the ids of this editor's pairs (others' are ignored), or a SCIM attribute path.
    QList<quint64> pairIdsFromMime(const QMimeData *data) const;
    static QString scimPathFromMime(const QMimeData *data);
    // The target a SCIM attribute dropped onto the table (not onto a row) gets: app_metadata.<its name>.
    QString suggestedTarget(const QString &scim) const;

    // --- Called by the undo commands only. ---
    void applyInsert(int row, const MappingPair &pair);
    MappingPair applyRemove(quint64 id);
    void applyReplace(quint64 id, const MappingPair &pair);
    void applyUserIdAttribute(const QString &attribute);
    void applyMap(const MappingPairs &pairs, const QString &userIdAttribute);
    MappingPairs pairsFromJson(const QJsonArray &mapping);
    quint64 nextId() { return ++m_lastId; }

Q_SIGNALS:
    // After every change of pairs or user_id_attribute (observers: attribute panes, preview, dirty marker).
    void mapChanged();
    void userIdAttributeChanged(const QString &attribute);
    // A drop or Map was refused: why, and the rule.
    void dropRefused(const QString &reason, const QString &rule);
    void issuesChanged();

private:
    void revalidate();

    QUndoStack *m_undoStack;
    std::shared_ptr<const MappingRules> m_rules;
    ReplacePolicy m_replacePolicy;
    QString m_editorId;
    MappingPairs m_pairs;
    QString m_userIdAttribute;
    quint64 m_lastId = 0;
    QHash<quint64, MappingRuleIssue> m_rowIssues;
    QHash<quint64, MappingRuleIssue> m_engineIssues;
    QList<MappingRuleIssue> m_mapIssues;
};

} // namespace scim
