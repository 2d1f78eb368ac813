#include "EngineHarness.h"

#include "common/JsonCbor.h"
#include "common/JsonWriter.h"
#include "protocol/CborResourceWriter.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace scim;
using namespace Qt::StringLiterals;

namespace {

const QString kAcme = u"urn:example:params:scim:schemas:extension:acme:2.0:User"_s;
const QString kEnterprise = u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"_s;
const QString kUndeclared = u"urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User"_s;
const QString kUserSchema = u"urn:ietf:params:scim:schemas:core:2.0:User"_s;

QJsonObject parse(QByteArray text)
{
    text.replace("$ACME", kAcme.toUtf8());
    text.replace("$ENTERPRISE", kEnterprise.toUtf8());
    text.replace("$UNDECLARED", kUndeclared.toUtf8());
    text.replace("$USER", kUserSchema.toUtf8());
    // moc misreads escapes in raw strings: a quote and a backslash inside a JSON string.
    text.replace("$Q", "\\\"");
    text.replace("$B", "\\\\");
    text.replace("$E", "\\"); // the start of any other JSON escape
    QJsonParseError error{};
    const QJsonObject object = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s in %s", qPrintable(error.errorString()), text.constData());
    return object;
}

} // namespace

// A plain GET of a resource that is not in memory is written straight from its stored CBOR (CborResourceWriter);
// every other read takes the general path (decode, computed attributes, projection, JsonWriter). For the same
// stored resources both must answer the same bytes, on both backends: users with the enterprise extension, a
// declared custom extension, undeclared extensions, multi-valued attributes, unicode and escapes, group
// memberships, groups with members; and the resources the writer leaves to the general path (a float, an
// attribute returned only on request) must still be answered, by that path.
class PlainGetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_engine = std::make_unique<EngineHarness>(m_dir.path(), QStringLiteral("plain-%1.sqlite").arg(++m_counter));
        m_engine->createConnection(QStringLiteral("waad"));
    }

    void cleanup() { m_engine.reset(); }

    void storedRenderingEqualsTheGeneralPath()
    {
        const HttpResponse declared = m_engine->api(
            "POST", u"/api/v2/connections/%1/scim-configuration/custom-schemas"_s.arg(m_engine->connection),
            parse(R"({"resource_type": "User", "schema": {"id": "$ACME", "name": "Acme", "attributes": [
                {"name": "costCenter", "type": "string"},
                {"name": "seats", "type": "integer"},
                {"name": "remote", "type": "boolean"},
                {"name": "note", "type": "string", "returned": "request"},
                {"name": "skills", "type": "string", "multiValued": true},
                {"name": "desk", "type": "complex", "subAttributes": [
                   {"name": "building", "type": "string"}, {"name": "floor", "type": "integer"}]}
              ]}})"));
        QCOMPARE(declared.status, 201);

        struct Case
        {
            QString endpoint;
            QString id;
            bool stored; // expected to be written from the stored CBOR
        };
        QList<Case> cases;
        const auto user = [&](const QByteArray &json, bool stored) {
            const QString id = m_engine->create(u"/Users"_s, parse(json));
            QVERIFY2(!id.isEmpty(), json.constData());
            cases.append({u"/Users"_s, id, stored});
        };
        user(R"({"userName": "plain@x.example"})", true);
        user(R"({"schemas": ["$USER", "$ENTERPRISE"], "userName": "zoe@x.example", "externalId": "ext-1",
                 "displayName": "Zoë Ünal 日本 😀", "title": "a $Qquoted$Q back$Bslash$Ennew line$Ettab $Eu0001 $Eu007f",
                 "active": false, "name": {"givenName": "Zoë", "familyName": "Ünal", "formatted": "Zoë Ünal"},
                 "emails": [{"value": "zoe@x.example", "type": "work", "primary": true},
                            {"value": "z@home.example", "type": "home"}],
                 "phoneNumbers": [{"value": "+49 30 1234", "type": "work"}],
                 "addresses": [{"streetAddress": "Straße 1", "locality": "Köln", "country": "DE"}],
                 "$ENTERPRISE": {"employeeNumber": "701984", "department": "R&D",
                                 "manager": {"value": "m-1", "displayName": "Chef"}}})",
             true);
        user(R"({"schemas": ["$USER", "$ACME"], "userName": "acme@x.example",
                 "$ACME": {"costCenter": "CC-1", "seats": -12, "remote": true, "skills": ["c++", "qt"],
                           "desk": {"building": "B", "floor": 4}}})",
             true);
        // An attribute returned only on request: the default projection is not the identity.
        user(R"({"schemas": ["$USER", "$ACME"], "userName": "note@x.example", "$ACME": {"note": "hidden"}})", false);
        user(R"({"schemas": ["$USER", "$UNDECLARED"], "userName": "undeclared@x.example",
                 "$UNDECLARED": {"code": "X", "level": 9007199254740993, "tags": ["a", "b"], "meta": {"n": 2},
                                 "none": null}})",
             true);
        // A float: its formatting is left to the general path.
        user(R"({"schemas": ["$USER", "$UNDECLARED"], "userName": "float@x.example", "$UNDECLARED": {"ratio": 2.5}})",
             false);
        const QString memberId = m_engine->create(u"/Users"_s, parse(R"({"userName": "member@x.example"})"));
        cases.append({u"/Users"_s, memberId, true});
        const QString groupId = m_engine->create(
            u"/Groups"_s, QJsonObject{{u"displayName"_s, u"Ärzte & \"Pfleger\""_s},
                                      {u"members"_s, QJsonArray{QJsonObject{{u"value"_s, memberId}}}}});
        QVERIFY(!groupId.isEmpty());
        cases.append({u"/Groups"_s, groupId, true});
        cases.append({u"/Groups"_s, m_engine->create(u"/Groups"_s, QJsonObject{{u"displayName"_s, u"empty"_s}}), true});

        for (const Case &c : std::as_const(cases)) {
            // Cold: a restart empties every cache, and rendering one resource can cache others (a user's groups).
            m_engine->restart();
            const QString path = c.endpoint + QLatin1Char('/') + c.id;
            const quint64 before = m_engine->statistics.storedRenders;
            const HttpResponse cold = m_engine->scim("GET", path);
            QCOMPARE(cold.status, 200);
            QCOMPARE(m_engine->statistics.storedRenders - before, quint64(c.stored ? 1 : 0));
            // Warm: the decoded resource is in memory, so the general path answers.
            QVERIFY(m_engine->store->resource(m_engine->connection, c.endpoint.mid(1).chopped(1), c.id));
            const HttpResponse warm = m_engine->scim("GET", path);
            QCOMPARE(m_engine->statistics.storedRenders - before, quint64(c.stored ? 1 : 0));
            QCOMPARE(warm.status, 200);
            QCOMPARE(cold.body, warm.body);
            QCOMPARE(cold.header("ETag"), warm.header("ETag"));
            QCOMPARE(cold.header("Content-Type"), warm.header("Content-Type"));
            QCOMPARE(cold.headers.size(), warm.headers.size());
            // What the client sees: meta.location set, the extension kept.
            const QJsonObject resource = EngineHarness::json(cold);
            QCOMPARE(resource.value(u"id"_s).toString(), c.id);
            QVERIFY(resource[u"meta"_s][u"location"_s].toString().endsWith(path));
        }
        // The computed attributes were rendered on the stored path as well.
        m_engine->restart();
        const QJsonObject member = EngineHarness::json(m_engine->scim("GET", u"/Users/"_s + memberId));
        QCOMPARE(member[u"groups"_s][0][u"value"_s].toString(), groupId);
        const QJsonObject group = EngineHarness::json(m_engine->scim("GET", u"/Groups/"_s + groupId));
        QCOMPARE(group[u"members"_s][0][u"value"_s].toString(), memberId);
        // With attributes= a cold read takes the general path.
        m_engine->restart();
        const quint64 before = m_engine->statistics.storedRenders;
        const HttpResponse projected = m_engine->scim("GET", u"/Users/"_s + memberId + u"?attributes=userName"_s);
        QCOMPARE(m_engine->statistics.storedRenders, before);
        QVERIFY(!EngineHarness::json(projected).contains(u"groups"_s));
        QCOMPARE(EngineHarness::json(projected).value(u"userName"_s).toString(), u"member@x.example"_s);
        QCOMPARE(m_engine->scim("GET", u"/Users/nope"_s).status, 404);
    }

    // `userName eq` and `externalId eq` lists (what an IdP sends before every create) take the same stored path
    // for rows not in memory: the same bytes as the general path, cold and warm, one match or several; what the
    // fast path does not cover (a page smaller than the matches, startIndex, attributes) still answers correctly.
    void plainLookupEqualsTheGeneralPath()
    {
        const HttpResponse declared = m_engine->api(
            "POST", u"/api/v2/connections/%1/scim-configuration/custom-schemas"_s.arg(m_engine->connection),
            parse(R"({"resource_type": "User", "schema": {"id": "$ACME", "name": "Acme", "attributes": [
                {"name": "costCenter", "type": "string"}, {"name": "note", "type": "string", "returned": "request"}
              ]}})"));
        QCOMPARE(declared.status, 201);
        QStringList ids;
        const auto user = [&](const QByteArray &json) {
            ids.append(m_engine->create(u"/Users"_s, parse(json)));
            QVERIFY2(!ids.constLast().isEmpty(), json.constData());
        };
        user(R"({"userName": "Zoë.Ünal@X.example", "externalId": "shared", "displayName": "Zoë $Qquoted$Q",
                 "emails": [{"value": "zoe@x.example", "primary": true}]})");
        user(R"({"schemas": ["$USER", "$ACME"], "userName": "acme@x.example", "externalId": "shared",
                 "$ACME": {"costCenter": "CC-1"}})");
        user(R"({"schemas": ["$USER", "$ACME"], "userName": "note@x.example", "$ACME": {"note": "hidden"}})");
        user(R"({"schemas": ["$USER", "$UNDECLARED"], "userName": "float@x.example", "$UNDECLARED": {"ratio": 2.5}})");
        const QString groupId = m_engine->create(
            u"/Groups"_s, QJsonObject{{u"displayName"_s, u"staff"_s},
                                      {u"members"_s, QJsonArray{QJsonObject{{u"value"_s, ids.at(0)}}}}});
        QVERIFY(!groupId.isEmpty());

        struct Case
        {
            QString query;
            QStringList expected;  // the ids listed, in order
            quint64 storedRenders; // rows written from CBOR on a cold read
        };
        const auto filter = [](const QString &text) -> QString {
            return u"/Users?filter="_s + QString::fromLatin1(QUrl::toPercentEncoding(text));
        };
        const QList<Case> cases{
            {filter(u"userName eq \"zoë.ünal@x.EXAMPLE\""_s), {ids.at(0)}, 1},
            {filter(u"USERNAME eq \"acme@x.example\""_s), {ids.at(1)}, 1},
            {filter(u"externalId eq \"shared\""_s), {ids.at(0), ids.at(1)}, 2},
            {filter(u"userName eq \"note@x.example\""_s), {ids.at(2)}, 0},  // returned "request": general path
            {filter(u"userName eq \"float@x.example\""_s), {ids.at(3)}, 0}, // a float: general path
            {filter(u"externalId eq \"SHARED\""_s), {}, 0},                 // caseExact: no match
            {filter(u"userName eq \"nobody@x.example\""_s), {}, 0},
            {filter(u"externalId eq \"shared\""_s) + u"&count=1"_s, {ids.at(0)}, 0},
            {filter(u"externalId eq \"shared\""_s) + u"&startIndex=2"_s, {ids.at(1)}, 0},
            {filter(u"userName eq \"acme@x.example\""_s) + u"&attributes=userName"_s, {ids.at(1)}, 0},
        };
        for (const Case &c : cases) {
            m_engine->restart();
            const quint64 before = m_engine->statistics.storedRenders;
            const HttpResponse cold = m_engine->scim("GET", c.query);
            QCOMPARE(cold.status, 200);
            QCOMPARE(m_engine->statistics.storedRenders - before, c.storedRenders);
            for (const QString &id : ids)
                QVERIFY(m_engine->store->resource(m_engine->connection, u"User"_s, id));
            const HttpResponse warm = m_engine->scim("GET", c.query);
            QCOMPARE(m_engine->statistics.storedRenders - before, c.storedRenders);
            QCOMPARE(cold.body, warm.body);
            QCOMPARE(cold.headers, warm.headers);
            const QJsonObject list = EngineHarness::json(cold);
            QStringList listed;
            for (const QJsonValue &resource : list.value(u"Resources"_s).toArray())
                listed.append(resource[u"id"_s].toString());
            QCOMPARE(listed, c.expected);
            QCOMPARE(list.value(u"itemsPerPage"_s).toInt(), c.expected.size());
        }
        // The stored path renders the computed groups and the location like the general one.
        m_engine->restart();
        const QJsonObject zoe =
            EngineHarness::json(m_engine->scim("GET", filter(u"userName eq \"zoë.ünal@x.example\""_s)));
        QCOMPARE(zoe[u"totalResults"_s].toInt(), 1);
        QCOMPARE(zoe[u"Resources"_s][0][u"groups"_s][0][u"value"_s].toString(), groupId);
        QVERIFY(zoe[u"Resources"_s][0][u"meta"_s][u"location"_s].toString().endsWith(u"/Users/"_s + ids.at(0)));
    }

    // --- The writer on its own: exact output, and everything it leaves to the general path -------------------

    void writerMatchesJsonWriter()
    {
        const ResourceType &users = SchemaRegistry::standard().users();
        const QJsonObject stored =
            parse(R"({"schemas": ["$USER"], "id": "u1", "userName": "a$Qb", "active": true, "x": null,
                      "meta": {"resourceType": "User", "created": "2026-01-01T00:00:00Z", "version": "W/$Q1$Q"},
                      "emails": [{"value": "é@x", "primary": false}], "n": -5, "big": 4294967296})");
        const QJsonArray groups{QJsonObject{{u"value"_s, u"g1"_s}, {u"display"_s, u"G"_s}}};
        const std::optional<QByteArray> cbor = JsonCbor::encode(stored);
        QVERIFY(cbor);
        const std::optional<QByteArray> written = CborResourceWriter::render(
            *cbor, users, u"https://h/Users/u1"_s, {{u"groups"_s, JsonWriter::compact(groups)}});
        QVERIFY(written);
        QJsonObject expected = stored;
        expected.insert(u"groups"_s, groups);
        QJsonObject meta = expected.value(u"meta"_s).toObject();
        meta.insert(u"location"_s, u"https://h/Users/u1"_s);
        expected.insert(u"meta"_s, meta);
        QCOMPARE(*written, JsonWriter::compact(expected));

        // No meta stored: one is added with the location; a stored value of a computed attribute is replaced.
        const QJsonObject bare{{u"id"_s, u"u2"_s}, {u"groups"_s, u"stale"_s}, {u"zzz"_s, 1}};
        const std::optional<QByteArray> replaced = CborResourceWriter::render(
            *JsonCbor::encode(bare), users, u"L"_s, {{u"groups"_s, JsonWriter::compact(groups)}});
        QVERIFY(replaced);
        QCOMPARE(*replaced, JsonWriter::compact(QJsonObject{{u"id"_s, u"u2"_s},
                                                            {u"groups"_s, groups},
                                                            {u"meta"_s, QJsonObject{{u"location"_s, u"L"_s}}},
                                                            {u"zzz"_s, 1}}));
    }

    void writerLeavesWhatItCannotRenderExactly_data()
    {
        QTest::addColumn<QByteArray>("cbor");
        const auto encode = [](const QJsonObject &object) { return *JsonCbor::encode(object); };
        QTest::newRow("float") << encode(QJsonObject{{u"ratio"_s, 2.5}});
        QTest::newRow("float in an array") << encode(QJsonObject{{u"a"_s, QJsonArray{1, 1.5}}});
        QTest::newRow("meta with a location") << encode(QJsonObject{{u"meta"_s, QJsonObject{{u"location"_s, u"x"_s}}}});
        QTest::newRow("meta not an object") << encode(QJsonObject{{u"meta"_s, 1}});
        QTest::newRow("password (returned never)") << encode(QJsonObject{{u"password"_s, u"x"_s}});
        QTest::newRow("keys out of order") << QCborMap{{u"b"_s, 1}, {u"a"_s, 2}}.toCborValue().toCbor();
        QTest::newRow("nested keys out of order")
            << QCborMap{{u"a"_s, QCborMap{{u"y"_s, 1}, {u"x"_s, 2}}}}.toCborValue().toCbor();
        QTest::newRow("duplicate keys") << QByteArray::fromHex("a2616101616102"); // {"a": 1, "a": 2}
        QTest::newRow("non-ASCII key") << encode(QJsonObject{{u"ä"_s, 1}});
        QTest::newRow("byte string") << QCborMap{{u"a"_s, QByteArray("x")}}.toCborValue().toCbor();
        QTest::newRow("tag") << QCborMap{{u"a"_s, QCborValue(QDateTime::fromSecsSinceEpoch(0))}}.toCborValue().toCbor();
        QTest::newRow("undefined") << QCborMap{{u"a"_s, QCborValue()}}.toCborValue().toCbor();
        QTest::newRow("not a map") << QCborValue(QCborArray{1}).toCbor();
        QTest::newRow("truncated") << encode(QJsonObject{{u"userName"_s, u"abcdef"_s}}).chopped(2);
        QTest::newRow("trailing bytes") << encode(QJsonObject{{u"a"_s, 1}}) + QByteArray(1, '\x01');
        QTest::newRow("indefinite length") << QByteArray::fromHex("bf616101ff");
        QTest::newRow("empty") << QByteArray();
    }

    void writerLeavesWhatItCannotRenderExactly()
    {
        QFETCH(QByteArray, cbor);
        QVERIFY(!CborResourceWriter::render(cbor, SchemaRegistry::standard().users(), u"L"_s, {}));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<EngineHarness> m_engine;
};

QTEST_GUILESS_MAIN(PlainGetTest)
#include "tst_plain_get.moc"
