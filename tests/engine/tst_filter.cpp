#include "protocol/filter/FilterEvaluator.h"
#include "protocol/filter/FilterParser.h"
#include "protocol/filter/FilterPlanner.h"
#include "protocol/schema/AttributeBuilder.h"
#include "protocol/schema/ResourceType.h"
#include "protocol/schema/SchemaRegistry.h"
#include "protocol/schema/ScimDateTime.h"
#include "protocol/schema/ScimError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace scim;

namespace {

const QString EnterpriseUrn = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");

QString enterprise(QStringView suffix)
{
    return EnterpriseUrn + suffix;
}

const ResourceType &users()
{
    return SchemaRegistry::standard().users();
}

// A resource type with one attribute of every SCIM type, so each operator can be checked on each type.
const ResourceType &widgets()
{
    static const ResourceType type = [] {
        using B = AttributeBuilder;
        using T = AttributeDefinition::Type;
        const QString d = QStringLiteral("test attribute");
        Schema schema;
        schema.id = QStringLiteral("urn:example:scim:schemas:core:1.0:Widget");
        schema.name = QStringLiteral("Widget");
        schema.attributes = {
            B(QStringLiteral("label"), T::String, d),
            B(QStringLiteral("code"), T::String, d).caseExact(),
            B(QStringLiteral("count"), T::Integer, d),
            B(QStringLiteral("limit"), T::Integer, d),
            B(QStringLiteral("weight"), T::Decimal, d),
            B(QStringLiteral("enabled"), T::Boolean, d),
            B(QStringLiteral("since"), T::DateTime, d),
            B(QStringLiteral("blob"), T::Binary, d),
            B(QStringLiteral("link"), T::Reference, d),
            B(QStringLiteral("tags"), T::String, d).multiValued(),
            B(QStringLiteral("scores"), T::Integer, d).multiValued(),
        };
        return ResourceType(QStringLiteral("Widget"), QStringLiteral("/Widgets"), d, schema, {});
    }();
    return type;
}

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (!document.isObject())
        qFatal("Bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

const QList<QJsonObject> &fixtureUsers()
{
    static const QList<QJsonObject> all{
        json(R"({
            "id": "alice", "externalId": "Ext-Alice", "userName": "Alice@Example.com",
            "name": {"givenName": "Alice", "familyName": "Employee", "formatted": "Alice Employee"},
            "displayName": "Alice Employee", "title": "Engineer", "active": true,
            "emails": [{"value": "alice@example.com", "type": "work", "primary": true},
                       {"value": "alice@home.org", "type": "home"}],
            "phoneNumbers": [{"value": "555-0100", "type": "mobile"}],
            "meta": {"resourceType": "User", "created": "2015-10-10T14:38:21.8617979-07:00",
                     "lastModified": "2020-01-01T00:00:00Z"},
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                "employeeNumber": "701984", "department": "Engineering",
                "manager": {"value": "carol", "displayName": "Carol Boss"}}
        })"),
        json(R"({
            "id": "bob", "externalId": "jyoung", "userName": "bjensen",
            "name": {"givenName": "Bob", "familyName": "Jensen"},
            "displayName": "Bob Jensen", "active": false,
            "emails": [{"value": "bob@example.com", "type": "home", "primary": true},
                       {"value": "bjensen@work.example.com", "type": "work", "primary": false}],
            "meta": {"resourceType": "User", "created": "2015-10-10T21:38:21.8617980Z",
                     "lastModified": "2021-06-01T12:00:00.5+02:00"},
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                "employeeNumber": "12345", "department": "Sales"}
        })"),
        json(R"({
            "id": "carol", "userName": "Carol", "displayName": "", "nickName": "Say \u0022hi\u0022\u005c",
            "name": {"givenName": "Zo\u00eb"}, "title": null, "emails": [],
            "meta": {"resourceType": "User", "created": "2014-01-01T00:00:00Z"}
        })"),
        json(R"({
            "id": "dave", "externalId": "ext-alice", "userName": "dave.smith@example.com",
            "name": {"givenName": "Dave", "familyName": "Smith"}, "active": true,
            "emails": [{"value": "dave@example.com"}],
            "addresses": [{"type": "work", "locality": "Springfield", "country": "US"}],
            "meta": {"resourceType": "User", "created": "2016-03-01T08:00:00+01:00"},
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"manager": {"value": "alice"}}
        })"),
    };
    return all;
}

QJsonObject fixtureUser(const QString &id)
{
    for (const QJsonObject &user : fixtureUsers()) {
        if (user.value(QStringLiteral("id")).toString() == id)
            return user;
    }
    qFatal("No fixture user %s", qPrintable(id));
}

QJsonObject widget()
{
    QJsonObject object = json(R"({
        "id": "w1", "label": "Gadget", "code": "AbC", "count": 42, "weight": 2.5, "enabled": true,
        "since": "2020-02-29T12:00:00.1234567+05:30", "blob": "QUJD", "tags": ["red", "Blue"], "scores": [3, 7]
    })");
    // Not inside the raw string: moc 6.4 mistakes a `//` in a multi-line raw string for a comment.
    object.insert(QStringLiteral("link"), QStringLiteral("https://example.com/Widgets/1"));
    return object;
}

QStringList matchingUserIds(const QString &filter)
{
    const FilterPtr parsed = FilterParser::parse(filter, users());
    QStringList ids;
    for (const QJsonObject &user : fixtureUsers()) {
        if (FilterEvaluator::matches(*parsed, user))
            ids.append(user.value(QStringLiteral("id")).toString());
    }
    return ids;
}

std::optional<ScimError> filterError(const QString &filter, const ResourceType &type)
{
    try {
        FilterParser::parse(filter, type);
    } catch (const ScimError &error) {
        return error;
    }
    return std::nullopt;
}

std::optional<ScimError> pathError(const QString &path)
{
    try {
        FilterParser::parsePatchPath(path, users());
    } catch (const ScimError &error) {
        return error;
    }
    return std::nullopt;
}

QString describe(const FilterPlanner::Lookup &lookup)
{
    static const QStringList names{QStringLiteral("id"), QStringLiteral("userName"), QStringLiteral("externalId")};
    return names.at(int(lookup.attribute)) + QLatin1Char('=') + lookup.value +
           (lookup.caseExact ? QString() : QStringLiteral(" (ci)"));
}

bool satisfies(const QJsonObject &user, const FilterPlanner::Lookup &lookup)
{
    static const QStringList keys{QStringLiteral("id"), QStringLiteral("userName"), QStringLiteral("externalId")};
    const QString stored = user.value(keys.at(int(lookup.attribute))).toString();
    return stored.compare(lookup.value, lookup.caseExact ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0;
}

} // namespace

class TestFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterMatchesExpectedUsers_data();
    void filterMatchesExpectedUsers();
    void operatorsCompareEachAttributeType_data();
    void operatorsCompareEachAttributeType();
    void parsesLiteralValues_data();
    void parsesLiteralValues();
    void andBindsTighterThanOr();
    void notAndParenthesesShapeTheTree();
    void valuePathWithSubAttributeBecomesOneElementFilter();
    void attributeNamesAreCanonicalised();
    void complexMultiValuedComparisonTargetsValue();
    void urnQualifiedNamesResolveInBothForms();
    void dateTimeComparesSubMillisecondInstants();
    void invalidFilterIsRejected_data();
    void invalidFilterIsRejected();
    void invalidFilterDetailNamesPosition();
    void operatorsIncompatibleWithAttributeTypeAreRejected();
    void patchPathShapes_data();
    void patchPathShapes();
    void patchPathFilterSelectsElements();
    void invalidPatchPathIsRejected_data();
    void invalidPatchPathIsRejected();
    void matchesElementComparesObjectElements();
    void matchesElementComparesSimpleElementsAsValue();
    void compareForSortOrdersByType();
    void compareForSortPutsMissingValuesLast();
    void compareForSortUsesPrimaryValueOfMultiValued();
    void scimDateTimeParsesIsoForms_data();
    void scimDateTimeParsesIsoForms();
    void plannerFindsIndexLookups_data();
    void plannerFindsIndexLookups();
};

void TestFilter::filterMatchesExpectedUsers_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    const QString alice = QStringLiteral("alice");
    const QString bob = QStringLiteral("bob");
    const QString carol = QStringLiteral("carol");
    const QString dave = QStringLiteral("dave");
    auto row = [](const char *name, const char *filter, const QStringList &expected) {
        QTest::newRow(name) << QString::fromUtf8(filter) << expected;
    };

    // String operators and case sensitivity.
    row("eq on userName ignores case", R"(userName eq "alice@example.com")", {alice});
    row("operator keyword is case-insensitive", R"(userName EQ "bjensen")", {bob});
    row("attribute name is case-insensitive", R"(USERNAME eq "bjensen")", {bob});
    row("eq on caseExact externalId respects case", R"(externalId eq "Ext-Alice")", {alice});
    row("eq on caseExact externalId other spelling", R"(externalId eq "ext-alice")", {dave});
    row("eq on caseExact id respects case", R"(id eq "ALICE")", {});
    row("ne excludes the equal value", R"(userName ne "BJENSEN")", {alice, carol, dave});
    row("ne is true when the attribute is missing", R"(externalId ne "jyoung")", {alice, carol, dave});
    row("co ignores case", R"(userName co "EXAMPLE")", {alice, dave});
    row("co on caseExact attribute respects case", R"(externalId co "alice")", {dave});
    row("sw matches prefix ignoring case", R"(userName sw "B")", {bob});
    row("ew matches suffix ignoring case", R"(userName ew ".COM")", {alice, dave});
    row("gt on strings is lexicographic and case-insensitive", R"(userName gt "c")", {carol, dave});
    row("ge on strings", R"(displayName ge "bob jensen")", {bob});
    row("lt on strings", R"(name.familyName lt "K")", {alice, bob});
    row("le on strings ignores empty values", R"(displayName le "Alice Employee")", {alice});
    row("JSON escapes in string literal", "nickName eq \"Say \\\"hi\\\"\\\\\"", {carol});
    row("unicode escape in string literal", "name.givenName eq \"ZO\\u00CB\"", {carol});

    // Presence.
    row("pr on string skips empty string", "displayName pr", {alice, bob});
    row("pr on multi-valued skips empty array", "emails pr", {alice, bob, dave});
    row("pr skips null", "title pr", {alice});
    row("pr on complex attribute", "addresses pr", {dave});
    row("pr on sub-attribute of multi-valued", "emails.type pr", {alice, bob});
    row("pr on whole extension", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User pr", {alice, bob, dave});
    row("eq null means not present", "title eq null", {bob, carol, dave});
    row("ne null means present", "title ne null", {alice});

    // Booleans.
    row("eq true", "active eq true", {alice, dave});
    row("eq false", "active eq false", {bob});
    row("ne true includes missing", "active ne true", {bob, carol});
    row("bare TRUE is the boolean", "active eq TRUE", {alice, dave});
    row("quoted true on boolean attribute is the boolean", R"(active eq "True")", {alice, dave});

    // Sub-attributes and multi-valued attributes.
    row("sub-attribute of complex", R"(name.givenName eq "Bob")", {bob});
    row("sub-attribute of multi-valued matches any element", R"(emails.value eq "bob@example.com")", {bob});
    row("any element type", R"(emails.type eq "work")", {alice, bob});
    row("multi-valued without sub-attribute compares value", R"(emails co "work.example")", {bob});
    row("boolean sub-attribute of multi-valued", "emails.primary eq true", {alice, bob});
    row("ne on multi-valued holds if any element differs or lacks it", R"(emails.type ne "work")",
        {alice, bob, carol, dave});

    // Value paths.
    row("value path with and", R"(emails[type eq "work" and primary eq true])", {alice});
    row("value path with or", R"(emails[type eq "work" or primary eq true])", {alice, bob});
    row("value path with parentheses inside", R"(emails[(type eq "work" or type eq "home") and primary eq true])",
        {alice, bob});
    row("value path with not inside", R"(emails[not (type eq "work")])", {alice, bob, dave});
    row("value path conditions hold for the same element", R"(emails[type eq "home" and value co "alice"])", {alice});
    row("value path followed by sub-attribute compare", R"(emails[type eq "work"].value ew "example.com")",
        {alice, bob});
    row("value path sub-attribute compare on same element", R"(emails[type eq "work"].value co "bob")", {});
    row("value path combined with and", R"(emails[type eq "work"] and active eq false)", {bob});
    row("value path on complex single-valued", R"(name[givenName eq "alice"])", {alice});
    row("value path on addresses", R"(addresses[locality eq "springfield" and country eq "US"])", {dave});

    // URN-qualified names.
    row("extension attribute with colon",
        R"(urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq "701984")", {alice});
    row("extension attribute with dot",
        R"(urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.employeeNumber eq "12345")", {bob});
    row("extension sub-attribute",
        R"(urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq "carol")", {alice});
    row("extension complex compares its value",
        R"(urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager eq "alice")", {dave});
    row("URN is case-insensitive",
        R"(URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:department eq "sales")", {bob});
    row("core URN-qualified attribute", R"(urn:ietf:params:scim:schemas:core:2.0:User:userName eq "bjensen")", {bob});
    row("unqualified extension attribute", R"(department eq "engineering")", {alice});

    // Logical operators.
    row("and binds tighter than or", R"(userName eq "bjensen" or userName eq "Carol" and active eq true)", {bob});
    row("parentheses override precedence", R"((userName eq "bjensen" or userName eq "Carol") and active eq false)",
        {bob});
    row("and then or", R"(active eq true and userName sw "d" or userName eq "bjensen")", {bob, dave});
    row("logical keywords are case-insensitive", R"(userName eq "bjensen" OR userName eq "carol" AnD title eq null)",
        {bob, carol});
    row("not negates", R"(not (userName eq "bjensen"))", {alice, carol, dave});
    row("not binds to its parentheses", R"(not (active eq true) and emails pr)", {bob});
    row("double not", R"(not (not (userName eq "Carol")))", {carol});
    row("not without space before parenthesis", R"(not(userName eq "Carol"))", {alice, bob, dave});
    row("redundant parentheses", R"(((userName eq "Carol")))", {carol});

    // dateTime.
    row("dateTime gt compares instants", R"(meta.created gt "2015-10-10T14:38:21.8617979-07:00")", {bob, dave});
    row("dateTime eq across offsets", R"(meta.created eq "2015-10-10T21:38:21.8617979Z")", {alice});
    row("dateTime ge", R"(meta.created ge "2015-10-10T21:38:21.8617979Z")", {alice, bob, dave});
    row("dateTime lt distinguishes 100ns", R"(meta.created lt "2015-10-10T21:38:21.8617980Z")", {alice, carol});
    row("dateTime le with nine fractional digits", R"(meta.created le "2015-10-10T21:38:21.861797900Z")",
        {alice, carol});
    row("dateTime ne", R"(meta.created ne "2014-01-01T01:00:00+01:00")", {alice, bob, dave});
    row("dateTime with offset and fraction", R"(meta.lastModified gt "2021-06-01T10:00:00.499Z")", {bob});

    // Lenient bare values real clients send.
    row("bare value on sub-attribute", "name.FamilyName eq Employee", {alice});
    row("bare value with co", "emails.Value co example.com", {alice, bob, dave});
    row("bare value with sw", "userName sw B", {bob});
    row("bare value on externalId", "externalId eq jyoung", {bob});
    row("bare dateTime", "meta.Created gt 2015-10-10T14:38:21.8617979-07:00", {bob, dave});
    row("bare value ends at parenthesis", "(userName eq bjensen)", {bob});
    row("bare value ends at bracket", "emails[type eq work]", {alice, bob});
    row("mixed-case attribute names", R"(DisplayName eq "bob jensen")", {bob});

    // Type mismatches are no match, not errors.
    row("number never equals a string", "userName eq 123", {});
    row("ne with mismatched type is true", "userName ne 123", {alice, bob, carol, dave});
    row("string never equals a boolean", R"(active eq "yes")", {});
}

void TestFilter::filterMatchesExpectedUsers()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    QCOMPARE(matchingUserIds(filter), expected);
}

void TestFilter::operatorsCompareEachAttributeType_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("expected");
    auto row = [](const char *filter, bool expected) {
        QTest::newRow(filter) << QString::fromUtf8(filter) << expected;
    };

    // integer
    row("count eq 42", true);
    row("count eq 42.0", true);
    row("count eq 43", false);
    row("count ne 42", false);
    row("count ne 7", true);
    row("count gt 41", true);
    row("count gt 42", false);
    row("count ge 42", true);
    row("count ge 43", false);
    row("count lt 43", true);
    row("count lt 42", false);
    row("count le 42", true);
    row("count le 41", false);
    row("count gt -1", true);
    row("count le 4.2E+1", true);
    row("count lt 4.2e1", false);
    row("count eq \"42\"", false);
    row("count eq true", false);
    // decimal
    row("weight eq 2.5", true);
    row("weight ne 2.5", false);
    row("weight gt 2.49", true);
    row("weight ge 25e-1", true);
    row("weight lt 2.5", false);
    row("weight le 2.5", true);
    row("weight lt 3", true);
    // boolean
    row("enabled eq true", true);
    row("enabled eq false", false);
    row("enabled ne true", false);
    row("enabled ne false", true);
    row("enabled eq \"false\"", false);
    row("enabled pr", true);
    // dateTime (stored as 2020-02-29T06:30:00.1234567Z)
    row("since eq \"2020-02-29T06:30:00.1234567Z\"", true);
    row("since ne \"2020-02-29T06:30:00.1234567Z\"", false);
    row("since gt \"2020-02-29T06:30:00.123456Z\"", true);
    row("since ge \"2020-02-29T12:00:00.1234567+05:30\"", true);
    row("since lt \"2020-02-29T06:30:00.1234568Z\"", true);
    row("since le \"2020-02-29T06:30:00.1234566Z\"", false);
    row("since gt \"2020-02-29\"", true);
    row("since eq \"2020-02-29\"", false);
    row("since co \"02-29T12\"", true);
    row("since sw \"2020-02\"", true);
    row("since ew \"+05:30\"", true);
    // binary (always case-exact)
    row("blob eq \"QUJD\"", true);
    row("blob eq \"qujd\"", false);
    row("blob ne \"qujd\"", true);
    row("blob co \"UJ\"", true);
    row("blob sw \"qu\"", false);
    row("blob ew \"JD\"", true);
    // reference (caseExact false)
    row("link eq \"HTTPS://EXAMPLE.COM/Widgets/1\"", true);
    row("link sw \"https://\"", true);
    row("link ew \"/1\"", true);
    row("link co \"widgets\"", true);
    row("link gt \"https://example.com/Widgets/0\"", true);
    // caseExact string
    row("code eq \"AbC\"", true);
    row("code eq \"abc\"", false);
    row("code ne \"abc\"", true);
    row("code co \"bC\"", true);
    row("code co \"bc\"", false);
    row("code sw \"A\"", true);
    row("code sw \"a\"", false);
    row("code ew \"c\"", false);
    row("code gt \"AbB\"", true);
    row("code lt \"abc\"", true);
    row("code ge \"AbC\"", true);
    row("code le \"ABC\"", false);
    // case-insensitive string
    row("label eq \"gadget\"", true);
    row("label ne \"GADGET\"", false);
    row("label gt \"GADGES\"", true);
    row("label lt \"gadgeu\"", true);
    row("label ge \"GADGET\"", true);
    row("label le \"gadget\"", true);
    row("label ew \"GET\"", true);
    row("label eq 5", false);
    row("label ne 5", true);
    // simple multi-valued
    row("tags eq \"blue\"", true);
    row("tags eq \"green\"", false);
    row("tags co \"RE\"", true);
    row("tags ne \"red\"", true);
    row("tags pr", true);
    row("tags[value eq \"red\"]", true);
    row("tags[value sw \"b\" and value ew \"E\"]", true);
    row("tags[value eq \"green\"]", false);
    row("scores eq 3", true);
    row("scores gt 5", true);
    row("scores gt 7", false);
    row("scores lt 3", false);
    row("scores[value ge 7]", true);
    // missing attribute
    row("limit pr", false);
    row("limit eq null", true);
    row("limit ne 1", true);
    row("limit eq 1", false);
    row("limit gt 0", false);
    row("limit le 0", false);
}

void TestFilter::operatorsCompareEachAttributeType()
{
    QFETCH(QString, filter);
    QFETCH(bool, expected);
    const FilterPtr parsed = FilterParser::parse(filter, widgets());
    QCOMPARE(FilterEvaluator::matches(*parsed, widget()), expected);
}

void TestFilter::parsesLiteralValues_data()
{
    QTest::addColumn<QString>("literal");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("quoted string") << QStringLiteral(R"("abc")") << QJsonValue(QStringLiteral("abc"));
    QTest::newRow("quoted number stays a string") << QStringLiteral(R"("5")") << QJsonValue(QStringLiteral("5"));
    QTest::newRow("bare word is a string") << QStringLiteral("abc") << QJsonValue(QStringLiteral("abc"));
    QTest::newRow("integer") << QStringLiteral("5") << QJsonValue(5);
    QTest::newRow("negative integer") << QStringLiteral("-12") << QJsonValue(-12);
    QTest::newRow("decimal") << QStringLiteral("0.5") << QJsonValue(0.5);
    QTest::newRow("exponent") << QStringLiteral("1e3") << QJsonValue(1000.0);
    QTest::newRow("negative exponent") << QStringLiteral("-2.5E-2") << QJsonValue(-0.025);
    QTest::newRow("large integer") << QStringLiteral("9007199254740993") << QJsonValue(qint64(9007199254740993));
    QTest::newRow("true") << QStringLiteral("true") << QJsonValue(true);
    QTest::newRow("FALSE") << QStringLiteral("FALSE") << QJsonValue(false);
    QTest::newRow("null") << QStringLiteral("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("leading zero is not a number") << QStringLiteral("007") << QJsonValue(QStringLiteral("007"));
    QTest::newRow("trailing dot is not a number") << QStringLiteral("1.") << QJsonValue(QStringLiteral("1."));
    QTest::newRow("escapes") << QStringLiteral("\"\\u0041\\n\\t\\/\\\\\"") << QJsonValue(QStringLiteral("A\n\t/\\"));
    QTest::newRow("surrogate pair") << QStringLiteral("\"\\ud83d\\ude00\"") << QJsonValue(QString::fromUtf8("😀"));
    QTest::newRow("quoted keyword") << QStringLiteral(R"("and")") << QJsonValue(QStringLiteral("and"));
    QTest::newRow("bare dateTime") << QStringLiteral("2015-10-10T14:38:21.8617979-07:00")
                                   << QJsonValue(QStringLiteral("2015-10-10T14:38:21.8617979-07:00"));
}

void TestFilter::parsesLiteralValues()
{
    QFETCH(QString, literal);
    QFETCH(QJsonValue, expected);
    const FilterPtr parsed = FilterParser::parse(QString(QStringLiteral("title eq ") + literal), users());
    QCOMPARE(parsed->kind, FilterNode::Kind::Compare);
    QCOMPARE(parsed->value.type(), expected.type());
    QCOMPARE(parsed->value, expected);
}

void TestFilter::andBindsTighterThanOr()
{
    const FilterPtr orFirst = FilterParser::parse(u"title pr or userName pr and active pr", users());
    QCOMPARE(orFirst->kind, FilterNode::Kind::Or);
    QCOMPARE(orFirst->left->path.attribute, QStringLiteral("title"));
    QCOMPARE(orFirst->right->kind, FilterNode::Kind::And);
    QCOMPARE(orFirst->right->left->path.attribute, QStringLiteral("userName"));
    QCOMPARE(orFirst->right->right->path.attribute, QStringLiteral("active"));

    const FilterPtr andFirst = FilterParser::parse(u"title pr and userName pr or active pr", users());
    QCOMPARE(andFirst->kind, FilterNode::Kind::Or);
    QCOMPARE(andFirst->left->kind, FilterNode::Kind::And);
    QCOMPARE(andFirst->right->path.attribute, QStringLiteral("active"));

    // Same-precedence chains associate to the left.
    const FilterPtr chain = FilterParser::parse(u"title pr or userName pr or active pr", users());
    QCOMPARE(chain->kind, FilterNode::Kind::Or);
    QCOMPARE(chain->left->kind, FilterNode::Kind::Or);
    QCOMPARE(chain->right->path.attribute, QStringLiteral("active"));
}

void TestFilter::notAndParenthesesShapeTheTree()
{
    const FilterPtr filter = FilterParser::parse(u"not (title pr) and (userName pr or active pr)", users());
    QCOMPARE(filter->kind, FilterNode::Kind::And);
    QCOMPARE(filter->left->kind, FilterNode::Kind::Not);
    QVERIFY(!filter->left->right);
    QCOMPARE(filter->left->left->kind, FilterNode::Kind::Compare);
    QCOMPARE(filter->left->left->op, CompareOp::Pr);
    QCOMPARE(filter->right->kind, FilterNode::Kind::Or);
}

void TestFilter::valuePathWithSubAttributeBecomesOneElementFilter()
{
    const FilterPtr filter = FilterParser::parse(u"emails[type eq \"work\"].value co \"@\"", users());
    QCOMPARE(filter->kind, FilterNode::Kind::ValuePath);
    QCOMPARE(filter->path.attribute, QStringLiteral("emails"));
    QVERIFY(filter->path.subAttribute.isEmpty());
    QVERIFY(filter->path.definition && filter->path.definition->multiValued);

    const FilterPtr inner = filter->left;
    QCOMPARE(inner->kind, FilterNode::Kind::And);
    QCOMPARE(inner->left->kind, FilterNode::Kind::Compare);
    QCOMPARE(inner->left->path.attribute, QStringLiteral("emails"));
    QCOMPARE(inner->left->path.subAttribute, QStringLiteral("type"));
    QCOMPARE(inner->left->value, QJsonValue(QStringLiteral("work")));
    QCOMPARE(inner->right->path.subAttribute, QStringLiteral("value"));
    QCOMPARE(inner->right->op, CompareOp::Co);
}

void TestFilter::attributeNamesAreCanonicalised()
{
    const FilterPtr filter = FilterParser::parse(u"NAME.GIVENNAME eq \"x\" and EMAILS[TYPE eq \"work\"]", users());
    QCOMPARE(filter->left->path.attribute, QStringLiteral("name"));
    QCOMPARE(filter->left->path.subAttribute, QStringLiteral("givenName"));
    QCOMPARE(filter->right->path.attribute, QStringLiteral("emails"));
    QCOMPARE(filter->right->left->path.subAttribute, QStringLiteral("type"));

    const FilterPtr meta = FilterParser::parse(u"meta.Created gt \"2020-01-01T00:00:00Z\"", users());
    QCOMPARE(meta->path.toString(), QStringLiteral("meta.created"));
}

void TestFilter::complexMultiValuedComparisonTargetsValue()
{
    const FilterPtr filter = FilterParser::parse(u"emails co \"example\"", users());
    QCOMPARE(filter->path.attribute, QStringLiteral("emails"));
    QCOMPARE(filter->path.subAttribute, QStringLiteral("value"));
    QVERIFY(filter->path.subDefinition);

    // `pr` on the attribute itself stays on the attribute.
    const FilterPtr present = FilterParser::parse(u"emails pr", users());
    QVERIFY(present->path.subAttribute.isEmpty());
}

void TestFilter::urnQualifiedNamesResolveInBothForms()
{
    for (const QString &separator : {QStringLiteral(":"), QStringLiteral(".")}) {
        const FilterPtr filter = FilterParser::parse(
            QString(EnterpriseUrn + separator + QStringLiteral("employeeNumber eq \"1\"")), users());
        QVERIFY(filter->path.extension);
        QCOMPARE(filter->path.schemaUrn, EnterpriseUrn);
        QCOMPARE(filter->path.attribute, QStringLiteral("employeeNumber"));
    }
    const FilterPtr manager = FilterParser::parse(enterprise(u":manager.value pr"), users());
    QCOMPARE(manager->path.attribute, QStringLiteral("manager"));
    QCOMPARE(manager->path.subAttribute, QStringLiteral("value"));

    const FilterPtr valuePath = FilterParser::parse(enterprise(u":manager[value eq \"carol\"]"), users());
    QCOMPARE(valuePath->kind, FilterNode::Kind::ValuePath);
    QVERIFY(valuePath->path.extension);
    QVERIFY(FilterEvaluator::matches(*valuePath, fixtureUser(QStringLiteral("alice"))));
    QVERIFY(!FilterEvaluator::matches(*valuePath, fixtureUser(QStringLiteral("dave"))));
}

void TestFilter::dateTimeComparesSubMillisecondInstants()
{
    // Alice and Bob were created 100ns apart; truncating to milliseconds would make them equal.
    const FilterPtr equal = FilterParser::parse(u"meta.created eq 2015-10-10T21:38:21.861Z", users());
    QCOMPARE(FilterEvaluator::matches(*equal, fixtureUser(QStringLiteral("alice"))), false);
    QCOMPARE(FilterEvaluator::matches(*equal, fixtureUser(QStringLiteral("bob"))), false);

    const AttributePath created = *users().resolve(u"meta.created");
    QCOMPARE(FilterEvaluator::compareForSort(fixtureUser(QStringLiteral("alice")), fixtureUser(QStringLiteral("bob")),
                                             created),
             -1);
}

void TestFilter::invalidFilterIsRejected_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("detail");
    auto row = [](const char *name, const QString &filter, const char *detail) {
        QTest::newRow(name) << filter << QString::fromUtf8(detail);
    };
    row("empty filter", QString(), "empty");
    row("blank filter", QStringLiteral("   "), "empty");
    row("unknown attribute", QStringLiteral("foo eq \"x\""), "Unknown attribute 'foo'");
    row("unknown sub-attribute", QStringLiteral("name.nickname eq \"x\""), "Unknown sub-attribute");
    row("unknown sub-attribute in value path", QStringLiteral("emails[foo eq \"x\"]"), "Unknown sub-attribute 'foo'");
    row("unknown schema URN", QStringLiteral("urn:example:unknown:1.0:Thing:attr eq \"x\""), "Unknown schema");
    row("too deep attribute path", QStringLiteral("name.givenName.first eq \"x\""), "Malformed attribute path");
    row("missing closing parenthesis", QStringLiteral("(userName eq \"x\""), "Missing ')'");
    row("missing closing parenthesis after not", QStringLiteral("not (userName eq \"x\" and title pr"), "Missing ')'");
    row("unmatched closing parenthesis", QStringLiteral("userName eq \"x\")"), "no matching '('");
    row("missing closing bracket", QStringLiteral("emails[type eq \"work\""), "Missing ']'");
    row("unmatched closing bracket", QStringLiteral("userName eq \"x\"]"), "no matching '['");
    row("parenthesis closed by bracket", QStringLiteral("(userName eq \"x\"]"), "Unexpected ']'");
    row("missing value at end", QStringLiteral("userName eq"), "Missing comparison value after 'userName eq'");
    row("missing value before parenthesis", QStringLiteral("(userName eq )"), "Missing comparison value");
    row("missing value before bracket", QStringLiteral("emails[type eq]"), "Missing comparison value");
    row("missing operator", QStringLiteral("userName"), "Expected a comparison operator after 'userName'");
    row("value instead of operator", QStringLiteral("userName \"x\""), "Expected a comparison operator");
    row("unknown operator", QStringLiteral("userName like \"x\""), "Unknown comparison operator 'like'");
    row("gt on boolean", QStringLiteral("active gt true"), "cannot be applied to boolean attribute 'active'");
    row("le on boolean sub-attribute", QStringLiteral("emails[primary le true]"), "boolean");
    row("co on boolean", QStringLiteral("active co \"t\""), "boolean");
    row("lt on binary", QStringLiteral("x509Certificates.value lt \"QUJD\""), "binary");
    row("value path on simple single-valued", QStringLiteral("userName[value eq \"x\"]"),
        "neither multi-valued nor complex");
    row("value path on sub-attribute", QStringLiteral("name.givenName[value eq \"x\"]"), "must follow an attribute");
    row("value path on whole extension", enterprise(u"[employeeNumber eq \"1\"]"), "whole extension");
    row("nested value path", QStringLiteral("emails[type[value eq \"x\"]]"), "cannot be nested");
    row("empty value path", QStringLiteral("emails[]"), "Expected an attribute path");
    row("trailing garbage", QStringLiteral("userName eq \"x\" foo"), "Unexpected 'foo'");
    row("value after pr", QStringLiteral("userName pr \"x\""), "Unexpected string");
    row("dangling and", QStringLiteral("userName eq \"x\" and"), "Expected an attribute path");
    row("leading or", QStringLiteral("or userName eq \"x\""), "before 'or'");
    row("not without parentheses", QStringLiteral("not userName eq \"x\""), "Expected '(' after 'not'");
    row("empty parentheses", QStringLiteral("()"), "Expected an attribute path");
    row("unterminated string", QStringLiteral("userName eq \"abc"), "Unterminated string");
    row("invalid escape", QStringLiteral("userName eq \"a\\qb\""), "Invalid escape");
    row("invalid unicode escape", QStringLiteral("userName eq \"\\u12G4\""), "\\u escape");
    row("complex attribute without value compared", QStringLiteral("name eq \"x\""), "Complex attribute 'name'");
    row("ordering against null", QStringLiteral("title gt null"), "null");
    row("invalid dateTime literal", QStringLiteral("meta.created gt \"yesterday\""), "not a valid dateTime");
    row("invalid bare dateTime", QStringLiteral("meta.created lt 2015-13-45T00:00:00Z"), "not a valid dateTime");
    row("whole extension compared", enterprise(u" eq \"x\""), "only 'pr'");
    row("excessive nesting", QString(QString(100, u'(') + QStringLiteral("userName pr") + QString(100, u')')),
        "nests more than");
}

void TestFilter::invalidFilterIsRejected()
{
    QFETCH(QString, filter);
    QFETCH(QString, detail);
    const std::optional<ScimError> error = filterError(filter, users());
    QVERIFY2(error, "the filter was accepted");
    QCOMPARE(error->status(), 400);
    QCOMPARE(error->scimType(), QStringLiteral("invalidFilter"));
    QVERIFY2(error->detail().contains(detail, Qt::CaseInsensitive), qPrintable(error->detail()));
}

void TestFilter::invalidFilterDetailNamesPosition()
{
    QCOMPARE(filterError(QStringLiteral("userName eq \"x\" foo"), users())->detail(),
             QStringLiteral("Unexpected 'foo' at position 16; expected 'and', 'or' or the end of the filter"));
    QCOMPARE(filterError(QStringLiteral("title pr and (userName eq \"x\""), users())->detail(),
             QStringLiteral("Missing ')' to close the '(' at position 13"));
    QCOMPARE(filterError(QStringLiteral("title pr or nosuch eq 1"), users())->detail(),
             QStringLiteral("Unknown attribute 'nosuch' at position 12"));
    // User text containing %-placeholders must not be mangled by message formatting.
    QCOMPARE(filterError(QStringLiteral("%1 eq 1"), users())->detail(),
             QStringLiteral("Unknown attribute '%1' at position 0"));
}

void TestFilter::operatorsIncompatibleWithAttributeTypeAreRejected()
{
    for (const QString &filter :
         {QStringLiteral("count co 4"), QStringLiteral("weight sw \"2\""), QStringLiteral("scores[value ew 3]"),
          QStringLiteral("enabled gt false"), QStringLiteral("blob ge \"A\""), QStringLiteral("tags[type eq \"x\"]")}) {
        const std::optional<ScimError> error = filterError(filter, widgets());
        QVERIFY2(error, qPrintable(filter));
        QCOMPARE(error->scimType(), QStringLiteral("invalidFilter"));
    }
}

void TestFilter::patchPathShapes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("subAttribute");
    QTest::addColumn<bool>("extension");
    QTest::addColumn<bool>("wholeExtension");
    QTest::addColumn<bool>("hasFilter");
    QTest::addColumn<QString>("filterSubAttribute");
    const QString none;
    QTest::newRow("attribute") << QStringLiteral("userName") << QStringLiteral("userName") << none << false << false
                               << false << none;
    QTest::newRow("sub-attribute") << QStringLiteral("name.givenName") << QStringLiteral("name")
                                   << QStringLiteral("givenName") << false << false << false << none;
    QTest::newRow("names are canonicalised") << QStringLiteral("NAME.GIVENNAME") << QStringLiteral("name")
                                             << QStringLiteral("givenName") << false << false << false << none;
    QTest::newRow("surrounding whitespace")
        << QStringLiteral("  active ") << QStringLiteral("active") << none << false << false << false << none;
    QTest::newRow("extension attribute with colon")
        << enterprise(u":employeeNumber") << QStringLiteral("employeeNumber") << none << true << false << false << none;
    QTest::newRow("extension attribute with dot")
        << enterprise(u".employeeNumber") << QStringLiteral("employeeNumber") << none << true << false << false << none;
    QTest::newRow("extension sub-attribute") << enterprise(u":manager.value") << QStringLiteral("manager")
                                             << QStringLiteral("value") << true << false << false << none;
    QTest::newRow("whole extension") << EnterpriseUrn << QString() << none << true << true << false << none;
    QTest::newRow("core URN attribute") << QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User:displayName")
                                        << QStringLiteral("displayName") << none << false << false << false << none;
    QTest::newRow("value filter") << QStringLiteral("emails[type eq \"work\"]") << QStringLiteral("emails") << none
                                  << false << false << true << none;
    QTest::newRow("value filter with sub-attribute")
        << QStringLiteral("emails[type eq \"work\"].value") << QStringLiteral("emails") << none << false << false
        << true << QStringLiteral("value");
    QTest::newRow("logical value filter with sub-attribute")
        << QStringLiteral("emails[type eq \"work\" and primary eq true].DISPLAY") << QStringLiteral("emails") << none
        << false << false << true << QStringLiteral("display");
    QTest::newRow("URN-qualified value filter")
        << QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User:addresses[type eq \"work\"].locality")
        << QStringLiteral("addresses") << none << false << false << true << QStringLiteral("locality");
    QTest::newRow("value filter on extension complex")
        << enterprise(u":manager[value pr].displayName") << QStringLiteral("manager") << none << true << false << true
        << QStringLiteral("displayName");
}

void TestFilter::patchPathShapes()
{
    QFETCH(QString, path);
    QFETCH(QString, attribute);
    QFETCH(QString, subAttribute);
    QFETCH(bool, extension);
    QFETCH(bool, wholeExtension);
    QFETCH(bool, hasFilter);
    QFETCH(QString, filterSubAttribute);

    const PatchPath parsed = FilterParser::parsePatchPath(path, users());
    QCOMPARE(parsed.attribute.attribute, attribute);
    QCOMPARE(parsed.attribute.subAttribute, subAttribute);
    QCOMPARE(parsed.attribute.extension, extension);
    QCOMPARE(parsed.attribute.isWholeExtension(), wholeExtension);
    QCOMPARE(parsed.attribute.schemaUrn,
             extension ? EnterpriseUrn : QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User"));
    QCOMPARE(bool(parsed.valueFilter), hasFilter);
    QCOMPARE(parsed.subAttribute, filterSubAttribute);
    QCOMPARE(parsed.subDefinition != nullptr, !filterSubAttribute.isEmpty());
    if (!wholeExtension)
        QVERIFY(parsed.attribute.definition);
}

void TestFilter::patchPathFilterSelectsElements()
{
    const PatchPath path = FilterParser::parsePatchPath(u"emails[type eq \"work\" and primary eq true].value", users());
    const QJsonArray emails = fixtureUser(QStringLiteral("alice")).value(QStringLiteral("emails")).toArray();
    QVERIFY(FilterEvaluator::matchesElement(*path.valueFilter, emails.at(0), *path.attribute.definition));
    QVERIFY(!FilterEvaluator::matchesElement(*path.valueFilter, emails.at(1), *path.attribute.definition));
    QCOMPARE(path.subDefinition->name, QStringLiteral("value"));
}

void TestFilter::invalidPatchPathIsRejected_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("detail");
    auto row = [](const char *name, const QString &path, const char *detail) {
        QTest::newRow(name) << path << QString::fromUtf8(detail);
    };
    row("empty", QString(), "empty");
    row("blank", QStringLiteral("  "), "empty");
    row("unknown attribute", QStringLiteral("foo"), "Unknown attribute 'foo'");
    row("unknown sub-attribute", QStringLiteral("name.foo"), "Unknown sub-attribute");
    row("three levels", QStringLiteral("name.givenName.x"), "Malformed attribute path");
    row("unknown schema", QStringLiteral("urn:example:unknown:1.0:Thing:attr"), "Unknown schema");
    row("starts with bracket", QStringLiteral("[type eq \"work\"]"), "Expected an attribute path");
    row("filter on simple attribute", QStringLiteral("userName[value eq \"x\"]"), "neither multi-valued nor complex");
    row("filter after sub-attribute", QStringLiteral("name.givenName[value eq \"x\"]"), "must follow an attribute");
    row("filter on whole extension", enterprise(u"[employeeNumber eq \"1\"]"), "whole extension");
    row("missing closing bracket", QStringLiteral("emails[type eq \"work\""), "Missing ']'");
    row("missing value in filter", QStringLiteral("emails[type eq]"), "Missing comparison value");
    row("unknown sub-attribute in filter", QStringLiteral("emails[foo eq \"x\"]"), "Unknown sub-attribute 'foo'");
    row("unknown sub-attribute after filter", QStringLiteral("emails[type eq \"work\"].foo"),
        "Unknown sub-attribute 'foo'");
    row("gt on boolean in filter", QStringLiteral("emails[primary gt true]"), "boolean");
    row("second filter", QStringLiteral("emails[type eq \"work\"][value eq \"x\"]"), "Unexpected '['");
    row("trailing text", QStringLiteral("emails[type eq \"work\"] extra"), "Unexpected 'extra'");
    row("space inside path", QStringLiteral("name. givenName"), "Malformed attribute path");
}

void TestFilter::invalidPatchPathIsRejected()
{
    QFETCH(QString, path);
    QFETCH(QString, detail);
    const std::optional<ScimError> error = pathError(path);
    QVERIFY2(error, "the path was accepted");
    QCOMPARE(error->status(), 400);
    QCOMPARE(error->scimType(), QStringLiteral("invalidPath"));
    QVERIFY2(error->detail().contains(detail, Qt::CaseInsensitive), qPrintable(error->detail()));
}

void TestFilter::matchesElementComparesObjectElements()
{
    const AttributeDefinition &emails = *users().resolve(u"emails")->definition;
    auto filter = [](const char *text) {
        return FilterParser::parsePatchPath(QStringLiteral("emails[%1]").arg(QString::fromUtf8(text)), users())
            .valueFilter;
    };
    const QJsonObject work = json(R"({"value": "a@example.com", "type": "work", "primary": true})");
    const QJsonObject untyped = json(R"({"value": "b@example.com"})");

    QVERIFY(FilterEvaluator::matchesElement(*filter(R"(type eq "WORK" and primary eq true)"), work, emails));
    QVERIFY(!FilterEvaluator::matchesElement(*filter("primary eq false"), work, emails));
    QVERIFY(FilterEvaluator::matchesElement(*filter(R"(value ew "@EXAMPLE.COM")"), work, emails));
    QVERIFY(FilterEvaluator::matchesElement(*filter(R"(not (type eq "home"))"), work, emails));
    QVERIFY(FilterEvaluator::matchesElement(*filter(R"(type ne "work")"), untyped, emails));
    QVERIFY(!FilterEvaluator::matchesElement(*filter(R"(type eq "work")"), untyped, emails));
    QVERIFY(!FilterEvaluator::matchesElement(*filter("type pr"), untyped, emails));
    QVERIFY(FilterEvaluator::matchesElement(*filter("type eq null"), untyped, emails));
    QVERIFY(FilterEvaluator::matchesElement(*filter(R"(type eq "x" or value sw "b")"), untyped, emails));
}

void TestFilter::matchesElementComparesSimpleElementsAsValue()
{
    const PatchPath path = FilterParser::parsePatchPath(u"tags[value eq \"red\"]", widgets());
    const AttributeDefinition &tags = *path.attribute.definition;
    QVERIFY(FilterEvaluator::matchesElement(*path.valueFilter, QJsonValue(QStringLiteral("red")), tags));
    QVERIFY(FilterEvaluator::matchesElement(*path.valueFilter, QJsonValue(QStringLiteral("RED")), tags));
    QVERIFY(!FilterEvaluator::matchesElement(*path.valueFilter, QJsonValue(QStringLiteral("green")), tags));
    QVERIFY(!FilterEvaluator::matchesElement(*path.valueFilter, QJsonValue(QJsonValue::Null), tags));

    const PatchPath scores = FilterParser::parsePatchPath(u"scores[value gt 5]", widgets());
    QVERIFY(FilterEvaluator::matchesElement(*scores.valueFilter, QJsonValue(7), *scores.attribute.definition));
    QVERIFY(!FilterEvaluator::matchesElement(*scores.valueFilter, QJsonValue(3), *scores.attribute.definition));
}

void TestFilter::compareForSortOrdersByType()
{
    auto path = [](const ResourceType &type, QStringView text) { return *type.resolve(text); };
    const QJsonObject alice = fixtureUser(QStringLiteral("alice"));
    const QJsonObject bob = fixtureUser(QStringLiteral("bob"));
    const QJsonObject carol = fixtureUser(QStringLiteral("carol"));
    const QJsonObject dave = fixtureUser(QStringLiteral("dave"));

    // Case-insensitive string: "Alice@…" < "bjensen" < "Carol".
    QCOMPARE(FilterEvaluator::compareForSort(alice, bob, path(users(), u"userName")), -1);
    QCOMPARE(FilterEvaluator::compareForSort(carol, bob, path(users(), u"userName")), 1);
    QCOMPARE(FilterEvaluator::compareForSort(alice, alice, path(users(), u"userName")), 0);
    QCOMPARE(FilterEvaluator::compareForSort(json(R"({"userName": "ALICE"})"), json(R"({"userName": "alice"})"),
                                             path(users(), u"userName")),
             0);
    // Case-exact string: 'E' sorts before 'e'.
    QCOMPARE(FilterEvaluator::compareForSort(alice, dave, path(users(), u"externalId")), -1);
    // Sub-attribute and extension attribute.
    QCOMPARE(FilterEvaluator::compareForSort(alice, bob, path(users(), u"name.familyName")), -1);
    QCOMPARE(FilterEvaluator::compareForSort(alice, bob, path(users(), enterprise(u":department"))), -1);
    // dateTime compares instants, not text: 08:00+01:00 is before 07:30Z.
    QCOMPARE(FilterEvaluator::compareForSort(dave, json(R"({"meta": {"created": "2016-03-01T07:30:00Z"}})"),
                                             path(users(), u"meta.created")),
             -1);
    QCOMPARE(FilterEvaluator::compareForSort(bob, alice, path(users(), u"meta.created")), 1);
    // Booleans: false before true.
    QCOMPARE(FilterEvaluator::compareForSort(bob, alice, path(users(), u"active")), -1);
    // Numbers compare numerically, not as text.
    QCOMPARE(
        FilterEvaluator::compareForSort(json(R"({"count": 42})"), json(R"({"count": 7})"), path(widgets(), u"count")),
        1);
    QCOMPARE(FilterEvaluator::compareForSort(json(R"({"weight": 2.5})"), json(R"({"weight": 2.50})"),
                                             path(widgets(), u"weight")),
             0);
}

void TestFilter::compareForSortPutsMissingValuesLast()
{
    const AttributePath externalId = *users().resolve(u"externalId");
    const AttributePath displayName = *users().resolve(u"displayName");
    const QJsonObject alice = fixtureUser(QStringLiteral("alice"));
    const QJsonObject carol = fixtureUser(QStringLiteral("carol"));
    QCOMPARE(FilterEvaluator::compareForSort(carol, alice, externalId), 1);
    QCOMPARE(FilterEvaluator::compareForSort(alice, carol, externalId), -1);
    QCOMPARE(FilterEvaluator::compareForSort(carol, carol, externalId), 0);
    // An empty string counts as missing.
    QCOMPARE(FilterEvaluator::compareForSort(carol, alice, displayName), 1);
}

void TestFilter::compareForSortUsesPrimaryValueOfMultiValued()
{
    const QJsonObject primaryLast =
        json(R"({"emails": [{"value": "z@example.com"}, {"value": "a@example.com", "primary": true}]})");
    const QJsonObject noPrimary = json(R"({"emails": [{"value": "m@example.com"}, {"value": "b@example.com"}]})");
    const QJsonObject none = json(R"({"emails": []})");
    for (const QStringView text : {QStringView(u"emails"), QStringView(u"emails.value")}) {
        const AttributePath emails = *users().resolve(text);
        QCOMPARE(FilterEvaluator::compareForSort(primaryLast, noPrimary, emails), -1);
        QCOMPARE(FilterEvaluator::compareForSort(noPrimary, primaryLast, emails), 1);
        QCOMPARE(FilterEvaluator::compareForSort(none, noPrimary, emails), 1);
    }
    const AttributePath type = *users().resolve(u"emails.type");
    QCOMPARE(
        FilterEvaluator::compareForSort(fixtureUser(QStringLiteral("alice")), fixtureUser(QStringLiteral("bob")), type),
        1); // alice's primary is "work", bob's primary is "home"
    const AttributePath tags = *widgets().resolve(u"tags");
    QCOMPARE(FilterEvaluator::compareForSort(json(R"({"tags": ["b", "a"]})"), json(R"({"tags": ["c"]})"), tags), -1);
}

void TestFilter::scimDateTimeParsesIsoForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<int>("nanos");
    const qint64 base = QDateTime(QDate(2015, 10, 10), QTime(21, 38, 21), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("seven fractional digits with offset")
        << QStringLiteral("2015-10-10T14:38:21.8617979-07:00") << true << base + 861 << 797900;
    QTest::newRow("Z") << QStringLiteral("2015-10-10T21:38:21Z") << true << base << 0;
    QTest::newRow("lower-case t and z") << QStringLiteral("2015-10-10t21:38:21.5z") << true << base + 500 << 0;
    QTest::newRow("no offset means UTC") << QStringLiteral("2015-10-10T21:38:21") << true << base << 0;
    QTest::newRow("offset without colon") << QStringLiteral("2015-10-11T03:08:21+0530") << true << base << 0;
    QTest::newRow("comma fraction") << QStringLiteral("2015-10-10T21:38:21,25Z") << true << base + 250 << 0;
    QTest::newRow("more than nine digits") << QStringLiteral("2015-10-10T21:38:21.0000000019Z") << true << base << 1;
    QTest::newRow("date only") << QStringLiteral("2015-10-10") << true
                               << QDateTime(QDate(2015, 10, 10), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() << 0;
    QTest::newRow("invalid month") << QStringLiteral("2015-13-10T00:00:00Z") << false << qint64(0) << 0;
    QTest::newRow("invalid hour") << QStringLiteral("2015-10-10T25:00:00Z") << false << qint64(0) << 0;
    QTest::newRow("not a date") << QStringLiteral("yesterday") << false << qint64(0) << 0;
    QTest::newRow("trailing text") << QStringLiteral("2015-10-10T21:38:21Zx") << false << qint64(0) << 0;
}

void TestFilter::scimDateTimeParsesIsoForms()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, msecs);
    QFETCH(int, nanos);
    const std::optional<ScimDateTime> parsed = ScimDateTime::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(parsed->msecsSinceEpoch(), msecs);
        QCOMPARE(parsed->subMsecNanos(), nanos);
    }
}

void TestFilter::plannerFindsIndexLookups_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("indexable");
    QTest::addColumn<QStringList>("lookups");
    auto row = [](const char *name, const char *filter, bool indexable, const QStringList &lookups = {}) {
        QTest::newRow(name) << QString::fromUtf8(filter) << indexable << lookups;
    };
    row("userName eq is case-insensitive", R"(userName eq "bjensen")", true, {QStringLiteral("userName=bjensen (ci)")});
    row("attribute and operator in any case", R"(USERNAME EQ "Alice@Example.com")", true,
        {QStringLiteral("userName=Alice@Example.com (ci)")});
    row("externalId eq is case-exact", R"(externalId eq "Ext-Alice")", true, {QStringLiteral("externalId=Ext-Alice")});
    row("id eq", R"(id eq "carol")", true, {QStringLiteral("id=carol")});
    row("bare value", "externalId eq jyoung", true, {QStringLiteral("externalId=jyoung")});
    row("core URN-qualified", R"(urn:ietf:params:scim:schemas:core:2.0:User:userName eq "Carol")", true,
        {QStringLiteral("userName=Carol (ci)")});
    row("or of indexable terms", R"(userName eq "bjensen" or externalId eq "ext-alice")", true,
        {QStringLiteral("userName=bjensen (ci)"), QStringLiteral("externalId=ext-alice")});
    row("or drops duplicates", R"(id eq "bob" or id eq "bob")", true, {QStringLiteral("id=bob")});
    row("and with indexable left side", R"(userName eq "bjensen" and active eq false)", true,
        {QStringLiteral("userName=bjensen (ci)")});
    row("and with indexable right side", R"(active eq true and externalId eq "ext-alice")", true,
        {QStringLiteral("externalId=ext-alice")});
    row("and picks the narrower side", R"((id eq "alice" or id eq "bob") and userName eq "bjensen")", true,
        {QStringLiteral("userName=bjensen (ci)")});
    row("or of ands", R"((userName eq "bjensen" and active pr) or (id eq "dave" and title pr))", true,
        {QStringLiteral("userName=bjensen (ci)"), QStringLiteral("id=dave")});
    row("or with unindexable side", R"(userName eq "bjensen" or active eq true)", false);
    row("ne", R"(userName ne "bjensen")", false);
    row("co", R"(userName co "b")", false);
    row("not negates", R"(not (userName eq "bjensen"))", false);
    row("other attribute", R"(displayName eq "Bob Jensen")", false);
    row("value path", R"(emails[value eq "bob@example.com"])", false);
    row("multi-valued sub-attribute", R"(emails.value eq "bob@example.com")", false);
    row("extension attribute", R"(urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq "1")",
        false);
    row("number literal", "userName eq 5", false);
    row("null literal", "userName eq null", false);
    row("pr", "userName pr", false);
}

void TestFilter::plannerFindsIndexLookups()
{
    QFETCH(QString, filter);
    QFETCH(bool, indexable);
    QFETCH(QStringList, lookups);

    const FilterPtr parsed = FilterParser::parse(filter, users());
    const std::optional<QList<FilterPlanner::Lookup>> plan = FilterPlanner::indexLookups(*parsed);
    QCOMPARE(plan.has_value(), indexable);
    if (!plan)
        return;
    QStringList described;
    for (const FilterPlanner::Lookup &lookup : *plan)
        described.append(describe(lookup));
    QCOMPARE(described, lookups);

    // Soundness: every user the filter matches is found by at least one lookup.
    for (const QJsonObject &user : fixtureUsers()) {
        if (!FilterEvaluator::matches(*parsed, user))
            continue;
        const bool found =
            std::any_of(plan->cbegin(), plan->cend(), [&user](const auto &lookup) { return satisfies(user, lookup); });
        QVERIFY2(found, qPrintable(user.value(QStringLiteral("id")).toString()));
    }
}

QTEST_GUILESS_MAIN(TestFilter)
#include "tst_filter.moc"
