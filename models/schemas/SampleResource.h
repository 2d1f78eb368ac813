#pragma once

#include <QJsonObject>
#include <QString>

namespace scim {

// A sample User or Group carrying every attribute of one extension schema, as the engine returns it to an IdP
// (docs/schemas.md): the extension object under its URN, listed in `schemas`; values follow each attribute's type,
// first canonical value and reference types, multi-valued ones as a list, complex ones with their
// sub-attributes; what is never returned (returned: never, writeOnly) is left out. The schema editor's preview.
class SampleResource
{
public:
    static QJsonObject build(const QJsonObject &schema, const QString &resourceType);

private:
    static QJsonValue sampleValue(const QJsonObject &attribute);
    static QJsonValue singleValue(const QJsonObject &attribute);
    static bool isReturned(const QJsonObject &attribute);
};

} // namespace scim
