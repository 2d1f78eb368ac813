#pragma once

#include "protocol/schema/AttributePath.h"

#include <QJsonValue>

#include <memory>

namespace scim {

struct FilterNode;
using FilterPtr = std::shared_ptr<const FilterNode>;

enum class CompareOp
{
    Eq,
    Ne,
    Co,
    Sw,
    Ew,
    Gt,
    Ge,
    Lt,
    Le,
    Pr
};

// A parsed SCIM filter (RFC 7644 §3.4.2.2).
//  - And/Or: `left` and `right`.
//  - Not: `left`.
//  - Compare: `path` (attribute, optionally with sub-attribute), `op`, `value` (absent for `pr`).
//  - ValuePath: `path` names the multi-valued/complex attribute, `left` is a filter whose Compare nodes
//    have paths relative to that attribute (their `path.attribute` is the parent, `path.subAttribute`
//    the sub-attribute). `attr[filter].sub op value` in a filter becomes an And-free ValuePath whose
//    inner filter is combined with a Compare on the sub-attribute, evaluated per element.
struct FilterNode
{
    enum class Kind
    {
        And,
        Or,
        Not,
        Compare,
        ValuePath
    };

    Kind kind = Kind::Compare;
    CompareOp op = CompareOp::Eq;
    AttributePath path;
    QJsonValue value;
    FilterPtr left;
    FilterPtr right;
};

// A PATCH operation path (RFC 7644 §3.5.2): attrPath, or valuePath with an optional trailing sub-attribute.
struct PatchPath
{
    AttributePath attribute; // the targeted attribute (may include a sub-attribute when there is no filter)
    FilterPtr valueFilter;   // non-null for `attr[filter]...`: selects elements of a multi-valued attribute
    QString subAttribute;    // canonical name after `]`, e.g. `emails[type eq "work"].value`
    const AttributeDefinition *subDefinition = nullptr;
};

} // namespace scim
