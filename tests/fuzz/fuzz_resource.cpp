// Resource JSON validation (protocol/validation/ResourceValidator) as POST and PUT on /Users and /Groups run it.
// Input: the request body. Checked: errors are 400 invalidValue/invalidSyntax/mutability; the canonical form is a
// fixed point (normalising it again changes nothing); a password never stays in the resource.
#include "FuzzSupport.h"

#include "protocol/GroupMembership.h"
#include "protocol/schema/SchemaRegistry.h"
#include "protocol/schema/ScimError.h"
#include "protocol/validation/ResourceValidator.h"

#include <QJsonDocument>

using namespace scim;

namespace {

void checkError(const ScimError &error, const QString &context)
{
    static const QStringList kinds{QStringLiteral("invalidSyntax"), QStringLiteral("invalidValue"),
                                   QStringLiteral("mutability")};
    FUZZ_CHECK(error.status() == 400 && kinds.contains(error.scimType()),
               QStringLiteral("%1: %2 %3: %4").arg(context).arg(error.status()).arg(error.scimType(), error.detail()));
}

void validate(QJsonObject body, const ResourceType &type, ResourceValidator::Mode mode, const QJsonObject *existing)
{
    const bool group = &type == &SchemaRegistry::standard().groups();
    if (group) {
        // As ResourceWrites::create and ::replace prepare a group body.
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key().compare(QLatin1String("members"), Qt::CaseInsensitive) == 0) {
                it.value() = GroupMembership::aliasDisplayNames(it.value());
                break;
            }
        }
    }
    ResourceValidator::Result result;
    try {
        result = ResourceValidator::normalize(body, type, mode, existing);
    } catch (const ScimError &error) {
        return checkError(error, type.name());
    }
    FUZZ_CHECK(!result.resource.contains(QStringLiteral("password")), fuzz::compact(result.resource));
    FUZZ_CHECK(!result.resource.contains(QStringLiteral("id")) && !result.resource.contains(QStringLiteral("meta")),
               fuzz::compact(result.resource));

    ResourceValidator::Result again;
    try {
        again = ResourceValidator::normalize(result.resource, type, ResourceValidator::Mode::Replace, &result.resource);
    } catch (const ScimError &error) {
        fuzz::fail("the canonical form validates", __FILE__, __LINE__,
                   QStringLiteral("%1: %2").arg(error.detail(), fuzz::compact(result.resource)));
    }
    FUZZ_CHECK(
        again.resource == result.resource,
        QStringLiteral("once:  %1\ntwice: %2").arg(fuzz::compact(result.resource), fuzz::compact(again.resource)));
    FUZZ_CHECK(!again.password, fuzz::compact(result.resource));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const QJsonObject body = document.object();
    const SchemaRegistry &registry = SchemaRegistry::standard();
    using Mode = ResourceValidator::Mode;
    validate(body, registry.users(), Mode::Create, nullptr);
    validate(body, registry.users(), Mode::Replace, &fuzz::sampleUsers().constFirst());
    validate(body, registry.groups(), Mode::Create, nullptr);
    validate(body, registry.groups(), Mode::Replace, &fuzz::sampleGroups().constFirst());
    return 0;
}
