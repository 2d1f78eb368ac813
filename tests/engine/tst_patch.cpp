#include "TestJson.h"
#include "protocol/patch/PatchEngine.h"
#include "protocol/schema/AttributeBuilder.h"
#include "protocol/schema/ResourceType.h"
#include "protocol/schema/SchemaRegistry.h"
#include "protocol/schema/ScimConstants.h"
#include "protocol/schema/ScimError.h"

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

// A type with immutable attributes, which the User schema does not have.
const ResourceType &devices()
{
    static const ResourceType type = [] {
        Schema core;
        core.id = u"urn:example:scim:schemas:Device"_s;
        core.name = u"Device"_s;
        core.attributes = {
            B(u"label"_s, T::String, u"Label"_s).required(),
            B(u"serial"_s, T::String, u"Serial number"_s).mutability(M::Immutable),
        };
        return ResourceType(u"Device"_s, u"/Devices"_s, u"Test devices"_s, core, {});
    }();
    return type;
}

// A stored user in canonical form, as the service keeps it.
QJsonObject storedUser()
{
    return json(R"({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
        "id": "2819c223",
        "meta": {"resourceType": "User", "created": "2024-01-01T00:00:00Z", "version": "W/1"},
        "userName": "bjensen",
        "active": true,
        "displayName": "Babs Jensen",
        "name": {"givenName": "Barbara", "familyName": "Jensen"},
        "emails": [{"value": "bjensen@work.example", "type": "work", "primary": true},
                   {"value": "babs@home.example", "type": "home"}],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
            "employeeNumber": "701984", "department": "Tour Operations", "manager": {"value": "m1"}}
    })");
}

QJsonObject minimalUser()
{
    return json(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": "42",
                    "meta": {"resourceType": "User"}, "userName": "omalley"})");
}

QJsonObject patchBody(const QJsonArray &operations)
{
    return QJsonObject{{u"schemas"_s, QJsonArray{Urn::patchOp()}}, {u"Operations"_s, operations}};
}

QJsonObject patchBody(const QByteArray &operations)
{
    return patchBody(jsonArray(operations));
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

class TestPatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesOperation_data();
    void appliesOperation();
    void opNamesAreCaseInsensitive_data();
    void opNamesAreCaseInsensitive();

    void entra_replaceActiveWithStringBoolean();
    void entra_addNickName();
    void entra_twoOperationsValuePathAndPathlessDottedAndUrnKeys();
    void entra_addThroughUnmatchedFilterCreatesElement();
    void entra_managerAsPlainString();
    void entra_removeMembersByValue();
    void entra_valuePathKeyInPathlessValue();
    void okta_deactivateWithPathlessValue();
    void okta_pathlessReadOnlyKeysAreIgnored();

    void urnPaths_data();
    void urnPaths();
    void extension_addCreatesObjectAndSchema();
    void extension_removeLastAttributeDropsObjectAndSchema();
    void extension_wholeExtensionPath();

    void add_appendsToMultiValuedSkippingDuplicates();
    void add_primaryClearsOtherPrimaries();
    void add_mergesComplex();
    void replace_multiValuedWithoutFilterReplacesAll();
    void replace_complexMergesSubAttributes();
    void replace_withNullUnassigns();
    void filtered_operations_data();
    void filtered_operations();
    void filtered_primaryThroughFilterClearsOthers();
    void subAttributeOfMultiValuedWithoutFilter();

    void password_goesToResultNotResource();
    void changed_isFalseWhenNothingChanges_data();
    void changed_isFalseWhenNothingChanges();
    void serviceAttributesAreKept();

    void errors_data();
    void errors();
    void immutable_data();
    void immutable();
    void atomicity_failingSecondOperationLeavesOriginalUntouched();

    void microsoftValidator_patchUserName();
    void microsoftValidator_patchActiveWithBoolean();

private:
    static PatchEngine::Result patch(const QJsonObject &resource, const QByteArray &operations)
    {
        return PatchEngine::apply(resource, patchBody(operations), users());
    }
};

// Generic single operations against storedUser(): each row gives the operations and the expected user.
void TestPatch::appliesOperation_data()
{
    QTest::addColumn<QByteArray>("operations");
    QTest::addColumn<QByteArray>("changes"); // JSON object: top-level members of the expected result (null: absent)

    QTest::newRow("replace simple attribute")
        << QByteArray(R"([{"op": "replace", "path": "displayName", "value": "Babs"}])")
        << QByteArray(R"({"displayName": "Babs"})");
    QTest::newRow("replace, path in other case")
        << QByteArray(R"([{"op": "replace", "path": "DISPLAYNAME", "value": "Babs"}])")
        << QByteArray(R"({"displayName": "Babs"})");
    QTest::newRow("add simple attribute") << QByteArray(R"([{"op": "add", "path": "title", "value": "Tour Guide"}])")
                                          << QByteArray(R"({"title": "Tour Guide"})");
    QTest::newRow("add replaces existing single value")
        << QByteArray(R"([{"op": "add", "path": "displayName", "value": "B"}])")
        << QByteArray(R"({"displayName": "B"})");
    QTest::newRow("replace sub-attribute")
        << QByteArray(R"([{"op": "replace", "path": "name.givenName", "value": "Barb"}])")
        << QByteArray(R"({"name": {"givenName": "Barb", "familyName": "Jensen"}})");
    QTest::newRow("add sub-attribute to absent complex")
        << QByteArray(R"([{"op": "remove", "path": "name"}, {"op": "add", "path": "name.formatted", "value": "B J"}])")
        << QByteArray(R"({"name": {"formatted": "B J"}})");
    QTest::newRow("remove attribute") << QByteArray(R"([{"op": "remove", "path": "displayName"}])")
                                      << QByteArray(R"({"displayName": null})");
    QTest::newRow("remove sub-attribute") << QByteArray(R"([{"op": "remove", "path": "name.familyName"}])")
                                          << QByteArray(R"({"name": {"givenName": "Barbara"}})");
    QTest::newRow("remove last sub-attributes drops complex")
        << QByteArray(R"([{"op": "remove", "path": "name.familyName"}, {"op": "remove", "path": "name.givenName"}])")
        << QByteArray(R"({"name": null})");
    QTest::newRow("remove multi-valued") << QByteArray(R"([{"op": "remove", "path": "emails"}])")
                                         << QByteArray(R"({"emails": null})");
    QTest::newRow("remove absent attribute is a no-op")
        << QByteArray(R"([{"op": "remove", "path": "nickName"}])") << QByteArray(R"({})");
    QTest::newRow("path-less add with several attributes")
        << QByteArray(R"([{"op": "add", "value": {"nickName": "Babs", "NAME": {"middleName": "Jane"},
                                                  "emails": [{"value": "b@other.example", "type": "other"}]}}])")
        << QByteArray(R"({"nickName": "Babs", "name": {"givenName": "Barbara", "familyName": "Jensen",
                                                        "middleName": "Jane"},
                          "emails": [{"value": "bjensen@work.example", "type": "work", "primary": true},
                                     {"value": "babs@home.example", "type": "home"},
                                     {"value": "b@other.example", "type": "other"}]})");
    QTest::newRow("path-less replace with unknown keys ignored")
        << QByteArray(R"([{"op": "replace", "value": {"displayName": "B", "favouriteColour": "blue",
                                                      "schemas": ["x"]}}])")
        << QByteArray(R"({"displayName": "B"})");
    QTest::newRow("path-less replace with null unassigns")
        << QByteArray(R"([{"op": "replace", "value": {"displayName": null}}])")
        << QByteArray(R"({"displayName": null})");
    QTest::newRow("add externalId")
        << QByteArray(R"([{"op": "Add", "path": "externalId", "value": "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"}])")
        << QByteArray(R"({"externalId": "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"})");
    QTest::newRow("operations apply in order")
        << QByteArray(R"([{"op": "replace", "path": "displayName", "value": "One"},
                         {"op": "replace", "path": "displayName", "value": "Two"}])")
        << QByteArray(R"({"displayName": "Two"})");
}

void TestPatch::appliesOperation()
{
    QFETCH(QByteArray, operations);
    QFETCH(QByteArray, changes);
    QJsonObject expected = storedUser();
    const QJsonObject delta = json(changes);
    for (auto it = delta.constBegin(); it != delta.constEnd(); ++it) {
        if (it.value().isNull())
            expected.remove(it.key());
        else
            expected.insert(it.key(), it.value());
    }
    const PatchEngine::Result result = patch(storedUser(), operations);
    QCOMPARE(compact(result.resource), compact(expected));
    QCOMPARE(result.changed, !delta.isEmpty());
    QVERIFY(!result.password.has_value());
}

void TestPatch::opNamesAreCaseInsensitive_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("displayName"); // expected afterwards; empty: removed
    QTest::newRow("add") << u"add"_s << u"X"_s;
    QTest::newRow("Add") << u"Add"_s << u"X"_s;
    QTest::newRow("ADD") << u"ADD"_s << u"X"_s;
    QTest::newRow("replace") << u"replace"_s << u"X"_s;
    QTest::newRow("Replace") << u"Replace"_s << u"X"_s;
    QTest::newRow("rEpLaCe") << u"rEpLaCe"_s << u"X"_s;
    QTest::newRow("Remove") << u"Remove"_s << QString();
    QTest::newRow("REMOVE") << u"REMOVE"_s << QString();
}

void TestPatch::opNamesAreCaseInsensitive()
{
    QFETCH(QString, op);
    QFETCH(QString, displayName);
    QJsonObject operation{{u"op"_s, op}, {u"path"_s, u"displayName"_s}};
    if (!displayName.isEmpty())
        operation.insert(u"value"_s, displayName);
    const PatchEngine::Result result = PatchEngine::apply(storedUser(), patchBody(QJsonArray{operation}), users());
    QCOMPARE(result.resource.value(u"displayName"_s).toString(), displayName);
    QCOMPARE(result.resource.contains(u"displayName"_s), !displayName.isEmpty());
}

void TestPatch::entra_replaceActiveWithStringBoolean()
{
    PatchEngine::Result result = patch(storedUser(), R"([{"op": "Replace", "path": "active", "value": "False"}])");
    QCOMPARE(result.resource.value(u"active"_s), QJsonValue(false));
    QVERIFY(result.changed);
    result = patch(result.resource, R"([{"op": "Replace", "path": "active", "value": "True"}])");
    QCOMPARE(result.resource.value(u"active"_s), QJsonValue(true));
}

void TestPatch::entra_addNickName()
{
    const PatchEngine::Result result = patch(storedUser(), R"([{"op": "Add", "path": "nickName", "value": "Babs"}])");
    QCOMPARE(result.resource.value(u"nickName"_s), QJsonValue(u"Babs"_s));
    QVERIFY(result.changed);
}

void TestPatch::entra_twoOperationsValuePathAndPathlessDottedAndUrnKeys()
{
    // Entra with aadOptscim062020: one op with a value path, one path-less op with dotted and URN keys.
    const PatchEngine::Result result = patch(storedUser(), R"([
        {"op": "replace", "path": "emails[type eq \"work\"].value", "value": "barbara@work.example"},
        {"op": "replace", "value": {
            "name.givenName": "Barbie",
            "name.familyName": "Jensen-Smith",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber": "1001",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager": "m2"}}
    ])");
    QJsonObject expected = storedUser();
    expected.insert(u"emails"_s, jsonArray(R"([{"value": "barbara@work.example", "type": "work", "primary": true},
                                              {"value": "babs@home.example", "type": "home"}])"));
    expected.insert(u"name"_s, json(R"({"givenName": "Barbie", "familyName": "Jensen-Smith"})"));
    expected.insert(enterpriseUrn, json(R"({"employeeNumber": "1001", "department": "Tour Operations",
                                            "manager": {"value": "m2"}})"));
    QCOMPARE(compact(result.resource), compact(expected));
}

void TestPatch::entra_addThroughUnmatchedFilterCreatesElement()
{
    PatchEngine::Result result =
        patch(minimalUser(), R"([{"op": "Add", "path": "emails[type eq \"work\"].value", "value": "o@work.example"}])");
    QCOMPARE(result.resource.value(u"emails"_s).toArray(),
             jsonArray(R"([{"type": "work", "value": "o@work.example"}])"));

    // With a home email present, the work one is added next to it.
    result = patch(minimalUser(), R"([
        {"op": "add", "path": "emails", "value": [{"value": "o@home.example", "type": "home"}]},
        {"op": "Add", "path": "phoneNumbers[type eq \"work\" and primary eq true].value", "value": "555-0100"},
        {"op": "Add", "path": "emails[type eq \"work\"].value", "value": "o@work.example"}])");
    QCOMPARE(
        result.resource.value(u"emails"_s).toArray(),
        jsonArray(R"([{"value": "o@home.example", "type": "home"}, {"type": "work", "value": "o@work.example"}])"));
    QCOMPARE(result.resource.value(u"phoneNumbers"_s).toArray(),
             jsonArray(R"([{"type": "work", "primary": true, "value": "555-0100"}])"));

    // Add through a matching filter sets the sub-attribute on the matching element.
    result =
        patch(storedUser(), R"([{"op": "Add", "path": "emails[type eq \"work\"].value", "value": "n@work.example"}])");
    QCOMPARE(result.resource.value(u"emails"_s).toArray().at(0).toObject().value(u"value"_s),
             QJsonValue(u"n@work.example"_s));
    QCOMPARE(result.resource.value(u"emails"_s).toArray().size(), 2);
}

void TestPatch::entra_managerAsPlainString()
{
    const PatchEngine::Result result = patch(minimalUser(), R"([
        {"op": "Add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager", "value": "m9"}])");
    QCOMPARE(result.resource.value(enterpriseUrn).toObject(), json(R"({"manager": {"value": "m9"}})"));
    QCOMPARE(result.resource.value(u"schemas"_s).toArray(), (QJsonArray{Urn::user(), enterpriseUrn}));
}

void TestPatch::entra_removeMembersByValue()
{
    // Entra without the flag removes values of a multi-valued attribute by listing them in "value".
    const PatchEngine::Result result =
        patch(storedUser(), R"([{"op": "Remove", "path": "emails", "value": [{"value": "BABS@home.example"}]}])");
    QCOMPARE(result.resource.value(u"emails"_s).toArray(),
             jsonArray(R"([{"value": "bjensen@work.example", "type": "work", "primary": true}])"));
}

void TestPatch::entra_valuePathKeyInPathlessValue()
{
    const PatchEngine::Result result = patch(storedUser(), R"([{"op": "replace", "value": {
        "emails[type eq \"work\"].value": "kim@work.example", "displayName": "Kim",
        "groups[value eq \"g1\"].display": "ignored: readOnly"}}])");
    QJsonObject expected = storedUser();
    expected.insert(u"displayName"_s, u"Kim"_s);
    expected.insert(u"emails"_s, jsonArray(R"([{"value": "kim@work.example", "type": "work", "primary": true},
                                              {"value": "babs@home.example", "type": "home"}])"));
    QCOMPARE(compact(result.resource), compact(expected));

    const auto error =
        captureError([] { patch(storedUser(), R"([{"op": "replace", "value": {"emails[type eq": "x"}}])"); });
    QVERIFY(error);
    QCOMPARE(error->scimType(), u"invalidPath"_s);
}

void TestPatch::okta_deactivateWithPathlessValue()
{
    const PatchEngine::Result result = patch(storedUser(), R"([{"op": "replace", "value": {"active": false}}])");
    QJsonObject expected = storedUser();
    expected.insert(u"active"_s, false);
    QCOMPARE(compact(result.resource), compact(expected));
    QVERIFY(result.changed);
}

void TestPatch::okta_pathlessReadOnlyKeysAreIgnored()
{
    const PatchEngine::Result result = patch(storedUser(), R"([{"op": "replace", "value": {
        "id": "other-id", "meta": {"version": "W/\"9\""}, "groups": [{"value": "g1"}], "displayName": "Renamed",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.displayName": "Boss"}}])");
    QJsonObject expected = storedUser();
    expected.insert(u"displayName"_s, u"Renamed"_s);
    QCOMPARE(compact(result.resource), compact(expected));
}

void TestPatch::urnPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("schema"); // where the value lands; empty: core
    QTest::addColumn<QString>("attribute");
    QTest::newRow("extension, colon") << enterpriseUrn + u":employeeNumber"_s << enterpriseUrn << u"employeeNumber"_s;
    QTest::newRow("extension, dot") << enterpriseUrn + u".employeeNumber"_s << enterpriseUrn << u"employeeNumber"_s;
    QTest::newRow("extension, lower case") << u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:COSTCENTER"_s
                                           << enterpriseUrn << u"costCenter"_s;
    QTest::newRow("core, colon") << Urn::user() + u":displayName"_s << QString() << u"displayName"_s;
    QTest::newRow("core, dot") << Urn::user() + u".displayName"_s << QString() << u"displayName"_s;
}

void TestPatch::urnPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, schema);
    QFETCH(QString, attribute);
    const QJsonArray ops{
        QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, path}, {u"value"_s, u"v1"_s}},
    };
    const PatchEngine::Result result = PatchEngine::apply(minimalUser(), patchBody(ops), users());
    const QJsonObject container = schema.isEmpty() ? result.resource : result.resource.value(schema).toObject();
    QCOMPARE(container.value(attribute), QJsonValue(u"v1"_s));

    const QJsonArray removal{QJsonObject{{u"op"_s, u"remove"_s}, {u"path"_s, path}}};
    const PatchEngine::Result removed = PatchEngine::apply(result.resource, patchBody(removal), users());
    QCOMPARE(compact(removed.resource), compact(minimalUser()));
}

void TestPatch::extension_addCreatesObjectAndSchema()
{
    const PatchEngine::Result result = patch(minimalUser(),
                                             R"([{"op": "add",
              "value": {"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"Department": "D"}}}])");
    QCOMPARE(result.resource.value(enterpriseUrn).toObject(), json(R"({"department": "D"})"));
    QCOMPARE(result.resource.value(u"schemas"_s).toArray(), (QJsonArray{Urn::user(), enterpriseUrn}));
}

void TestPatch::extension_removeLastAttributeDropsObjectAndSchema()
{
    const PatchEngine::Result result = patch(storedUser(), R"([
        {"op": "remove", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber"},
        {"op": "remove", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"},
        {"op": "remove", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value"}])");
    QVERIFY(!result.resource.contains(enterpriseUrn));
    QCOMPARE(result.resource.value(u"schemas"_s).toArray(), QJsonArray{Urn::user()});
}

void TestPatch::extension_wholeExtensionPath()
{
    PatchEngine::Result result = patch(storedUser(), R"([{"op": "add",
        "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "value": {"costCenter": "4130"}}])");
    QCOMPARE(result.resource.value(enterpriseUrn).toObject(),
             json(R"({"employeeNumber": "701984", "department": "Tour Operations", "manager": {"value": "m1"},
                      "costCenter": "4130"})"));
    result = patch(storedUser(),
                   R"([{"op": "remove", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"}])");
    QVERIFY(!result.resource.contains(enterpriseUrn));
    QCOMPARE(result.resource.value(u"schemas"_s).toArray(), QJsonArray{Urn::user()});
}

void TestPatch::add_appendsToMultiValuedSkippingDuplicates()
{
    const PatchEngine::Result result = patch(storedUser(), R"([{"op": "add", "path": "emails", "value": [
        {"value": "babs@home.example", "type": "home"},
        {"value": "b@other.example", "type": "other"}]}])");
    QCOMPARE(result.resource.value(u"emails"_s).toArray(),
             jsonArray(R"([{"value": "bjensen@work.example", "type": "work", "primary": true},
                          {"value": "babs@home.example", "type": "home"},
                          {"value": "b@other.example", "type": "other"}])"));

    // A single object (not an array) is one value to add.
    const PatchEngine::Result single =
        patch(minimalUser(), R"([{"op": "add", "path": "roles", "value": {"value": "admin"}}])");
    QCOMPARE(single.resource.value(u"roles"_s).toArray(), jsonArray(R"([{"value": "admin"}])"));
}

void TestPatch::add_primaryClearsOtherPrimaries()
{
    const PatchEngine::Result result = patch(storedUser(), R"([{"op": "add", "path": "emails",
        "value": [{"value": "new@work.example", "type": "work", "primary": "True"}]}])");
    QCOMPARE(result.resource.value(u"emails"_s).toArray(),
             jsonArray(R"([{"value": "bjensen@work.example", "type": "work", "primary": false},
                          {"value": "babs@home.example", "type": "home"},
                          {"value": "new@work.example", "type": "work", "primary": true}])"));
}

void TestPatch::add_mergesComplex()
{
    const PatchEngine::Result result =
        patch(storedUser(), R"([{"op": "add", "path": "name", "value": {"middleName": "Jane", "givenName": "Barb"}}])");
    QCOMPARE(result.resource.value(u"name"_s).toObject(),
             json(R"({"givenName": "Barb", "familyName": "Jensen", "middleName": "Jane"})"));
}

void TestPatch::replace_multiValuedWithoutFilterReplacesAll()
{
    const PatchEngine::Result result =
        patch(storedUser(), R"([{"op": "replace", "path": "emails", "value": [{"value": "only@example.com"}]}])");
    QCOMPARE(result.resource.value(u"emails"_s).toArray(), jsonArray(R"([{"value": "only@example.com"}])"));
}

void TestPatch::replace_complexMergesSubAttributes()
{
    // RFC 7644 §3.5.2.3: sub-attributes not specified in "value" are left unchanged.
    const PatchEngine::Result result =
        patch(storedUser(), R"([{"op": "replace", "path": "name", "value": {"givenName": "Barb"}}])");
    QCOMPARE(result.resource.value(u"name"_s).toObject(), json(R"({"givenName": "Barb", "familyName": "Jensen"})"));
}

void TestPatch::replace_withNullUnassigns()
{
    PatchEngine::Result result = patch(storedUser(), R"([{"op": "replace", "path": "emails", "value": null},
                                                         {"op": "replace", "path": "name.givenName", "value": null},
                                                         {"op": "add", "path": "title", "value": null}])");
    QVERIFY(!result.resource.contains(u"emails"_s));
    QVERIFY(!result.resource.contains(u"title"_s));
    QCOMPARE(result.resource.value(u"name"_s).toObject(), json(R"({"familyName": "Jensen"})"));
    result = patch(storedUser(), R"([{"op": "replace", "path": "emails", "value": []}])");
    QVERIFY(!result.resource.contains(u"emails"_s));
}

void TestPatch::filtered_operations_data()
{
    QTest::addColumn<QByteArray>("operations");
    QTest::addColumn<QByteArray>("emails"); // expected "emails" afterwards; "null": absent

    const QByteArray work = R"({"value": "bjensen@work.example", "type": "work", "primary": true})";
    const QByteArray home = R"({"value": "babs@home.example", "type": "home"})";
    QTest::newRow("replace sub-attribute of matching element")
        << QByteArray(R"([{"op": "replace", "path": "emails[type eq \"work\"].value", "value": "n@work.example"}])")
        << QByteArray(R"([{"value": "n@work.example", "type": "work", "primary": true}, )" + home + "]");
    QTest::newRow("replace whole matching element")
        << QByteArray(
               R"([{"op": "replace", "path": "emails[type eq \"home\"]", "value": {"value": "h@x", "type": "home"}}])")
        << QByteArray("[" + work + R"(, {"value": "h@x", "type": "home"}])");
    QTest::newRow("replace through filter on absent attribute acts as add")
        << QByteArray(R"([{"op": "remove", "path": "emails"},
                         {"op": "replace", "path": "emails[type eq \"work\"].value", "value": "w@x"}])")
        << QByteArray(R"([{"type": "work", "value": "w@x"}])");
    QTest::newRow("add merges into matching element")
        << QByteArray(R"([{"op": "add", "path": "emails[type eq \"home\"]", "value": {"display": "Home"}}])")
        << QByteArray("[" + work + R"(, {"value": "babs@home.example", "type": "home", "display": "Home"}])");
    QTest::newRow("add element through unmatched filter without sub-attribute")
        << QByteArray(R"([{"op": "add", "path": "emails[type eq \"other\"]", "value": {"value": "o@x"}}])")
        << QByteArray("[" + work + ", " + home + R"(, {"type": "other", "value": "o@x"}])");
    QTest::newRow("remove matching elements")
        << QByteArray(R"([{"op": "remove", "path": "emails[type eq \"home\"]"}])") << QByteArray("[" + work + "]");
    QTest::newRow("remove with compound filter")
        << QByteArray(R"([{"op": "remove", "path": "emails[type eq \"work\" or value co \"home\"]"}])")
        << QByteArray("null");
    QTest::newRow("remove sub-attribute of matching elements")
        << QByteArray(R"([{"op": "remove", "path": "emails[type eq \"work\"].primary"}])")
        << QByteArray(R"([{"value": "bjensen@work.example", "type": "work"}, )" + home + "]");
    QTest::newRow("remove through unmatched filter is a no-op")
        << QByteArray(R"([{"op": "remove", "path": "emails[type eq \"other\"]"}])")
        << QByteArray("[" + work + ", " + home + "]");
    QTest::newRow("filter values compare case-insensitively for caseExact=false")
        << QByteArray(R"([{"op": "remove", "path": "emails[type eq \"HOME\"]"}])") << QByteArray("[" + work + "]");
}

void TestPatch::filtered_operations()
{
    QFETCH(QByteArray, operations);
    QFETCH(QByteArray, emails);
    const PatchEngine::Result result = patch(storedUser(), operations);
    if (emails == "null")
        QVERIFY(!result.resource.contains(u"emails"_s));
    else
        QCOMPARE(result.resource.value(u"emails"_s).toArray(), jsonArray(emails));
}

void TestPatch::filtered_primaryThroughFilterClearsOthers()
{
    const PatchEngine::Result result =
        patch(storedUser(), R"([{"op": "replace", "path": "emails[type eq \"home\"].primary", "value": true}])");
    QCOMPARE(result.resource.value(u"emails"_s).toArray(),
             jsonArray(R"([{"value": "bjensen@work.example", "type": "work", "primary": false},
                          {"value": "babs@home.example", "type": "home", "primary": true}])"));
}

void TestPatch::subAttributeOfMultiValuedWithoutFilter()
{
    PatchEngine::Result result = patch(storedUser(), R"([{"op": "replace", "path": "emails.display", "value": "d"}])");
    for (const QJsonValue &email : result.resource.value(u"emails"_s).toArray())
        QCOMPARE(email.toObject().value(u"display"_s), QJsonValue(u"d"_s));
    result = patch(storedUser(), R"([{"op": "remove", "path": "emails.type"}])");
    QCOMPARE(result.resource.value(u"emails"_s).toArray(),
             jsonArray(R"([{"value": "bjensen@work.example", "primary": true}, {"value": "babs@home.example"}])"));
    result = patch(minimalUser(), R"([{"op": "add", "path": "phoneNumbers.value", "value": "555-0100"}])");
    QCOMPARE(result.resource.value(u"phoneNumbers"_s).toArray(), jsonArray(R"([{"value": "555-0100"}])"));
}

void TestPatch::password_goesToResultNotResource()
{
    PatchEngine::Result result = patch(storedUser(), R"([{"op": "replace", "path": "password", "value": "s3cret!"}])");
    QCOMPARE(result.password, std::optional<QString>(u"s3cret!"_s));
    QCOMPARE(compact(result.resource), compact(storedUser()));
    QVERIFY(result.changed);

    result = patch(storedUser(), R"([{"op": "replace", "value": {"PASSWORD": "other", "nickName": "B"}}])");
    QCOMPARE(result.password, std::optional<QString>(u"other"_s));
    QVERIFY(!result.resource.contains(u"password"_s));
    QVERIFY(!result.resource.contains(u"PASSWORD"_s));

    const auto error = captureError([] { patch(storedUser(), R"([{"op": "add", "path": "password", "value": 5}])"); });
    QVERIFY(error);
    QCOMPARE(error->scimType(), u"invalidValue"_s);
}

void TestPatch::changed_isFalseWhenNothingChanges_data()
{
    QTest::addColumn<QByteArray>("operations");
    QTest::newRow("replace with the same value")
        << QByteArray(R"([{"op": "replace", "path": "displayName", "value": "Babs Jensen"}])");
    QTest::newRow("replace boolean with the same string boolean")
        << QByteArray(R"([{"op": "Replace", "path": "active", "value": "True"}])");
    QTest::newRow("add an email already present") << QByteArray(
        R"([{"op": "add", "path": "emails", "value": [{"value": "babs@home.example", "type": "home"}]}])");
    QTest::newRow("remove an absent attribute") << QByteArray(R"([{"op": "remove", "path": "title"}])");
    QTest::newRow("path-less value with only read-only keys")
        << QByteArray(R"([{"op": "replace", "value": {"id": "x", "meta": {}}}])");
    QTest::newRow("replace then restore") << QByteArray(R"([{"op": "replace", "path": "userName", "value": "x"},
                         {"op": "replace", "path": "userName", "value": "bjensen"}])");
}

void TestPatch::changed_isFalseWhenNothingChanges()
{
    QFETCH(QByteArray, operations);
    const PatchEngine::Result result = patch(storedUser(), operations);
    QVERIFY(!result.changed);
    QCOMPARE(compact(result.resource), compact(storedUser()));
}

void TestPatch::serviceAttributesAreKept()
{
    const PatchEngine::Result result = patch(storedUser(), R"([{"op": "replace", "path": "title", "value": "T"}])");
    QCOMPARE(result.resource.value(u"id"_s), storedUser().value(u"id"_s));
    QCOMPARE(result.resource.value(u"meta"_s), storedUser().value(u"meta"_s));
}

void TestPatch::errors_data()
{
    QTest::addColumn<QByteArray>("body"); // the whole PatchOp body
    QTest::addColumn<QString>("scimType");

    auto ops = [](const char *operations) -> QByteArray {
        return QByteArray(R"({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": )") +
               operations + '}';
    };
    // Malformed bodies.
    QTest::newRow("Operations missing") << QByteArray(
                                               R"({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"]})")
                                        << u"invalidSyntax"_s;
    QTest::newRow("Operations not an array") << ops(R"({"op": "add"})") << u"invalidSyntax"_s;
    QTest::newRow("Operations empty") << ops("[]") << u"invalidSyntax"_s;
    QTest::newRow("operation not an object") << ops(R"(["add"])") << u"invalidSyntax"_s;
    QTest::newRow("op missing") << ops(R"([{"path": "title", "value": "x"}])") << u"invalidSyntax"_s;
    QTest::newRow("op unknown") << ops(R"([{"op": "update", "path": "title", "value": "x"}])") << u"invalidSyntax"_s;
    QTest::newRow("op not a string") << ops(R"([{"op": 1, "path": "title", "value": "x"}])") << u"invalidSyntax"_s;
    QTest::newRow("schemas not PatchOp") << QByteArray(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                         "Operations": [{"op": "add", "path": "title", "value": "x"}]})")
                                         << u"invalidSyntax"_s;
    QTest::newRow("add without value") << ops(R"([{"op": "add", "path": "title"}])") << u"invalidValue"_s;
    QTest::newRow("replace without value") << ops(R"([{"op": "replace", "path": "title"}])") << u"invalidValue"_s;
    QTest::newRow("path not a string") << ops(R"([{"op": "add", "path": 7, "value": "x"}])") << u"invalidPath"_s;
    QTest::newRow("path-less value not an object") << ops(R"([{"op": "replace", "value": "x"}])") << u"invalidValue"_s;
    QTest::newRow("path-less value null") << ops(R"([{"op": "add", "value": null}])") << u"invalidValue"_s;
    // Paths.
    QTest::newRow("unknown attribute") << ops(R"([{"op": "add", "path": "favouriteColour", "value": "x"}])")
                                       << u"invalidPath"_s;
    QTest::newRow("unknown sub-attribute")
        << ops(R"([{"op": "add", "path": "name.nope", "value": "x"}])") << u"invalidPath"_s;
    QTest::newRow("malformed filter") << ops(R"([{"op": "add", "path": "emails[type eq", "value": "x"}])")
                                      << u"invalidPath"_s;
    QTest::newRow("remove without path") << ops(R"([{"op": "remove"}])") << u"noTarget"_s;
    QTest::newRow("remove with empty path") << ops(R"([{"op": "Remove", "path": ""}])") << u"noTarget"_s;
    QTest::newRow("replace through filter matching nothing")
        << ops(R"([{"op": "replace", "path": "emails[type eq \"other\"].value", "value": "x"}])") << u"noTarget"_s;
    QTest::newRow("add through unmatched non-eq filter")
        << ops(R"([{"op": "add", "path": "emails[value co \"nothing\"].type", "value": "x"}])") << u"noTarget"_s;
    // Values.
    QTest::newRow("boolean as other string")
        << ops(R"([{"op": "replace", "path": "active", "value": "yes"}])") << u"invalidValue"_s;
    QTest::newRow("string as number") << ops(R"([{"op": "replace", "path": "displayName", "value": 3}])")
                                      << u"invalidValue"_s;
    QTest::newRow("single-valued as array")
        << ops(R"([{"op": "replace", "path": "title", "value": ["a", "b"]}])") << u"invalidValue"_s;
    QTest::newRow("sub-attribute wrong type in path-less value")
        << ops(R"([{"op": "replace", "value": {"name.givenName": false}}])") << u"invalidValue"_s;
    QTest::newRow("filtered replace with several elements")
        << ops(R"([{"op": "replace", "path": "emails[type eq \"work\"]", "value": [{"value": "a"}, {"value": "b"}]}])")
        << u"invalidValue"_s;
    QTest::newRow("userName emptied") << ops(R"([{"op": "replace", "path": "userName", "value": ""}])")
                                      << u"invalidValue"_s;
    QTest::newRow("two primaries") << ops(R"([{"op": "replace", "path": "emails.primary", "value": true}])")
                                   << u"invalidValue"_s;
    QTest::newRow("replace with two primaries")
        << ops(R"([{"op": "replace", "path": "emails", "value": [{"value": "a", "primary": true},
                                                                 {"value": "b", "primary": true}]}])")
        << u"invalidValue"_s;
    // Mutability (RFC 7644 §3.5.2).
    QTest::newRow("remove required userName") << ops(R"([{"op": "remove", "path": "userName"}])") << u"mutability"_s;
    QTest::newRow("replace userName with null")
        << ops(R"([{"op": "replace", "path": "userName", "value": null}])") << u"mutability"_s;
    QTest::newRow("path-less userName null")
        << ops(R"([{"op": "replace", "value": {"userName": null}}])") << u"mutability"_s;
    QTest::newRow("replace id") << ops(R"([{"op": "replace", "path": "id", "value": "x"}])") << u"mutability"_s;
    QTest::newRow("remove meta") << ops(R"([{"op": "remove", "path": "meta"}])") << u"mutability"_s;
    QTest::newRow("replace meta sub-attribute")
        << ops(R"([{"op": "replace", "path": "meta.version", "value": "x"}])") << u"mutability"_s;
    QTest::newRow("add groups") << ops(R"([{"op": "add", "path": "groups", "value": [{"value": "g"}]}])")
                                << u"mutability"_s;
    QTest::newRow("remove groups through filter")
        << ops(R"([{"op": "remove", "path": "groups[value eq \"g\"]"}])") << u"mutability"_s;
    QTest::newRow("manager.displayName") << ops(R"([{"op": "replace",
                   "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.displayName",
                   "value": "Boss"}])") << u"mutability"_s;
}

void TestPatch::errors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, scimType);
    const QJsonObject request = json(body);
    const auto error = captureError([&] { PatchEngine::apply(storedUser(), request, users()); });
    QVERIFY2(error, "expected a ScimError");
    QCOMPARE(error->status(), 400);
    QCOMPARE(error->scimType(), scimType);
    QVERIFY(!error->detail().isEmpty());
}

void TestPatch::immutable_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<QByteArray>("operations");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("add when unset") << QByteArray(R"({"label": "a"})")
                                    << QByteArray(R"([{"op": "add", "path": "serial", "value": "S1"}])") << true;
    QTest::newRow("replace when unset") << QByteArray(R"({"label": "a"})")
                                        << QByteArray(R"([{"op": "replace", "value": {"serial": "S1"}}])") << true;
    QTest::newRow("replace with same value")
        << QByteArray(R"({"label": "a", "serial": "S1"})")
        << QByteArray(R"([{"op": "replace", "path": "serial", "value": "S1"}])") << true;
    QTest::newRow("replace with other value")
        << QByteArray(R"({"label": "a", "serial": "S1"})")
        << QByteArray(R"([{"op": "replace", "path": "serial", "value": "S2"}])") << false;
    QTest::newRow("add with other value") << QByteArray(R"({"label": "a", "serial": "S1"})")
                                          << QByteArray(R"([{"op": "add", "path": "serial", "value": "S2"}])") << false;
    QTest::newRow("remove") << QByteArray(R"({"label": "a", "serial": "S1"})")
                            << QByteArray(R"([{"op": "remove", "path": "serial"}])") << false;
    QTest::newRow("path-less change") << QByteArray(R"({"label": "a", "serial": "S1"})")
                                      << QByteArray(R"([{"op": "replace", "value": {"serial": "S3"}}])") << false;
}

void TestPatch::immutable()
{
    QFETCH(QByteArray, stored);
    QFETCH(QByteArray, operations);
    QFETCH(bool, allowed);
    QJsonObject resource = json(stored);
    resource.insert(u"schemas"_s, QJsonArray{devices().coreSchema().id});
    const auto error = captureError([&] { PatchEngine::apply(resource, patchBody(operations), devices()); });
    QCOMPARE(!error.has_value(), allowed);
    if (error)
        QCOMPARE(error->scimType(), u"mutability"_s);
}

void TestPatch::atomicity_failingSecondOperationLeavesOriginalUntouched()
{
    const QJsonObject original = storedUser();
    QJsonObject resource = original;
    const auto error = captureError([&] {
        // The first op is fine; the second fails, so the caller must get an exception and nothing else.
        const PatchEngine::Result result = PatchEngine::apply(resource, patchBody(R"([
            {"op": "replace", "path": "displayName", "value": "Changed"},
            {"op": "add", "path": "emails", "value": [{"value": "x@example.com"}]},
            {"op": "replace", "path": "emails[type eq \"fax\"].value", "value": "x"}])"),
                                                              users());
        resource = result.resource;
    });
    QVERIFY(error);
    QCOMPARE(error->scimType(), u"noTarget"_s);
    QCOMPARE(resource, original);

    // The same holds when the last failure comes from the final checks.
    const auto finalError = captureError([&] {
        resource = PatchEngine::apply(resource, patchBody(R"([{"op": "replace", "path": "title", "value": "T"},
                                                              {"op": "remove", "path": "userName"}])"),
                                      users())
                       .resource;
    });
    QVERIFY(finalError);
    QCOMPARE(finalError->scimType(), u"mutability"_s);
    QCOMPARE(resource, original);
}

void TestPatch::microsoftValidator_patchUserName()
{
    // "patch user1" and "Patch user omalley new username".
    PatchEngine::Result result =
        PatchEngine::apply(minimalUser(), json(R"({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "replace", "path": "userName", "value": "ryan3"}]})"),
                           users());
    QCOMPARE(result.resource.value(u"userName"_s), QJsonValue(u"ryan3"_s));
    QVERIFY(result.changed);
    result = PatchEngine::apply(result.resource, json(R"({ "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                  "Operations": [{"op": "Replace", "path": "userName", "value": "newusername"}]})"),
                                users());
    QCOMPARE(result.resource.value(u"userName"_s), QJsonValue(u"newusername"_s));
}

void TestPatch::microsoftValidator_patchActiveWithBoolean()
{
    const PatchEngine::Result result =
        PatchEngine::apply(minimalUser(), json(R"({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "Replace", "path": "active", "value": false}]})"),
                           users());
    QCOMPARE(result.resource.value(u"active"_s), QJsonValue(false));
    QVERIFY(result.changed);
}

QTEST_GUILESS_MAIN(TestPatch)
#include "tst_patch.moc"
