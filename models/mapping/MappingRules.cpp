#include "models/mapping/MappingRules.h"

#include "mapping/AttributeMap.h"
#include "mapping/ProfileAttributes.h"
#include "mapping/ProfileMapper.h"
#include "protocol/schema/ResourceType.h"
#include "protocol/schema/ScimError.h"
#include "protocol/validation/ResourceValidator.h"

#include <QDateTime>
#include <QRegularExpression>

#include <vector>

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
    return {issue.index, issue.rule, MappingRules::localizedIssueMessage(issue.message)};
}

struct IssueText
{
    const char *engine;  // ProfileMapper::validate()'s wording, %1… where it inserts names
    const char *console; // the console's, translated in context MappingRules
};

// Every message of ProfileMapper::validate() (engine/mapping/ProfileMapper.cpp). The %2 of the second is the
// engine's parser error, which stays as the engine words it.
const IssueText kIssueTexts[] = {
    {"Both 'scim' and 'auth0' must be non-empty.",
     QT_TRANSLATE_NOOP("MappingRules", "Both the SCIM attribute and the profile attribute must be filled in.")},
    {"'%1' is not an attribute of this connection's schemas or has a malformed filter: %2",
     QT_TRANSLATE_NOOP("MappingRules",
                       "'%1' is not an attribute of this connection's schemas or has a malformed filter: %2")},
    {"'%1' names a whole schema extension; map its attributes one by one.",
     QT_TRANSLATE_NOOP("MappingRules", "'%1' names a whole schema extension; map its attributes one by one.")},
    {"'%1' cannot be mapped: id, meta, password and groups are never part of a profile.",
     QT_TRANSLATE_NOOP("MappingRules",
                       "'%1' cannot be mapped: id, meta, password and groups are never part of a profile.")},
    {"'%1': mapping filters may only use 'eq' (joined by 'and').",
     QT_TRANSLATE_NOOP("MappingRules", "'%1': mapping filters may only use 'eq' (joined by 'and').")},
    {"'%1' is already mapped (entry %2); each SCIM attribute maps to one profile attribute.",
     QT_TRANSLATE_NOOP("MappingRules",
                       "'%1' is already mapped (entry %2); each SCIM attribute maps to one profile attribute.")},
    {"'active' can only be mapped to 'blocked' (stored inverted).",
     QT_TRANSLATE_NOOP("MappingRules", "'active' can only be mapped to 'blocked' (stored inverted).")},
    {"'blocked' can only be fed from 'active'.",
     QT_TRANSLATE_NOOP("MappingRules", "'blocked' can only be fed from 'active'.")},
    {"'%1' is set by the engine and cannot be a mapping target.",
     QT_TRANSLATE_NOOP("MappingRules", "'%1' is set by the engine and cannot be a mapping target.")},
    {"'%1' is neither a profile root attribute nor app_metadata.<key> / user_metadata.<key>.",
     QT_TRANSLATE_NOOP("MappingRules",
                       "'%1' is neither a profile root attribute nor app_metadata.<key> / user_metadata.<key>.")},
    {"'%1' is already the target of entry %2; each profile attribute has one source.",
     QT_TRANSLATE_NOOP("MappingRules",
                       "'%1' is already the target of entry %2; each profile attribute has one source.")},
    {"'%1' overlaps '%2' (entry %3): one would overwrite the other.",
     QT_TRANSLATE_NOOP("MappingRules", "'%1' overlaps '%2' (entry %3): one would overwrite the other.")},
    {"'userName' must stay mapped.", QT_TRANSLATE_NOOP("MappingRules", "'userName' must stay mapped.")},
    {"user_id_attribute '%1' is not an attribute of this connection's schemas.",
     QT_TRANSLATE_NOOP("MappingRules", "user_id_attribute '%1' is not an attribute of this connection's schemas.")},
    {"user_id_attribute '%1' must be a single-valued attribute.",
     QT_TRANSLATE_NOOP("MappingRules", "user_id_attribute '%1' must be a single-valued attribute.")},
    {"user_id_attribute '%1' must itself be mapped.",
     QT_TRANSLATE_NOOP("MappingRules", "user_id_attribute '%1' must itself be mapped.")},
};

// The engine's wording as a pattern: its %N become captures named aN.
QRegularExpression patternOf(const char *engine)
{
    QString pattern = QRegularExpression::escape(QString::fromUtf8(engine));
    static const QRegularExpression placeholder(QStringLiteral(R"(\\%(\d))"));
    pattern.replace(placeholder, QStringLiteral("(?<a\\1>.*)"));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::DotMatchesEverythingOption);
}

// Replaces %1…%9 in one pass, so that names containing "%2" stay as they are.
QString fill(const QString &text, const QRegularExpressionMatch &match)
{
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'%' && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            out += match.captured(QStringLiteral("a") + text.at(i + 1));
            ++i;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

} // namespace

MappingRules::~MappingRules() = default;

std::shared_ptr<const MappingRules> MappingRules::fromSchemas(const QJsonObject &listResponse, QString *error)
{
    const QJsonArray resources = listResponse.value(QStringLiteral("Resources")).toArray();
    if (resources.isEmpty() || !resources.at(0).isObject()) {
        if (error)
            *error = tr("the engine sent no User schema");
        return {};
    }
    const Schema core = Schema::fromJson(resources.at(0).toObject());
    if (core.attribute(u"userName") == nullptr) {
        if (error)
            *error = tr("the first schema (%1) is not a User schema").arg(core.id);
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
        return tr("Type a SCIM attribute path.");
    // A pair with a neutral target isolates the SCIM side's rules.
    for (const MappingRuleIssue &issue : checkPair({}, MappingPair{0, path, QStringLiteral("app_metadata.x")})) {
        if (issue.rule != QLatin1String("active_to_blocked"))
            return issue.message;
    }
    return {};
}

QString MappingRules::localizedIssueMessage(const QString &engineMessage)
{
    static const std::vector<QRegularExpression> patterns = [] {
        std::vector<QRegularExpression> compiled;
        for (const IssueText &text : kIssueTexts)
            compiled.push_back(patternOf(text.engine));
        return compiled;
    }();
    for (size_t i = 0; i < patterns.size(); ++i) {
        const QRegularExpressionMatch match = patterns[i].match(engineMessage);
        if (match.hasMatch())
            return fill(QCoreApplication::translate("MappingRules", kIssueTexts[i].console), match);
    }
    return engineMessage;
}

QStringList MappingRules::knownIssueMessages()
{
    QStringList messages;
    for (const IssueText &text : kIssueTexts)
        messages.append(QString::fromUtf8(text.engine));
    return messages;
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
        resource.insert(QStringLiteral("id"), tr("(assigned by the engine)"));
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
