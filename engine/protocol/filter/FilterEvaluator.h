#pragma once

#include "protocol/filter/Filter.h"

#include <QJsonObject>

namespace scim {

class ResourceType;

class FilterEvaluator
{
public:
    // True when the (normalised, canonically keyed) resource matches the filter.
    static bool matches(const FilterNode &filter, const QJsonObject &resource);

    // True when one element of a multi-valued complex attribute matches a value filter whose Compare
    // nodes address sub-attributes of `attribute` (PATCH value paths and filter value paths).
    static bool matchesElement(const FilterNode &filter, const QJsonValue &element,
                               const AttributeDefinition &attribute);

    // Orders two resources by `sortBy` (RFC 7644 §3.4.2.3); multi-valued attributes sort by their primary
    // (or first) value; missing values sort last in ascending order.
    static int compareForSort(const QJsonObject &a, const QJsonObject &b, const AttributePath &sortBy);
    // The same order on values taken out once (cursor keys keep the value of the resource they point after):
    // the value `sortBy` sorts `resource` by, Undefined when it has none.
    static QJsonValue sortValueOf(const QJsonObject &resource, const AttributePath &sortBy);
    static int compareSortValues(const QJsonValue &x, const QJsonValue &y, const AttributePath &sortBy);
};

} // namespace scim
