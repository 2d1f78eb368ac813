#pragma once

#include "mapping/ProfileMapper.h"
#include "protocol/schema/SchemaRegistry.h"
#include "storage/StorageTypes.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <optional>

namespace scim {

// What a candidate attribute map would do to the profiles of stored users, computed without writing anything:
// each user is projected through the connection's current map and through the candidate, and the two profiles
// are compared attribute by attribute (nested metadata keys by their dotted path, e.g. `app_metadata.department`).
// Profile attributes that both maps feed from the same SCIM attributes are the same in both profiles, so when no
// changed target overlaps another (`app_metadata` and `app_metadata.title`), only the entries of the changed
// targets are projected (a few instead of the whole map, twice); the full profiles are made for the examples only.
// Maps that feed every target alike change nothing, and no user is projected at all. Of each stored user only the
// members the projections read are decoded (JsonCbor::decodeMembers); the examples decode their users whole.
class MappingImpact
{
public:
    static constexpr int kDefaultExamples = 5;
    static constexpr int kMaxExamples = 20;

    // Maps users of the connection's schema set (declared extensions included), which it keeps alive.
    MappingImpact(const AttributeMap &current, const AttributeMap &candidate,
                  std::shared_ptr<const SchemaRegistry> schemas, const ProfileMapper::Context &context,
                  int maxExamples = kDefaultExamples);

    void add(const EncodedResource &user);

    qsizetype examined() const { return m_examined; }
    qsizetype changed() const { return m_changed; }
    // {users_examined, profiles_changed, profiles_unchanged, attributes: [{attribute, appearing, disappearing,
    // changing}] (most affected first), examples: [{user_id, user_name, changes: [{attribute, before?, after?}],
    // before, after}]}
    QJsonObject toJson() const;

private:
    struct Counts
    {
        qint64 appearing = 0;
        qint64 disappearing = 0;
        qint64 changing = 0;
    };
    using Flat = QList<std::pair<QString, QJsonValue>>;

    static Flat flatten(const ProfileMapper::Projection &projection);
    // The targets whose entries differ between the maps, or nullopt when one of them overlaps another target.
    static std::optional<QSet<QString>> changedTargets(const AttributeMap &current, const AttributeMap &candidate);
    static AttributeMap restricted(const AttributeMap &map, const QSet<QString> &targets);
    // `members`: the user's members that the projections read; `whole` gives the whole user, for an example.
    void compare(const EncodedResource &user, const QJsonObject &members, const std::function<QJsonObject()> &whole);

    std::shared_ptr<const SchemaRegistry> m_schemas;
    ProfileMapper m_current;
    ProfileMapper m_candidate;
    // Set when only the changed targets are projected.
    std::optional<ProfileMapper> m_narrowCurrent;
    std::optional<ProfileMapper> m_narrowCandidate;
    bool m_equivalent = false;   // the maps feed every target alike
    QList<QByteArray> m_members; // what the projections read of a user (UTF-8 member names)
    ProfileMapper::Context m_context;
    int m_maxExamples;
    qsizetype m_examined = 0;
    qsizetype m_changed = 0;
    QHash<QString, Counts> m_counts;
    QJsonArray m_examples;
};

} // namespace scim
