#include "mapping/AttributeMap.h"

#include <QJsonObject>

namespace scim {

AttributeMap AttributeMap::fromJson(const QJsonArray &mapping, const QString &userIdAttribute)
{
    AttributeMap map;
    map.userIdAttribute = userIdAttribute;
    for (const QJsonValue &item : mapping) {
        const QJsonObject pair = item.toObject();
        map.entries.append(
            Entry{pair.value(QStringLiteral("scim")).toString(), pair.value(QStringLiteral("auth0")).toString()});
    }
    return map;
}

QJsonArray AttributeMap::mappingJson() const
{
    QJsonArray array;
    for (const Entry &entry : entries)
        array.append(QJsonObject{{QStringLiteral("scim"), entry.scim}, {QStringLiteral("auth0"), entry.auth0}});
    return array;
}

} // namespace scim
