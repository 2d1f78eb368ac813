#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace scim::DefaultMappings {

// The default attribute map for a strategy, as `[{"scim": …, "auth0": …}]` (reference §2).
QJsonArray mapping(const QString &strategy);
// The default user_id_attribute for a strategy (Strategy::defaultUserIdAttribute, mapping/Strategies.h).
QString userIdAttribute(const QString &strategy);

} // namespace scim::DefaultMappings
