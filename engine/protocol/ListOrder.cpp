#include "protocol/ListOrder.h"

#include "protocol/filter/FilterEvaluator.h"
#include "storage/StorageTypes.h"

namespace scim {

ListOrder::ListOrder(std::optional<AttributePath> sortBy, bool descending)
    : m_sortBy(std::move(sortBy))
    , m_descending(descending)
{}

ListKey ListOrder::keyOf(int typeRank, const StoredResource &resource) const
{
    ListKey key{typeRank, resource.sequence, QJsonValue(QJsonValue::Undefined)};
    if (m_sortBy)
        key.sortValue = FilterEvaluator::sortValueOf(resource.data, *m_sortBy);
    return key;
}

int ListOrder::compare(const ListKey &a, const ListKey &b) const
{
    if (m_sortBy) {
        const int order = FilterEvaluator::compareSortValues(a.sortValue, b.sortValue, *m_sortBy);
        if (order != 0)
            return m_descending ? -order : order;
    }
    if (a.typeRank != b.typeRank)
        return a.typeRank < b.typeRank ? -1 : 1;
    if (a.sequence != b.sequence)
        return a.sequence < b.sequence ? -1 : 1;
    return 0;
}

} // namespace scim
