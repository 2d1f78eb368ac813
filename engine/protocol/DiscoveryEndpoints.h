#pragma once

#include "common/HttpResponse.h"
#include "protocol/ScimContext.h"

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

private:
    const ResourceRenderer &m_renderer;
};

} // namespace scim
