#include "EngineHarness.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace scim;

namespace {

QJsonObject operation(const QString &method, const QString &path, const QString &bulkId = {},
                      const QJsonObject &data = {})
{
    QJsonObject op{{QStringLiteral("method"), method}, {QStringLiteral("path"), path}};
    if (!bulkId.isEmpty())
        op.insert(QStringLiteral("bulkId"), bulkId);
    if (!data.isEmpty())
        op.insert(QStringLiteral("data"), data);
    return op;
}

QJsonObject user(const QString &userName)
{
    return QJsonObject{
        {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
        {QStringLiteral("userName"), userName}};
}

QJsonObject group(const QString &name, const QStringList &memberRefs)
{
    QJsonArray members;
    for (const QString &ref : memberRefs)
        members.append(QJsonObject{{QStringLiteral("value"), ref}});
    return QJsonObject{{QStringLiteral("displayName"), name}, {QStringLiteral("members"), members}};
}

QJsonObject bulkRequest(const QJsonArray &operations, int failOnErrors = 0)
{
    QJsonObject body{
        {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkRequest")}},
        {QStringLiteral("Operations"), operations}};
    if (failOnErrors > 0)
        body.insert(QStringLiteral("failOnErrors"), failOnErrors);
    return body;
}

} // namespace

// Bulk (RFC 7644 §3.7): bulkId references resolved in dependency order, circular references, failOnErrors,
// per-operation scopes and results, and the advertised limits; real SQLite store, transport-free handlers.
class BulkTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_engine.reset();
        m_engine = std::make_unique<EngineHarness>(m_dir.path(), QStringLiteral("bulk-%1.sqlite").arg(++m_counter));
        m_engine->createConnection(QStringLiteral("okta"));
    }

    void cleanup() { m_engine.reset(); }

    void referencesResolveInDependencyOrder()
    {
        // The group comes first but needs both users, which are created before it.
        const QJsonArray results = run(bulkRequest(QJsonArray{
            operation(QStringLiteral("POST"), QStringLiteral("/Groups"), QStringLiteral("g1"),
                      group(QStringLiteral("Admins"), {QStringLiteral("bulkId:u1"), QStringLiteral("bulkId:u2")})),
            operation(QStringLiteral("POST"), QStringLiteral("/Users"), QStringLiteral("u1"),
                      user(QStringLiteral("ann"))),
            operation(QStringLiteral("POST"), QStringLiteral("/Users"), QStringLiteral("u2"),
                      user(QStringLiteral("bob"))),
        }));
        QCOMPARE(results.size(), 3);
        for (const QJsonValue &result : results) {
            const QJsonObject r = result.toObject();
            QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("201"));
            QVERIFY(r.value(QStringLiteral("location")).toString().contains(QStringLiteral("/scim/v2/connections/")));
            QVERIFY(r.value(QStringLiteral("version")).toString().startsWith(QStringLiteral("W/")));
        }
        // Results come back in request order.
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("bulkId")).toString(), QStringLiteral("g1"));
        const QString groupLocation = results.at(0).toObject().value(QStringLiteral("location")).toString();
        const QString groupId = groupLocation.section(QLatin1Char('/'), -1);
        QCOMPARE(m_engine->store->countMembers(groupId), qsizetype(2));
    }

    void pathsMayReferToResourcesCreatedInTheSameRequest()
    {
        const QJsonObject patch{
            {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp")}},
            {QStringLiteral("Operations"),
             QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                    {QStringLiteral("path"), QStringLiteral("nickName")},
                                    {QStringLiteral("value"), QStringLiteral("Annie")}}}}};
        const QJsonArray results = run(bulkRequest(QJsonArray{
            operation(QStringLiteral("POST"), QStringLiteral("/Users"), QStringLiteral("u1"),
                      user(QStringLiteral("ann"))),
            operation(QStringLiteral("PATCH"), QStringLiteral("/Users/bulkId:u1"), {}, patch),
            operation(QStringLiteral("PUT"), QStringLiteral("/Users/bulkId:u1"), {},
                      QJsonObject{{QStringLiteral("userName"), QStringLiteral("ann")},
                                  {QStringLiteral("title"), QStringLiteral("CEO")}}),
            operation(QStringLiteral("DELETE"), QStringLiteral("/Users/bulkId:u1")),
        }));
        QCOMPARE(statuses(results), (QStringList{QStringLiteral("201"), QStringLiteral("204"), QStringLiteral("200"),
                                                 QStringLiteral("204")}));
        QCOMPARE(m_engine->store->countResources(m_engine->connection, QStringLiteral("User")), qsizetype(0));
    }

    void circularReferencesAreReported()
    {
        const QJsonArray results = run(bulkRequest(QJsonArray{
            operation(QStringLiteral("POST"), QStringLiteral("/Groups"), QStringLiteral("a"),
                      group(QStringLiteral("A"), {QStringLiteral("bulkId:b")})),
            operation(QStringLiteral("POST"), QStringLiteral("/Groups"), QStringLiteral("b"),
                      group(QStringLiteral("B"), {QStringLiteral("bulkId:a")})),
            operation(QStringLiteral("POST"), QStringLiteral("/Users"), QStringLiteral("u"),
                      user(QStringLiteral("cy"))),
        }));
        QCOMPARE(statuses(results), (QStringList{QStringLiteral("409"), QStringLiteral("409"), QStringLiteral("201")}));
        QVERIFY(results.at(0)
                    .toObject()
                    .value(QStringLiteral("response"))
                    .toObject()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("Circular")));
    }

    void unknownAndFailedReferencesAreErrors()
    {
        const QJsonArray results = run(bulkRequest(QJsonArray{
            operation(QStringLiteral("POST"), QStringLiteral("/Users"), QStringLiteral("bad"),
                      QJsonObject{{QStringLiteral("displayName"), QStringLiteral("no userName")}}),
            operation(QStringLiteral("POST"), QStringLiteral("/Groups"), QStringLiteral("g"),
                      group(QStringLiteral("G"), {QStringLiteral("bulkId:bad")})),
            operation(QStringLiteral("POST"), QStringLiteral("/Groups"), QStringLiteral("h"),
                      group(QStringLiteral("H"), {QStringLiteral("bulkId:nowhere")})),
        }));
        QCOMPARE(statuses(results), (QStringList{QStringLiteral("400"), QStringLiteral("409"), QStringLiteral("409")}));
        QCOMPARE(results.at(0)
                     .toObject()
                     .value(QStringLiteral("response"))
                     .toObject()
                     .value(QStringLiteral("scimType"))
                     .toString(),
                 QStringLiteral("invalidValue"));
    }

    void failOnErrorsStopsProcessing()
    {
        const QJsonArray results = run(bulkRequest(
            QJsonArray{
                operation(QStringLiteral("POST"), QStringLiteral("/Users"), QStringLiteral("a"),
                          user(QStringLiteral("dup"))),
                operation(QStringLiteral("POST"), QStringLiteral("/Users"), QStringLiteral("b"),
                          user(QStringLiteral("DUP"))),
                operation(QStringLiteral("POST"), QStringLiteral("/Users"), QStringLiteral("c"),
                          user(QStringLiteral("eve"))),
            },
            1));
        QCOMPARE(statuses(results), (QStringList{QStringLiteral("201"), QStringLiteral("409")}));
        QCOMPARE(m_engine->store->countResources(m_engine->connection, QStringLiteral("User")), qsizetype(1));
    }

    void eachOperationNeedsItsOwnScope()
    {
        m_engine->token =
            EngineHarness::json(
                m_engine->api(
                    "POST",
                    QStringLiteral("/api/v2/connections/%1/scim-configuration/tokens").arg(m_engine->connection),
                    QJsonObject{{QStringLiteral("scopes"), QJsonArray{QStringLiteral("post:users")}}}))
                .value(QStringLiteral("token"))
                .toString();
        const QJsonArray results = run(bulkRequest(QJsonArray{
            operation(QStringLiteral("POST"), QStringLiteral("/Users"), QStringLiteral("u"),
                      user(QStringLiteral("fay"))),
            operation(QStringLiteral("POST"), QStringLiteral("/Groups"), QStringLiteral("g"),
                      group(QStringLiteral("G"), {})),
        }));
        QCOMPARE(statuses(results), (QStringList{QStringLiteral("201"), QStringLiteral("403")}));
    }

    void limitsAreAdvertisedAndEnforced()
    {
        const QJsonObject config = EngineHarness::json(m_engine->scim("GET", QStringLiteral("/ServiceProviderConfig")))
                                       .value(QStringLiteral("bulk"))
                                       .toObject();
        QCOMPARE(config.value(QStringLiteral("supported")).toBool(), true);
        const int maxOperations = config.value(QStringLiteral("maxOperations")).toInt();
        QCOMPARE(maxOperations, ScimService::kMaxBulkOperations);
        QCOMPARE(config.value(QStringLiteral("maxPayloadSize")).toInteger(), ScimService::kMaxPayloadSize);
        QJsonArray tooMany;
        for (int i = 0; i <= maxOperations; ++i)
            tooMany.append(operation(QStringLiteral("DELETE"), QStringLiteral("/Users/x%1").arg(i)));
        const HttpResponse response = m_engine->scim("POST", QStringLiteral("/Bulk"), bulkRequest(tooMany));
        QCOMPARE(response.status, 413);
        QCOMPARE(EngineHarness::json(response).value(QStringLiteral("status")).toString(), QStringLiteral("413"));
    }

    void malformedBulkRequests()
    {
        QCOMPARE(
            m_engine->scim("POST", QStringLiteral("/Bulk"), QJsonObject{{QStringLiteral("Operations"), QJsonArray{}}})
                .status,
            400);
        QCOMPARE(m_engine->scim("GET", QStringLiteral("/Bulk")).status, 405);
        const QJsonArray results = run(bulkRequest(QJsonArray{
            operation(QStringLiteral("GET"), QStringLiteral("/Users")),
            operation(QStringLiteral("POST"), QStringLiteral("/Users")),
            operation(QStringLiteral("POST"), QStringLiteral("/Bulk"), QStringLiteral("x"), user(QStringLiteral("x"))),
        }));
        QCOMPARE(statuses(results), (QStringList{QStringLiteral("400"), QStringLiteral("400"), QStringLiteral("400")}));
    }

private:
    QJsonArray run(const QJsonObject &body)
    {
        const HttpResponse response = m_engine->scim("POST", QStringLiteral("/Bulk"), body);
        if (response.status != 200)
            qWarning("bulk failed: %d %s", response.status, response.body.constData());
        const QJsonObject json = EngineHarness::json(response);
        if (json.value(QStringLiteral("schemas")).toArray().at(0).toString() !=
            QLatin1String("urn:ietf:params:scim:api:messages:2.0:BulkResponse"))
            qWarning("not a BulkResponse: %s", response.body.constData());
        return json.value(QStringLiteral("Operations")).toArray();
    }

    static QStringList statuses(const QJsonArray &results)
    {
        QStringList list;
        for (const QJsonValue &result : results)
            list.append(result.toObject().value(QStringLiteral("status")).toString());
        return list;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<EngineHarness> m_engine;
};

QTEST_GUILESS_MAIN(BulkTest)
#include "tst_bulk.moc"
