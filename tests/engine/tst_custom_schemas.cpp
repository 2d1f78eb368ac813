#include "EngineHarness.h"

#include "protocol/ScimRequestInfo.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace scim;
using namespace Qt::StringLiterals;

namespace {

const QString kUrn = QStringLiteral("urn:example:params:scim:schemas:extension:acme:2.0:User");
const QString kGroupUrn = QStringLiteral("urn:example:params:scim:schemas:extension:acme:2.0:Group");
const QString kUndeclared = QStringLiteral("urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User");

QJsonObject parse(const QByteArray &text)
{
    QJsonParseError error{};
    const QJsonObject object = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s in %s", qPrintable(error.errorString()), text.constData());
    return object;
}

// Replaces every "$URN" (and the other URN placeholders) in a JSON literal, so the tests read like the requests IdPs
// send.
QJsonObject body(QByteArray text)
{
    text.replace("$URN", kUrn.toUtf8());
    text.replace("$GURN", kGroupUrn.toUtf8());
    text.replace("$UNDECLARED", kUndeclared.toUtf8());
    // moc misreads escapes and "//" in raw strings: a quote inside a JSON string, and a URL's scheme.
    text.replace("$Q", "\\\"");
    text.replace("$HTTPS", "https://");
    return parse(text);
}

QJsonObject patchOp(const QByteArray &operations)
{
    QByteArray text =
        R"({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": )" + operations + "}";
    return body(text);
}

// The acme extension most tests use: one attribute of each interesting kind.
QJsonObject acmeDeclaration()
{
    return body(R"({"resource_type": "User", "schema": {"id": "$URN", "name": "Acme", "description": "Acme fields",
        "attributes": [
          {"name": "costCenter", "type": "string"},
          {"name": "badge", "type": "string", "caseExact": true, "uniqueness": "server"},
          {"name": "tier", "type": "string", "canonicalValues": ["bronze", "silver", "gold"]},
          {"name": "seats", "type": "integer"},
          {"name": "hired", "type": "dateTime"},
          {"name": "remote", "type": "boolean"},
          {"name": "clearance", "type": "string", "required": true},
          {"name": "secret", "type": "string", "mutability": "writeOnly", "returned": "never"},
          {"name": "note", "type": "string", "returned": "request"},
          {"name": "employeeCode", "type": "string", "mutability": "immutable"},
          {"name": "skills", "type": "string", "multiValued": true},
          {"name": "desk", "type": "complex", "subAttributes": [
             {"name": "building", "type": "string"}, {"name": "floor", "type": "integer"}]},
          {"name": "devices", "type": "complex", "multiValued": true, "subAttributes": [
             {"name": "type", "type": "string"}, {"name": "serial", "type": "string", "caseExact": true},
             {"name": "primary", "type": "boolean"}]}
        ]}})");
}

QString schemasPath(const QString &connection, const QString &urn = {})
{
    QString path = QStringLiteral("/api/v2/connections/%1/scim-configuration/custom-schemas").arg(connection);
    if (!urn.isEmpty())
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(urn));
    return path;
}

QJsonValue at(const QJsonObject &object, const QString &urn, const QString &attribute)
{
    return object.value(urn).toObject().value(attribute);
}

} // namespace

// Custom schema extensions (docs/schemas.md) on real components (SQLite file, transport-free SCIM and Management
// API handlers): the declaration API with every validation rule, discovery, every shape IdPs send for declared and
// undeclared extension attributes, the three undeclared-attribute policies, filters, sorting, attributes,
// characteristics, server uniqueness in the store, PATCH and Bulk, mapping and recompute, and the refusals that
// protect the map.
class CustomSchemasTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_engine = std::make_unique<EngineHarness>(m_dir.path(), QStringLiteral("custom-%1.sqlite").arg(++m_counter));
        m_engine->createConnection(QStringLiteral("waad"));
    }

    void cleanup() { m_engine.reset(); }

    // --- Declaration API -------------------------------------------------------------------------------------

    void declarationIsRefusedNamingTheAttribute_data()
    {
        QTest::addColumn<QByteArray>("declaration");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("characteristic");
        const auto row = [](const char *name, const QByteArray &attributes, const char *attribute,
                            const char *characteristic) {
            QTest::newRow(name) << QByteArray(R"({"resource_type": "User", "schema": {"id": "$URN", "attributes": )" +
                                              attributes + "}}")
                                << QString::fromLatin1(attribute) << QString::fromLatin1(characteristic);
        };
        QTest::newRow("no resource_type")
            << QByteArray(R"({"schema": {"id": "$URN", "attributes": []}})") << QString() << u"resource_type"_s;
        QTest::newRow("resource_type Users")
            << QByteArray(R"({"resource_type": "Users", "schema": {"id": "$URN", "attributes": []}})") << QString()
            << u"resource_type"_s;
        QTest::newRow("schema not an object")
            << QByteArray(R"({"resource_type": "User", "schema": "x"})") << QString() << u"schema"_s;
        QTest::newRow("unknown top-level property")
            << QByteArray(R"({"resource_type": "User", "schema": {"id": "$URN", "attributes": []}, "x": 1})")
            << QString() << u"x"_s;
        QTest::newRow("no id") << QByteArray(R"({"resource_type": "User", "schema": {"attributes": []}})") << QString()
                               << u"id"_s;
        QTest::newRow("id not a URN") << QByteArray(
                                             R"({"resource_type": "User", "schema": {"id": "acme", "attributes": []}})")
                                      << QString() << u"id"_s;
        QTest::newRow("id with a slash")
            << QByteArray(R"({"resource_type": "User", "schema": {"id": "urn:acme:a/b", "attributes": []}})")
            << QString() << u"id"_s;
        QTest::newRow("id ends with a colon")
            << QByteArray(R"({"resource_type": "User", "schema": {"id": "urn:acme:x:", "attributes": []}})")
            << QString() << u"id"_s;
        QTest::newRow("core URN reserved")
            << QByteArray(R"({"resource_type": "User", "schema": {"id": "urn:ietf:params:scim:schemas:core:2.0:Thing",
                                                                   "attributes": []}})")
            << QString() << u"id"_s;
        QTest::newRow("enterprise URN reserved")
            << QByteArray(
                   R"({"resource_type": "User", "schema": {"id": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                                                           "attributes": []}})")
            << QString() << u"id"_s;
        QTest::newRow("below the enterprise URN")
            << QByteArray(
                   R"({"resource_type": "User", "schema": {"id": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:x",
                                                           "attributes": []}})")
            << QString() << u"id"_s;
        QTest::newRow("API message URN reserved")
            << QByteArray(R"({"resource_type": "User", "schema": {"id": "urn:ietf:params:scim:api:messages:2.0:Thing",
                                                                   "attributes": []}})")
            << QString() << u"id"_s;
        QTest::newRow("name not a string")
            << QByteArray(R"({"resource_type": "User", "schema": {"id": "$URN", "name": 3, "attributes": []}})")
            << QString() << u"name"_s;
        QTest::newRow("unknown schema property")
            << QByteArray(R"({"resource_type": "User", "schema": {"id": "$URN", "attributes": [], "version": 2}})")
            << QString() << u"version"_s;
        QTest::newRow("attributes not an array")
            << QByteArray(R"({"resource_type": "User", "schema": {"id": "$URN", "attributes": {}}})") << QString()
            << u"attributes"_s;
        row("attribute not an object", R"(["x"])", "attributes[0]", "attribute");
        row("attribute without a name", R"([{"type": "string"}])", "attributes[0]", "name");
        row("name starting with a digit", R"([{"name": "1st", "type": "string"}])", "1st", "name");
        row("name with a dot", R"([{"name": "a.b", "type": "string"}])", "a.b", "name");
        row("duplicate name ignoring case",
            R"([{"name": "code", "type": "string"}, {"name": "Code", "type": "string"}])", "Code", "name");
        row("unknown characteristic", R"([{"name": "code", "type": "string", "mutable": true}])", "code", "mutable");
        row("missing type", R"([{"name": "code"}])", "code", "type");
        row("unknown type", R"([{"name": "code", "type": "text"}])", "code", "type");
        row("multiValued as a string", R"([{"name": "code", "type": "string", "multiValued": "true"}])", "code",
            "multiValued");
        row("required as a number", R"([{"name": "code", "type": "string", "required": 1}])", "code", "required");
        row("caseExact as a string", R"([{"name": "code", "type": "string", "caseExact": "no"}])", "code", "caseExact");
        row("unknown mutability", R"([{"name": "code", "type": "string", "mutability": "sometimes"}])", "code",
            "mutability");
        row("unknown returned", R"([{"name": "code", "type": "string", "returned": "maybe"}])", "code", "returned");
        row("unknown uniqueness", R"([{"name": "code", "type": "string", "uniqueness": "tenant"}])", "code",
            "uniqueness");
        row("writeOnly returned by default",
            R"([{"name": "pin", "type": "string", "mutability": "writeOnly", "returned": "default"}])", "pin",
            "returned");
        row("unique multi-valued",
            R"([{"name": "codes", "type": "string", "multiValued": true, "uniqueness": "server"}])", "codes",
            "uniqueness");
        row("unique boolean", R"([{"name": "flag", "type": "boolean", "uniqueness": "server"}])", "flag", "uniqueness");
        row("unique sub-attribute",
            R"([{"name": "desk", "type": "complex", "subAttributes": [{"name": "no", "type": "string", "uniqueness": "server"}]}])",
            "desk.no", "uniqueness");
        row("canonicalValues on an integer", R"([{"name": "n", "type": "integer", "canonicalValues": ["1"]}])", "n",
            "canonicalValues");
        row("canonicalValues not strings", R"([{"name": "t", "type": "string", "canonicalValues": [1]}])", "t",
            "canonicalValues");
        row("canonical value twice", R"([{"name": "t", "type": "string", "canonicalValues": ["a", "A"]}])", "t",
            "canonicalValues");
        row("referenceTypes on a string", R"([{"name": "t", "type": "string", "referenceTypes": ["external"]}])", "t",
            "referenceTypes");
        row("reference without referenceTypes", R"([{"name": "link", "type": "reference"}])", "link", "referenceTypes");
        row("unknown reference type", R"([{"name": "link", "type": "reference", "referenceTypes": ["Device"]}])",
            "link", "referenceTypes");
        row("complex without sub-attributes", R"([{"name": "desk", "type": "complex"}])", "desk", "subAttributes");
        row("complex sub-attribute",
            R"([{"name": "desk", "type": "complex", "subAttributes": [{"name": "room", "type": "complex",
                "subAttributes": [{"name": "no", "type": "string"}]}]}])",
            "desk.room", "type");
        row("sub-attributes on a string",
            R"([{"name": "code", "type": "string", "subAttributes": [{"name": "x", "type": "string"}]}])", "code",
            "subAttributes");
        row("$ref that is no reference",
            R"([{"name": "boss", "type": "complex", "subAttributes": [{"name": "$ref", "type": "string"}]}])",
            "boss.$ref", "type");
        row("duplicate sub-attribute",
            R"([{"name": "desk", "type": "complex", "subAttributes": [{"name": "no", "type": "string"},
                                                                       {"name": "NO", "type": "string"}]}])",
            "desk.NO", "name");
        QByteArray many = "[";
        for (int i = 0; i <= 200; ++i)
            many += QStringLiteral(R"(%1{"name": "a%2", "type": "string"})").arg(i ? u"," : u"").arg(i).toUtf8();
        QTest::newRow("201 attributes")
            << QByteArray(R"({"resource_type": "User", "schema": {"id": "$URN", "attributes": )" + many + "]}}")
            << QString() << u"attributes"_s;
    }

    void declarationIsRefusedNamingTheAttribute()
    {
        QFETCH(QByteArray, declaration);
        QFETCH(QString, attribute);
        QFETCH(QString, characteristic);
        const HttpResponse response = m_engine->api("POST", schemasPath(m_engine->connection), body(declaration));
        const QJsonObject error = EngineHarness::json(response);
        QCOMPARE(response.status, 400);
        QCOMPARE(error.value(u"errorCode").toString(), u"invalid_schema"_s);
        QVERIFY2(error.value(u"message").toString().startsWith(u"Invalid schema: "), response.body.constData());
        bool named = false;
        for (const QJsonValue &detail : error.value(u"details").toArray()) {
            named = named || (detail[u"attribute"].toString() == attribute &&
                              detail[u"characteristic"].toString() == characteristic);
        }
        QVERIFY2(named, response.body.constData());
        // Nothing was stored.
        QCOMPARE(QJsonDocument::fromJson(m_engine->api("GET", schemasPath(m_engine->connection)).body).array().size(),
                 0);
    }

    void everyIssueIsReportedAtOnce()
    {
        const HttpResponse response =
            m_engine->api("POST", schemasPath(m_engine->connection),
                          body(R"({"resource_type": "User", "schema": {"id": "$URN", "attributes": [
                {"name": "a", "type": "text"}, {"name": "b", "type": "string", "returned": "sometimes"},
                {"name": "c", "type": "boolean", "uniqueness": "server"}]}})"));
        QCOMPARE(response.status, 400);
        QStringList attributes;
        for (const QJsonValue &detail : EngineHarness::json(response).value(u"details").toArray())
            attributes.append(detail[u"attribute"].toString());
        QCOMPARE(attributes, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    }

    void declarationIsAcceptedAndStoredInFull()
    {
        const HttpResponse created = m_engine->api("POST", schemasPath(m_engine->connection), acmeDeclaration());
        QCOMPARE(created.status, 201);
        const QJsonObject stored = EngineHarness::json(created);
        QCOMPARE(stored.value(u"resource_type").toString(), u"User"_s);
        const QJsonObject schema = stored.value(u"schema").toObject();
        QCOMPARE(schema.value(u"id").toString(), kUrn);
        QCOMPARE(schema.value(u"name").toString(), u"Acme"_s);
        QVERIFY(!schema.contains(u"meta"));
        // Defaults spelled out, as /Schemas shows them.
        const QJsonObject costCenter = schema.value(u"attributes").toArray().at(0).toObject();
        QCOMPARE(costCenter.value(u"mutability").toString(), u"readWrite"_s);
        QCOMPARE(costCenter.value(u"returned").toString(), u"default"_s);
        QCOMPARE(costCenter.value(u"uniqueness").toString(), u"none"_s);
        QCOMPARE(costCenter.value(u"multiValued").toBool(true), false);
        QCOMPARE(schema.value(u"attributes").toArray().size(), 13);
        const QJsonObject devices = schema.value(u"attributes").toArray().at(12).toObject();
        QCOMPARE(devices.value(u"subAttributes").toArray().size(), 3);

        // Names with '-' and '_', a $ref sub-attribute and a reference: accepted.
        QCOMPARE(m_engine
                     ->api("POST", schemasPath(m_engine->connection),
                           body(R"({"resource_type": "Group", "schema": {"id": "$GURN", "attributes": [
                               {"name": "cost-center_2", "type": "string"},
                               {"name": "owner", "type": "complex", "subAttributes": [
                                   {"name": "value", "type": "string"},
                                   {"name": "$ref", "type": "reference", "referenceTypes": ["User"]}]},
                               {"name": "site", "type": "reference", "referenceTypes": ["external", "uri"]}]}})"))
                     .status,
                 201);

        // List, one by URL-encoded URN (any case), and a second POST of the same URN.
        const QJsonArray list =
            QJsonDocument::fromJson(m_engine->api("GET", schemasPath(m_engine->connection)).body).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject(), stored);
        const HttpResponse one = m_engine->api("GET", schemasPath(m_engine->connection, kUrn.toUpper()));
        QCOMPARE(one.status, 200);
        QCOMPARE(EngineHarness::json(one), stored);
        const HttpResponse again = m_engine->api("POST", schemasPath(m_engine->connection), acmeDeclaration());
        QCOMPARE(again.status, 409);
        QCOMPARE(EngineHarness::json(again).value(u"errorCode").toString(), u"schema_exists"_s);
        // Overlapping URNs would make attribute paths ambiguous.
        const HttpResponse overlap =
            m_engine->api("POST", schemasPath(m_engine->connection),
                          body(R"({"resource_type": "User", "schema": {"id": "$URN:sub", "attributes": []}})"));
        QCOMPARE(overlap.status, 400);
        QVERIFY(overlap.body.contains("overlap"));
    }

    void declarationsAreReplacedAndDeleted()
    {
        QCOMPARE(m_engine->api("POST", schemasPath(m_engine->connection), acmeDeclaration()).status, 201);
        const HttpResponse replaced = m_engine->api(
            "PUT", schemasPath(m_engine->connection, kUrn),
            body(R"({"schema": {"name": "Acme 2", "attributes": [{"name": "costCenter", "type": "string"}]}})"));
        QCOMPARE(replaced.status, 200);
        QCOMPARE(EngineHarness::json(replaced)[u"schema"][u"name"].toString(), u"Acme 2"_s);
        QCOMPARE(EngineHarness::json(replaced)[u"schema"][u"id"].toString(), kUrn);
        QCOMPARE(EngineHarness::json(replaced)[u"resource_type"].toString(), u"User"_s);
        // A schema keeps its URN and its resource type.
        QCOMPARE(m_engine
                     ->api("PUT", schemasPath(m_engine->connection, kUrn),
                           body(R"({"schema": {"id": "urn:example:other", "attributes": []}})"))
                     .status,
                 400);
        QCOMPARE(m_engine
                     ->api("PUT", schemasPath(m_engine->connection, kUrn),
                           body(R"({"resource_type": "Group", "schema": {"attributes": []}})"))
                     .status,
                 400);
        QCOMPARE(
            m_engine->api("PUT", schemasPath(m_engine->connection, u"urn:example:none"_s), acmeDeclaration()).status,
            404);
        QCOMPARE(m_engine->api("DELETE", schemasPath(m_engine->connection, kUrn)).status, 204);
        const HttpResponse gone = m_engine->api("DELETE", schemasPath(m_engine->connection, kUrn));
        QCOMPARE(gone.status, 404);
        QCOMPARE(EngineHarness::json(gone).value(u"errorCode").toString(), u"inexistent_schema"_s);
        QCOMPARE(m_engine->api("GET", schemasPath(m_engine->connection, kUrn)).status, 404);
        // Without SCIM there is nothing to declare.
        m_engine->api("DELETE", QStringLiteral("/api/v2/connections/%1/scim-configuration").arg(m_engine->connection));
        QCOMPARE(m_engine->api("GET", schemasPath(m_engine->connection)).status, 404);
        QCOMPARE(m_engine->api("GET", schemasPath(u"con_nope"_s)).status, 404);
    }

    void dryRunValidatesWithoutStoring()
    {
        // ?dry_run=true answers what would be stored, or the same 400, and stores nothing (the console's import).
        const QString path = schemasPath(m_engine->connection) + u"?dry_run=true"_s;
        const HttpResponse checked = m_engine->api("POST", path, acmeDeclaration());
        QCOMPARE(checked.status, 200);
        QCOMPARE(EngineHarness::json(checked)[u"schema"][u"id"].toString(), kUrn);
        QCOMPARE(EngineHarness::json(checked)[u"schema"][u"attributes"][0][u"mutability"].toString(), u"readWrite"_s);
        QCOMPARE(QJsonDocument::fromJson(m_engine->api("GET", schemasPath(m_engine->connection)).body).array().size(),
                 0);
        const HttpResponse refused = m_engine->api(
            "POST", path,
            body(
                R"({"resource_type": "User", "schema": {"id": "$URN", "attributes": [{"name": "a", "type": "text"}]}})"));
        QCOMPARE(refused.status, 400);
        QCOMPARE(EngineHarness::json(refused)[u"details"][0][u"attribute"].toString(), u"a"_s);
        QCOMPARE(
            m_engine->api("POST", schemasPath(m_engine->connection) + u"?dry_run=maybe"_s, acmeDeclaration()).status,
            400);
        // PUT too: the stored declaration stays as it was.
        declareAcme();
        const HttpResponse replaced = m_engine->api(
            "PUT", schemasPath(m_engine->connection, kUrn) + u"?dry_run=true"_s,
            body(R"({"schema": {"name": "Acme 2", "attributes": [{"name": "costCenter", "type": "string"}]}})"));
        QCOMPARE(replaced.status, 200);
        QCOMPARE(EngineHarness::json(replaced)[u"schema"][u"name"].toString(), u"Acme 2"_s);
        QCOMPARE(EngineHarness::json(m_engine->api("GET", schemasPath(m_engine->connection, kUrn)))[u"schema"][u"name"]
                     .toString(),
                 u"Acme"_s);
    }

    // --- Discovery -------------------------------------------------------------------------------------------

    void discoveryShowsDeclaredSchemas()
    {
        QCOMPARE(m_engine->scim("GET", u"/Schemas"_s).status, 200);
        const int before =
            int(EngineHarness::json(m_engine->scim("GET", u"/Schemas"_s)).value(u"totalResults").toInt());
        declareAcme();
        QCOMPARE(m_engine
                     ->api("POST", schemasPath(m_engine->connection),
                           body(R"({"resource_type": "Group", "schema": {"id": "$GURN", "name": "Acme group",
                                        "attributes": [{"name": "budget", "type": "decimal"}]}})"))
                     .status,
                 201);
        const QJsonObject schemas = EngineHarness::json(m_engine->scim("GET", u"/Schemas"_s));
        QCOMPARE(schemas.value(u"totalResults").toInt(), before + 2);
        const HttpResponse one = m_engine->scim("GET", u"/Schemas/"_s + kUrn);
        QCOMPARE(one.status, 200);
        QCOMPARE(EngineHarness::json(one).value(u"attributes").toArray().size(), 13);
        QVERIFY(EngineHarness::json(one)[u"meta"][u"location"].toString().endsWith(u"/Schemas/"_s + kUrn));
        const QJsonObject user = EngineHarness::json(m_engine->scim("GET", u"/ResourceTypes/User"_s));
        const QJsonArray extensions = user.value(u"schemaExtensions").toArray();
        QCOMPARE(extensions.size(), 2);
        QCOMPARE(extensions.at(1)[u"schema"].toString(), kUrn);
        QCOMPARE(extensions.at(1)[u"required"].toBool(true), false);
        const QJsonObject group = EngineHarness::json(m_engine->scim("GET", u"/ResourceTypes/Group"_s));
        QCOMPARE(group[u"schemaExtensions"][0][u"schema"].toString(), kGroupUrn);
        // The editors' view of the connection's schemas, per resource type.
        const QJsonObject forMapping = EngineHarness::json(m_engine->api(
            "GET", QStringLiteral("/api/v2/connections/%1/scim-configuration/schemas").arg(m_engine->connection)));
        QCOMPARE(forMapping.value(u"Resources").toArray().size(), 3);
        QCOMPARE(forMapping[u"Resources"][2][u"id"].toString(), kUrn);
        const QJsonObject groups = EngineHarness::json(
            m_engine->api("GET", QStringLiteral("/api/v2/connections/%1/scim-configuration/schemas?resource_type=Group")
                                     .arg(m_engine->connection)));
        QCOMPARE(groups[u"Resources"][1][u"id"].toString(), kGroupUrn);
        QCOMPARE(
            m_engine
                ->api("GET", QStringLiteral("/api/v2/connections/%1/scim-configuration/schemas?resource_type=Device")
                                 .arg(m_engine->connection))
                .status,
            400);
        // Deleted: gone from discovery with the next request.
        QCOMPARE(m_engine->api("DELETE", schemasPath(m_engine->connection, kUrn)).status, 204);
        QCOMPARE(m_engine->scim("GET", u"/Schemas/"_s + kUrn).status, 404);
    }

    // --- Declared attributes in every shape ------------------------------------------------------------------

    void declaredAttributesRoundTripInEveryShape()
    {
        declareAcme();
        // Nested under the URN, not listed in schemas (Entra's create).
        const QString id = create(R"({"userName": "a@x.example", "$URN": {"costCenter": "CC-9", "clearance": "L1",
            "seats": 3, "hired": "2024-04-01T09:00:00Z", "remote": "True", "skills": ["sql", "c++"],
            "desk": {"building": "B2", "floor": 4},
            "devices": [{"type": "laptop", "serial": "SN-1", "primary": true}]}})");
        QJsonObject user = get(id);
        QVERIFY(user.value(u"schemas").toArray().contains(kUrn));
        QCOMPARE(at(user, kUrn, u"costCenter"_s).toString(), u"CC-9"_s);
        QCOMPARE(at(user, kUrn, u"remote"_s), QJsonValue(true)); // "True" as Entra sends booleans
        QCOMPARE(at(user, kUrn, u"desk"_s)[u"floor"].toInt(), 4);
        QCOMPARE(at(user, kUrn, u"skills"_s).toArray().size(), 2);

        // Entra's flattened keys at the top level, with ':' and Auth0's '.' before the attribute.
        const QString flat = create(R"({"userName": "b@x.example", "$URN:costCenter": "CC-1", "$URN:clearance": "L2",
                                        "$URN.seats": 7, "$URN:desk.building": "B9"})");
        user = get(flat);
        QCOMPARE(at(user, kUrn, u"costCenter"_s).toString(), u"CC-1"_s);
        QCOMPARE(at(user, kUrn, u"seats"_s).toInt(), 7);
        QCOMPARE(at(user, kUrn, u"desk"_s)[u"building"].toString(), u"B9"_s);

        // PATCH paths with ':' and '.', add/replace/remove on attributes and sub-attributes.
        QCOMPARE(patch(id, R"([{"op": "Replace", "path": "$URN:costCenter", "value": "CC-10"},
                               {"op": "add", "path": "$URN.seats", "value": 4},
                               {"op": "replace", "path": "$URN:desk.floor", "value": 5},
                               {"op": "add", "path": "$URN:skills", "value": ["go"]},
                               {"op": "add", "path": "$URN:devices", "value": [{"type": "phone", "serial": "SN-2"}]},
                               {"op": "remove", "path": "$URN:hired"}])"),
                 204);
        user = get(id);
        QCOMPARE(at(user, kUrn, u"costCenter"_s).toString(), u"CC-10"_s);
        QCOMPARE(at(user, kUrn, u"seats"_s).toInt(), 4);
        QCOMPARE(at(user, kUrn, u"desk"_s)[u"floor"].toInt(), 5);
        QCOMPARE(at(user, kUrn, u"desk"_s)[u"building"].toString(), u"B2"_s);
        QCOMPARE(at(user, kUrn, u"skills"_s).toArray().size(), 3);
        QCOMPARE(at(user, kUrn, u"devices"_s).toArray().size(), 2);
        QVERIFY(!user.value(kUrn).toObject().contains(u"hired"));

        // Value paths inside a complex multi-valued extension attribute.
        const QByteArray byValuePath = R"([{"op": "replace", "path": "$URN:devices[type eq $Qphone$Q].serial",
                                            "value": "SN-3"},
                                           {"op": "remove", "path": "$URN:devices[type eq $Qlaptop$Q]"}])";
        QCOMPARE(patch(id, byValuePath), 204);
        user = get(id);
        QCOMPARE(at(user, kUrn, u"devices"_s).toArray().size(), 1);
        QCOMPARE(at(user, kUrn, u"devices"_s)[0][u"serial"].toString(), u"SN-3"_s);

        // Path-less values with URN keys (Entra with aadOptscim062020) and the whole extension object.
        QCOMPARE(patch(id, R"([{"op": "replace", "value": {"$URN:costCenter": "CC-11", "$URN:desk.building": "B3",
                                                            "$URN": {"tier": "gold"}}}])"),
                 204);
        user = get(id);
        QCOMPARE(at(user, kUrn, u"costCenter"_s).toString(), u"CC-11"_s);
        QCOMPARE(at(user, kUrn, u"desk"_s)[u"building"].toString(), u"B3"_s);
        QCOMPARE(at(user, kUrn, u"tier"_s).toString(), u"gold"_s);

        // Removing the whole extension fails: clearance is required once the extension is used... and is removed
        // with it, which RFC 7644 §3.5.2 refuses for required attributes.
        QCOMPARE(patch(id, R"([{"op": "remove", "path": "$URN:clearance"}])"), 400);
        QCOMPARE(patch(id, R"([{"op": "remove", "path": "$URN"}])"), 400);

        // PUT replaces the extension as a whole.
        const HttpResponse put =
            m_engine->scim("PUT", u"/Users/"_s + id,
                           body(R"({"userName": "a@x.example", "$URN": {"clearance": "L3", "employeeCode": "E1"}})"));
        QCOMPARE(put.status, 200);
        user = EngineHarness::json(put);
        QCOMPARE(user.value(kUrn).toObject().keys(), (QStringList{u"clearance"_s, u"employeeCode"_s}));
    }

    void bulkWritesExtensionAttributes()
    {
        declareAcme();
        const HttpResponse response =
            m_engine->scim("POST", u"/Bulk"_s,
                           body(R"({"schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"], "Operations": [
                {"method": "POST", "path": "/Users", "bulkId": "u1",
                 "data": {"userName": "bulk1@x.example", "$URN": {"clearance": "L1", "badge": "B-1"}}},
                {"method": "PATCH", "path": "/Users/bulkId:u1",
                 "data": {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                          "Operations": [{"op": "add", "path": "$URN:costCenter", "value": "CC-5"}]}},
                {"method": "POST", "path": "/Users", "bulkId": "u2",
                 "data": {"userName": "bulk2@x.example", "$URN": {"clearance": "L1", "badge": "B-1"}}},
                {"method": "POST", "path": "/Users", "bulkId": "u3",
                 "data": {"userName": "bulk3@x.example", "$UNDECLARED": {"floor": "3"}}}]})"));
        QCOMPARE(response.status, 200);
        const QJsonArray results = EngineHarness::json(response).value(u"Operations").toArray();
        QCOMPARE(results.at(0)[u"status"].toString(), u"201"_s);
        QCOMPARE(results.at(1)[u"status"].toString(), u"204"_s);
        QCOMPARE(results.at(2)[u"status"].toString(), u"409"_s);
        QCOMPARE(results.at(2)[u"response"][u"scimType"].toString(), u"uniqueness"_s);
        QCOMPARE(results.at(3)[u"status"].toString(), u"201"_s);
        const QString id = results.at(0)[u"location"].toString().section(u'/', -1);
        QCOMPARE(at(get(id), kUrn, u"costCenter"_s).toString(), u"CC-5"_s);
        const QString third = results.at(3)[u"location"].toString().section(u'/', -1);
        QCOMPARE(at(get(third), kUndeclared, u"floor"_s).toString(), u"3"_s);
    }

    // --- Characteristics ------------------------------------------------------------------------------------

    void typesRequiredAndCanonicalValuesAreChecked_data()
    {
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QString>("named");
        QTest::newRow("string as number")
            << QByteArray(R"({"$URN": {"clearance": "L", "costCenter": 9}})") << kUrn + u":costCenter"_s;
        QTest::newRow("integer as string")
            << QByteArray(R"({"$URN": {"clearance": "L", "seats": "3"}})") << kUrn + u":seats"_s;
        QTest::newRow("integer with a fraction")
            << QByteArray(R"({"$URN": {"clearance": "L", "seats": 2.5}})") << kUrn + u":seats"_s;
        QTest::newRow("dateTime not xsd")
            << QByteArray(R"({"$URN": {"clearance": "L", "hired": "01/04/2024"}})") << kUrn + u":hired"_s;
        QTest::newRow("boolean as other string")
            << QByteArray(R"({"$URN": {"clearance": "L", "remote": "yes"}})") << kUrn + u":remote"_s;
        QTest::newRow("single-valued as array")
            << QByteArray(R"({"$URN": {"clearance": "L", "costCenter": ["a"]}})") << kUrn + u":costCenter"_s;
        QTest::newRow("sub-attribute type")
            << QByteArray(R"({"$URN": {"clearance": "L", "desk": {"floor": "4"}}})") << kUrn + u":desk.floor"_s;
        QTest::newRow("outside canonicalValues")
            << QByteArray(R"({"$URN": {"clearance": "L", "tier": "platinum"}})") << kUrn + u":tier"_s;
        QTest::newRow("required missing once the extension is used")
            << QByteArray(R"({"$URN": {"costCenter": "C"}})") << kUrn + u":clearance"_s;
        QTest::newRow("flattened key of the wrong type")
            << QByteArray(R"({"$URN:seats": true, "$URN:clearance": "L"})") << kUrn + u":seats"_s;
    }

    void typesRequiredAndCanonicalValuesAreChecked()
    {
        QFETCH(QByteArray, user);
        QFETCH(QString, named);
        declareAcme();
        QJsonObject payload = body(user);
        payload.insert(u"userName"_s, u"c@x.example"_s);
        const HttpResponse response = m_engine->scim("POST", u"/Users"_s, payload);
        QCOMPARE(response.status, 400);
        QCOMPARE(EngineHarness::json(response).value(u"scimType").toString(), u"invalidValue"_s);
        QVERIFY2(EngineHarness::json(response).value(u"detail").toString().contains(named), response.body.constData());
    }

    void canonicalValuesFollowCaseExact()
    {
        declareAcme();
        const QString id = create(R"({"userName": "c@x.example", "$URN": {"clearance": "L", "tier": "GOLD"}})");
        QCOMPARE(at(get(id), kUrn, u"tier"_s).toString(), u"GOLD"_s); // stored as sent
    }

    void mutabilityAndReturnedApply()
    {
        declareAcme();
        const QString id = create(R"({"userName": "m@x.example", "$URN": {"clearance": "L", "secret": "s3",
                                      "note": "n", "employeeCode": "E-1"}})");
        QJsonObject user = get(id);
        // writeOnly/returned never: accepted, never shown; returned request: only when asked for.
        QVERIFY(!user.value(kUrn).toObject().contains(u"secret"));
        QVERIFY(!user.value(kUrn).toObject().contains(u"note"));
        QCOMPARE(at(get(id, u"?attributes="_s + kUrn + u":note"_s), kUrn, u"note"_s).toString(), u"n"_s);
        // immutable: the same value again is fine, another is a mutability error.
        QCOMPARE(patch(id, R"([{"op": "replace", "path": "$URN:employeeCode", "value": "E-1"}])"), 204);
        const HttpResponse changed = m_engine->scim(
            "PATCH", u"/Users/"_s + id, patchOp(R"([{"op": "replace", "path": "$URN:employeeCode", "value": "E-2"}])"));
        QCOMPARE(changed.status, 400);
        QCOMPARE(EngineHarness::json(changed).value(u"scimType").toString(), u"mutability"_s);
    }

    // --- Queries ---------------------------------------------------------------------------------------------

    void filtersSortingAndAttributesWorkOnExtensionAttributes()
    {
        declareAcme();
        const QString a = create(R"({"userName": "a@x.example", "$URN": {"clearance": "L", "costCenter": "CC-9",
            "badge": "Bx", "seats": 5, "devices": [{"type": "door", "serial": "7"}]}})");
        const QString b = create(R"({"userName": "b@x.example", "$URN": {"clearance": "L", "costCenter": "CC-1",
            "badge": "bx", "seats": 2, "devices": [{"type": "door", "serial": "8"}]}})");
        const QString c = create(R"({"userName": "c@x.example"})");

        const auto ids = [this](const QString &query) {
            QStringList found;
            const HttpResponse response = m_engine->scim("GET", u"/Users?"_s + query);
            if (response.status != 200)
                qWarning("%s", response.body.constData());
            for (const QJsonValue &resource : EngineHarness::json(response).value(u"Resources").toArray())
                found.append(resource[u"id"].toString());
            return found;
        };
        const QString enc = QString::fromLatin1(QUrl::toPercentEncoding(kUrn));
        // caseExact false: eq ignores case; caseExact true: it does not.
        QCOMPARE(ids(u"filter="_s + enc + u"%3AcostCenter%20eq%20%22cc-9%22"_s), QStringList{a});
        QCOMPARE(ids(u"filter="_s + enc + u"%3Abadge%20eq%20%22bx%22"_s), QStringList{b});
        QCOMPARE(ids(u"filter="_s + enc + u"%3Aseats%20ge%203"_s), QStringList{a});
        QCOMPARE(ids(u"filter="_s + enc + u"%3AcostCenter%20pr"_s), (QStringList{a, b}));
        QCOMPARE(ids(u"filter=not%20("_s + enc + u"%3AcostCenter%20pr)"_s), QStringList{c});
        // A value path inside a complex multi-valued extension attribute, with '.' after the URN too.
        QCOMPARE(ids(u"filter="_s + enc + u".devices%5Btype%20eq%20%22door%22%20and%20serial%20eq%20%228%22%5D"_s),
                 QStringList{b});
        QCOMPARE(ids(u"filter="_s + enc + u"%3Adevices.serial%20eq%20%227%22"_s), QStringList{a});
        // Sorting, missing values last.
        QCOMPARE(ids(u"sortBy="_s + enc + u"%3Aseats"_s), (QStringList{b, a, c}));
        QCOMPARE(ids(u"sortBy="_s + enc + u"%3Aseats&sortOrder=descending"_s), (QStringList{a, b, c}));
        // attributes / excludedAttributes.
        QJsonObject user = get(a, u"?attributes="_s + kUrn + u":costCenter"_s);
        QCOMPARE(user.value(kUrn).toObject().keys(), QStringList{u"costCenter"_s});
        QVERIFY(!user.contains(u"userName"));
        user = get(a, u"?excludedAttributes="_s + kUrn + u":costCenter,"_s + kUrn + u":devices"_s);
        QVERIFY(!user.value(kUrn).toObject().contains(u"costCenter"));
        QVERIFY(user.value(kUrn).toObject().contains(u"seats"));
        user = get(a, u"?excludedAttributes="_s + kUrn);
        QVERIFY(!user.contains(kUrn));
        // An undeclared attribute cannot be filtered on: the filter names it.
        const HttpResponse undeclared =
            m_engine->scim("GET", u"/Users?filter="_s + QString::fromLatin1(QUrl::toPercentEncoding(kUndeclared)) +
                                      u"%3Afloor%20eq%20%223%22"_s);
        QCOMPARE(undeclared.status, 400);
        QCOMPARE(EngineHarness::json(undeclared).value(u"scimType").toString(), u"invalidFilter"_s);
    }

    // --- Uniqueness ------------------------------------------------------------------------------------------

    void serverUniquenessIsEnforcedByTheStore()
    {
        declareAcme();
        const QString a = create(R"({"userName": "a@x.example", "$URN": {"clearance": "L", "badge": "B-1"}})");
        // caseExact: B-1 and b-1 are different values.
        const QString b = create(R"({"userName": "b@x.example", "$URN": {"clearance": "L", "badge": "b-1"}})");
        QVERIFY(!b.isEmpty());
        const HttpResponse taken = m_engine->scim(
            "POST", u"/Users"_s, body(R"({"userName": "c@x.example", "$URN": {"clearance": "L", "badge": "B-1"}})"));
        QCOMPARE(taken.status, 409);
        QCOMPARE(EngineHarness::json(taken).value(u"scimType").toString(), u"uniqueness"_s);
        QVERIFY(EngineHarness::json(taken).value(u"detail").toString().contains(kUrn + u":badge 'B-1'"_s));
        // The refused user was not stored at all.
        QCOMPARE(EngineHarness::json(m_engine->scim("GET", u"/Users"_s)).value(u"totalResults").toInt(), 2);
        // PATCH and PUT onto a taken value; keeping one's own value is fine.
        QCOMPARE(patch(b, R"([{"op": "replace", "path": "$URN:badge", "value": "B-1"}])"), 409);
        QCOMPARE(patch(a, R"([{"op": "replace", "path": "$URN:badge", "value": "B-1"}])"), 204);
        QCOMPARE(
            m_engine
                ->scim("PUT", u"/Users/"_s + a,
                       body(R"({"userName": "a@x.example", "$URN": {"clearance": "L", "badge": "B-1", "seats": 1}})"))
                .status,
            200);
        // Freed by a change and by a delete.
        QCOMPARE(patch(a, R"([{"op": "replace", "path": "$URN:badge", "value": "B-2"}])"), 204);
        QCOMPARE(patch(b, R"([{"op": "replace", "path": "$URN:badge", "value": "B-1"}])"), 204);
        QCOMPARE(m_engine->scim("DELETE", u"/Users/"_s + a).status, 204);
        QVERIFY(!create(R"({"userName": "d@x.example", "$URN": {"clearance": "L", "badge": "B-2"}})").isEmpty());

        // Declaring uniqueness over values two users share is refused; nothing changes.
        QCOMPARE(patch(b, R"([{"op": "add", "path": "$URN:costCenter", "value": "CC-1"}])"), 204);
        create(R"({"userName": "e@x.example", "$URN": {"clearance": "L", "costCenter": "cc-1"}})");
        QJsonObject declaration = acmeDeclaration();
        QJsonObject schema = declaration.value(u"schema").toObject();
        QJsonArray attributes = schema.value(u"attributes").toArray();
        QJsonObject costCenter = attributes.at(0).toObject();
        costCenter.insert(u"uniqueness"_s, u"server"_s);
        attributes.replace(0, costCenter);
        schema.insert(u"attributes"_s, attributes);
        declaration.insert(u"schema"_s, schema);
        const HttpResponse conflict = m_engine->api("PUT", schemasPath(m_engine->connection, kUrn), declaration);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(EngineHarness::json(conflict).value(u"errorCode").toString(), u"unique_conflict"_s);
        QCOMPARE(EngineHarness::json(m_engine->api(
                     "GET", schemasPath(m_engine->connection, kUrn)))[u"schema"][u"attributes"][0][u"uniqueness"]
                     .toString(),
                 u"none"_s);
        // Once the values differ, it is accepted and enforced from then on, case-insensitively (caseExact false).
        QCOMPARE(patch(b, R"([{"op": "replace", "path": "$URN:costCenter", "value": "CC-2"}])"), 204);
        QCOMPARE(m_engine->api("PUT", schemasPath(m_engine->connection, kUrn), declaration).status, 200);
        QCOMPARE(m_engine
                     ->scim("POST", u"/Users"_s,
                            body(R"({"userName": "f@x.example", "$URN": {"clearance": "L", "costCenter": "CC-1"}})"))
                     .status,
                 409);
        // Dropping uniqueness again frees the values.
        QCOMPARE(m_engine->api("PUT", schemasPath(m_engine->connection, kUrn), acmeDeclaration()).status, 200);
        QVERIFY(!create(R"({"userName": "g@x.example", "$URN": {"clearance": "L", "costCenter": "CC-1"}})").isEmpty());
    }

    void uniquenessHoldsForGroupExtensions()
    {
        QCOMPARE(m_engine
                     ->api("POST", schemasPath(m_engine->connection),
                           body(R"({"resource_type": "Group", "schema": {"id": "$GURN",
                                   "attributes": [{"name": "code", "type": "string", "uniqueness": "server"}]}})"))
                     .status,
                 201);
        QVERIFY(!m_engine->create(u"/Groups"_s, body(R"({"displayName": "One", "$GURN": {"code": "G1"}})")).isEmpty());
        const HttpResponse taken =
            m_engine->scim("POST", u"/Groups"_s, body(R"({"displayName": "Two", "$GURN": {"code": "g1"}})"));
        QCOMPARE(taken.status, 409);
        const QString two = m_engine->create(u"/Groups"_s, body(R"({"displayName": "Two", "$GURN": {"code": "G2"}})"));
        QCOMPARE(m_engine
                     ->scim("PATCH", u"/Groups/"_s + two,
                            patchOp(R"([{"op": "replace", "path": "$GURN:code", "value": "G1"}])"))
                     .status,
                 409);
    }

    // --- Undeclared attributes -------------------------------------------------------------------------------

    void undeclaredAttributesAreKeptAsSentByDefault()
    {
        ScimRequestInfo info;
        const HttpResponse created =
            scim("POST", u"/Users"_s, body(R"({"userName": "u@x.example", "adreses": [{"locality": "x"}],
                          "$UNDECLARED": {"costCenterCode": "CC-9", "tags": ["a", "b"], "meta": {"level": 2}},
                          "$UNDECLARED:officeFloor": "7",
                          "urn:example:okta:custom:Space": {"color": "blue"},
                          "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:example:okta:custom:Space"]})"),
                 &info);
        QCOMPARE(created.status, 201);
        const QJsonObject user = EngineHarness::json(created);
        QCOMPARE(user.value(kUndeclared).toObject(),
                 body(R"({"costCenterCode": "CC-9", "tags": ["a", "b"], "meta": {"level": 2}, "officeFloor": "7"})"));
        QCOMPARE(user[u"urn:example:okta:custom:Space"][u"color"].toString(), u"blue"_s);
        QVERIFY(user.value(u"schemas").toArray().contains(kUndeclared));
        QVERIFY(user.value(u"schemas").toArray().contains(u"urn:example:okta:custom:Space"_s));
        QVERIFY(!user.contains(u"adreses"));
        // The request log learns what was ignored and what was kept undeclared.
        QCOMPARE(info.ignoredAttributes, QStringList{u"adreses"_s});
        QVERIFY(info.undeclaredAttributes.contains(kUndeclared + u":officeFloor"_s));
        const QString id = user.value(u"id").toString();
        QCOMPARE(get(id).value(kUndeclared), user.value(kUndeclared));

        // PATCH: by path (':' before the attribute), sub-attribute, path-less flattened keys, whole extension.
        QCOMPARE(patch(id, R"([{"op": "replace", "path": "$UNDECLARED:costCenterCode", "value": "CC-10"},
                               {"op": "add", "path": "$UNDECLARED:tags", "value": ["c", "a"]},
                               {"op": "replace", "path": "$UNDECLARED:meta.level", "value": 3},
                               {"op": "replace", "value": {"$UNDECLARED:officeFloor": "8", "$UNDECLARED:newOne": true}},
                               {"op": "remove", "path": "urn:example:okta:custom:Space"}])"),
                 204);
        QJsonObject patched = get(id);
        QCOMPARE(patched.value(kUndeclared).toObject(),
                 body(R"({"costCenterCode": "CC-10", "tags": ["a", "b", "c"], "meta": {"level": 3}, "officeFloor": "8",
                          "newOne": true})"));
        QVERIFY(!patched.contains(u"urn:example:okta:custom:Space"));
        QVERIFY(!patched.value(u"schemas").toArray().contains(u"urn:example:okta:custom:Space"_s));
        QCOMPARE(patch(id, R"([{"op": "remove", "path": "$UNDECLARED:tags", "value": ["a"]},
                               {"op": "remove", "path": "$UNDECLARED:newOne"}])"),
                 204);
        patched = get(id);
        QCOMPARE(patched.value(kUndeclared)[u"tags"].toArray(), (QJsonArray{u"b"_s, u"c"_s}));
        QVERIFY(!patched.value(kUndeclared).toObject().contains(u"newOne"));
        // Value filters need a declaration (there is no type to compare by).
        const QByteArray undeclaredFilter = R"([{"op": "remove", "path": "$UNDECLARED:tags[value eq $Qb$Q]"}])";
        QCOMPARE(patch(id, undeclaredFilter), 400);
        // excludedAttributes and attributes work on a whole undeclared extension.
        QVERIFY(!get(id, u"?excludedAttributes="_s + kUndeclared).contains(kUndeclared));
        QVERIFY(get(id, u"?attributes=userName,"_s + kUndeclared).contains(kUndeclared));
        QVERIFY(!get(id, u"?attributes=userName"_s).contains(kUndeclared));

        // Unknown attributes of the declared enterprise extension are kept the same way.
        QCOMPARE(
            patch(id,
                  R"([{"op": "add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenterCode",
                                 "value": "E-1"}])"),
            204);
        QCOMPARE(at(get(id), u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"_s, u"costCenterCode"_s)
                     .toString(),
                 u"E-1"_s);
        // An unknown core attribute in a PATCH path is still an invalid path.
        QCOMPARE(patch(id, R"([{"op": "add", "path": "favouriteColour", "value": "x"}])"), 400);
    }

    void undeclaredPolicyIgnoreAndReject()
    {
        const QString connection = m_engine->connection;
        const auto setPolicy = [&](const QString &policy) {
            return m_engine->api("PATCH", u"/api/v2/connections/"_s + connection,
                                 QJsonObject{{u"options"_s, QJsonObject{{u"scim_unknown_attributes"_s, policy}}}});
        };
        const HttpResponse bad = setPolicy(u"drop"_s);
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.body.contains("scim_unknown_attributes"));
        QCOMPARE(setPolicy(u"ignore"_s).status, 200);
        QCOMPARE(EngineHarness::json(m_engine->api("GET", u"/api/v2/connections/"_s +
                                                              connection))[u"options"][u"scim_unknown_attributes"]
                     .toString(),
                 u"ignore"_s);

        ScimRequestInfo info;
        const HttpResponse ignored =
            scim("POST", u"/Users"_s, body(R"({"userName": "i@x.example", "$UNDECLARED": {"floor": "7"}})"), &info);
        QCOMPARE(ignored.status, 201);
        const QString id = EngineHarness::json(ignored).value(u"id").toString();
        QVERIFY(!EngineHarness::json(ignored).contains(kUndeclared));
        QCOMPARE(info.ignoredAttributes, QStringList{kUndeclared + u":floor"_s});
        QCOMPARE(patch(id, R"([{"op": "add", "path": "$UNDECLARED:floor", "value": "8"}])"), 204);
        QVERIFY(!get(id).contains(kUndeclared));

        QCOMPARE(setPolicy(u"reject"_s).status, 200);
        const HttpResponse rejected =
            m_engine->scim("POST", u"/Users"_s, body(R"({"userName": "r@x.example", "$UNDECLARED:floor": "7"})"));
        QCOMPARE(rejected.status, 400);
        QCOMPARE(EngineHarness::json(rejected).value(u"scimType").toString(), u"invalidValue"_s);
        QVERIFY(EngineHarness::json(rejected).value(u"detail").toString().contains(kUndeclared + u":floor"_s));
        const HttpResponse rejectedPath = m_engine->scim(
            "PATCH", u"/Users/"_s + id, patchOp(R"([{"op": "add", "path": "$UNDECLARED:floor", "value": "8"}])"));
        QCOMPARE(rejectedPath.status, 400);
        QCOMPARE(EngineHarness::json(rejectedPath).value(u"scimType").toString(), u"invalidPath"_s);
        // Unknown core attributes stay ignored whatever the policy (the Microsoft validator's misspelled attribute).
        QCOMPARE(m_engine->scim("POST", u"/Users"_s, body(R"({"userName": "r@x.example", "adreses": []})")).status,
                 201);
        // Declared attributes are not affected.
        declareAcme();
        QVERIFY(!create(R"({"userName": "d@x.example", "$URN": {"clearance": "L"}})").isEmpty());
    }

    void undeclaredSurveyCountsAndInfers()
    {
        declareAcme();
        create(R"({"userName": "a@x.example", "$UNDECLARED": {"floor": 7, "start": "2024-01-02T03:04:05Z",
                   "site": "$HTTPSintranet.example/a", "pets": [{"name": "Rex", "age": 3}]},
                   "$URN": {"clearance": "L", "extra": true}})");
        create(R"({"userName": "b@x.example", "$UNDECLARED": {"floor": 7.5, "start": "soon"}})");
        create(R"({"userName": "c@x.example", "$UNDECLARED:floor": 2})");
        m_engine->create(u"/Groups"_s, body(R"({"displayName": "G", "$UNDECLARED": {"x": "y"}})"));
        const HttpResponse response =
            m_engine->api("GET", QStringLiteral("/api/v2/connections/%1/scim-configuration/undeclared-attributes")
                                     .arg(m_engine->connection));
        QCOMPARE(response.status, 200);
        const QJsonObject survey = EngineHarness::json(response);
        QCOMPARE(survey[u"scanned"][u"User"].toInt(), 3);
        QCOMPARE(survey[u"scanned"][u"Group"].toInt(), 1);
        QHash<QString, QJsonObject> byPath;
        for (const QJsonValue &entry : survey.value(u"attributes").toArray())
            byPath.insert(entry[u"resource_type"].toString() + u' ' + entry[u"path"].toString(), entry.toObject());
        QCOMPARE(byPath.size(), 6);
        const QJsonObject floor = byPath.value(u"User "_s + kUndeclared + u":floor"_s);
        QCOMPARE(floor[u"resources"].toInt(), 3);
        QCOMPARE(floor[u"schema_declared"].toBool(true), false);
        QCOMPARE(floor[u"definition"][u"type"].toString(), u"decimal"_s); // 7, 7.5 and 2
        QCOMPARE(byPath.value(u"User "_s + kUndeclared + u":start"_s)[u"definition"][u"type"].toString(), u"string"_s);
        QCOMPARE(byPath.value(u"User "_s + kUndeclared + u":site"_s)[u"definition"][u"type"].toString(),
                 u"reference"_s);
        const QJsonObject pets = byPath.value(u"User "_s + kUndeclared + u":pets"_s)[u"definition"].toObject();
        QCOMPARE(pets[u"type"].toString(), u"complex"_s);
        QCOMPARE(pets[u"multiValued"].toBool(), true);
        QHash<QString, QString> petTypes;
        for (const QJsonValue &sub : pets[u"subAttributes"].toArray())
            petTypes.insert(sub[u"name"].toString(), sub[u"type"].toString());
        QCOMPARE(petTypes.value(u"age"_s), u"integer"_s);
        QCOMPARE(petTypes.value(u"name"_s), u"string"_s);
        const QJsonObject extra = byPath.value(u"User "_s + kUrn + u":extra"_s);
        QCOMPARE(extra[u"schema_declared"].toBool(), true);
        QCOMPARE(extra[u"definition"][u"type"].toString(), u"boolean"_s);
        QVERIFY(byPath.contains(u"Group "_s + kUndeclared + u":x"_s));
        // An inferred definition declares as it is.
        QJsonObject declaration{{u"resource_type"_s, u"User"_s},
                                {u"schema"_s, QJsonObject{{u"id"_s, kUndeclared},
                                                          {u"attributes"_s, QJsonArray{floor[u"definition"], pets}}}}};
        QCOMPARE(m_engine->api("POST", schemasPath(m_engine->connection), declaration).status, 201);
        const QJsonObject after = EngineHarness::json(
            m_engine->api("GET", QStringLiteral("/api/v2/connections/%1/scim-configuration/undeclared-attributes")
                                     .arg(m_engine->connection)));
        QCOMPARE(after.value(u"attributes").toArray().size(), 4);
    }

    // --- Mapping ---------------------------------------------------------------------------------------------

    void extensionAttributesMapIntoProfilesAndRecompute()
    {
        declareAcme();
        const QString id = create(R"({"userName": "p@x.example", "externalId": "p1", "$URN": {"clearance": "L",
            "costCenter": "CC-9", "devices": [{"type": "laptop", "serial": "SN-1"}, {"type": "phone", "serial": "SN-2"}],
            "desk": {"building": "B2"}}})");
        const auto setMap = [this](const QByteArray &mapping, const QString &userIdAttribute = u"externalId"_s) {
            QJsonObject map = body(R"({"mapping": )" + mapping + "}");
            map.insert(u"user_id_attribute"_s, userIdAttribute);
            return m_engine->api(
                "PATCH", QStringLiteral("/api/v2/connections/%1/scim-configuration").arg(m_engine->connection), map);
        };
        const HttpResponse mapped = setMap(R"([{"scim": "userName", "auth0": "preferred_username"},
            {"scim": "externalId", "auth0": "app_metadata.external_id"},
            {"scim": "$URN.costCenter", "auth0": "app_metadata.cost_center"},
            {"scim": "$URN:devices[type eq $Qphone$Q].serial", "auth0": "app_metadata.phone_serial"},
            {"scim": "$URN.desk.building", "auth0": "app_metadata.building"}])");
        QCOMPARE(mapped.status, 200);
        // The map changed: profiles are recomputed from the stored resources.
        while (m_engine->profiles->isRecomputing())
            m_engine->profiles->recomputeSome();
        QJsonObject profile = EngineHarness::json(m_engine->api("GET", u"/api/v2/users/"_s + id));
        QCOMPARE(profile[u"app_metadata"][u"cost_center"].toString(), u"CC-9"_s);
        QCOMPARE(profile[u"app_metadata"][u"phone_serial"].toString(), u"SN-2"_s);
        QCOMPARE(profile[u"app_metadata"][u"building"].toString(), u"B2"_s);
        // Writes keep it current.
        QCOMPARE(patch(id, R"([{"op": "replace", "path": "$URN:costCenter", "value": "CC-10"}])"), 204);
        profile = EngineHarness::json(m_engine->api("GET", u"/api/v2/users/"_s + id));
        QCOMPARE(profile[u"app_metadata"][u"cost_center"].toString(), u"CC-10"_s);
        // A declared attribute can be the user_id_attribute.
        QCOMPARE(setMap(R"([{"scim": "userName", "auth0": "preferred_username"},
                            {"scim": "$URN:costCenter", "auth0": "app_metadata.cost_center"}])",
                        kUrn + u":costCenter"_s)
                     .status,
                 200);
        while (m_engine->profiles->isRecomputing())
            m_engine->profiles->recomputeSome();
        profile = EngineHarness::json(m_engine->api("GET", u"/api/v2/users/"_s + id));
        QCOMPARE(profile[u"identities"][0][u"user_id"].toString(), u"CC-10"_s);
        // Undeclared attributes cannot be mapped.
        const HttpResponse undeclared = setMap(R"([{"scim": "userName", "auth0": "preferred_username"},
            {"scim": "externalId", "auth0": "app_metadata.external_id"},
            {"scim": "$UNDECLARED.floor", "auth0": "app_metadata.floor"}])");
        QCOMPARE(undeclared.status, 400);
        QVERIFY(undeclared.body.contains("unknown_scim_attribute"));
    }

    void profilePreviewMapsAGivenUserWithoutStoring()
    {
        // POST …/profile-preview: the profile the saved map makes of a given user (the schema editor's sample),
        // against the declared schemas or one as it is being edited; nothing is stored.
        declareAcme();
        QJsonObject map = body(R"({"user_id_attribute": "externalId", "mapping": [
            {"scim": "userName", "auth0": "preferred_username"},
            {"scim": "externalId", "auth0": "app_metadata.external_id"},
            {"scim": "$URN:costCenter", "auth0": "app_metadata.cost_center"},
            {"scim": "$URN.desk.building", "auth0": "app_metadata.building"}]})");
        QCOMPARE(m_engine
                     ->api("PATCH",
                           QStringLiteral("/api/v2/connections/%1/scim-configuration").arg(m_engine->connection), map)
                     .status,
                 200);
        const QString path =
            QStringLiteral("/api/v2/connections/%1/scim-configuration/profile-preview").arg(m_engine->connection);
        const auto preview = [this, &path](const QByteArray &payload) {
            return m_engine->api("POST", path, body(payload));
        };

        HttpResponse answer =
            preview(R"({"resource": {"id": "sample-1", "userName": "ada@x.example", "externalId": "e-1",
            "meta": {"created": "2026-01-15T09:30:00Z"},
            "$URN": {"clearance": "L", "costCenter": "CC-7", "desk": {"building": "B9", "floor": 3}}}})");
        QVERIFY2(answer.status == 200, answer.body.constData());
        QJsonObject result = EngineHarness::json(answer);
        QJsonObject profile = result[u"profile"].toObject();
        QCOMPARE(profile[u"user_id"].toString(), u"sample-1"_s);
        QCOMPARE(profile[u"preferred_username"].toString(), u"ada@x.example"_s);
        QCOMPARE(profile[u"app_metadata"][u"cost_center"].toString(), u"CC-7"_s);
        QCOMPARE(profile[u"app_metadata"][u"building"].toString(), u"B9"_s);
        QCOMPARE(profile[u"identities"][0][u"user_id"].toString(), u"e-1"_s);
        QCOMPARE(profile[u"created_at"].toString(), u"2026-01-15T09:30:00Z"_s);
        QCOMPARE(result[u"resource"][kUrn][u"desk"][u"floor"].toInt(), 3);
        QVERIFY(result[u"unmapped_attributes"].toArray().contains(QString(kUrn + u":clearance"_s)));
        QVERIFY(!result[u"unmapped_attributes"].toArray().contains(QString(kUrn + u":costCenter"_s)));
        QCOMPARE(result[u"mapping_issues"].toArray().size(), 0);
        // Nothing stored: no user, no profile.
        QCOMPARE(EngineHarness::json(m_engine->scim("GET", u"/Users"_s))[u"totalResults"].toInt(), 0);
        QCOMPARE(m_engine->store->countResources(m_engine->connection, u"User"_s), qsizetype(0));

        // Entra's flattened key, normalised as a POST would.
        answer = preview(
            R"({"resource": {"userName": "b@x.example", "$URN:costCenter": "CC-8", "$URN": {"clearance": "L"}}})");
        QCOMPARE(EngineHarness::json(answer)[u"profile"][u"app_metadata"][u"cost_center"].toString(), u"CC-8"_s);

        // The schema as edited: costCenter becomes an integer.
        QJsonObject edited = acmeDeclaration();
        QJsonObject schema = edited[u"schema"].toObject();
        QJsonArray attributes = schema[u"attributes"].toArray();
        attributes.replace(0, QJsonObject{{u"name"_s, u"costCenter"_s}, {u"type"_s, u"integer"_s}});
        schema.insert(u"attributes"_s, attributes);
        edited.insert(u"schema"_s, schema);
        QJsonObject request{
            {u"custom_schema"_s, edited},
            {u"resource"_s, body(R"({"userName": "c@x.example", "$URN": {"clearance": "L", "costCenter": 42}})")}};
        answer = m_engine->api("POST", path, request);
        QVERIFY2(answer.status == 200, answer.body.constData());
        QCOMPARE(EngineHarness::json(answer)[u"profile"][u"app_metadata"][u"cost_center"].toInt(), 42);
        // The stored declaration did not change: a string is still expected there.
        QCOMPARE(preview(R"({"resource": {"userName": "d@x.example", "$URN": {"clearance": "L", "costCenter": 42}}})")
                     .status,
                 400);
        // Without costCenter: the map's entry breaks (named in mapping_issues) and feeds nothing.
        attributes.removeAt(0);
        schema.insert(u"attributes"_s, attributes);
        edited.insert(u"schema"_s, schema);
        request.insert(u"custom_schema"_s, edited);
        request.insert(u"resource"_s,
                       body(R"({"userName": "e@x.example", "$URN": {"clearance": "L", "costCenter": "CC-9"}})"));
        result = EngineHarness::json(m_engine->api("POST", path, request));
        QCOMPARE(result[u"mapping_issues"].toArray().size(), 1);
        QCOMPARE(result[u"mapping_issues"][0][u"index"].toInt(), 2);
        QVERIFY(!result[u"profile"][u"app_metadata"].toObject().contains(u"cost_center"));
        // A schema not declared yet joins the set.
        request.insert(u"custom_schema"_s,
                       body(R"({"resource_type": "User", "schema": {"id": "urn:example:new:2.0:User",
            "attributes": [{"name": "level", "type": "integer"}]}})"));
        request.insert(u"resource"_s, body(R"({"userName": "f@x.example", "$URN": {"clearance": "L"},
            "urn:example:new:2.0:User": {"level": 3}})"));
        result = EngineHarness::json(m_engine->api("POST", path, request));
        QCOMPARE(result[u"resource"][u"urn:example:new:2.0:User"][u"level"].toInt(), 3);
        QVERIFY(result[u"unmapped_attributes"].toArray().contains(u"urn:example:new:2.0:User:level"_s));

        // Refusals: a user the schemas refuse, a bad declaration (issues named), a changed resource type, the body.
        answer = preview(R"({"resource": {"userName": "g@x.example", "$URN": {"clearance": "L", "seats": "many"}}})");
        QCOMPARE(answer.status, 400);
        QCOMPARE(EngineHarness::json(answer)[u"errorCode"].toString(), u"invalid_resource"_s);
        QVERIFY(EngineHarness::json(answer)[u"message"].toString().contains(u"seats"_s));
        request.insert(u"custom_schema"_s, body(R"({"resource_type": "User", "schema": {"id": "$URN",
            "attributes": [{"name": "a", "type": "text"}]}})"));
        answer = m_engine->api("POST", path, request);
        QCOMPARE(answer.status, 400);
        QCOMPARE(EngineHarness::json(answer)[u"errorCode"].toString(), u"invalid_schema"_s);
        QCOMPARE(EngineHarness::json(answer)[u"details"][0][u"attribute"].toString(), u"a"_s);
        QJsonObject group = acmeDeclaration();
        group.insert(u"resource_type"_s, u"Group"_s);
        request.insert(u"custom_schema"_s, group);
        answer = m_engine->api("POST", path, request);
        QCOMPARE(answer.status, 400);
        QCOMPARE(EngineHarness::json(answer)[u"details"][0][u"characteristic"].toString(), u"resource_type"_s);
        QCOMPARE(preview(R"({})").status, 400);
        QCOMPARE(preview(R"({"resource": "x"})").status, 400);
        QCOMPARE(preview(R"({"resource": {"userName": "h@x.example"}, "mapping": []})").status, 400);
        QCOMPARE(m_engine
                     ->api("POST", u"/api/v2/connections/con_missing/scim-configuration/profile-preview"_s,
                           body(R"({"resource": {"userName": "i@x.example"}})"))
                     .status,
                 404);
        QCOMPARE(m_engine->store->countResources(m_engine->connection, u"User"_s), qsizetype(0));
    }

    void removingMappedAttributesIsRefusedNamingThePairs()
    {
        declareAcme();
        QCOMPARE(m_engine
                     ->api("PATCH",
                           QStringLiteral("/api/v2/connections/%1/scim-configuration").arg(m_engine->connection),
                           body(R"({"user_id_attribute": "externalId", "mapping": [
                               {"scim": "userName", "auth0": "preferred_username"},
                               {"scim": "externalId", "auth0": "app_metadata.external_id"},
                               {"scim": "$URN.costCenter", "auth0": "app_metadata.cost_center"},
                               {"scim": "$URN:desk.floor", "auth0": "app_metadata.floor"}]})"))
                     .status,
                 200);
        // Without costCenter, and with desk.floor gone from the sub-attributes.
        QJsonObject declaration = acmeDeclaration();
        QJsonObject schema = declaration.value(u"schema").toObject();
        QJsonArray attributes = schema.value(u"attributes").toArray();
        attributes.removeAt(0);
        QJsonObject desk = attributes.at(10).toObject();
        QCOMPARE(desk.value(u"name").toString(), u"desk"_s);
        desk.insert(u"subAttributes"_s, QJsonArray{QJsonObject{{u"name"_s, u"building"_s}, {u"type"_s, u"string"_s}}});
        attributes.replace(10, desk);
        schema.insert(u"attributes"_s, attributes);
        declaration.insert(u"schema"_s, schema);
        const HttpResponse refused = m_engine->api("PUT", schemasPath(m_engine->connection, kUrn), declaration);
        QCOMPARE(refused.status, 409);
        const QJsonObject error = EngineHarness::json(refused);
        QCOMPARE(error.value(u"errorCode").toString(), u"schema_in_use"_s);
        QVERIFY(error.value(u"message").toString().contains(kUrn + u".costCenter → app_metadata.cost_center"_s));
        QCOMPARE(error.value(u"details").toArray().size(), 2);
        QCOMPARE(error[u"details"][0][u"index"].toInt(), 2);
        QCOMPARE(error[u"details"][1][u"scim"].toString(), kUrn + u":desk.floor"_s);
        // Deleting the schema: refused the same way; still declared.
        const HttpResponse deleted = m_engine->api("DELETE", schemasPath(m_engine->connection, kUrn));
        QCOMPARE(deleted.status, 409);
        QCOMPARE(EngineHarness::json(deleted).value(u"errorCode").toString(), u"schema_in_use"_s);
        QCOMPARE(m_engine->api("GET", schemasPath(m_engine->connection, kUrn)).status, 200);
        // Changes that keep the mapped attributes pass.
        QCOMPARE(m_engine->api("PUT", schemasPath(m_engine->connection, kUrn), acmeDeclaration()).status, 200);
    }

    void declarationsSurviveARestart()
    {
        declareAcme();
        const QString id = create(R"({"userName": "r@x.example", "$URN": {"clearance": "L", "badge": "B-1"}})");
        m_engine->restart();
        QCOMPARE(at(get(id), kUrn, u"badge"_s).toString(), u"B-1"_s);
        QCOMPARE(m_engine->scim("GET", u"/Schemas/"_s + kUrn).status, 200);
        QCOMPARE(m_engine
                     ->scim("POST", u"/Users"_s,
                            body(R"({"userName": "s@x.example", "$URN": {"clearance": "L", "badge": "B-1"}})"))
                     .status,
                 409);
    }

private:
    void declareAcme()
    {
        const HttpResponse response = m_engine->api("POST", schemasPath(m_engine->connection), acmeDeclaration());
        QVERIFY2(response.status == 201, response.body.constData());
    }

    QString create(const QByteArray &user) { return m_engine->create(u"/Users"_s, body(user)); }

    QJsonObject get(const QString &id, const QString &query = {})
    {
        const HttpResponse response = m_engine->scim("GET", u"/Users/"_s + id + query);
        if (response.status != 200)
            qWarning("GET %s: %d %s", qPrintable(id), response.status, response.body.constData());
        return EngineHarness::json(response);
    }

    int patch(const QString &id, const QByteArray &operations)
    {
        const HttpResponse response = m_engine->scim("PATCH", u"/Users/"_s + id, patchOp(operations));
        if (response.status >= 300)
            qInfo("PATCH: %d %s", response.status, response.body.constData());
        return response.status;
    }

    // A SCIM request whose ScimRequestInfo the test reads (what the request log records).
    HttpResponse scim(const QByteArray &method, const QString &path, const QJsonObject &payload, ScimRequestInfo *info)
    {
        const HttpRequest request = EngineHarness::request(
            method, path, payload,
            {{"content-type", "application/scim+json"}, {"authorization", "Bearer " + m_engine->token.toLatin1()}});
        return m_engine->service->handle(request, m_engine->connection, request.path, info);
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<EngineHarness> m_engine;
};

QTEST_GUILESS_MAIN(CustomSchemasTest)
#include "tst_custom_schemas.moc"
