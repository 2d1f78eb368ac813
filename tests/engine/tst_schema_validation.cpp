#include "TestJson.h"
#include "protocol/schema/AttributeBuilder.h"
#include "protocol/schema/ResourceType.h"
#include "protocol/schema/SchemaRegistry.h"
#include "protocol/schema/ScimConstants.h"
#include "protocol/schema/ScimError.h"
#include "protocol/validation/AttributeProjection.h"
#include "protocol/validation/ResourceValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace scim;

namespace {

using B = AttributeBuilder;
using T = AttributeDefinition::Type;
using M = AttributeDefinition::Mutability;
using R = AttributeDefinition::Returned;
using Mode = ResourceValidator::Mode;

// A resource type exercising what the User schema lacks: every `returned` value, immutable attributes,
// integer/decimal/dateTime types, required sub-attributes and an extension with a required attribute.
const ResourceType &widgets()
{
    static const ResourceType type = [] {
        Schema core;
        core.id = u"urn:example:scim:schemas:Widget"_s;
        core.name = u"Widget"_s;
        core.attributes = {
            B(u"label"_s, T::String, u"Label"_s).required(),
            B(u"serial"_s, T::String, u"Serial number"_s).mutability(M::Immutable),
            B(u"secret"_s, T::String, u"Never returned"_s).returned(R::Never),
            B(u"note"_s, T::String, u"Returned on request"_s).returned(R::Request),
            B(u"tag"_s, T::String, u"Always returned"_s).returned(R::Always),
            B(u"count"_s, T::Integer, u"Count"_s),
            B(u"weight"_s, T::Decimal, u"Weight"_s),
            B(u"builtAt"_s, T::DateTime, u"Build time"_s),
            B(u"parts"_s, T::Complex, u"Parts"_s)
                .multiValued()
                .sub({B(u"code"_s, T::String, u"Code"_s).required(),
                      B(u"origin"_s, T::String, u"Origin"_s).returned(R::Request),
                      B(u"primary"_s, T::Boolean, u"Primary"_s)}),
            B(u"spec"_s, T::Complex, u"Spec"_s)
                .sub({B(u"model"_s, T::String, u"Model"_s).mutability(M::Immutable),
                      B(u"colour"_s, T::String, u"Colour"_s)}),
        };
        Schema audit;
        audit.id = u"urn:example:scim:schemas:extension:Audit"_s;
        audit.name = u"Audit"_s;
        audit.attributes = {B(u"approver"_s, T::String, u"Approver"_s).required(),
                            B(u"ticket"_s, T::String, u"Ticket"_s)};
        return ResourceType(u"Widget"_s, u"/Widgets"_s, u"Test widgets"_s, core, {{audit, false}});
    }();
    return type;
}

template <typename F> std::optional<ScimError> captureError(F &&call)
{
    try {
        call();
    } catch (const ScimError &error) {
        return error;
    }
    return std::nullopt;
}

} // namespace

class TestSchemaValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ResourceValidator::normalize
    void normalize_canonicalisesCaseInsensitiveNames();
    void normalize_keepsEverySchemaAttributeLosslessly();
    void normalize_foldsExtensionAttributes_data();
    void normalize_foldsExtensionAttributes();
    void normalize_rebuildsSchemas_data();
    void normalize_rebuildsSchemas();
    void normalize_rejectsMalformedSchemasMember_data();
    void normalize_rejectsMalformedSchemasMember();
    void normalize_coercesStringBooleans_data();
    void normalize_coercesStringBooleans();
    void normalize_rejectsWrongTypes_data();
    void normalize_rejectsWrongTypes();
    void normalize_turnsStringIntoComplexValue();
    void normalize_wrapsSingleElementOfMultiValued();
    void normalize_dropsNullsAndEmptyValues();
    void normalize_dropsClientSentReadOnlyAttributes();
    void normalize_ignoresUnknownAttributes();
    void normalize_requiresUserName_data();
    void normalize_requiresUserName();
    void normalize_takesPasswordOut();
    void normalize_rejectsNonStringPassword();
    void normalize_rejectsMoreThanOnePrimary();
    void normalize_replaceKeepsOrRejectsImmutable_data();
    void normalize_replaceKeepsOrRejectsImmutable();
    void normalize_requiresRequiredSubAttributes();
    void normalize_requiresExtensionAttributesOnlyWhenExtensionUsed();
    void normalize_microsoftValidatorBodies_data();
    void normalize_microsoftValidatorBodies();

    // ResourceValidator::normalizeValue
    void normalizeValue_checksScalarTypes_data();
    void normalizeValue_checksScalarTypes();

    // ResourceValidator::finalize
    void finalize_rebuildsSchemasAndDropsEmptyValues();
    void finalize_keepsServiceAttributes();
    void finalize_rejectsMissingRequiredAndDuplicatePrimary();

    // AttributeProjection
    void parseList_canonicalisesAndDropsUnknown();
    void parseList_keepsValueFilterEntriesWhole();
    void apply_defaultReturnsDefaultAndAlwaysOnly();
    void apply_neverReturnsPassword_data();
    void apply_neverReturnsPassword();
    void apply_attributesSelects_data();
    void apply_attributesSelects();
    void apply_excludedAttributesRemoves_data();
    void apply_excludedAttributesRemoves();
    void apply_returnedCharacteristics_data();
    void apply_returnedCharacteristics();
    void apply_unknownNamesAreIgnored();
    void apply_valueFilterEntriesSelectElements_data();
    void apply_valueFilterEntriesSelectElements();

private:
    QJsonObject storedUser() const;
};

QJsonObject TestSchemaValidation::storedUser() const
{
    return json(R"({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
        "id": "2819c223",
        "meta": {"resourceType": "User", "version": "W/\"3\""},
        "userName": "bjensen",
        "displayName": "Babs Jensen",
        "password": "should never leave the store",
        "name": {"givenName": "Barbara", "familyName": "Jensen"},
        "emails": [{"value": "bjensen@work.example", "type": "work", "primary": true},
                   {"value": "babs@home.example", "type": "home"}],
        "groups": [{"value": "g1", "display": "Tour Guides"}],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
            "employeeNumber": "701984", "department": "Tour Operations", "manager": {"value": "m1"}}
    })");
}

void TestSchemaValidation::normalize_canonicalisesCaseInsensitiveNames()
{
    const auto result = ResourceValidator::normalize(
        json(R"({"UserName": "bjensen", "NAME": {"GivenName": "Barbara", "FAMILYNAME": "Jensen"},
                 "Emails": [{"Value": "a@example.com", "Primary": true, "TYPE": "work"}], "ACTIVE": true})"),
        users(), Mode::Create);
    QCOMPARE(compact(result.resource),
             compact(json(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "bjensen",
                              "name": {"givenName": "Barbara", "familyName": "Jensen"},
                              "emails": [{"value": "a@example.com", "primary": true, "type": "work"}],
                              "active": true})")));
}

void TestSchemaValidation::normalize_keepsEverySchemaAttributeLosslessly()
{
    const QJsonObject input = json(R"({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
        "userName": "bjensen", "externalId": "ext-1", "displayName": "Babs", "nickName": "Babs",
        "profileUrl": "https://login.example.com/bjensen", "title": "Tour Guide", "userType": "Employee",
        "preferredLanguage": "en-US", "locale": "en-US", "timezone": "America/Los_Angeles", "active": false,
        "name": {"formatted": "Ms. Barbara J Jensen III", "familyName": "Jensen", "givenName": "Barbara",
                 "middleName": "Jane", "honorificPrefix": "Ms.", "honorificSuffix": "III"},
        "emails": [{"value": "b@example.com", "display": "work mail", "type": "work", "primary": true}],
        "phoneNumbers": [{"value": "555-555-5555", "type": "work"}],
        "ims": [{"value": "someaimhandle", "type": "aim"}],
        "photos": [{"value": "https://photos.example.com/profilephoto.jpg", "type": "photo"}],
        "addresses": [{"formatted": "100 Universal City Plaza", "streetAddress": "100 Universal City Plaza",
                       "locality": "Hollywood", "region": "CA", "postalCode": "91608", "country": "USA",
                       "type": "work", "primary": true}],
        "entitlements": [{"value": "delete"}], "roles": [{"value": "admin", "primary": false}],
        "x509Certificates": [{"value": "MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAw"}],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
            "employeeNumber": "701984", "costCenter": "4130", "organization": "Universal Studios",
            "division": "Theme Park", "department": "Tour Operations",
            "manager": {"value": "26118915", "$ref": "../Users/26118915"}}
    })");
    const auto result = ResourceValidator::normalize(input, users(), Mode::Create);
    QCOMPARE(compact(result.resource), compact(input));
    QVERIFY(!result.password.has_value());
}

void TestSchemaValidation::normalize_foldsExtensionAttributes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("URN-prefixed key, colon (Entra)") << QByteArray(
        R"({"userName": "u", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber": "1"})");
    QTest::newRow("URN-prefixed key, dot (Auth0 mapping form)") << QByteArray(
        R"({"userName": "u", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.employeeNumber": "1"})");
    QTest::newRow("URN-prefixed key, other case") << QByteArray(
        R"({"userName": "u", "URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:EmployeeNumber": "1"})");
    QTest::newRow("extension object") << QByteArray(
        R"({"userName": "u", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "1"}})");
    QTest::newRow("extension object, lower-case URN and key") << QByteArray(
        R"({"userName": "u", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:user": {"EMPLOYEENUMBER": "1"}})");
}

void TestSchemaValidation::normalize_foldsExtensionAttributes()
{
    QFETCH(QByteArray, input);
    const auto result = ResourceValidator::normalize(json(input.constData()), users(), Mode::Create);
    QCOMPARE(result.resource.value(enterpriseUrn).toObject(), json(R"({"employeeNumber": "1"})"));
    QCOMPARE(result.resource.value(u"schemas"_s).toArray(), (QJsonArray{Urn::user(), enterpriseUrn}));
    QCOMPARE(result.resource.size(), 3); // schemas, userName, the extension object
}

void TestSchemaValidation::normalize_rebuildsSchemas_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QJsonArray>("schemas");
    const QJsonArray coreOnly{Urn::user()};
    const QJsonArray withEnterprise{Urn::user(), enterpriseUrn};
    QTest::newRow("absent") << QByteArray(R"({"userName": "u"})") << coreOnly;
    QTest::newRow("extension listed but unused")
        << QByteArray(R"({"userName": "u", "schemas": ["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                                                      "urn:ietf:params:scim:schemas:core:2.0:User"]})")
        << coreOnly;
    QTest::newRow("extension used but not listed")
        << QByteArray(R"({"userName": "u", "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "d"}})")
        << withEnterprise;
    QTest::newRow("unknown URN ignored (Entra sends extra schemas)")
        << QByteArray(R"({"userName": "u", "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                         "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/User"]})")
        << coreOnly;
    QTest::newRow("empty extension object dropped") << QByteArray(
                                                           R"({"userName": "u",
                        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": null}})")
                                                    << coreOnly;
    QTest::newRow("schemas null") << QByteArray(R"({"userName": "u", "schemas": null})") << coreOnly;
}

void TestSchemaValidation::normalize_rebuildsSchemas()
{
    QFETCH(QByteArray, input);
    QFETCH(QJsonArray, schemas);
    const auto result = ResourceValidator::normalize(json(input.constData()), users(), Mode::Create);
    QCOMPARE(result.resource.value(u"schemas"_s).toArray(), schemas);
    QCOMPARE(result.resource.contains(enterpriseUrn), schemas.size() == 2);
}

void TestSchemaValidation::normalize_rejectsMalformedSchemasMember_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("string") << QByteArray(
        R"({"userName": "u", "schemas": "urn:ietf:params:scim:schemas:core:2.0:User"})");
    QTest::newRow("object") << QByteArray(R"({"userName": "u", "schemas": {}})");
    QTest::newRow("non-string element") << QByteArray(R"({"userName": "u", "schemas": [1]})");
}

void TestSchemaValidation::normalize_rejectsMalformedSchemasMember()
{
    QFETCH(QByteArray, input);
    const auto error =
        captureError([&] { ResourceValidator::normalize(json(input.constData()), users(), Mode::Create); });
    QVERIFY(error);
    QCOMPARE(error->status(), 400);
    QCOMPARE(error->scimType(), u"invalidSyntax"_s);
}

void TestSchemaValidation::normalize_coercesStringBooleans_data()
{
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<bool>("expected");
    QTest::newRow("\"True\" (Microsoft validator)") << QJsonValue(u"True"_s) << true;
    QTest::newRow("\"False\" (Entra without flag)") << QJsonValue(u"False"_s) << false;
    QTest::newRow("\"true\"") << QJsonValue(u"true"_s) << true;
    QTest::newRow("\"false\"") << QJsonValue(u"false"_s) << false;
    QTest::newRow("\"TRUE\"") << QJsonValue(u"TRUE"_s) << true;
    QTest::newRow("true") << QJsonValue(true) << true;
    QTest::newRow("false") << QJsonValue(false) << false;
}

void TestSchemaValidation::normalize_coercesStringBooleans()
{
    QFETCH(QJsonValue, input);
    QFETCH(bool, expected);
    QJsonObject body{{u"userName"_s, u"u"_s}, {u"active"_s, input}};
    body.insert(u"emails"_s, QJsonArray{QJsonObject{{u"value"_s, u"a@b"_s}, {u"primary"_s, input}}});
    const auto result = ResourceValidator::normalize(body, users(), Mode::Create);
    QCOMPARE(result.resource.value(u"active"_s), QJsonValue(expected));
    QCOMPARE(result.resource.value(u"emails"_s).toArray().at(0).toObject().value(u"primary"_s), QJsonValue(expected));
}

void TestSchemaValidation::normalize_rejectsWrongTypes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("named");
    QTest::newRow("string attribute as number") << QByteArray(R"({"userName": 5})") << u"userName"_s;
    QTest::newRow("string attribute as boolean")
        << QByteArray(R"({"userName": "u", "displayName": true})") << u"displayName"_s;
    QTest::newRow("single-valued as array") << QByteArray(R"({"userName": "u", "title": ["a"]})") << u"title"_s;
    QTest::newRow("boolean as other string") << QByteArray(R"({"userName": "u", "active": "yes"})") << u"active"_s;
    QTest::newRow("boolean as number") << QByteArray(R"({"userName": "u", "active": 1})") << u"active"_s;
    QTest::newRow("boolean as empty string") << QByteArray(R"({"userName": "u", "active": ""})") << u"active"_s;
    QTest::newRow("complex without value sub as string")
        << QByteArray(R"({"userName": "u", "name": "Babs"})") << u"name"_s;
    QTest::newRow("sub-attribute wrong type")
        << QByteArray(R"({"userName": "u", "name": {"givenName": 1}})") << u"name.givenName"_s;
    QTest::newRow("multi-valued element as number")
        << QByteArray(R"({"userName": "u", "emails": [5]})") << u"emails.value"_s;
    QTest::newRow("multi-valued element sub wrong type")
        << QByteArray(R"({"userName": "u", "emails": [{"value": "a", "primary": "maybe"}]})") << u"emails.primary"_s;
    QTest::newRow("nested arrays") << QByteArray(R"({"userName": "u", "emails": [[{"value": "a"}]]})") << u"emails"_s;
    QTest::newRow("extension attribute wrong type")
        << QByteArray(
               R"({"userName": "u", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": 3}})")
        << u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"_s;
    QTest::newRow("extension object not an object")
        << QByteArray(R"({"userName": "u", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": "x"})")
        << u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"_s;
    QTest::newRow("manager as number")
        << QByteArray(
               R"({"userName": "u", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"manager": 7}})")
        << u"manager.value"_s;
}

void TestSchemaValidation::normalize_rejectsWrongTypes()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, named);
    const auto error =
        captureError([&] { ResourceValidator::normalize(json(input.constData()), users(), Mode::Create); });
    QVERIFY(error);
    QCOMPARE(error->status(), 400);
    QCOMPARE(error->scimType(), u"invalidValue"_s);
    QVERIFY2(error->detail().contains(named), qPrintable(error->detail()));
}

void TestSchemaValidation::normalize_turnsStringIntoComplexValue()
{
    // Entra's documented example puts the manager id as a plain string under the enterprise URN.
    const auto result = ResourceValidator::normalize(json(
                                                         R"({"userName": "u",
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"manager": "123456"}})"),
                                                     users(), Mode::Create);
    QCOMPARE(result.resource.value(enterpriseUrn).toObject(), json(R"({"manager": {"value": "123456"}})"));
}

void TestSchemaValidation::normalize_wrapsSingleElementOfMultiValued()
{
    const auto result =
        ResourceValidator::normalize(json(R"({"userName": "u", "emails": {"value": "a@example.com", "type": "work"},
                 "phoneNumbers": "555-0100"})"),
                                     users(), Mode::Create);
    QCOMPARE(result.resource.value(u"emails"_s).toArray(),
             (QJsonArray{QJsonObject{{u"value"_s, u"a@example.com"_s}, {u"type"_s, u"work"_s}}}));
    QCOMPARE(result.resource.value(u"phoneNumbers"_s).toArray(),
             (QJsonArray{QJsonObject{{u"value"_s, u"555-0100"_s}}}));
}

void TestSchemaValidation::normalize_dropsNullsAndEmptyValues()
{
    const auto result =
        ResourceValidator::normalize(json(R"({"userName": "u", "displayName": null, "roles": [], "photos": [null],
                 "name": {"givenName": "Darl", "honorificPrefix": null},
                 "addresses": [{"country": null, "formatted": "18522 Lisa Unions", "locality": null, "type": "other"},
                               {"country": null}],
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"manager": null}})"),
                                     users(), Mode::Create);
    QCOMPARE(compact(result.resource),
             compact(json(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "u",
                              "name": {"givenName": "Darl"},
                              "addresses": [{"formatted": "18522 Lisa Unions", "type": "other"}]})")));
}

void TestSchemaValidation::normalize_dropsClientSentReadOnlyAttributes()
{
    const auto result = ResourceValidator::normalize(json(R"({"userName": "u", "id": "client-chosen", "ID": "x",
                 "meta": {"created": "2019-09-18T18:15:26.5788954+00:00", "resourceType": "User"},
                 "groups": [{"value": "g1"}],
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                     "manager": {"value": "m1", "displayName": "Boss"}}})"),
                                                     users(), Mode::Replace);
    QCOMPARE(compact(result.resource), compact(json(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                              "userName": "u",
                              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                                  "manager": {"value": "m1"}}})")));
}

void TestSchemaValidation::normalize_ignoresUnknownAttributes()
{
    // The Microsoft validator's "Put a user misspelled attribute" expects 200 with "adreses" not stored.
    const auto result = ResourceValidator::normalize(
        json(R"({"userName": "u", "adreses": [{"country": "Germany"}], "addresses": [{"coudftry": "x", "region": "MT"}],
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:favouriteColour": "blue",
                 "urn:example:unknown:2.0:User": {"a": 1}, "urn:example:unknown:2.0:User:b": 2})"),
        users(), Mode::Replace);
    QCOMPARE(compact(result.resource),
             compact(json(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "u",
                              "addresses": [{"region": "MT"}]})")));
}

void TestSchemaValidation::normalize_requiresUserName_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("missing") << QByteArray(R"({"displayName": "x"})");
    QTest::newRow("misspelled (validator: Put a user no username)") << QByteArray(R"({"userame": "OMalley"})");
    QTest::newRow("null") << QByteArray(R"({"userName": null})");
    QTest::newRow("empty") << QByteArray(R"({"userName": ""})");
    QTest::newRow("blank") << QByteArray(R"({"userName": "   "})");
}

void TestSchemaValidation::normalize_requiresUserName()
{
    QFETCH(QByteArray, input);
    for (const Mode mode : {Mode::Create, Mode::Replace}) {
        const auto error = captureError([&] { ResourceValidator::normalize(json(input.constData()), users(), mode); });
        QVERIFY(error);
        QCOMPARE(error->status(), 400);
        QCOMPARE(error->scimType(), u"invalidValue"_s);
        QVERIFY(error->detail().contains(u"userName"_s));
    }
}

void TestSchemaValidation::normalize_takesPasswordOut()
{
    const auto result =
        ResourceValidator::normalize(json(R"({"userName": "u", "PassWord": "t1meMa$heen"})"), users(), Mode::Create);
    QCOMPARE(result.password, std::optional<QString>(u"t1meMa$heen"_s));
    QVERIFY(!result.resource.contains(u"password"_s));
    QVERIFY(!result.resource.contains(u"PassWord"_s));

    const auto withoutPassword =
        ResourceValidator::normalize(json(R"({"userName": "u", "password": null})"), users(), Mode::Create);
    QVERIFY(!withoutPassword.password.has_value());
}

void TestSchemaValidation::normalize_rejectsNonStringPassword()
{
    const auto error = captureError(
        [] { ResourceValidator::normalize(json(R"({"userName": "u", "password": 1234})"), users(), Mode::Create); });
    QVERIFY(error);
    QCOMPARE(error->scimType(), u"invalidValue"_s);
    QVERIFY(error->detail().contains(u"password"_s));
}

void TestSchemaValidation::normalize_rejectsMoreThanOnePrimary()
{
    const auto error = captureError([] {
        ResourceValidator::normalize(json(R"({"userName": "u", "emails": [{"value": "a", "primary": true},
                                                                          {"value": "b", "primary": "True"}]})"),
                                     users(), Mode::Create);
    });
    QVERIFY(error);
    QCOMPARE(error->scimType(), u"invalidValue"_s);
    QVERIFY(error->detail().contains(u"emails"_s));

    // One primary, the rest false or absent, is fine.
    const auto result = ResourceValidator::normalize(
        json(R"({"userName": "u", "emails": [{"value": "a", "primary": true}, {"value": "b", "primary": false},
                                             {"value": "c"}]})"),
        users(), Mode::Create);
    QCOMPARE(result.resource.value(u"emails"_s).toArray().size(), 3);
}

void TestSchemaValidation::normalize_replaceKeepsOrRejectsImmutable_data()
{
    QTest::addColumn<QByteArray>("existing");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected"); // empty: 400 mutability
    QTest::newRow("same value") << QByteArray(R"({"label": "a", "serial": "S1"})")
                                << QByteArray(R"({"label": "b", "serial": "S1"})")
                                << QByteArray(R"({"label": "b", "serial": "S1"})");
    QTest::newRow("changed value") << QByteArray(R"({"label": "a", "serial": "S1"})")
                                   << QByteArray(R"({"label": "a", "serial": "S2"})") << QByteArray();
    QTest::newRow("omitted value carried over")
        << QByteArray(R"({"label": "a", "serial": "S1"})") << QByteArray(R"({"label": "b"})")
        << QByteArray(R"({"label": "b", "serial": "S1"})");
    QTest::newRow("first value may be set")
        << QByteArray(R"({"label": "a"})") << QByteArray(R"({"label": "a", "serial": "S9"})")
        << QByteArray(R"({"label": "a", "serial": "S9"})");
    QTest::newRow("immutable sub-attribute changed")
        << QByteArray(R"({"label": "a", "spec": {"model": "M1", "colour": "red"}})")
        << QByteArray(R"({"label": "a", "spec": {"model": "M2"}})") << QByteArray();
    QTest::newRow("immutable sub-attribute carried over")
        << QByteArray(R"({"label": "a", "spec": {"model": "M1", "colour": "red"}})")
        << QByteArray(R"({"label": "a", "spec": {"colour": "blue"}})")
        << QByteArray(R"({"label": "a", "spec": {"model": "M1", "colour": "blue"}})");
}

void TestSchemaValidation::normalize_replaceKeepsOrRejectsImmutable()
{
    QFETCH(QByteArray, existing);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const QJsonObject before = json(existing.constData());
    if (expected.isEmpty()) {
        const auto error = captureError(
            [&] { ResourceValidator::normalize(json(input.constData()), widgets(), Mode::Replace, &before); });
        QVERIFY(error);
        QCOMPARE(error->scimType(), u"mutability"_s);
        return;
    }
    QJsonObject wanted = json(expected.constData());
    wanted.insert(u"schemas"_s, QJsonArray{widgets().coreSchema().id});
    const auto result = ResourceValidator::normalize(json(input.constData()), widgets(), Mode::Replace, &before);
    QCOMPARE(compact(result.resource), compact(wanted));
    // Create never compares against anything.
    QVERIFY(!captureError([&] { ResourceValidator::normalize(json(input.constData()), widgets(), Mode::Create); }));
}

void TestSchemaValidation::normalize_requiresRequiredSubAttributes()
{
    const auto error = captureError([] {
        ResourceValidator::normalize(json(R"({"label": "a", "parts": [{"code": "p1"}, {"primary": true}]})"), widgets(),
                                     Mode::Create);
    });
    QVERIFY(error);
    QCOMPARE(error->scimType(), u"invalidValue"_s);
    QVERIFY2(error->detail().contains(u"parts.code"_s), qPrintable(error->detail()));
}

void TestSchemaValidation::normalize_requiresExtensionAttributesOnlyWhenExtensionUsed()
{
    QVERIFY(!captureError([] { ResourceValidator::normalize(json(R"({"label": "a"})"), widgets(), Mode::Create); }));
    const auto error = captureError([] {
        ResourceValidator::normalize(
            json(R"({"label": "a", "urn:example:scim:schemas:extension:Audit": {"ticket": "T-1"}})"), widgets(),
            Mode::Create);
    });
    QVERIFY(error);
    QCOMPARE(error->scimType(), u"invalidValue"_s);
    QVERIFY(error->detail().contains(u"urn:example:scim:schemas:extension:Audit:approver"_s));
}

void TestSchemaValidation::normalize_microsoftValidatorBodies_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected"); // empty: 400 invalidValue
    QTest::newRow("Post emp1 with string \"True\"")
        << QByteArray(R"({"userName": "emp1", "active": "True", "displayName": "Kimberly Baker",
                         "emails": [{"type": "work", "primary": true, "value": "anna33@gmail.com"},
                                    {"type": "work", "primary": false, "value": "anna33@example.com"}],
                         "meta": {"created": "2019-09-18T18:15:26.5788954+00:00", "resourceType": "User"},
                         "name": {"formatted": "Daniel Mcgee", "familyName": "Employee", "givenName": "Darl",
                                  "honorificPrefix": null, "honorificSuffix": null},
                         "roles": [], "externalId": "22fbc523",
                         "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"]})")
        << QByteArray(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "emp1",
                         "active": true, "displayName": "Kimberly Baker",
                         "emails": [{"type": "work", "primary": true, "value": "anna33@gmail.com"},
                                    {"type": "work", "primary": false, "value": "anna33@example.com"}],
                         "name": {"formatted": "Daniel Mcgee", "familyName": "Employee", "givenName": "Darl"},
                         "externalId": "22fbc523"})");
    QTest::newRow("Post EnterpriseUser (capitalised names)")
        << QByteArray(R"({"userName": "UserName222", "active": true,
                         "schemas": ["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                                     "urn:ietf:params:scim:schemas:core:2.0:User"],
                         "emails": [{"Primary": true, "type": "work", "value": "testing@bob2.com"}],
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                             "Department": "bob", "Manager": {"Value": "SuzzyQ"}}})")
        << QByteArray(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                         "userName": "UserName222", "active": true,
                         "emails": [{"primary": true, "type": "work", "value": "testing@bob2.com"}],
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                             "department": "bob", "manager": {"value": "SuzzyQ"}}})");
    QTest::newRow("Put a user misspelled attribute")
        << QByteArray(R"({"id": "abc", "userName": "OMalley", "active": false,
                         "adreses": [{"country": "Germany", "type": "work", "primary": false}],
                         "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"]})")
        << QByteArray(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "OMalley",
                         "active": false})");
    QTest::newRow("Post no username")
        << QByteArray(R"({"active": true, "displayName": "Kimberly Baker", "externalId": "22fbc523",
                         "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"]})")
        << QByteArray();
}

void TestSchemaValidation::normalize_microsoftValidatorBodies()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    if (expected.isEmpty()) {
        const auto error =
            captureError([&] { ResourceValidator::normalize(json(input.constData()), users(), Mode::Create); });
        QVERIFY(error);
        QCOMPARE(error->status(), 400);
        QCOMPARE(error->scimType(), u"invalidValue"_s);
        return;
    }
    const auto result = ResourceValidator::normalize(json(input.constData()), users(), Mode::Replace);
    QCOMPARE(compact(result.resource), compact(json(expected.constData())));
}

void TestSchemaValidation::normalizeValue_checksScalarTypes_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<bool>("valid");
    QTest::newRow("integer") << u"count"_s << QJsonValue(42) << true;
    QTest::newRow("integer negative") << u"count"_s << QJsonValue(-3) << true;
    QTest::newRow("integer with fraction") << u"count"_s << QJsonValue(4.5) << false;
    QTest::newRow("integer as string") << u"count"_s << QJsonValue(u"42"_s) << false;
    QTest::newRow("decimal") << u"weight"_s << QJsonValue(4.5) << true;
    QTest::newRow("decimal integral") << u"weight"_s << QJsonValue(4) << true;
    QTest::newRow("decimal as string") << u"weight"_s << QJsonValue(u"4.5"_s) << false;
    QTest::newRow("dateTime UTC") << u"builtAt"_s << QJsonValue(u"2015-10-10T14:38:21Z"_s) << true;
    QTest::newRow("dateTime offset and 7 fraction digits")
        << u"builtAt"_s << QJsonValue(u"2015-10-10T14:38:21.8617979-07:00"_s) << true;
    QTest::newRow("dateTime without zone") << u"builtAt"_s << QJsonValue(u"2015-10-10T14:38:21"_s) << true;
    QTest::newRow("dateTime date only") << u"builtAt"_s << QJsonValue(u"2015-10-10"_s) << false;
    QTest::newRow("dateTime impossible date") << u"builtAt"_s << QJsonValue(u"2015-02-30T00:00:00Z"_s) << false;
    QTest::newRow("dateTime bad hour") << u"builtAt"_s << QJsonValue(u"2015-10-10T25:00:00Z"_s) << false;
    QTest::newRow("dateTime free text") << u"builtAt"_s << QJsonValue(u"yesterday"_s) << false;
    QTest::newRow("dateTime as number") << u"builtAt"_s << QJsonValue(1444487901) << false;
    QTest::newRow("string") << u"label"_s << QJsonValue(u""_s) << true;
}

void TestSchemaValidation::normalizeValue_checksScalarTypes()
{
    QFETCH(QString, attribute);
    QFETCH(QJsonValue, input);
    QFETCH(bool, valid);
    const AttributeDefinition *def = widgets().coreSchema().attribute(attribute);
    QVERIFY(def);
    const auto error = captureError([&] {
        const QJsonValue normalized = ResourceValidator::normalizeValue(*def, input, attribute);
        QCOMPARE(normalized, input); // valid scalars are kept exactly as sent
    });
    QCOMPARE(!error.has_value(), valid);
    if (error) {
        QCOMPARE(error->scimType(), u"invalidValue"_s);
        QVERIFY(error->detail().contains(attribute));
    }
}

void TestSchemaValidation::finalize_rebuildsSchemasAndDropsEmptyValues()
{
    QJsonObject resource = json(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "u",
                                    "emails": [], "name": {}, "nickName": null,
                                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
                                        {"costCenter": "4130"}})");
    ResourceValidator::finalize(resource, users());
    QCOMPARE(compact(resource), compact(json(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                              "userName": "u",
                              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
                                  {"costCenter": "4130"}})")));

    resource.insert(enterpriseUrn, QJsonObject());
    ResourceValidator::finalize(resource, users());
    QCOMPARE(resource.value(u"schemas"_s).toArray(), QJsonArray{Urn::user()});
    QVERIFY(!resource.contains(enterpriseUrn));
}

void TestSchemaValidation::finalize_keepsServiceAttributes()
{
    QJsonObject resource = storedUser();
    resource.remove(u"password"_s);
    const QJsonObject before = resource;
    ResourceValidator::finalize(resource, users());
    QCOMPARE(resource, before);
}

void TestSchemaValidation::finalize_rejectsMissingRequiredAndDuplicatePrimary()
{
    QJsonObject noUserName = json(R"({"id": "1", "displayName": "x"})");
    auto error = captureError([&] { ResourceValidator::finalize(noUserName, users()); });
    QVERIFY(error);
    QCOMPARE(error->scimType(), u"invalidValue"_s);

    QJsonObject twoPrimaries = json(R"({"userName": "u", "phoneNumbers": [{"value": "1", "primary": true},
                                                                          {"value": "2", "primary": true}]})");
    error = captureError([&] { ResourceValidator::finalize(twoPrimaries, users()); });
    QVERIFY(error);
    QCOMPARE(error->scimType(), u"invalidValue"_s);
    QVERIFY(error->detail().contains(u"phoneNumbers"_s));
}

void TestSchemaValidation::parseList_canonicalisesAndDropsUnknown()
{
    // "urn:x:y" stays: a URN no schema declares selects undeclared extension data kept as sent (docs/schemas.md).
    const QStringList parsed = AttributeProjection::parseList(
        u" USERNAME , name.GIVENNAME,,Emails , urn:ietf:params:scim:schemas:core:2.0:User:displayName,"
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:EmployeeNumber,"
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.manager.value,"
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:user, noSuchAttribute, name.nope, urn:x:y,"
        "userName, meta.lastModified, id"_s,
        users());
    QCOMPARE(parsed, (QStringList{u"userName"_s, u"name.givenName"_s, u"emails"_s, u"displayName"_s,
                                  enterpriseUrn + u":employeeNumber"_s, enterpriseUrn + u":manager.value"_s,
                                  enterpriseUrn, u"urn:x:y"_s, u"meta.lastModified"_s, u"id"_s}));
    QVERIFY(AttributeProjection::parseList(QString(), users()).isEmpty());
    QVERIFY(AttributeProjection::parseList(u" , "_s, users()).isEmpty());
}

void TestSchemaValidation::parseList_keepsValueFilterEntriesWhole()
{
    const QStringList parsed = AttributeProjection::parseList(
        uR"(emails[type eq "work"],emails[value eq "a,b"].value,userName,emails[nosuch eq "x"])"_s, users());
    QCOMPARE(parsed,
             (QStringList{uR"(emails[type eq "work"])"_s, uR"(emails[value eq "a,b"].value)"_s, u"userName"_s}));
}

void TestSchemaValidation::apply_defaultReturnsDefaultAndAlwaysOnly()
{
    const QJsonObject projected = AttributeProjection::apply(storedUser(), users(), {}, {});
    QJsonObject expected = storedUser();
    expected.remove(u"password"_s);
    QCOMPARE(compact(projected), compact(expected));
}

void TestSchemaValidation::apply_neverReturnsPassword_data()
{
    QTest::addColumn<QStringList>("attributes");
    QTest::addColumn<QStringList>("excluded");
    QTest::newRow("no parameters") << QStringList() << QStringList();
    QTest::newRow("attributes=password") << QStringList{u"password"_s} << QStringList();
    QTest::newRow("attributes=password,userName") << QStringList{u"password"_s, u"userName"_s} << QStringList();
    QTest::newRow("excludedAttributes=userName") << QStringList() << QStringList{u"userName"_s};
}

void TestSchemaValidation::apply_neverReturnsPassword()
{
    QFETCH(QStringList, attributes);
    QFETCH(QStringList, excluded);
    const QJsonObject projected = AttributeProjection::apply(storedUser(), users(), attributes, excluded);
    QVERIFY(!projected.contains(u"password"_s));
    QVERIFY(!compact(projected).contains(u"should never leave the store"_s));
}

void TestSchemaValidation::apply_attributesSelects_data()
{
    QTest::addColumn<QStringList>("attributes");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("userName: schemas and id come along, meta does not")
        << QStringList{u"userName"_s} << QByteArray(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                         "id": "2819c223", "userName": "bjensen"})");
    QTest::newRow("case-insensitive, sub-attribute")
        << QStringList{u"NAME.GIVENNAME"_s} << QByteArray(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                         "id": "2819c223", "name": {"givenName": "Barbara"}})");
    QTest::newRow("userName,emails (validator: Get User Attributes)")
        << QStringList{u"userName"_s, u"emails"_s}
        << QByteArray(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                         "id": "2819c223", "userName": "bjensen",
                         "emails": [{"value": "bjensen@work.example", "type": "work", "primary": true},
                                    {"value": "babs@home.example", "type": "home"}]})");
    QTest::newRow("sub-attribute of multi-valued")
        << QStringList{u"emails.value"_s} << QByteArray(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                         "id": "2819c223",
                         "emails": [{"value": "bjensen@work.example"}, {"value": "babs@home.example"}]})");
    QTest::newRow("URN-qualified extension attribute")
        << QStringList{enterpriseUrn + u":employeeNumber"_s}
        << QByteArray(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                         "id": "2819c223",
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "701984"}})");
    QTest::newRow("whole extension") << QStringList{enterpriseUrn}
                                     << QByteArray(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                         "id": "2819c223",
                         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                             "employeeNumber": "701984", "department": "Tour Operations",
                             "manager": {"value": "m1"}}})");
    QTest::newRow("core URN-qualified, meta sub-attribute, groups")
        << QStringList{Urn::user() + u":displayName"_s, u"meta.version"_s, u"groups"_s}
        << QByteArray(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                         "id": "2819c223", "displayName": "Babs Jensen", "meta": {"version": "W/\"3\""},
                         "groups": [{"value": "g1", "display": "Tour Guides"}]})");
    QTest::newRow("attribute the resource lacks")
        << QStringList{u"nickName"_s} << QByteArray(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                         "id": "2819c223"})");
}

void TestSchemaValidation::apply_attributesSelects()
{
    QFETCH(QStringList, attributes);
    QFETCH(QByteArray, expected);
    QCOMPARE(compact(AttributeProjection::apply(storedUser(), users(), attributes, {})),
             compact(json(expected.constData())));
}

void TestSchemaValidation::apply_excludedAttributesRemoves_data()
{
    QTest::addColumn<QStringList>("excluded");
    QTest::addColumn<QStringList>("gone");   // top-level keys that must be absent
    QTest::addColumn<QByteArray>("partial"); // members expected exactly as given (JSON object), may be empty
    QTest::newRow("emails and groups") << QStringList{u"emails"_s, u"GROUPS"_s}
                                       << QStringList{u"emails"_s, u"groups"_s, u"password"_s} << QByteArray("{}");
    QTest::newRow("sub-attribute") << QStringList{u"name.familyName"_s} << QStringList{u"password"_s}
                                   << QByteArray(R"({"name": {"givenName": "Barbara"}})");
    QTest::newRow("sub-attribute of multi-valued")
        << QStringList{u"emails.primary"_s, u"emails.type"_s} << QStringList()
        << QByteArray(R"({"emails": [{"value": "bjensen@work.example"}, {"value": "babs@home.example"}]})");
    QTest::newRow("all sub-attributes leaves nothing")
        << QStringList{u"name.givenName"_s, u"name.familyName"_s} << QStringList{u"name"_s} << QByteArray("{}");
    QTest::newRow("id and schemas cannot be excluded (returned always)")
        << QStringList{u"id"_s, u"schemas"_s} << QStringList() << QByteArray(R"({"id": "2819c223",
                         "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]})");
    QTest::newRow("meta") << QStringList{u"meta"_s} << QStringList{u"meta"_s} << QByteArray("{}");
    QTest::newRow("whole extension") << QStringList{enterpriseUrn} << QStringList{enterpriseUrn} << QByteArray("{}");
    QTest::newRow("extension attribute, dot form")
        << QStringList{enterpriseUrn + u".manager"_s, enterpriseUrn + u":department"_s} << QStringList()
        << QByteArray(
               R"({"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "701984"}})");
}

void TestSchemaValidation::apply_excludedAttributesRemoves()
{
    QFETCH(QStringList, excluded);
    QFETCH(QStringList, gone);
    QFETCH(QByteArray, partial);
    const QJsonObject projected = AttributeProjection::apply(storedUser(), users(), {}, excluded);
    for (const QString &key : gone)
        QVERIFY2(!projected.contains(key), qPrintable(key));
    const QJsonObject expected = json(partial.constData());
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        QCOMPARE(projected.value(it.key()), it.value());
    // Everything not excluded stays.
    QCOMPARE(projected.value(u"userName"_s), QJsonValue(u"bjensen"_s));
    QCOMPARE(projected.value(u"id"_s), QJsonValue(u"2819c223"_s));
}

void TestSchemaValidation::apply_returnedCharacteristics_data()
{
    QTest::addColumn<QStringList>("attributes");
    QTest::addColumn<QStringList>("excluded");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("default: no never, no request")
        << QStringList() << QStringList()
        << QByteArray(R"({"schemas": ["urn:example:scim:schemas:Widget"], "id": "w1", "label": "L", "tag": "T",
                         "parts": [{"code": "p1", "primary": true}], "meta": {"resourceType": "Widget"}})");
    QTest::newRow("request returned when named")
        << QStringList{u"note"_s} << QStringList()
        << QByteArray(R"({"schemas": ["urn:example:scim:schemas:Widget"], "id": "w1", "tag": "T", "note": "N"})");
    QTest::newRow("request sub-attribute returned when parent named")
        << QStringList{u"parts"_s} << QStringList()
        << QByteArray(R"({"schemas": ["urn:example:scim:schemas:Widget"], "id": "w1", "tag": "T",
                         "parts": [{"code": "p1", "origin": "DE", "primary": true}]})");
    QTest::newRow("request sub-attribute returned when named")
        << QStringList{u"parts.origin"_s} << QStringList()
        << QByteArray(R"({"schemas": ["urn:example:scim:schemas:Widget"], "id": "w1", "tag": "T",
                         "parts": [{"origin": "DE"}]})");
    QTest::newRow("never even when named")
        << QStringList{u"secret"_s} << QStringList() << QByteArray(R"({"schemas": ["urn:example:scim:schemas:Widget"],
                                                            "id": "w1", "tag": "T"})");
    QTest::newRow("always survives exclusion")
        << QStringList() << QStringList{u"tag"_s, u"id"_s, u"label"_s, u"parts"_s, u"meta"_s}
        << QByteArray(R"({"schemas": ["urn:example:scim:schemas:Widget"], "id": "w1", "tag": "T"})");
}

void TestSchemaValidation::apply_returnedCharacteristics()
{
    QFETCH(QStringList, attributes);
    QFETCH(QStringList, excluded);
    QFETCH(QByteArray, expected);
    const QJsonObject stored = json(R"({"schemas": ["urn:example:scim:schemas:Widget"], "id": "w1", "label": "L",
                                        "secret": "S", "note": "N", "tag": "T",
                                        "parts": [{"code": "p1", "origin": "DE", "primary": true}],
                                        "meta": {"resourceType": "Widget"}})");
    QCOMPARE(compact(AttributeProjection::apply(stored, widgets(), attributes, excluded)),
             compact(json(expected.constData())));
}

void TestSchemaValidation::apply_unknownNamesAreIgnored()
{
    // Only unknown names: as if the parameter were absent.
    QJsonObject expected = storedUser();
    expected.remove(u"password"_s);
    QCOMPARE(compact(AttributeProjection::apply(storedUser(), users(), {u"favouriteColour"_s}, {u"shoeSize"_s})),
             compact(expected));
    // Unknown names next to known ones: the known ones decide.
    const QJsonObject projected =
        AttributeProjection::apply(storedUser(), users(), {u"favouriteColour"_s, u"userName"_s}, {});
    QCOMPARE(projected.keys(), (QStringList{u"id"_s, u"schemas"_s, u"userName"_s}));
}

void TestSchemaValidation::apply_valueFilterEntriesSelectElements_data()
{
    QTest::addColumn<QStringList>("attributes");
    QTest::addColumn<QStringList>("excluded");
    QTest::addColumn<QJsonArray>("emails");
    const QJsonObject work{{u"value"_s, u"bjensen@work.example"_s}, {u"type"_s, u"work"_s}, {u"primary"_s, true}};
    const QJsonObject home{{u"value"_s, u"babs@home.example"_s}, {u"type"_s, u"home"_s}};
    QTest::newRow("attributes=emails[type eq \"work\"] (validator)")
        << QStringList{uR"(emails[type eq "work"])"_s} << QStringList() << QJsonArray{work};
    QTest::newRow("attributes=emails[value eq ...] (validator)")
        << QStringList{uR"(emails[value eq "babs@home.example"])"_s} << QStringList() << QJsonArray{home};
    QTest::newRow("filter with sub-attribute") << QStringList{uR"(emails[type eq "home"].value)"_s} << QStringList()
                                               << QJsonArray{QJsonObject{{u"value"_s, u"babs@home.example"_s}}};
    QTest::newRow("filter matching nothing")
        << QStringList{uR"(emails[type eq "other"])"_s} << QStringList() << QJsonArray();
    QTest::newRow("excluded filter") << QStringList() << QStringList{uR"(emails[type eq "work"])"_s}
                                     << QJsonArray{home};
}

void TestSchemaValidation::apply_valueFilterEntriesSelectElements()
{
    QFETCH(QStringList, attributes);
    QFETCH(QStringList, excluded);
    QFETCH(QJsonArray, emails);
    const QJsonObject projected = AttributeProjection::apply(storedUser(), users(), attributes, excluded);
    QCOMPARE(projected.value(u"emails"_s).toArray(), emails);
    QCOMPARE(projected.contains(u"emails"_s), !emails.isEmpty());
    QCOMPARE(projected.contains(u"userName"_s), attributes.isEmpty());
}

QTEST_GUILESS_MAIN(TestSchemaValidation)
#include "tst_schema_validation.moc"
