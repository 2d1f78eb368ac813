#include "mapping/MappingImpact.h"

#include <QJsonArray>

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
{}

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

void MappingImpact::add(const StoredResource &user)
{
    ++m_examined;
    const ProfileMapper::Projection before = m_current.projectFields(user.data, m_context);
    const ProfileMapper::Projection after = m_candidate.projectFields(user.data, m_context);
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
    if (wantExample)
        m_examples.append(QJsonObject{{QStringLiteral("user_id"), user.id},
                                      {QStringLiteral("user_name"), user.uniqueKey},
                                      {QStringLiteral("changes"), changes},
                                      {QStringLiteral("before"), before.toJsonObject()},
                                      {QStringLiteral("after"), after.toJsonObject()}});
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
