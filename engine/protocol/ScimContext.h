#pragma once

#include "protocol/schema/ResourceType.h"
#include "storage/StorageTypes.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace scim {

class SchemaRegistry;
struct HttpRequest;
struct ScimRequestInfo;

// One authenticated SCIM request, as the parts of the service see it.
struct ScimContext
{
    const HttpRequest &request;
    QString connectionId;
    ScimToken token;
    ScimRequestInfo *info = nullptr; // what the request log wants to know, when it asks
    quint64 transactionId = 0;       // stamped on the domain events the request causes
    // The connection's schema set (standard plus declared extensions, docs/schemas.md); its resource types are the
    // ones handlers get.
    std::shared_ptr<const SchemaRegistry> schemas;
};

// The token scope an operation needs: `<method>:<resource>`, e.g. get:users (see auth/TokenPolicy.h).
inline QString scopeFor(const QByteArray &method, const ResourceType &type)
{
    return QString::fromLatin1(method.toLower()) + QLatin1Char(':') + type.endpoint().mid(1).toLower();
}

} // namespace scim
