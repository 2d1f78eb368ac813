#pragma once

#include <QJsonObject>
#include <QString>

namespace scim {

// One reason a mapping is invalid: the offending pair (by index) and the rule it breaks.
struct MappingIssue
{
    int index = -1; // position in the mapping; -1 for rules about the whole map (e.g. user_id_attribute)
    QString scim;
    QString auth0;
    QString rule; // machine-readable: one_to_one, not_mappable, active_to_blocked, username_required, …
    QString message;

    QJsonObject toJson() const
    {
        QJsonObject json{{QStringLiteral("rule"), rule}, {QStringLiteral("message"), message}};
        if (index >= 0) {
            json.insert(QStringLiteral("index"), index);
            json.insert(QStringLiteral("scim"), scim);
            json.insert(QStringLiteral("auth0"), auth0);
        }
        return json;
    }
};

} // namespace scim
