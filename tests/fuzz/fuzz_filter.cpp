// The SCIM filter parser and evaluator (protocol/filter), as GET /Users?filter= and /Groups?filter= use them.
// Input: the filter on the first line; optionally a resource (JSON) on the following lines, normalised like a
// POST body and evaluated with the stored samples. Checked: errors are 400 invalidFilter; the index planner never
// loses a match (every matching resource satisfies one of its lookups, compared as the store compares); the
// sort order on the filter's attributes is a consistent order.
#include "FuzzSupport.h"

#include "protocol/filter/FilterEvaluator.h"
#include "protocol/filter/FilterParser.h"
#include "protocol/filter/FilterPlanner.h"
#include "protocol/schema/SchemaRegistry.h"
#include "protocol/schema/ScimError.h"
#include "protocol/validation/ResourceValidator.h"

#include <QJsonDocument>

using namespace scim;

namespace {

QString stringAt(const QJsonObject &resource, const QString &name)
{
    return resource.value(name).toString();
}

// How the store answers a lookup (SqliteStore: ids and externalId exactly, userName case-folded).
bool satisfies(const QJsonObject &resource, const FilterPlanner::Lookup &lookup)
{
    switch (lookup.attribute) {
    case FilterPlanner::Lookup::Attribute::Id:
        return stringAt(resource, QStringLiteral("id")) == lookup.value;
    case FilterPlanner::Lookup::Attribute::UserName:
        return lookup.caseExact
                   ? stringAt(resource, QStringLiteral("userName")) == lookup.value
                   : stringAt(resource, QStringLiteral("userName")).toCaseFolded() == lookup.value.toCaseFolded();
    case FilterPlanner::Lookup::Attribute::ExternalId:
        return stringAt(resource, QStringLiteral("externalId")) == lookup.value;
    }
    return false;
}

// The attribute paths a filter compares, for the sort checks.
void collectPaths(const FilterNode &node, QList<AttributePath> &paths)
{
    if (node.kind == FilterNode::Kind::Compare || node.kind == FilterNode::Kind::ValuePath)
        paths.append(node.path);
    if (node.left && node.kind != FilterNode::Kind::ValuePath)
        collectPaths(*node.left, paths);
    if (node.right)
        collectPaths(*node.right, paths);
}

void checkSortOrder(const QList<QJsonObject> &resources, const AttributePath &path)
{
    auto sign = [&path](const QJsonObject &a, const QJsonObject &b) {
        return FilterEvaluator::compareForSort(a, b, path);
    };
    for (const QJsonObject &a : resources) {
        FUZZ_CHECK(sign(a, a) == 0, path.toString() + QLatin1Char(' ') + fuzz::compact(a));
        for (const QJsonObject &b : resources) {
            FUZZ_CHECK(sign(a, b) == -sign(b, a),
                       QStringLiteral("%1: %2 vs %3").arg(path.toString(), fuzz::compact(a), fuzz::compact(b)));
            for (const QJsonObject &c : resources) {
                if (sign(a, b) <= 0 && sign(b, c) <= 0)
                    FUZZ_CHECK(sign(a, c) <= 0,
                               QStringLiteral("%1 not transitive: %2 <= %3 <= %4")
                                   .arg(path.toString(), fuzz::compact(a), fuzz::compact(b), fuzz::compact(c)));
            }
        }
    }
}

void run(const QString &filterText, const QJsonObject *extra, const ResourceType &type,
         const QList<QJsonObject> &samples)
{
    FilterPtr filter;
    try {
        filter = FilterParser::parse(filterText, type);
    } catch (const ScimError &error) {
        FUZZ_CHECK(error.status() == 400 && error.scimType() == QLatin1String("invalidFilter"),
                   QStringLiteral("%1 %2: %3").arg(error.status()).arg(error.scimType(), error.detail()));
        return;
    }
    FUZZ_CHECK(filter, filterText);

    QList<QJsonObject> resources = samples;
    if (extra) {
        try {
            QJsonObject data = ResourceValidator::normalize(*extra, type, ResourceValidator::Mode::Create).resource;
            data.insert(QStringLiteral("id"), QStringLiteral("fuzz-id"));
            resources.append(data);
        } catch (const ScimError &) {
            // not a valid resource: the samples alone
        }
    }

    const std::optional<QList<FilterPlanner::Lookup>> lookups = FilterPlanner::indexLookups(*filter);
    for (const QJsonObject &resource : std::as_const(resources)) {
        if (!FilterEvaluator::matches(*filter, resource) || !lookups)
            continue;
        bool found = false;
        for (const FilterPlanner::Lookup &lookup : *lookups)
            found = found || satisfies(resource, lookup);
        FUZZ_CHECK(
            found,
            QStringLiteral("the index lookups for '%1' miss the matching %2").arg(filterText, fuzz::compact(resource)));
    }

    QList<AttributePath> paths;
    collectPaths(*filter, paths);
    for (const AttributePath &path : std::as_const(paths).first(std::min<qsizetype>(paths.size(), 4)))
        checkSortOrder(resources, path);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QString filterText = QString::fromUtf8(newline < 0 ? input : input.left(newline));
    std::optional<QJsonObject> extra;
    if (newline >= 0) {
        const QJsonDocument document = QJsonDocument::fromJson(input.mid(newline + 1));
        if (document.isObject())
            extra = document.object();
    }
    const SchemaRegistry &registry = SchemaRegistry::standard();
    run(filterText, extra ? &*extra : nullptr, registry.users(), fuzz::sampleUsers());
    run(filterText, extra ? &*extra : nullptr, registry.groups(), fuzz::sampleGroups());
    return 0;
}
