#pragma once

#include "protocol/filter/Filter.h"

#include <QList>
#include <QString>

#include <optional>

namespace scim {

// Lets the storage layer answer a filter from its indexes instead of scanning every resource.
class FilterPlanner
{
public:
    struct Lookup
    {
        enum class Attribute
        {
            Id,
            UserName,
            ExternalId
        };

        Attribute attribute = Attribute::Id;
        QString value;
        // False for userName: the index must be searched case-insensitively.
        bool caseExact = true;

        friend bool operator==(const Lookup &, const Lookup &) = default;
    };

    // Equality lookups on id, userName or externalId such that every resource matching `filter` satisfies
    // at least one of them: a top-level `eq`, an `and` with an indexable side, an `or` of indexable sides.
    // The candidates still have to be run through FilterEvaluator::matches. nullopt: the filter needs a scan.
    static std::optional<QList<Lookup>> indexLookups(const FilterNode &filter);
};

} // namespace scim
