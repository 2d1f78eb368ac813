#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace scim {

// Dotted paths into a JSON document, as check files write them: "meta.location", "Resources.0.id",
// "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.manager.value". Object keys match case-insensitively
// (RFC 7643 §2.1) and may themselves contain dots (URNs): at each level the longest key that matches wins.
// "$" alone is the value itself.
class CheckJsonPath
{
public:
    // The value at `path`, or nullopt when it is absent.
    static std::optional<QJsonValue> resolve(const QJsonValue &root, const QString &path);
};

} // namespace scim
