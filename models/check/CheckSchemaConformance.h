#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace scim {

class CheckCapabilities;

// Does a resource look the way the server's own /Schemas says it should? Checks every attribute against its
// declaration (declared at all, type, single/multi-valued, sub-attributes, returned "never", required) and the
// common attributes of RFC 7643 §3.1. This is how the runner holds a server to what it advertises.
class CheckSchemaConformance
{
    Q_DECLARE_TR_FUNCTIONS(CheckSchemaConformance)

public:
    // Problems found, each a sentence; empty when the resource conforms.
    static QStringList violations(const QJsonObject &resource, const CheckCapabilities &capabilities);
};

} // namespace scim
