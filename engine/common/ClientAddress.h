#pragma once

#include <QHostAddress>
#include <QString>

namespace scim {

// Who a per-client limit counts: the IPv4 address (an IPv4-mapped IPv6 address counts as its IPv4 address), or the
// /64 prefix of an IPv6 address, since one host commonly holds a whole /64.
class ClientAddress
{
public:
    static QString key(const QHostAddress &address);
};

} // namespace scim
