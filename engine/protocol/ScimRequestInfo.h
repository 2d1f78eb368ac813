#pragma once

#include <QString>

namespace scim {

// What the SCIM service learned while answering a request, for the request log. Filled only when the caller asks
// for it.
struct ScimRequestInfo
{
    quint64 transactionId = 0; // in: the commit pipeline's number for the request (0: none)
    QString tokenId;           // the token that authenticated the request; empty when authentication failed
    QString userId;            // the one user the request concerned, if any
    QString userName;          // that user's userName, when known
};

} // namespace scim
