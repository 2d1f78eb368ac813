#pragma once

#include <QString>
#include <QStringList>

namespace scim {

// What the SCIM service learned while answering a request, for the request log and the effects that follow a
// request (session revocation). Filled only when the caller asks for it.
struct ScimRequestInfo
{
    quint64 transactionId = 0; // in: the commit pipeline's number for the request (0: none)
    QString tokenId;           // the token that authenticated the request; empty when authentication failed
    QString userId;            // the one user the request concerned, if any
    QString userName;          // that user's userName, when known
    // Users whose `active` went from true (or absent) to false during this request, in order.
    QStringList deactivatedUserIds;
};

} // namespace scim
