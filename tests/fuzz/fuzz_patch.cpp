// PATCH (protocol/patch/PatchEngine, and for groups GroupMembership::split first), as
// PATCH /Users/{id} and /Groups/{id} apply a body to a stored resource. Input: the request body.
// Checked: errors are 400 with a PATCH scimType; a patched resource is canonical (a PUT of it stores it unchanged),
// `changed` says whether it differs or a password was written; group members never end up in the group's JSON (they are
// a relation); every member-removal filter parses as a PATCH path and evaluates.
#include "FuzzSupport.h"

#include "protocol/GroupMembership.h"
#include "protocol/filter/FilterEvaluator.h"
#include "protocol/filter/FilterParser.h"
#include "protocol/patch/PatchEngine.h"
#include "protocol/schema/SchemaRegistry.h"
#include "protocol/schema/ScimError.h"
#include "protocol/validation/ResourceValidator.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace scim;

namespace {

void checkError(const ScimError &error, const QString &context)
{
    static const QStringList kinds{QStringLiteral("invalidSyntax"), QStringLiteral("invalidValue"),
                                   QStringLiteral("invalidPath"),   QStringLiteral("noTarget"),
                                   QStringLiteral("mutability"),    QStringLiteral("invalidFilter")};
    FUZZ_CHECK(error.status() == 400 && kinds.contains(error.scimType()),
               QStringLiteral("%1: %2 %3: %4").arg(context).arg(error.status()).arg(error.scimType(), error.detail()));
}

// What a PUT of the patched resource would store: the same (id and meta are the service's).
void checkCanonical(const QJsonObject &patched, const ResourceType &type)
{
    QJsonObject expected = patched;
    expected.remove(QStringLiteral("id"));
    expected.remove(QStringLiteral("meta"));
    QJsonObject again;
    try {
        again = ResourceValidator::normalize(expected, type, ResourceValidator::Mode::Replace, &patched).resource;
    } catch (const ScimError &error) {
        fuzz::fail("a patched resource validates", __FILE__, __LINE__,
                   QStringLiteral("%1: %2").arg(error.detail(), fuzz::compact(patched)));
    }
    again.remove(QStringLiteral("members"));
    FUZZ_CHECK(again == expected,
               QStringLiteral("patched:    %1\nnormalised: %2").arg(fuzz::compact(expected), fuzz::compact(again)));
}

void patch(const QJsonObject &stored, const QJsonObject &body, const ResourceType &type)
{
    PatchEngine::Result result;
    try {
        result = PatchEngine::apply(stored, body, type);
    } catch (const ScimError &error) {
        return checkError(error, type.name());
    }
    // A password is written (as its hash) beside the resource, never into it: writing one is a change too.
    FUZZ_CHECK(!result.resource.contains(QStringLiteral("password")), fuzz::compact(result.resource));
    FUZZ_CHECK(result.changed == (result.resource != stored || result.password.has_value()),
               QStringLiteral("changed=%1, password %2, for %3")
                   .arg(result.changed)
                   .arg(result.password.has_value())
                   .arg(fuzz::compact(result.resource)));
    FUZZ_CHECK(result.resource.value(QStringLiteral("id")) == stored.value(QStringLiteral("id")),
               fuzz::compact(result.resource));
    checkCanonical(result.resource, type);
}

void patchGroup(const QJsonObject &stored, const QJsonObject &body)
{
    const ResourceType &groups = SchemaRegistry::standard().groups();
    const QJsonValue operations = body.value(QStringLiteral("Operations"));
    if (!operations.isArray() || operations.toArray().isEmpty())
        return; // ResourceWrites::patchGroup answers 400 before anything else
    QList<GroupMembership::Operation> memberOperations;
    QJsonArray rest;
    try {
        rest = GroupMembership::split(operations.toArray(), &memberOperations);
    } catch (const ScimError &error) {
        return checkError(error, QStringLiteral("members"));
    }
    const AttributeDefinition &members = *groups.coreSchema().attribute(u"members");
    const QJsonArray elements{
        QJsonObject{{QStringLiteral("value"), QStringLiteral("2819c223")},
                    {QStringLiteral("display"), QStringLiteral("Babs")},
                    {QStringLiteral("type"), QStringLiteral("User")}},
        QJsonObject{{QStringLiteral("value"), QStringLiteral("42")}, {QStringLiteral("type"), QStringLiteral("User")}}};
    for (const GroupMembership::Operation &operation : std::as_const(memberOperations)) {
        for (const QJsonValue &value : operation.values) {
            // As GroupMembership::apply removes by filter.
            const QString filterPath = value.toObject().value(QStringLiteral("$filter")).toString();
            if (filterPath.isEmpty())
                continue;
            try {
                const PatchPath path = FilterParser::parsePatchPath(filterPath, groups);
                for (const QJsonValue &element : elements) {
                    if (path.valueFilter)
                        FilterEvaluator::matchesElement(*path.valueFilter, element, members);
                }
            } catch (const ScimError &error) {
                checkError(error, filterPath);
            }
        }
    }
    if (rest.isEmpty())
        return;
    QJsonObject request = body;
    request.insert(QStringLiteral("Operations"), rest);
    PatchEngine::Result result;
    try {
        result = PatchEngine::apply(stored, request, groups);
    } catch (const ScimError &error) {
        return checkError(error, QStringLiteral("Group"));
    }
    FUZZ_CHECK(!result.resource.contains(QStringLiteral("members")),
               QStringLiteral("members written into the group's JSON: %1").arg(fuzz::compact(result.resource)));
    checkCanonical(result.resource, groups);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // As ScimMessages::parseBody reads it.
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const QJsonObject body = document.object();
    for (const QJsonObject &user : fuzz::sampleUsers())
        patch(user, body, SchemaRegistry::standard().users());
    for (const QJsonObject &group : fuzz::sampleGroups())
        patchGroup(group, body);
    return 0;
}
