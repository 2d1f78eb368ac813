#pragma once

#include "models/check/CheckExchange.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace scim {

// What the runner did with the users and groups it created: deleted, kept (--keep) or left behind (and why).
struct CheckCleanup
{
    bool kept = false;
    QStringList deleted;   // "Users/<id>"
    QStringList remaining; // "Users/<id>" or "Users/<id>: <why it could not be deleted>"
    QList<CheckExchange> exchanges;

    QJsonObject toJson() const;
};

} // namespace scim
