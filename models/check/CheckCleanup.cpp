#include "models/check/CheckCleanup.h"

#include <QJsonArray>

namespace scim {

QJsonObject CheckCleanup::toJson() const
{
    return QJsonObject{{QStringLiteral("kept"), kept},
                       {QStringLiteral("deleted"), QJsonArray::fromStringList(deleted)},
                       {QStringLiteral("remaining"), QJsonArray::fromStringList(remaining)}};
}

} // namespace scim
