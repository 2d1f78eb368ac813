#include "auth/AdminToken.h"

#include "common/RandomId.h"

namespace scim::AdminToken {

QString generate()
{
    return QLatin1String(kPrefix) + RandomId::alphanumeric(kRandomLength);
}

} // namespace scim::AdminToken
