#pragma once

#include <QString>
#include <QStringList>

namespace scim {

// What the SCIM service learned while answering a request, for the request log. Filled only when the caller asks
// for it.
struct ScimRequestInfo
{
    quint64 transactionId = 0; // in: the commit pipeline's number for the request (0: none)
    QString tokenId;           // the token that authenticated the request; empty when authentication failed
    QString userId;            // the one user the request concerned, if any
    QString userName;          // that user's userName, when known
    // Attributes the request's writes did not store: unknown core attributes, and undeclared extension attributes
    // when the connection ignores them (docs/schemas.md).
    QStringList ignoredAttributes;
    // Undeclared extension attributes the writes stored as sent (the connection keeps them).
    QStringList undeclaredAttributes;
};

} // namespace scim
