// The mapping file and its validator (mapping/AttributeMap, ProfileMapper), as PATCH
// /api/v2/connections/{id}/scim-configuration and the console's Import read {user_id_attribute, mapping}.
// Input: the file. Checked: validation reports problems and never throws; a map it accepts compiles and projects
// the sample users; canonical SCIM paths are a fixed point; a profile's CBOR (what the store keeps) decodes to its
// JSON; the map survives a round trip through its JSON.
#include "FuzzSupport.h"

#include "common/JsonCbor.h"
#include "mapping/AttributeMap.h"
#include "mapping/ProfileMapper.h"
#include "protocol/schema/SchemaRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace scim;

namespace {

// ScimConfigurationEndpoints::validateMappingShape: what reaches the validator.
bool wellShaped(const QJsonObject &file)
{
    const QJsonValue userId = file.value(QStringLiteral("user_id_attribute"));
    const QJsonValue mapping = file.value(QStringLiteral("mapping"));
    if (!userId.isString() || userId.toString().isEmpty() || !mapping.isArray())
        return false;
    for (const QJsonValue &item : mapping.toArray()) {
        const QJsonObject pair = item.toObject();
        if (!item.isObject() || !pair.value(QStringLiteral("scim")).isString() ||
            !pair.value(QStringLiteral("auth0")).isString())
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject() || !wellShaped(document.object()))
        return 0;
    const QJsonObject file = document.object();
    const ResourceType &users = SchemaRegistry::standard().users();
    const AttributeMap map = AttributeMap::fromJson(file.value(QStringLiteral("mapping")).toArray(),
                                                    file.value(QStringLiteral("user_id_attribute")).toString());

    const AttributeMap again = AttributeMap::fromJson(map.mappingJson(), map.userIdAttribute);
    FUZZ_CHECK(again.mappingJson() == map.mappingJson(), QString::fromUtf8(document.toJson()));

    for (const AttributeMap::Entry &entry : map.entries) {
        const QString canonical = ProfileMapper::canonicalScimPath(entry.scim, users);
        if (!canonical.isEmpty())
            FUZZ_CHECK(ProfileMapper::canonicalScimPath(canonical, users) == canonical,
                       QStringLiteral("'%1' → '%2' → '%3'")
                           .arg(entry.scim, canonical, ProfileMapper::canonicalScimPath(canonical, users)));
    }

    const QList<MappingIssue> issues = ProfileMapper::validate(map, users);
    for (const MappingIssue &issue : issues)
        FUZZ_CHECK(!issue.rule.isEmpty() && !issue.message.isEmpty() && issue.index < map.entries.size(),
                   issue.message);

    // The engine compiles every stored map, valid or not (ProfileService); projections must work for both.
    const ProfileMapper mapper(map, users);
    const ProfileMapper::Context context{QStringLiteral("acme-okta"), QStringLiteral("okta")};
    for (const QJsonObject &user : fuzz::sampleUsers()) {
        const ProfileMapper::Projection projection = mapper.projectFields(user, context);
        const QJsonObject profile = projection.toJsonObject();
        FUZZ_CHECK(profile == mapper.project(user, context), fuzz::compact(profile));
        FUZZ_CHECK(profile.value(QStringLiteral("user_id")) == user.value(QStringLiteral("id")),
                   fuzz::compact(profile));
        if (const std::optional<QByteArray> encoded = JsonCbor::encode(profile)) {
            const QJsonObject decoded = JsonCbor::decode(projection.toCbor());
            FUZZ_CHECK(decoded == JsonCbor::decode(*encoded),
                       QStringLiteral("JSON: %1\nCBOR: %2").arg(fuzz::compact(profile), fuzz::compact(decoded)));
        }
        mapper.unmappedAttributes(user);
    }
    return 0;
}
