#pragma once

#include <QJsonObject>
#include <QString>

namespace scim {

// One broken mapping rule, as the engine's validator reports it (client-side) or as a 400 invalid_mapping
// `details` entry names it (engine-side). index is the pair's position in the map, -1 for whole-map rules.
struct MappingRuleIssue
{
    int index = -1;
    QString rule;
    QString message;

    static MappingRuleIssue fromJson(const QJsonObject &detail)
    {
        return {detail.contains(QStringLiteral("index")) ? detail.value(QStringLiteral("index")).toInt() : -1,
                detail.value(QStringLiteral("rule")).toString(), detail.value(QStringLiteral("message")).toString()};
    }
};

} // namespace scim
