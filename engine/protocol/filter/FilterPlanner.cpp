#include "protocol/filter/FilterPlanner.h"

namespace scim {

namespace {

std::optional<FilterPlanner::Lookup> equalityLookup(const FilterNode &node)
{
    using Attribute = FilterPlanner::Lookup::Attribute;
    if (node.op != CompareOp::Eq || !node.value.isString() || node.path.extension ||
        !node.path.subAttribute.isEmpty() || !node.path.definition || node.path.definition->multiValued) {
        return std::nullopt;
    }
    static const struct
    {
        QStringView name;
        Attribute attribute;
    } indexed[] = {{u"id", Attribute::Id}, {u"userName", Attribute::UserName}, {u"externalId", Attribute::ExternalId}};
    for (const auto &entry : indexed) {
        if (node.path.attribute == entry.name)
            return FilterPlanner::Lookup{entry.attribute, node.value.toString(), node.path.definition->caseExact};
    }
    return std::nullopt;
}

} // namespace

std::optional<QList<FilterPlanner::Lookup>> FilterPlanner::indexLookups(const FilterNode &filter)
{
    switch (filter.kind) {
    case FilterNode::Kind::Compare:
        if (const std::optional<Lookup> lookup = equalityLookup(filter))
            return QList<Lookup>{*lookup};
        return std::nullopt;
    case FilterNode::Kind::And: {
        // Either side narrows the candidates; the other side is checked by the evaluator afterwards.
        std::optional<QList<Lookup>> left = indexLookups(*filter.left);
        std::optional<QList<Lookup>> right = indexLookups(*filter.right);
        if (left && right)
            return right->size() < left->size() ? right : left;
        return left ? left : right;
    }
    case FilterNode::Kind::Or: {
        std::optional<QList<Lookup>> left = indexLookups(*filter.left);
        if (!left)
            return std::nullopt;
        const std::optional<QList<Lookup>> right = indexLookups(*filter.right);
        if (!right)
            return std::nullopt;
        for (const Lookup &lookup : *right) {
            if (!left->contains(lookup))
                left->append(lookup);
        }
        return left;
    }
    case FilterNode::Kind::Not:
    case FilterNode::Kind::ValuePath:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace scim
