#include "mapping/MappingImpact.h"

#include "common/JsonCbor.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace scim {

namespace {

void flattenInto(const QString &path, const QJsonValue &value, QList<std::pair<QString, QJsonValue>> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            flattenInto(path + QLatin1Char('.') + it.key(), it.value(), out);
        return;
    }
    out.append({path, value});
}

} // namespace

MappingImpact::MappingImpact(const AttributeMap &current, const AttributeMap &candidate,
                             std::shared_ptr<const SchemaRegistry> schemas, const ProfileMapper::Context &context,
                             int maxExamples)
    : m_schemas(std::move(schemas))
    , m_current(current, m_schemas->users())
    , m_candidate(candidate, m_schemas->users())
    , m_context(context)
    , m_maxExamples(maxExamples)
{
    // Unless every identity may change (another user_id_attribute), only the changed targets are projected.
    const std::optional<QSet<QString>> targets =
        current.userIdAttribute == candidate.userIdAttribute ? changedTargets(current, candidate) : std::nullopt;
    if (targets && targets->isEmpty()) {
        m_equivalent = true;
        return;
    }
    if (targets) {
        m_narrowCurrent.emplace(restricted(current, *targets), m_schemas->users());
        m_narrowCandidate.emplace(restricted(candidate, *targets), m_schemas->users());
    }
    QStringList members = (targets ? *m_narrowCurrent : m_current).readMembers();
    members += (targets ? *m_narrowCandidate : m_candidate).readMembers();
    members.removeDuplicates();
    // `meta` only feeds the engine's timestamps, which are left out of the comparison.
    members.removeAll(QStringLiteral("meta"));
    for (const QString &member : std::as_const(members))
        m_members.append(member.toUtf8());
}

std::optional<QSet<QString>> MappingImpact::changedTargets(const AttributeMap &current, const AttributeMap &candidate)
{
    // Per target, the SCIM attributes that feed it in map order (the last one found wins): equal lists give equal
    // values, whatever the entries of other targets do.
    const auto feeds = [](const AttributeMap &map) {
        QHash<QString, QStringList> result;
        for (const AttributeMap::Entry &entry : map.entries)
            result[entry.auth0].append(entry.scim);
        return result;
    };
    const QHash<QString, QStringList> before = feeds(current);
    const QHash<QString, QStringList> after = feeds(candidate);
    QSet<QString> all;
    QSet<QString> changed;
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        all.insert(it.key());
        if (after.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        all.insert(it.key());
        if (!before.contains(it.key()))
            changed.insert(it.key());
    }
    // A changed target inside or around another (`address` and `address.street`) shares its profile attribute:
    // then the profiles are compared whole.
    for (const QString &target : std::as_const(changed)) {
        const QString prefix = target + QLatin1Char('.');
        for (const QString &other : std::as_const(all)) {
            if (other != target && (other.startsWith(prefix) || target.startsWith(other + QLatin1Char('.'))))
                return std::nullopt;
        }
    }
    return changed;
}

AttributeMap MappingImpact::restricted(const AttributeMap &map, const QSet<QString> &targets)
{
    AttributeMap result;
    result.userIdAttribute = map.userIdAttribute;
    for (const AttributeMap::Entry &entry : map.entries) {
        if (targets.contains(entry.auth0))
            result.entries.append(entry);
    }
    return result;
}

MappingImpact::Flat MappingImpact::flatten(const ProfileMapper::Projection &projection)
{
    Flat flat;
    flat.reserve(projection.fields.size() + 8);
    for (const auto &[key, value] : projection.fields) {
        // The engine's own fields are the same under any map.
        if (key == QLatin1String("user_id") || key == QLatin1String("created_at") || key == QLatin1String("updated_at"))
            continue;
        flattenInto(key, value, flat);
    }
    flat.append({QStringLiteral("identities[0].user_id"), projection.identityUserId});
    std::sort(flat.begin(), flat.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return flat;
}

void MappingImpact::add(const EncodedResource &user)
{
    ++m_examined;
    if (m_equivalent)
        return;
    if (user.isJsonText()) {
        const QJsonObject whole = QJsonDocument::fromJson(user.data).object();
        compare(user, whole, [&whole] { return whole; });
        return;
    }
    compare(user, JsonCbor::decodeMembers(user.data, m_members), [&user] { return JsonCbor::decode(user.data); });
}

void MappingImpact::compare(const EncodedResource &user, const QJsonObject &members,
                            const std::function<QJsonObject()> &whole)
{
    const bool narrow = m_narrowCurrent.has_value();
    const ProfileMapper::Projection before = (narrow ? *m_narrowCurrent : m_current).projectFields(members, m_context);
    const ProfileMapper::Projection after =
        (narrow ? *m_narrowCandidate : m_candidate).projectFields(members, m_context);
    const Flat old = flatten(before);
    const Flat now = flatten(after);
    QJsonArray changes;
    const bool wantExample = m_examples.size() < m_maxExamples;
    auto record = [&](const QString &path, const QJsonValue &from, const QJsonValue &to) {
        Counts &counts = m_counts[path];
        if (from.isUndefined())
            ++counts.appearing;
        else if (to.isUndefined())
            ++counts.disappearing;
        else
            ++counts.changing;
        if (wantExample) {
            QJsonObject change{{QStringLiteral("attribute"), path}};
            if (!from.isUndefined())
                change.insert(QStringLiteral("before"), from);
            if (!to.isUndefined())
                change.insert(QStringLiteral("after"), to);
            changes.append(change);
        }
    };
    // Both lists are sorted by path: one merge pass finds what appears, disappears or changes.
    qsizetype i = 0;
    qsizetype j = 0;
    bool differs = false;
    while (i < old.size() || j < now.size()) {
        if (j >= now.size() || (i < old.size() && old.at(i).first < now.at(j).first)) {
            record(old.at(i).first, old.at(i).second, QJsonValue(QJsonValue::Undefined));
            differs = true;
            ++i;
        } else if (i >= old.size() || now.at(j).first < old.at(i).first) {
            record(now.at(j).first, QJsonValue(QJsonValue::Undefined), now.at(j).second);
            differs = true;
            ++j;
        } else {
            if (old.at(i).second != now.at(j).second) {
                record(old.at(i).first, old.at(i).second, now.at(j).second);
                differs = true;
            }
            ++i;
            ++j;
        }
    }
    if (!differs)
        return;
    ++m_changed;
    if (!wantExample)
        return;
    // An example shows the whole profiles (the engine's timestamps too), from the whole user.
    const QJsonObject resource = whole();
    m_examples.append(QJsonObject{{QStringLiteral("user_id"), user.id},
                                  {QStringLiteral("user_name"), user.uniqueKey},
                                  {QStringLiteral("changes"), changes},
                                  {QStringLiteral("before"), m_current.project(resource, m_context)},
                                  {QStringLiteral("after"), m_candidate.project(resource, m_context)}});
}

QJsonObject MappingImpact::toJson() const
{
    QList<std::pair<QString, Counts>> sorted;
    for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it)
        sorted.append({it.key(), it.value()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        const qint64 left = a.second.appearing + a.second.disappearing + a.second.changing;
        const qint64 right = b.second.appearing + b.second.disappearing + b.second.changing;
        return left != right ? left > right : a.first < b.first;
    });
    QJsonArray attributes;
    for (const auto &[path, counts] : sorted)
        attributes.append(QJsonObject{{QStringLiteral("attribute"), path},
                                      {QStringLiteral("appearing"), counts.appearing},
                                      {QStringLiteral("disappearing"), counts.disappearing},
                                      {QStringLiteral("changing"), counts.changing}});
    return {{QStringLiteral("users_examined"), qint64(m_examined)},
            {QStringLiteral("profiles_changed"), qint64(m_changed)},
            {QStringLiteral("profiles_unchanged"), qint64(m_examined - m_changed)},
            {QStringLiteral("attributes"), attributes},
            {QStringLiteral("examples"), m_examples}};
}

} // namespace scim
