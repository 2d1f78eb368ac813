#pragma once

#include "common/HttpResponse.h"
#include "protocol/ScimContext.h"

#include <QJsonObject>

namespace scim {

class ResourceRenderer;

// The discovery endpoints (RFC 7644 §4): /ServiceProviderConfig, /ResourceTypes and /Schemas, generated from the
// schema registry and the service's real capabilities.
class DiscoveryEndpoints
{
public:
    explicit DiscoveryEndpoints(const ResourceRenderer &renderer);

    HttpResponse serviceProviderConfig(const ScimContext &ctx) const;
    // `name` empty: all of them, as a ListResponse.
    HttpResponse resourceTypes(const ScimContext &ctx, const QString &name) const;
    HttpResponse schemas(const ScimContext &ctx, const QString &urn) const;

    // RFC 9967 §4: the security events the engine can send, while any SET stream exists; empty leaves it out.
    void setSecurityEvents(const QJsonObject &securityEvents) { m_securityEvents = securityEvents; }

private:
    const ResourceRenderer &m_renderer;
    QJsonObject m_securityEvents;
};

} // namespace scim
