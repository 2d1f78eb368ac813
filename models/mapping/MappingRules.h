#pragma once

#include "models/mapping/MappingPair.h"
#include "models/mapping/MappingRuleIssue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace scim {

class ResourceType;

// The mapping rules of one connection, built from its User schemas as its engine serves them
// (GET …/scim-configuration/schemas), so they hold for a remote engine too. Validation and projection are the
// engine's own ProfileMapper and ResourceValidator: the editor's checks and preview are what the engine does. It is the
// editor's one door to the engine's mapping code: no other file in models/mapping includes an engine header.
class MappingRules
{
    Q_DECLARE_TR_FUNCTIONS(MappingRules)

public:
    struct Projection
    {
        QJsonObject profile;
        QStringList unmapped; // SCIM attributes of the payload that do not reach the profile
        QString error;        // the payload is not a valid SCIM User (then profile is empty)
    };

    // `listResponse` is the body of the schemas endpoint: core schema first, then extensions.
    static std::shared_ptr<const MappingRules> fromSchemas(const QJsonObject &listResponse, QString *error = nullptr);
    ~MappingRules();

    const QJsonObject &coreSchema() const { return m_core; }
    const QJsonArray &extensionSchemas() const { return m_extensions; }

    // Every broken rule of the whole map (the engine's validate()).
    QList<MappingRuleIssue> validate(const MappingPairs &pairs, const QString &userIdAttribute) const;
    // Why `candidate` cannot join `pairs`: per-pair rules only (one-to-one, not mappable, active/blocked, unknown
    // or reserved attributes); whole-map rules such as user_id_attribute are the save's business. Empty: it may.
    QList<MappingRuleIssue> checkPair(const MappingPairs &pairs, const MappingPair &candidate) const;
    // Why `path` cannot be the SCIM side of a pair, or empty (for entries typed by hand).
    QString checkScimPath(const QString &path) const;
    // `Emails[Type eq "work"].Value` and `emails[type eq "work"].value` give the same text; empty if malformed.
    QString canonicalScimPath(const QString &path) const;
    // True for attributes that can be a user_id_attribute (single-valued, not complex).
    bool isSingleValued(const QString &path) const;

    // The profile side, as the engine defines it: the root attributes a map may target, and whether `target` is an
    // app_metadata.<key> / user_metadata.<key> path.
    static QStringList profileRoots();
    static bool isMetadataPath(const QString &target);

    // The engine words its rule messages in English (they are part of its API answers, e.g. a 400 invalid_mapping);
    // this gives the admin's language for each known wording, with the attribute names kept, and the message
    // unchanged when the engine says something this console does not know yet.
    static QString localizedIssueMessage(const QString &engineMessage);
    // The engine's wordings this console knows (for tests).
    static QStringList knownIssueMessages();

    Projection project(const QJsonObject &payload, const MappingPairs &pairs, const QString &userIdAttribute,
                       const QString &connectionName, const QString &strategy) const;

private:
    MappingRules() = default;

    std::unique_ptr<ResourceType> m_type;
    QJsonObject m_core;
    QJsonArray m_extensions;
};

} // namespace scim
