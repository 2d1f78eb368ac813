#include "models/mapping/MappingRules.h"

#include "mapping/AttributeMap.h"
#include "mapping/ProfileAttributes.h"
#include "mapping/ProfileMapper.h"
#include "protocol/schema/ResourceType.h"
#include "protocol/schema/ScimError.h"
#include "protocol/validation/ResourceValidator.h"

#include <QDateTime>

namespace scim {

namespace {

AttributeMap toAttributeMap(const MappingPairs &pairs, const QString &userIdAttribute)
{
    AttributeMap map;
    map.userIdAttribute = userIdAttribute;
    map.entries.reserve(pairs.size());
    for (const MappingPair &pair : pairs)
        map.entries.append({pair.scim, pair.auth0});
    return map;
}

MappingRuleIssue fromIssue(const MappingIssue &issue)
{
    return {issue.index, issue.rule, issue.message};
}

} // namespace

MappingRules::~MappingRules() = default;

std::shared_ptr<const MappingRules> MappingRules::fromSchemas(const QJsonObject &listResponse, QString *error)
{
    const QJsonArray resources = listResponse.value(QStringLiteral("Resources")).toArray();
    if (resources.isEmpty() || !resources.at(0).isObject()) {
        if (error)
            *error = QStringLiteral("the engine sent no User schema");
        return {};
    }
    const Schema core = Schema::fromJson(resources.at(0).toObject());
    if (core.attribute(u"userName") == nullptr) {
        if (error)
            *error = QStringLiteral("the first schema (%1) is not a User schema").arg(core.id);
        return {};
    }
    QList<ResourceType::Extension> extensions;
    std::shared_ptr<MappingRules> rules(new MappingRules);
    rules->m_core = resources.at(0).toObject();
    for (qsizetype i = 1; i < resources.size(); ++i) {
        extensions.append({Schema::fromJson(resources.at(i).toObject()), false});
        rules->m_extensions.append(resources.at(i));
    }
    rules->m_type = std::make_unique<ResourceType>(QStringLiteral("User"), QStringLiteral("/Users"),
                                                   QStringLiteral("User Account"), core, extensions);
    return rules;
}

QList<MappingRuleIssue> MappingRules::validate(const MappingPairs &pairs, const QString &userIdAttribute) const
{
    QList<MappingRuleIssue> result;
    for (const MappingIssue &issue : ProfileMapper::validate(toAttributeMap(pairs, userIdAttribute), *m_type))
        result.append(fromIssue(issue));
    return result;
}

QList<MappingRuleIssue> MappingRules::checkPair(const MappingPairs &pairs, const MappingPair &candidate) const
{
    MappingPairs all = pairs;
    all.append(candidate);
    const int index = int(pairs.size());
    QList<MappingRuleIssue> result;
    for (const MappingIssue &issue :
         ProfileMapper::validate(toAttributeMap(all, QStringLiteral("userName")), *m_type)) {
        if (issue.index == index)
            result.append(fromIssue(issue));
    }
    return result;
}

QString MappingRules::checkScimPath(const QString &path) const
{
    if (path.trimmed().isEmpty())
        return QStringLiteral("Type a SCIM attribute path.");
    // A pair with a neutral target isolates the SCIM side's rules.
    for (const MappingRuleIssue &issue : checkPair({}, MappingPair{0, path, QStringLiteral("app_metadata.x")})) {
        if (issue.rule != QLatin1String("active_to_blocked"))
            return issue.message;
    }
    return {};
}

QString MappingRules::canonicalScimPath(const QString &path) const
{
    return ProfileMapper::canonicalScimPath(path, *m_type);
}

bool MappingRules::isSingleValued(const QString &path) const
{
    const std::optional<AttributePath> resolved = m_type->resolve(path);
    if (!resolved || resolved->isWholeExtension())
        return false;
    const AttributeDefinition *leaf = resolved->leaf();
    return !resolved->definition->multiValued && leaf && !leaf->isComplex();
}

QStringList MappingRules::profileRoots()
{
    return ProfileAttributes::mappableRoots();
}

bool MappingRules::isMetadataPath(const QString &target)
{
    return ProfileAttributes::isMetadataPath(target);
}

MappingRules::Projection MappingRules::project(const QJsonObject &payload, const MappingPairs &pairs,
                                               const QString &userIdAttribute, const QString &connectionName,
                                               const QString &strategy) const
{
    Projection out;
    try {
        // Exactly what a POST /Users does before the profile is written: canonical form, then the mapper.
        QJsonObject resource = ResourceValidator::normalize(payload, *m_type, ResourceValidator::Mode::Create).resource;
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        resource.insert(QStringLiteral("id"), QStringLiteral("(assigned by the engine)"));
        resource.insert(QStringLiteral("meta"),
                        QJsonObject{{QStringLiteral("created"), now}, {QStringLiteral("lastModified"), now}});
        const ProfileMapper mapper(toAttributeMap(pairs, userIdAttribute), *m_type);
        out.profile = mapper.project(resource, {connectionName, strategy});
        out.unmapped = mapper.unmappedAttributes(resource);
        // password never reaches the stored resource; say so rather than letting it vanish silently.
        if (payload.contains(QStringLiteral("password")))
            out.unmapped.append(QStringLiteral("password"));
    } catch (const ScimError &error) {
        out.error = error.detail();
    }
    return out;
}

} // namespace scim
