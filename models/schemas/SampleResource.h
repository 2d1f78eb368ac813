#pragma once

#include <QJsonObject>
#include <QString>

namespace scim {

// A sample User or Group carrying every attribute of one schema, as the engine returns it to an IdP
// (docs/schemas.md): an extension's attributes under its URN, listed in `schemas` (a core schema's at the top level);
// values follow each attribute's type, first canonical value and reference types, multi-valued ones as a list,
// complex ones with their sub-attributes; what is never returned (returned: never, writeOnly) is left out, unless
// `asSent`: then it is there, as an IdP sends it (the input of the profile preview). The schema editor's preview.
class SampleResource
{
public:
    static QJsonObject build(const QJsonObject &schema, const QString &resourceType, bool asSent = false);

private:
    static QJsonValue sampleValue(const QJsonObject &attribute, bool asSent);
    static QJsonValue singleValue(const QJsonObject &attribute, bool asSent);
    static bool isIncluded(const QJsonObject &attribute, bool asSent);
};

} // namespace scim
