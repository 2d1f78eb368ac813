#pragma once

#include "models/check/CheckStep.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace scim {

// One conformance check: what it is about, where that is specified, what the server must advertise for it to
// apply, and the requests that make it up.
struct CheckDefinition
{
    QString id;
    QString title;
    QString profile;   // rfc, okta or entra
    QString reference; // RFC section or IdP documentation URL
    QString group;     // the "group" of the file it came from
    QString sourceFile;
    QStringList requirements; // capabilities ("patch", "!bulk", …) and scopes ("patch:users")
    QList<CheckStep> steps;
};

} // namespace scim

Q_DECLARE_METATYPE(scim::CheckDefinition)
