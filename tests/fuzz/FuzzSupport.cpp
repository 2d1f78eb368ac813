#include "FuzzSupport.h"

#include "protocol/schema/SchemaRegistry.h"
#include "protocol/validation/ResourceValidator.h"

#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

namespace scim::fuzz {

namespace {

// As ResourceWrites::create stores it: the normalised body, an id and meta.
QJsonObject stored(const char *json, const ResourceType &type, const QString &id)
{
    const QJsonObject body = QJsonDocument::fromJson(QByteArray(json)).object();
    if (body.isEmpty())
        fail("sample JSON parses", __FILE__, __LINE__, QString::fromUtf8(json));
    QJsonObject data = ResourceValidator::normalize(body, type, ResourceValidator::Mode::Create).resource;
    data.remove(QStringLiteral("members")); // a relation, not part of the stored JSON
    data.insert(QStringLiteral("id"), id);
    data.insert(QStringLiteral("meta"),
                QJsonObject{{QStringLiteral("resourceType"), type.name()},
                            {QStringLiteral("created"), QStringLiteral("2024-01-01T00:00:00Z")},
                            {QStringLiteral("lastModified"), QStringLiteral("2024-01-02T00:00:00Z")},
                            {QStringLiteral("version"), QStringLiteral("W/\"1\"")}});
    return data;
}

} // namespace

void fail(const char *condition, const char *file, int line, const QString &detail)
{
    std::fprintf(stderr, "\n==FUZZ CHECK FAILED== %s:%d: %s\n%s\n", file, line, condition, qPrintable(detail));
    std::fflush(stderr);
    std::abort();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

const QList<QJsonObject> &sampleUsers()
{
    static const QList<QJsonObject> users = [] {
        const ResourceType &type = SchemaRegistry::standard().users();
        return QList<QJsonObject>{
            stored(R"({"userName": "bjensen@example.com", "externalId": "00u1ab2cd3",
                "name": {"givenName": "Barbara", "familyName": "Jensen", "formatted": "Ms. Barbara J Jensen III"},
                "displayName": "Babs Jensen", "nickName": "Babs", "title": "Tour Guide", "userType": "Employee",
                "preferredLanguage": "en-US", "locale": "en-US", "timezone": "America/Los_Angeles", "active": true,
                "emails": [{"value": "bjensen@example.com", "type": "work", "primary": true},
                           {"value": "babs@jensen.org", "type": "home"}],
                "phoneNumbers": [{"value": "555-555-8377", "type": "work"}, {"value": "+1 555 0100", "type": "mobile"}],
                "addresses": [{"type": "work", "streetAddress": "100 Universal City Plaza", "locality": "Hollywood",
                               "region": "CA", "postalCode": "91608", "country": "USA", "primary": true}],
                "roles": [{"value": "admin", "display": "Administrator"}],
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "701984",
                    "costCenter": "4130", "department": "Tour Operations", "manager": {"value": "26118915"}}})",
                   type, QStringLiteral("2819c223-7f76-453a-919d-413861904646")),
            stored(R"({"userName": "Isabella.Rossi@acme.example", "externalId": "6ba7b810-9dad-11d1-80b4",
                "name": {"givenName": "Isabella", "familyName": "Rossi"}, "active": false,
                "emails": [{"value": "isabella.rossi@acme.example", "type": "work", "primary": true}],
                "ims": [{"value": "irossi", "type": "skype"}], "photos": [{"value": "https://img.example/i.jpg"}],
                "entitlements": [{"value": "vpn"}], "x509Certificates": [{"value": "TUlJREhEQ0NBd1NnQXdJQkFnSUI="}],
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "Identity",
                    "organization": "Acme", "division": "Platform", "manager": {"value": "2819c223"}}})",
                   type, QStringLiteral("6e8bc430-9c3a-11d9-9669-0800200c9a66")),
            stored(R"({"userName": "omalley"})", type, QStringLiteral("42")),
        };
    }();
    return users;
}

const QList<QJsonObject> &sampleGroups()
{
    static const QList<QJsonObject> groups = [] {
        const ResourceType &type = SchemaRegistry::standard().groups();
        return QList<QJsonObject>{
            stored(R"({"displayName": "Tour Guides", "externalId": "grp-7"})", type,
                   QStringLiteral("e9e30dba-f08f-4109-8486-d5c6a331660a")),
            stored(R"({"displayName": "Engineering"})", type, QStringLiteral("fc348aa8-3835-40eb-a20b-c726e15c55b5")),
        };
    }();
    return groups;
}

} // namespace scim::fuzz
