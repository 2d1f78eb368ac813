#pragma once

#include "protocol/ListOrder.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace scim {

// An RFC 9865 cursor: a keyset position in one query's order, carried by the client. Nothing is kept on the
// server, so any engine instance can continue any walk. The token is base64url (RFC 3986 unreserved
// characters) of a small CBOR map with a checksum; it names the query it belongs to (a fingerprint of the
// connection, endpoint, filter and sort) and when it was issued. A forged token can only point at another
// place in data the caller's token may read anyway.
class ListCursor
{
public:
    enum class Direction
    {
        Next,    // the resources after `key` (without a key: from the first)
        Previous // the resources before `key` (without a key: up to the last)
    };

    Direction direction = Direction::Next;
    std::optional<ListKey> key;

    // Identifies a query: everything a client must repeat unchanged while it follows cursors (count may vary).
    static QByteArray fingerprint(const QString &connectionId, const QString &endpoint, const QString &filter,
                                  const QString &sortBy, bool descending);

    QString encode(const QByteArray &fingerprint, qint64 issuedAtSeconds) const;
    // Throws ScimError 400: invalidCursor for a token that is not one of ours or belongs to another query,
    // expiredCursor for one issued more than `timeoutSeconds` ago.
    static ListCursor decode(const QString &token, const QByteArray &fingerprint, qint64 nowSeconds,
                             qint64 timeoutSeconds);
};

} // namespace scim
