#pragma once

#include "protocol/schema/AttributePath.h"

#include <QJsonValue>

#include <optional>

namespace scim {

struct StoredResource;

// Where a resource stands in a list's order; a cursor holds the key of the resource it points after (or before).
struct ListKey
{
    int typeRank = 0;     // the resource type's place in the registry (root-level .search lists several types)
    qint64 sequence = 0;  // insertion order, unique across types
    QJsonValue sortValue; // the sortBy value; Undefined when unsorted or the resource has none
};

// The total order of a list (RFC 7644 §3.4.2.3): by sortBy (missing values last when ascending), then by type and
// insertion order, so that no two resources tie and a keyset position is exact.
class ListOrder
{
public:
    ListOrder() = default;
    ListOrder(std::optional<AttributePath> sortBy, bool descending);

    bool isSorted() const { return m_sortBy.has_value(); }
    ListKey keyOf(int typeRank, const StoredResource &resource) const;
    // Negative when `a` comes first.
    int compare(const ListKey &a, const ListKey &b) const;
    bool operator()(const ListKey &a, const ListKey &b) const { return compare(a, b) < 0; }

private:
    std::optional<AttributePath> m_sortBy;
    bool m_descending = false;
};

} // namespace scim
