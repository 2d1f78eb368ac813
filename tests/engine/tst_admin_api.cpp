// The Management API that the console's admin pages read (#17): groups with paging, totals, `q` and checkpoint
// member paging over a 100,000-member group; a user's groups and SCIM resource; request statistics from the log's
// counts (buckets checked against a known sequence of events, retention, counting a log written before counts
// existed, and end to end through a running engine); connection options with validation on the field and secret
// redaction; "Send test logout" and "Send test event" against local receivers; the log's description and headers
// of a failed authentication; the connections list with counts and tokens; a webhook's write-only authorization;
// the endpoint each token was issued for, across a restart that moves the endpoint.

#include "EngineHarness.h"
#include "TestBackend.h"
#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "common/Router.h"
#include "http/HttpServer.h"
#include "management/ManagementApi.h"
#include "management/ManagementError.h"
#include "management/StatsEndpoints.h"
#include "requestlog/LogDatabase.h"
#include "requestlog/LogId.h"
#include "requestlog/RequestLog.h"
#include "server/Engine.h"
#include "storage/StoreError.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace scim;

namespace {

const QString kAdmin = u"admin-token-for-admin-api-tests"_s;
const QString kUserUrn = u"urn:ietf:params:scim:schemas:core:2.0:User"_s;
const QString kGroupUrn = u"urn:ietf:params:scim:schemas:core:2.0:Group"_s;
const QString kSecret = u"a-shared-secret-of-at-least-32-bytes!"_s;

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

// A local HTTP receiver: records every request and answers with the status and body the test chooses.
class Receiver
{
public:
    Receiver()
        : m_server([this](const HttpRequest &request) {
            m_requests.append(request);
            HttpResponse response = HttpResponse::empty(m_status);
            response.body = m_body;
            return response;
        })
    {}
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url(const QString &path) const { return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path); }
    void answer(int status, const QByteArray &body = {})
    {
        m_status = status;
        m_body = body;
    }
    const QList<HttpRequest> &requests() const { return m_requests; }

private:
    HttpServer m_server;
    QList<HttpRequest> m_requests;
    int m_status = 204;
    QByteArray m_body;
};

QByteArray base64UrlDecode(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

LogRow row(qint64 key, qint64 dateMs, const QString &connection, const QString &action, int status)
{
    LogRow row;
    row.key = key;
    row.dateMs = dateMs;
    row.type = status >= 400 ? u"fscim"_s : u"sscim"_s;
    row.description = u"Test"_s;
    row.connectionId = connection;
    row.connectionName = connection;
    row.action = action;
    row.method = u"GET"_s;
    row.status = status;
    row.path = u"/Users"_s;
    return row;
}

HttpRequest get(const QString &pathAndQuery)
{
    return EngineHarness::request("GET", pathAndQuery, {}, {});
}

} // namespace

class AdminApiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void groupsListPagesTotalsAndSearch();
    void largeGroupMembersPageByCheckpoint();
    void userGroupsAndScimResource();
    void statsBucketsMatchAKnownSequence();
    void statsFollowRetention();
    void statsCountALogFromBeforeCounts();
    void statsEndToEnd();
    void connectionOptionsValidatedAndSecretRedacted();
    void testLogoutReachesTheReceiver();
    void logStreamTestEventAndDeliveryState();
    void failedAuthenticationIsDescribedOnceWithARedactedHeader();
    void connectionsListWithCountsAndTokens();
    void webhookAuthorizationIsWriteOnly();
    void tokensRecordTheirEndpoint();

private:
    void statsCountALogFromBeforeCountsOnPostgres();
    bool startEngine();
    Reply api(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    Reply scim(const QByteArray &method, const QString &connection, const QString &path, const QString &token,
               const QJsonObject &body = {});
    QString createConnection(const QString &name);
    QString createToken(const QString &connection);

    QTemporaryDir m_dir;
    TestBackend::Database m_database;
    std::unique_ptr<Engine> m_engine;
    QNetworkAccessManager m_network;
};

void AdminApiTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = TestBackend::Database(m_dir.path(), u"engine.sqlite"_s);
    QVERIFY(startEngine());
}

bool AdminApiTest::startEngine()
{
    EngineOptions options;
    options.port = 0;
    options.databasePath = m_database.location();
    options.adminToken = kAdmin;
    options.deliveryRetryMs = 10;
    m_engine = std::make_unique<Engine>(options);
    return m_engine->start();
}

Reply AdminApiTest::api(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QUrl url(m_engine->baseUrl());
    const qsizetype question = path.indexOf(u'?');
    url.setPath(path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + kAdmin.toUtf8());
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!payload.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    delete reply;
    return result;
}

Reply AdminApiTest::scim(const QByteArray &method, const QString &connection, const QString &path, const QString &token,
                         const QJsonObject &body)
{
    QUrl url(m_engine->baseUrl());
    url.setPath(u"/scim/v2/connections/"_s + connection + path);
    QNetworkRequest request(url);
    if (!token.isNull())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!payload.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/scim+json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    delete reply;
    return result;
}

QString AdminApiTest::createConnection(const QString &name)
{
    const Reply created = api("POST", u"/api/v2/connections"_s, {{u"name"_s, name}, {u"strategy"_s, u"okta"_s}});
    const QString id = created.object().value(u"id"_s).toString();
    api("POST", u"/api/v2/connections/%1/scim-configuration"_s.arg(id));
    return id;
}

QString AdminApiTest::createToken(const QString &connection)
{
    return api("POST", u"/api/v2/connections/%1/scim-configuration/tokens"_s.arg(connection),
               {{u"scopes"_s, QJsonArray{u"get:users"_s, u"post:users"_s, u"patch:users"_s, u"get:groups"_s,
                                         u"post:groups"_s, u"patch:groups"_s}}})
        .object()
        .value(u"token"_s)
        .toString();
}

void AdminApiTest::groupsListPagesTotalsAndSearch()
{
    QTemporaryDir dir;
    EngineHarness engine(dir.path(), u"groups.sqlite"_s);
    const QString okta = engine.createConnection(u"okta"_s);
    QStringList ids;
    for (int i = 0; i < 12; ++i)
        ids << engine.create(u"/Groups"_s, {{u"schemas"_s, QJsonArray{kGroupUrn}},
                                            {u"displayName"_s, u"Team %1"_s.arg(i, 2, 10, QLatin1Char('0'))},
                                            {u"externalId"_s, u"okta-grp-%1"_s.arg(i)}});
    const QString user = engine.create(u"/Users"_s, {{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, u"ada"_s}});
    engine.scim(
        "PATCH", u"/Groups/"_s + ids.at(3),
        {{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s}},
         {u"Operations"_s, QJsonArray{QJsonObject{{u"op"_s, u"add"_s},
                                                  {u"path"_s, u"members"_s},
                                                  {u"value"_s, QJsonArray{QJsonObject{{u"value"_s, user}}}}}}}});
    const QString waad = engine.createConnection(u"waad"_s);
    engine.create(u"/Groups"_s, {{u"schemas"_s, QJsonArray{kGroupUrn}}, {u"displayName"_s, u"Entra admins"_s}});

    // A bare array by default, in creation order, with Auth0's fields and the member count.
    const QJsonArray first =
        QJsonDocument::fromJson(engine.api("GET", u"/api/v2/groups?connection_id=%1&per_page=5"_s.arg(okta)).body)
            .array();
    QCOMPARE(first.size(), 5);
    const QJsonObject team0 = first.at(0).toObject();
    QCOMPARE(team0.value(u"id"_s).toString(), ids.at(0));
    QCOMPARE(team0.value(u"name"_s).toString(), u"Team 00"_s);
    QCOMPARE(team0.value(u"external_id"_s).toString(), u"okta-grp-0"_s);
    QCOMPARE(team0.value(u"connection_id"_s).toString(), okta);
    QVERIFY(!team0.value(u"created_at"_s).toString().isEmpty());
    QVERIFY(!team0.value(u"updated_at"_s).toString().isEmpty());
    QCOMPARE(first.at(3).toObject().value(u"members_count"_s).toInt(), 1);

    // Totals: {groups, start, limit, total}; the last page is short.
    const QJsonObject last = EngineHarness::json(
        engine.api("GET", u"/api/v2/groups?connection_id=%1&per_page=5&page=2&include_totals=true"_s.arg(okta)));
    QCOMPARE(last.value(u"total"_s).toInt(), 12);
    QCOMPARE(last.value(u"start"_s).toInt(), 10);
    QCOMPARE(last.value(u"limit"_s).toInt(), 5);
    QCOMPARE(last.value(u"groups"_s).toArray().size(), 2);

    // `q` matches the name (case-insensitively) and the external id; no connection: every connection.
    const QJsonObject byName = EngineHarness::json(engine.api("GET", u"/api/v2/groups?q=team%201&include_totals=1"_s));
    QCOMPARE(byName.value(u"total"_s).toInt(), 2); // Team 10, Team 11
    const QJsonObject byExternal =
        EngineHarness::json(engine.api("GET", u"/api/v2/groups?q=okta-grp-7&include_totals=1"_s));
    QCOMPARE(byExternal.value(u"total"_s).toInt(), 1);
    QCOMPARE(byExternal.value(u"groups"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"Team 07"_s);
    const QJsonObject all = EngineHarness::json(engine.api("GET", u"/api/v2/groups?include_totals=true"_s));
    QCOMPARE(all.value(u"total"_s).toInt(), 13);
    const QJsonObject entra =
        EngineHarness::json(engine.api("GET", u"/api/v2/groups?include_totals=true&connection_id=%1"_s.arg(waad)));
    QCOMPARE(entra.value(u"total"_s).toInt(), 1);

    // Errors in the API's dialect.
    QCOMPARE(engine.api("GET", u"/api/v2/groups?per_page=101"_s).status, 400);
    QCOMPARE(EngineHarness::json(engine.api("GET", u"/api/v2/groups?per_page=0"_s)).value(u"errorCode"_s).toString(),
             u"invalid_query_string"_s);
    QCOMPARE(EngineHarness::json(engine.api("GET", u"/api/v2/groups?connection_id=con_nope"_s))
                 .value(u"errorCode"_s)
                 .toString(),
             u"inexistent_connection"_s);
    const HttpResponse missing = engine.api("GET", u"/api/v2/groups/nope"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(EngineHarness::json(missing).value(u"errorCode"_s).toString(), u"inexistent_group"_s);

    const QJsonObject one = EngineHarness::json(engine.api("GET", u"/api/v2/groups/"_s + ids.at(3)));
    QCOMPARE(one.value(u"name"_s).toString(), u"Team 03"_s);
    QCOMPARE(one.value(u"members_count"_s).toInt(), 1);
}

void AdminApiTest::largeGroupMembersPageByCheckpoint()
{
    QTemporaryDir dir;
    EngineHarness engine(dir.path(), u"large.sqlite"_s);
    engine.createConnection(u"okta"_s);
    const QString group =
        engine.create(u"/Groups"_s, {{u"schemas"_s, QJsonArray{kGroupUrn}}, {u"displayName"_s, u"Everyone"_s}});
    // 100,000 members, written through the store in one batch (100,000 SCIM requests would take minutes).
    constexpr int kMembers = 100000;
    // Batches of 1,000: PostgreSQL's per-transaction lock table does not hold 100,000 key locks.
    try {
        for (int i = 0; i < kMembers; ++i) {
            if (i % 1000 == 0)
                engine.store->beginBatch();
            StoredResource user;
            user.connectionId = engine.connection;
            user.resourceType = u"User"_s;
            user.id = u"user-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
            user.uniqueKey = u"user%1@example.com"_s.arg(i);
            user.data = {{u"id"_s, user.id}, {u"userName"_s, user.uniqueKey}};
            engine.store->insertResource(user);
            engine.store->addMember(engine.connection, Membership{group, user.id, u"User %1"_s.arg(i), u"User"_s});
            if (i % 1000 == 999)
                QVERIFY(engine.store->commitBatch());
        }
    } catch (const StoreError &error) {
        QFAIL(qPrintable(error.message()));
    }

    QCOMPARE(EngineHarness::json(engine.api("GET", u"/api/v2/groups/"_s + group)).value(u"members_count"_s).toInt(),
             kMembers);
    // Page through all of them with `next`: every member once, in id order, 100 per page.
    QString from;
    int pages = 0;
    int seen = 0;
    QString previous;
    for (;;) {
        const QJsonObject page =
            EngineHarness::json(engine.api("GET", u"/api/v2/groups/%1/members?take=100%2"_s.arg(
                                                      group, from.isEmpty() ? QString() : u"&from="_s + from)));
        const QJsonArray members = page.value(u"members"_s).toArray();
        ++pages;
        for (const QJsonValue &value : members) {
            const QJsonObject member = value.toObject();
            const QString id = member.value(u"id"_s).toString();
            QVERIFY2(id > previous, qPrintable(id));
            previous = id;
            ++seen;
            if (seen == 1) {
                QCOMPARE(member.value(u"member_type"_s).toString(), u"user"_s);
                QCOMPARE(member.value(u"connection_id"_s).toString(), engine.connection);
                QCOMPARE(member.value(u"display"_s).toString(), u"User 0"_s);
            }
        }
        if (!page.contains(u"next"_s)) {
            QCOMPARE(members.size(), 100); // 100,000 is a multiple of 100: the last page is full and says so
            break;
        }
        QCOMPARE(members.size(), 100);
        from = page.value(u"next"_s).toString();
        QCOMPARE(from, previous);
    }
    QCOMPARE(seen, kMembers);
    QCOMPARE(pages, kMembers / 100);
    // The store answers a deep page from the primary key: no OFFSET, whatever the depth.
    QCOMPARE(engine.store->membersAfter(group, u"user-099949"_s, 100).size(), 50);
    QCOMPARE(engine.store->membersAfter(group, u"user-099949"_s, 100).constFirst().memberId, u"user-099950"_s);
    QCOMPARE(engine.api("GET", u"/api/v2/groups/%1/members?take=0"_s.arg(group)).status, 400);
    QCOMPARE(engine.api("GET", u"/api/v2/groups/nope/members"_s).status, 404);
}

void AdminApiTest::userGroupsAndScimResource()
{
    const QString connection = createConnection(u"user-groups"_s);
    const QString token = createToken(connection);
    const Reply user = scim("POST", connection, u"/Users"_s, token,
                            {{u"schemas"_s, QJsonArray{kUserUrn}},
                             {u"userName"_s, u"grace@example.com"_s},
                             {u"externalId"_s, u"00u1"_s},
                             {u"password"_s, u"not-in-any-answer"_s}});
    QCOMPARE(user.status, 201);
    const QString userId = user.object().value(u"id"_s).toString();
    QStringList groups;
    for (const QString &name : {u"Engineering"_s, u"Admins"_s, u"Alumni"_s}) {
        const Reply group = scim("POST", connection, u"/Groups"_s, token,
                                 {{u"schemas"_s, QJsonArray{kGroupUrn}}, {u"displayName"_s, name}});
        groups << group.object().value(u"id"_s).toString();
    }
    for (int i = 0; i < 2; ++i)
        QCOMPARE(scim("PATCH", connection, u"/Groups/"_s + groups.at(i), token,
                      {{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s}},
                       {u"Operations"_s,
                        QJsonArray{QJsonObject{{u"op"_s, u"add"_s},
                                               {u"path"_s, u"members"_s},
                                               {u"value"_s, QJsonArray{QJsonObject{{u"value"_s, userId}}}}}}}})
                         .status /
                     100,
                 2);

    const QJsonArray mine = api("GET", u"/api/v2/users/%1/groups"_s.arg(userId)).array();
    QCOMPARE(mine.size(), 2);
    QCOMPARE(mine.at(0).toObject().value(u"name"_s).toString(), u"Engineering"_s);
    QCOMPARE(mine.at(1).toObject().value(u"name"_s).toString(), u"Admins"_s);
    const QJsonObject paged =
        api("GET", u"/api/v2/users/%1/groups?per_page=1&page=1&include_totals=true"_s.arg(userId)).object();
    QCOMPARE(paged.value(u"total"_s).toInt(), 2);
    QCOMPARE(paged.value(u"groups"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"Admins"_s);
    QCOMPARE(api("GET", u"/api/v2/users/nobody/groups"_s).status, 404);

    // The SCIM resource exactly as the IdP reads it: computed groups, meta.location, never the password.
    const QJsonObject resource = api("GET", u"/api/v2/users/%1/scim-resource"_s.arg(userId)).object();
    QCOMPARE(resource.value(u"userName"_s).toString(), u"grace@example.com"_s);
    QCOMPARE(resource.value(u"externalId"_s).toString(), u"00u1"_s);
    QVERIFY(!resource.contains(u"password"_s));
    QCOMPARE(resource.value(u"groups"_s).toArray().size(), 2);
    QVERIFY(resource.value(u"meta"_s)
                .toObject()
                .value(u"location"_s)
                .toString()
                .endsWith(u"/scim/v2/connections/%1/Users/%2"_s.arg(connection, userId)));
    QCOMPARE(resource, scim("GET", connection, u"/Users/"_s + userId, token).object());
    QCOMPARE(api("GET", u"/api/v2/users/nobody/scim-resource"_s).status, 404);
}

void AdminApiTest::statsBucketsMatchAKnownSequence()
{
    QTemporaryDir dir;
    EngineHarness engine(dir.path(), u"store.sqlite"_s);
    for (const QString &id : {u"con_a"_s, u"con_b"_s}) {
        Connection connection{id, id, u"okta"_s, QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc(), {}};
        engine.store->insertConnection(connection);
    }
    const qint64 base = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    constexpr qint64 kMin = 60000;
    {
        // The engine's log store (the SQLite log file, or the log in PostgreSQL), written as the writer does.
        const std::unique_ptr<LogStore> writer = Backends::openLogStore(engine.database.location());
        writer->ensureCounts();
        // 09:00:10 two successes (a), 09:00:50 one failure (a), 09:01:05 one success (b), 09:59:59 one failure (a),
        // 10:00:00 one success (a), 10:30 a revoke-sessions event (not a request, never counted).
        qint64 key = LogId::keyForMilliseconds(base);
        QList<LogRow> first{row(++key, base + 10000, u"con_a"_s, u"create-user"_s, 201),
                            row(++key, base + 10001, u"con_a"_s, u"get-user"_s, 200),
                            row(++key, base + 50000, u"con_a"_s, u"create-user"_s, 409)};
        writer->insert(first);
        QList<LogRow> second{row(++key, base + kMin + 5000, u"con_b"_s, u"list-users"_s, 200),
                             row(++key, base + 59 * kMin + 59000, u"con_a"_s, u"auth-failed"_s, 401),
                             row(++key, base + 60 * kMin, u"con_a"_s, u"patch-user"_s, 200),
                             row(++key, base + 90 * kMin, u"con_a"_s, u"revoke-sessions"_s, 200)};
        writer->insert(second);
    }
    const std::unique_ptr<LogStore> logOwner = Backends::openLogStore(engine.database.location());
    LogStore &log = *logOwner;
    StatsEndpoints stats(*engine.store, log);
    Router<const HttpRequest> router(&ManagementApi::methodNotAllowed);
    stats.addRoutes(router);
    // As the Management API runs a route: its errors become its error answers.
    const auto call = [&router](const QString &pathAndQuery) {
        const HttpRequest request = get(pathAndQuery);
        try {
            const std::optional<HttpResponse> response =
                router.dispatch("GET", request.path.split(u'/', Qt::SkipEmptyParts), request);
            return response ? *response : HttpResponse::empty(404);
        } catch (const ManagementError &error) {
            return HttpResponse::json(error.status(), error.toJson(), "application/json");
        }
    };
    const QString from = QDateTime::fromMSecsSinceEpoch(base, Qt::UTC).toString(Qt::ISODate);
    const QString to = QDateTime::fromMSecsSinceEpoch(base + 2 * 3600000, Qt::UTC).toString(Qt::ISODate);

    // Minutes of con_a, 09:00–09:03: [2 ok 1 failed], [0 0], [0 0].
    const QJsonObject minutes =
        EngineHarness::json(call(u"/connections/con_a/scim-stats?interval=minute&by_action=true&from=%1&to=%2"_s.arg(
            from, QDateTime::fromMSecsSinceEpoch(base + 3 * kMin, Qt::UTC).toString(Qt::ISODate))));
    const QJsonArray minuteBuckets = minutes.value(u"buckets"_s).toArray();
    QCOMPARE(minuteBuckets.size(), 3);
    QCOMPARE(minuteBuckets.at(0).toObject().value(u"start"_s).toString(), u"2026-11-02T09:00:00.000Z"_s);
    QCOMPARE(minuteBuckets.at(0).toObject().value(u"success"_s).toInt(), 2);
    QCOMPARE(minuteBuckets.at(0).toObject().value(u"failure"_s).toInt(), 1);
    const QJsonObject actions = minuteBuckets.at(0).toObject().value(u"by_action"_s).toObject();
    QCOMPARE(actions.value(u"create-user"_s).toObject().value(u"success"_s).toInt(), 1);
    QCOMPARE(actions.value(u"create-user"_s).toObject().value(u"failure"_s).toInt(), 1);
    QCOMPARE(actions.value(u"get-user"_s).toObject().value(u"success"_s).toInt(), 1);
    QCOMPARE(minuteBuckets.at(1).toObject().value(u"success"_s).toInt(), 0); // con_b's request is not con_a's
    QCOMPARE(minutes.value(u"totals"_s).toObject().value(u"success"_s).toInt(), 2);

    // Hours of con_a, 09:00–11:00: [2 ok, 2 failed] and [1 ok]; the revoke-sessions event is not a request.
    const QJsonObject hours =
        EngineHarness::json(call(u"/connections/con_a/scim-stats?interval=hour&from=%1&to=%2"_s.arg(from, to)));
    const QJsonArray hourBuckets = hours.value(u"buckets"_s).toArray();
    QCOMPARE(hourBuckets.size(), 2);
    QCOMPARE(hourBuckets.at(0).toObject().value(u"success"_s).toInt(), 2);
    QCOMPARE(hourBuckets.at(0).toObject().value(u"failure"_s).toInt(), 2);
    QCOMPARE(hourBuckets.at(1).toObject().value(u"start"_s).toString(), u"2026-11-02T10:00:00.000Z"_s);
    QCOMPARE(hourBuckets.at(1).toObject().value(u"success"_s).toInt(), 1);
    QCOMPARE(hours.value(u"totals"_s).toObject().value(u"failure"_s).toInt(), 2);
    QCOMPARE(hours.value(u"last_request_at"_s).toString(), u"2026-11-02T10:00:00.000Z"_s);
    QCOMPARE(hours.value(u"last_failure_at"_s).toString(), u"2026-11-02T09:59:59.000Z"_s);
    QCOMPARE(hours.value(u"last_failure"_s).toObject().value(u"status"_s).toInt(), 401);
    QCOMPARE(hours.value(u"last_failure"_s).toObject().value(u"action"_s).toString(), u"auth-failed"_s);

    // Tenant-wide by day, with every connection's own figures.
    const QJsonObject tenant =
        EngineHarness::json(call(u"/scim-stats?interval=day&by_connection=true&from=%1&to=%2"_s.arg(
            from, QDateTime::fromMSecsSinceEpoch(base + 3600000 * 15, Qt::UTC).toString(Qt::ISODate)))); // to midnight
    QCOMPARE(tenant.value(u"buckets"_s).toArray().size(), 1);
    QCOMPARE(tenant.value(u"buckets"_s).toArray().at(0).toObject().value(u"start"_s).toString(),
             u"2026-11-02T00:00:00.000Z"_s);
    QCOMPARE(tenant.value(u"totals"_s).toObject().value(u"success"_s).toInt(), 4);
    QCOMPARE(tenant.value(u"totals"_s).toObject().value(u"failure"_s).toInt(), 2);
    const QJsonArray perConnection = tenant.value(u"connections"_s).toArray();
    QCOMPARE(perConnection.size(), 2);
    for (const QJsonValue &value : perConnection) {
        const QJsonObject entry = value.toObject();
        const int expected = entry.value(u"connection_id"_s).toString() == u"con_a"_s ? 3 : 1;
        QCOMPARE(entry.value(u"totals"_s).toObject().value(u"success"_s).toInt(), expected);
    }

    // Bad ranges and intervals.
    QCOMPARE(call(u"/scim-stats?interval=week"_s).status, 400);
    QCOMPARE(call(u"/scim-stats?interval=minute&from=%1&to=%2"_s.arg(from, to)).status, 200);
    QCOMPARE(call(u"/scim-stats?interval=minute&from=2026-01-01T00:00:00Z&to=2026-11-01T00:00:00Z"_s).status, 400);
    QCOMPARE(call(u"/scim-stats?from=%1&to=%1"_s.arg(from)).status, 400);
    QCOMPARE(call(u"/scim-stats?from=yesterday"_s).status, 400);
    const HttpResponse unknown = call(u"/connections/con_zzz/scim-stats"_s);
    QCOMPARE(unknown.status, 404);
}

void AdminApiTest::statsFollowRetention()
{
    // On both backends: the SQLite log file's counts, PostgreSQL's log_counts (kept in the log's transactions).
    QTemporaryDir dir;
    TestBackend::Database database(dir.path(), u"retention.sqlite"_s);
    const std::unique_ptr<LogStore> store = Backends::openLogStore(database.location());
    LogStore &log = *store;
    const qint64 dayBefore = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 base = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    QList<LogRow> rows;
    qint64 key = LogId::keyForMilliseconds(dayBefore);
    for (int i = 0; i < 100; ++i) // 100 events the day before (a whole day that retention drops)
        rows.append(row(++key, dayBefore + i * 1000, u"con_b"_s, u"create-user"_s, i % 4 == 0 ? 409 : 201));
    key = LogId::keyForMilliseconds(base);
    for (int i = 0; i < 3000; ++i) // 3,000 events, one a second: 09:00:00 to 09:49:59
        rows.append(row(++key, base + i * 1000, u"con_a"_s, u"get-user"_s, i % 10 == 0 ? 404 : 200));
    log.insert(rows);
    const auto sum = [&log](qint64 granularity) {
        qint64 total = 0;
        for (const LogStore::Count &count : log.counts(granularity, 0, std::numeric_limits<qint64>::max(), {}))
            total += count.success + count.failure;
        return total;
    };
    QCOMPARE(sum(LogStore::kMinuteMs), 3100);
    QCOMPARE(sum(LogStore::kHourMs), 3100);
    // Retention deletes the day before and the oldest 1,500 of the day (SQLite: whole blocks and a block cut in
    // two; PostgreSQL: the day's partition dropped and events deleted one by one): the counts lose exactly those.
    int deleted = 0;
    for (int round = 0; round < 10 && deleted < 1600; ++round)
        deleted += log.deleteBefore(rows.at(100 + 1500).key, 2000);
    QCOMPARE(deleted, 1600);
    QCOMPARE(log.count(), 1500);
    QCOMPARE(sum(LogStore::kMinuteMs), 1500);
    QCOMPARE(sum(LogStore::kHourMs), 1500);
    // Minute 09:00–09:24 are gone altogether (and the day before), 09:25 starts the kept half.
    const QList<LogStore::Count> minutes = log.counts(LogStore::kMinuteMs, 0, base + 25 * 60000, {});
    QVERIFY2(minutes.isEmpty(), qPrintable(QString::number(minutes.size())));
    const QList<LogStore::Count> kept = log.counts(LogStore::kMinuteMs, base + 25 * 60000, base + 26 * 60000, {});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.constFirst().success + kept.constFirst().failure, 60);
    QCOMPARE(kept.constFirst().failure, 6);
}

void AdminApiTest::statsCountALogFromBeforeCounts()
{
    if (TestBackend::isPostgres()) {
        statsCountALogFromBeforeCountsOnPostgres();
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite-logs"_s);
    const qint64 base = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    {
        LogDatabase log(path);
        log.insert({row(LogId::keyForMilliseconds(base) + 1, base, u"con_a"_s, u"create-user"_s, 201),
                    row(LogId::keyForMilliseconds(base) + 2, base + 1, u"con_a"_s, u"create-user"_s, 409)});
    }
    {
        // What an engine from before statistics left behind: events without counts.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old-log"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"DROP TABLE log_counts"_s));
        QVERIFY(query.exec(u"DROP TABLE log_latest"_s));
        QVERIFY(query.exec(u"DROP TABLE log_meta"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old-log"_s);
    LogDatabase reader(path); // the engine thread's instance opens first and must not count
    LogDatabase writer(path);
    // Until the writer has counted, new events are not counted either (they would be counted twice).
    writer.insert({row(LogId::keyForMilliseconds(base) + 3, base + 2, u"con_a"_s, u"get-user"_s, 200)});
    QVERIFY(reader.counts(LogDatabase::kHourMs, 0, std::numeric_limits<qint64>::max(), {}).isEmpty());
    writer.ensureCounts();
    writer.ensureCounts(); // once only
    const QList<LogDatabase::Count> counts =
        reader.counts(LogDatabase::kHourMs, 0, std::numeric_limits<qint64>::max(), {});
    qint64 success = 0;
    qint64 failure = 0;
    for (const LogDatabase::Count &count : counts) {
        success += count.success;
        failure += count.failure;
    }
    QCOMPARE(success, 2);
    QCOMPARE(failure, 1);
    const QList<LogDatabase::Latest> latest = reader.latest();
    QCOMPARE(latest.size(), 1);
    QCOMPARE(latest.constFirst().failureStatus, 409);
    // A fresh instance finds the counts done and counts new events at once.
    LogDatabase again(path);
    again.insert({row(LogId::keyForMilliseconds(base) + 4, base + 3, u"con_a"_s, u"get-user"_s, 200)});
    qint64 all = 0;
    for (const LogDatabase::Count &count :
         reader.counts(LogDatabase::kMinuteMs, 0, std::numeric_limits<qint64>::max(), {}))
        all += count.success + count.failure;
    QCOMPARE(all, 4);
}

// PostgreSQL: schema version 5 counts the events stored before it (once, under the migration lock), and the log
// counts every batch from then on.
void AdminApiTest::statsCountALogFromBeforeCountsOnPostgres()
{
    TestBackend::Database database{QString(), QString()};
    const qint64 base = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    {
        const std::unique_ptr<LogStore> log = Backends::openLogStore(database.location());
        QList<LogRow> rows{row(0, base, u"con_a"_s, u"create-user"_s, 201),
                           row(0, base + 1, u"con_a"_s, u"create-user"_s, 409),
                           row(0, base + 2, u"con_a"_s, u"revoke-sessions"_s, 200)};
        log->insert(rows);
    }
    {
        // What an engine from before statistics left behind: events without counts, schema version 4.
        PgConnection admin(database.location(), u"scim-tests"_s);
        // (The later versions' tables go too: their migrations run again after version 5's.)
        admin.command(u"DROP TABLE log_counts; DROP TABLE security_events, security_event_head, signing_keys,"
                      " security_event_leases; ALTER TABLE scim_tokens DROP COLUMN scim_endpoint_url;"
                      " DELETE FROM schema_migrations WHERE version >= 5"_s);
    }
    const std::unique_ptr<LogStore> log = Backends::openLogStore(database.location()); // migrates
    QList<LogRow> more{row(0, base + 3, u"con_a"_s, u"get-user"_s, 200)};
    log->insert(more);
    qint64 success = 0;
    qint64 failure = 0;
    for (const LogStore::Count &count : log->counts(LogStore::kHourMs, 0, std::numeric_limits<qint64>::max(), {})) {
        success += count.success;
        failure += count.failure;
    }
    QCOMPARE(success, 2); // the revoke-sessions event is not a request
    QCOMPARE(failure, 1);
    const QList<LogStore::Latest> latest = log->latest();
    QCOMPARE(latest.size(), 1);
    QCOMPARE(latest.constFirst().status, 200);
    QCOMPARE(latest.constFirst().failureStatus, 409);
}

void AdminApiTest::statsEndToEnd()
{
    const QString connection = createConnection(u"stats-e2e"_s);
    const QString token = createToken(connection);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(scim("POST", connection, u"/Users"_s, token,
                      {{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, u"user%1@example.com"_s.arg(i)}})
                     .status,
                 201);
    QCOMPARE(scim("GET", connection, u"/Users/missing"_s, token).status, 404);
    QCOMPARE(scim("GET", connection, u"/Users"_s, u"tok_wrong.wrong"_s).status, 401);
    m_engine->requestLog()->flush();
    const QJsonObject stats =
        api("GET", u"/api/v2/connections/%1/scim-stats?interval=minute&by_action=true"_s.arg(connection)).object();
    QCOMPARE(stats.value(u"totals"_s).toObject().value(u"success"_s).toInt(), 3);
    QCOMPARE(stats.value(u"totals"_s).toObject().value(u"failure"_s).toInt(), 2);
    QCOMPARE(stats.value(u"buckets"_s).toArray().size(), 60);
    QCOMPARE(stats.value(u"last_failure"_s).toObject().value(u"status"_s).toInt(), 401);
    QCOMPARE(stats.value(u"last_request"_s).toObject().value(u"action"_s).toString(), u"auth-failed"_s);
    const QString failureId = stats.value(u"last_failure"_s).toObject().value(u"log_id"_s).toString();
    QCOMPARE(api("GET", u"/api/v2/logs/"_s + failureId).object().value(u"type"_s).toString(), u"fscim"_s);
    const QJsonObject tenant = api("GET", u"/api/v2/scim-stats?by_connection=true"_s).object();
    QVERIFY(tenant.value(u"totals"_s).toObject().value(u"success"_s).toInt() >= 3);
    bool found = false;
    for (const QJsonValue &value : tenant.value(u"connections"_s).toArray()) {
        if (value.toObject().value(u"connection_id"_s).toString() == connection) {
            found = true;
            QCOMPARE(value.toObject().value(u"connection"_s).toString(), u"stats-e2e"_s);
            QCOMPARE(value.toObject().value(u"totals"_s).toObject().value(u"failure"_s).toInt(), 2);
            QCOMPARE(value.toObject().value(u"buckets"_s).toArray().size(), 24);
        }
    }
    QVERIFY(found);
}

void AdminApiTest::connectionOptionsValidatedAndSecretRedacted()
{
    const QString id = createConnection(u"options"_s);
    // Display name: any text, trimmed, at most 128 characters; the name stays a slug.
    Reply patched = api("PATCH", u"/api/v2/connections/"_s + id, {{u"display_name"_s, u"  Acme Corp (Okta)  "_s}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.object().value(u"display_name"_s).toString(), u"Acme Corp (Okta)"_s);
    QCOMPARE(patched.object().value(u"name"_s).toString(), u"options"_s);
    Reply bad = api("PATCH", u"/api/v2/connections/"_s + id, {{u"display_name"_s, QString(129, u'x')}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.object().value(u"details"_s).toArray().at(0).toObject().value(u"field"_s).toString(),
             u"display_name"_s);
    bad = api("PATCH", u"/api/v2/connections/"_s + id, {{u"name"_s, u"has spaces"_s}});
    QCOMPARE(bad.object().value(u"details"_s).toArray().at(0).toObject().value(u"field"_s).toString(), u"name"_s);
    createConnection(u"taken"_s);
    bad = api("PATCH", u"/api/v2/connections/"_s + id, {{u"name"_s, u"taken"_s}});
    QCOMPARE(bad.status, 409);
    QCOMPARE(bad.object().value(u"details"_s).toArray().at(0).toObject().value(u"field"_s).toString(), u"name"_s);
    bad = api("PATCH", u"/api/v2/connections/"_s + id, {{u"strategy"_s, u"waad"_s}});
    QCOMPARE(bad.object().value(u"details"_s).toArray().at(0).toObject().value(u"field"_s).toString(), u"strategy"_s);
    // Every option names its field, so that the console shows the message there.
    bad = api("PATCH", u"/api/v2/connections/"_s + id,
              {{u"options"_s, QJsonObject{{u"scim_unknown_attributes"_s, u"maybe"_s}}}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.object().value(u"details"_s).toArray().at(0).toObject().value(u"field"_s).toString(),
             u"options.scim_unknown_attributes"_s);
    bad = api("PATCH", u"/api/v2/connections/"_s + id,
              {{u"options"_s,
                QJsonObject{{u"rate_limit"_s, QJsonObject{{u"requests_per_second"_s, 5}, {u"burst"_s, 0.5}}}}}});
    QCOMPARE(bad.object().value(u"details"_s).toArray().at(0).toObject().value(u"field"_s).toString(),
             u"options.rate_limit.burst"_s);
    bad = api("PATCH", u"/api/v2/connections/"_s + id,
              {{u"options"_s, QJsonObject{{u"rate_limit"_s, QJsonObject{{u"requests_per_second"_s, -1}}}}}});
    QCOMPARE(bad.object().value(u"details"_s).toArray().at(0).toObject().value(u"field"_s).toString(),
             u"options.rate_limit.requests_per_second"_s);

    // Back-channel logout: a URL, a secret of 32 bytes or more; errors name the field.
    bad = api("PATCH", u"/api/v2/connections/"_s + id,
              {{u"options"_s,
                QJsonObject{{u"backchannel_logout_url"_s, u"ftp://x"_s}, {u"backchannel_logout_secret"_s, kSecret}}}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.object().value(u"details"_s).toArray().at(0).toObject().value(u"field"_s).toString(),
             u"options.backchannel_logout_url"_s);
    bad = api("PATCH", u"/api/v2/connections/"_s + id,
              {{u"options"_s, QJsonObject{{u"backchannel_logout_url"_s, u"https://app.example.com/logout"_s},
                                          {u"backchannel_logout_secret"_s, u"short"_s}}}});
    QCOMPARE(bad.object().value(u"details"_s).toArray().at(0).toObject().value(u"field"_s).toString(),
             u"options.backchannel_logout_secret"_s);
    patched = api("PATCH", u"/api/v2/connections/"_s + id,
                  {{u"options"_s, QJsonObject{{u"backchannel_logout_url"_s, u"https://app.example.com/logout"_s},
                                              {u"backchannel_logout_secret"_s, kSecret},
                                              {u"custom_flag"_s, true}}}});
    QCOMPARE(patched.status, 200);
    // Never returned in full: set, and its last four characters.
    const QJsonObject options = patched.object().value(u"options"_s).toObject();
    QVERIFY(!options.contains(u"backchannel_logout_secret"_s));
    QVERIFY(!patched.body.contains(kSecret.toUtf8()));
    QVERIFY(!patched.body.contains(kSecret.left(20).toUtf8()));
    QCOMPARE(options.value(u"backchannel_logout_secret_set"_s).toBool(), true);
    QCOMPARE(options.value(u"backchannel_logout_secret_hint"_s).toString(), u"…tes!"_s);
    // Sending the options back as read (set flag and hint included) keeps the secret.
    QJsonObject echoed = options;
    echoed.insert(u"backchannel_logout_audience"_s, u"my-app"_s);
    patched = api("PATCH", u"/api/v2/connections/"_s + id, {{u"options"_s, echoed}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.object().value(u"options"_s).toObject().value(u"backchannel_logout_secret_hint"_s).toString(),
             u"…tes!"_s);
    QCOMPARE(patched.object().value(u"options"_s).toObject().value(u"custom_flag"_s).toBool(), true);
    QVERIFY(!api("GET", u"/api/v2/connections/"_s + id).body.contains(kSecret.toUtf8()));
}

void AdminApiTest::testLogoutReachesTheReceiver()
{
    Receiver receiver;
    QVERIFY(receiver.listen());
    const QString id = createConnection(u"logout-test"_s);
    // Nothing configured: the field that is missing.
    Reply result = api("POST", u"/api/v2/connections/%1/backchannel-logout/test"_s.arg(id));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.object().value(u"details"_s).toArray().at(0).toObject().value(u"field"_s).toString(),
             u"options.backchannel_logout_url"_s);

    QCOMPARE(api("PATCH", u"/api/v2/connections/"_s + id,
                 {{u"options"_s, QJsonObject{{u"backchannel_logout_url"_s, receiver.url(u"/logout"_s)},
                                             {u"backchannel_logout_secret"_s, kSecret},
                                             {u"backchannel_logout_audience"_s, u"my-app"_s}}}})
                 .status,
             200);
    receiver.answer(200, "ok, logged out");
    result = api("POST", u"/api/v2/connections/%1/backchannel-logout/test"_s.arg(id));
    QCOMPARE(result.status, 200);
    QJsonObject outcome = result.object();
    QCOMPARE(outcome.value(u"delivered"_s).toBool(), true);
    QCOMPARE(outcome.value(u"status"_s).toInt(), 200);
    QCOMPARE(outcome.value(u"body"_s).toString(), u"ok, logged out"_s);
    QCOMPARE(outcome.value(u"url"_s).toString(), receiver.url(u"/logout"_s));
    QCOMPARE(receiver.requests().size(), 1);
    // A real logout token: form-encoded, HS256 with the connection's secret, the claims OIDC asks for.
    const HttpRequest &request = receiver.requests().constFirst();
    QCOMPARE(request.method, QByteArray("POST"));
    QVERIFY(request.header("content-type").startsWith("application/x-www-form-urlencoded"));
    const QByteArray token =
        QUrlQuery(QString::fromUtf8(request.body)).queryItemValue(u"logout_token"_s, QUrl::FullyDecoded).toUtf8();
    const QList<QByteArray> parts = token.split('.');
    QCOMPARE(parts.size(), 3);
    const QByteArray signature =
        QMessageAuthenticationCode::hash(parts.at(0) + '.' + parts.at(1), kSecret.toUtf8(), QCryptographicHash::Sha256);
    QCOMPARE(base64UrlDecode(parts.at(2)), signature);
    const QJsonObject claims = QJsonDocument::fromJson(base64UrlDecode(parts.at(1))).object();
    QCOMPARE(claims.value(u"aud"_s).toString(), u"my-app"_s);
    QCOMPARE(claims.value(u"jti"_s).toString(), outcome.value(u"jti"_s).toString());
    QVERIFY(claims.value(u"events"_s).toObject().contains(u"http://schemas.openid.net/event/backchannel-logout"_s));

    // Settings not saved yet win (the form being edited); what the receiver refused is reported as such.
    receiver.answer(401, "{\"error\":\"invalid_request\"}");
    result = api("POST", u"/api/v2/connections/%1/backchannel-logout/test"_s.arg(id),
                 {{u"backchannel_logout_url"_s, receiver.url(u"/other"_s)}, {u"user_id"_s, u"u-42"_s}});
    outcome = result.object();
    QCOMPARE(outcome.value(u"delivered"_s).toBool(), false);
    QCOMPARE(outcome.value(u"status"_s).toInt(), 401);
    QCOMPARE(outcome.value(u"body"_s).toString(), u"{\"error\":\"invalid_request\"}"_s);
    QCOMPARE(receiver.requests().size(), 2);
    QCOMPARE(receiver.requests().at(1).path, u"/other"_s);
    // A receiver that is not there: no status, the network error.
    result = api("POST", u"/api/v2/connections/%1/backchannel-logout/test"_s.arg(id),
                 {{u"backchannel_logout_url"_s, u"http://127.0.0.1:1/logout"_s}});
    QCOMPARE(result.status, 200);
    QCOMPARE(result.object().value(u"delivered"_s).toBool(), false);
    QVERIFY(!result.object().contains(u"status"_s));
    QVERIFY(!result.object().value(u"error"_s).toString().isEmpty());
    QCOMPARE(api("POST", u"/api/v2/connections/con_missing/backchannel-logout/test"_s).status, 404);
}

void AdminApiTest::logStreamTestEventAndDeliveryState()
{
    Receiver receiver;
    QVERIFY(receiver.listen());
    receiver.answer(200);
    const Reply created = api("POST", u"/api/v2/log-streams"_s,
                              {{u"name"_s, u"siem"_s},
                               {u"type"_s, u"http"_s},
                               {u"status"_s, u"paused"_s},
                               {u"sink"_s, QJsonObject{{u"httpEndpoint"_s, receiver.url(u"/ingest"_s)},
                                                       {u"httpAuthorization"_s, u"Splunk abc"_s},
                                                       {u"httpContentFormat"_s, u"JSONARRAY"_s}}}});
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(u"id"_s).toString();
    QVERIFY(created.object().value(u"delivery"_s).toObject().value(u"last_delivered_at"_s).isNull());
    // A refused value names its field.
    const Reply refused = api("POST", u"/api/v2/log-streams"_s,
                              {{u"name"_s, u"bad"_s},
                               {u"type"_s, u"http"_s},
                               {u"sink"_s, QJsonObject{{u"httpEndpoint"_s, u"ftp://siem"_s}}}});
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.object().value(u"details"_s).toArray().at(0).toObject().value(u"field"_s).toString(),
             u"sink.httpEndpoint"_s);

    // A test event goes out even while paused, as a real batch would (format, authorization), and says what the
    // receiver answered.
    Reply test = api("POST", u"/api/v2/log-streams/%1/test"_s.arg(id));
    QCOMPARE(test.status, 200);
    QCOMPARE(test.object().value(u"delivered"_s).toBool(), true);
    QCOMPARE(test.object().value(u"status"_s).toInt(), 200);
    QCOMPARE(receiver.requests().size(), 1);
    const HttpRequest &request = receiver.requests().constFirst();
    QCOMPARE(request.header("authorization"), QByteArray("Splunk abc"));
    const QJsonArray batch = QJsonDocument::fromJson(request.body).array();
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.at(0).toObject().value(u"details"_s).toObject().value(u"action"_s).toString(), u"test-event"_s);
    receiver.answer(503, "maintenance");
    test = api("POST", u"/api/v2/log-streams/%1/test"_s.arg(id));
    QCOMPARE(test.object().value(u"delivered"_s).toBool(), false);
    QCOMPARE(test.object().value(u"status"_s).toInt(), 503);
    QCOMPARE(test.object().value(u"body"_s).toString(), u"maintenance"_s);
    // A test is not a delivery: the stream's state is untouched.
    QCOMPARE(api("GET", u"/api/v2/log-streams/"_s + id)
                 .object()
                 .value(u"delivery"_s)
                 .toObject()
                 .value(u"consecutive_failures"_s)
                 .toInt(),
             0);

    // Resumed with traffic: failures until suspension, with the reason and when.
    const QString connection = createConnection(u"streamed"_s);
    const QString token = createToken(connection);
    QCOMPARE(api("PATCH", u"/api/v2/log-streams/"_s + id, {{u"status"_s, u"active"_s}}).status, 200);
    QCOMPARE(scim("GET", connection, u"/Users"_s, token).status, 200);
    QJsonObject stream;
    QTRY_VERIFY_WITH_TIMEOUT(
        (stream = api("GET", u"/api/v2/log-streams/"_s + id).object()).value(u"status"_s).toString() == u"suspended"_s,
        30000);
    QJsonObject delivery = stream.value(u"delivery"_s).toObject();
    QCOMPARE(delivery.value(u"consecutive_failures"_s).toInt(), 10);
    QVERIFY(delivery.value(u"suspended_reason"_s).toString().contains(u"HTTP 503"_s));
    QVERIFY(!delivery.value(u"suspended_at"_s).toString().isEmpty());
    // Resumed and the receiver back: delivered, with the time; the suspension is over.
    receiver.answer(200);
    QCOMPARE(api("PATCH", u"/api/v2/log-streams/"_s + id, {{u"status"_s, u"active"_s}}).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(
        !(delivery = api("GET", u"/api/v2/log-streams/"_s + id).object().value(u"delivery"_s).toObject())
             .value(u"last_delivered_at"_s)
             .isNull(),
        20000);
    QVERIFY(!delivery.contains(u"suspended_reason"_s));
    QCOMPARE(api("POST", u"/api/v2/log-streams/lst_missing/test"_s).status, 404);
}

void AdminApiTest::failedAuthenticationIsDescribedOnceWithARedactedHeader()
{
    const QString connection = createConnection(u"auth-described"_s);
    createToken(connection);
    const QString wrong = u"tok_ABCDEFGHIJKLMNOP.0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s;
    QCOMPARE(scim("GET", connection, u"/Users"_s, wrong).status, 401);
    m_engine->requestLog()->flush();
    const QJsonArray events =
        api("GET", u"/api/v2/logs?q=connection_id:%1%20AND%20action:auth-failed&per_page=1"_s.arg(connection)).array();
    QCOMPARE(events.size(), 1);
    const QJsonObject event = events.at(0).toObject();
    QVERIFY2(event.value(u"description"_s).toString().startsWith(u"Authentication failed (401)"_s),
             qPrintable(event.value(u"description"_s).toString()));
    QVERIFY(!event.value(u"description"_s).toString().contains(u"failed failed"_s));
    const QJsonObject headers =
        event.value(u"details"_s).toObject().value(u"request"_s).toObject().value(u"headers"_s).toObject();
    QCOMPARE(headers.value(u"authorization"_s).toString(), u"Bearer tok_…[redacted]"_s);
    QVERIFY(!QJsonDocument(event).toJson().contains("ABCDEFGH"));
    QCOMPARE(RequestLog::redactedCredential("Basic dXNlcjpwYXNz"), QByteArray("Basic dXN…[redacted]"));
    QCOMPARE(RequestLog::redactedCredential("garbage"), QByteArray("[redacted]"));
}

void AdminApiTest::connectionsListWithCountsAndTokens()
{
    const QString busy = createConnection(u"counted"_s);
    const QString token = createToken(busy);
    QVERIFY(!token.isEmpty());
    QStringList userIds;
    for (int i = 0; i < 3; ++i) {
        const Reply user = scim("POST", busy, u"/Users"_s, token,
                                {{u"schemas"_s, QJsonArray{kUserUrn}},
                                 {u"userName"_s, u"counted%1@example.com"_s.arg(i)},
                                 {u"externalId"_s, u"counted-%1"_s.arg(i)}});
        QCOMPARE(user.status, 201);
        userIds.append(user.object().value(u"id"_s).toString());
    }
    for (int i = 0; i < 2; ++i)
        QCOMPARE(scim("POST", busy, u"/Groups"_s, token,
                      {{u"schemas"_s, QJsonArray{kGroupUrn}}, {u"displayName"_s, u"Counted %1"_s.arg(i)}})
                     .status,
                 201);
    // A connection without SCIM: zero counts, no tokens.
    const QString off = api("POST", u"/api/v2/connections"_s, {{u"name"_s, u"uncounted"_s}, {u"strategy"_s, u"waad"_s}})
                            .object()
                            .value(u"id"_s)
                            .toString();

    // Without the parameters: the list as before.
    const QJsonArray plain = api("GET", u"/api/v2/connections"_s).array();
    QVERIFY(!plain.isEmpty());
    QVERIFY(!plain.at(0).toObject().contains(u"counts"_s));
    QVERIFY(!plain.at(0).toObject().contains(u"scim_tokens"_s));

    const Reply reply = api("GET", u"/api/v2/connections?include_counts=true&include_tokens=true"_s);
    QCOMPARE(reply.status, 200);
    QJsonObject counted, uncounted;
    for (const QJsonValue &value : reply.array()) {
        if (value.toObject().value(u"id"_s).toString() == busy)
            counted = value.toObject();
        if (value.toObject().value(u"id"_s).toString() == off)
            uncounted = value.toObject();
    }
    QCOMPARE(counted.value(u"counts"_s).toObject(),
             (QJsonObject{{u"users"_s, 3}, {u"groups"_s, 2}, {u"active_tokens"_s, 1}}));
    const QJsonArray tokens = counted.value(u"scim_tokens"_s).toArray();
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.at(0).toObject().value(u"token_id"_s).toString(), token.section(u'.', 0, 0));
    QVERIFY(!tokens.at(0).toObject().contains(u"token"_s)); // never the secret
    QCOMPARE(tokens,
             api("GET", u"/api/v2/connections/%1/scim-configuration/tokens"_s.arg(busy)).array()); // as listed there
    QCOMPARE(uncounted.value(u"counts"_s).toObject(),
             (QJsonObject{{u"users"_s, 0}, {u"groups"_s, 0}, {u"active_tokens"_s, 0}}));
    QCOMPARE(uncounted.value(u"scim_tokens"_s).toArray(), QJsonArray());
    // The same figures as the per-connection requests they replace.
    QCOMPARE(api("GET", u"/api/v2/users?connection_id=%1&per_page=0&include_totals=true"_s.arg(busy))
                 .object()
                 .value(u"total"_s)
                 .toInt(),
             3);
    QCOMPARE(api("GET", u"/api/v2/groups?connection_id=%1&per_page=1&include_totals=true"_s.arg(busy))
                 .object()
                 .value(u"total"_s)
                 .toInt(),
             2);
    // One connection, counts only.
    const QJsonObject one = api("GET", u"/api/v2/connections/%1?include_counts=1"_s.arg(busy)).object();
    QCOMPARE(one.value(u"counts"_s).toObject().value(u"users"_s).toInt(), 3);
    QVERIFY(!one.contains(u"scim_tokens"_s));
    // A deleted user is counted no more (a second token, with every scope).
    const QString all = api("POST", u"/api/v2/connections/%1/scim-configuration/tokens"_s.arg(busy))
                            .object()
                            .value(u"token"_s)
                            .toString();
    QVERIFY(!all.isEmpty());
    QCOMPARE(scim("DELETE", busy, u"/Users/"_s + userIds.at(0), all).status, 204);
    QCOMPARE(api("GET", u"/api/v2/connections/%1?include_counts=true"_s.arg(busy))
                 .object()
                 .value(u"counts"_s)
                 .toObject()
                 .value(u"users"_s)
                 .toInt(),
             2);
}

void AdminApiTest::webhookAuthorizationIsWriteOnly()
{
    Receiver receiver;
    QVERIFY(receiver.listen());
    receiver.answer(200);
    const Reply created = api("POST", u"/api/v2/log-streams"_s,
                              {{u"name"_s, u"write-only"_s},
                               {u"type"_s, u"http"_s},
                               {u"status"_s, u"paused"_s},
                               {u"sink"_s, QJsonObject{{u"httpEndpoint"_s, receiver.url(u"/ingest"_s)},
                                                       {u"httpAuthorization"_s, u"Splunk first-secret"_s}}}});
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(u"id"_s).toString();
    // Never in a response: creation, read, list, update.
    const auto shownSink = [this, &id] {
        return api("GET", u"/api/v2/log-streams/"_s + id).object().value(u"sink"_s).toObject();
    };
    QVERIFY(!created.body.contains("first-secret"));
    QCOMPARE(created.object().value(u"sink"_s).toObject().value(u"httpAuthorizationSet"_s).toBool(), true);
    QVERIFY(!shownSink().contains(u"httpAuthorization"_s));
    QVERIFY(!api("GET", u"/api/v2/log-streams"_s).body.contains("first-secret"));
    const auto lastAuthorization = [this, &id, &receiver] {
        const qsizetype before = receiver.requests().size();
        api("POST", u"/api/v2/log-streams/%1/test"_s.arg(id));
        return receiver.requests().size() > before ? receiver.requests().last().header("authorization")
                                                   : QByteArray("(nothing received)");
    };
    QCOMPARE(lastAuthorization(), QByteArray("Splunk first-secret"));

    // Omitted in an update (also with the shown sink sent back as it is): kept.
    QJsonObject sentBack = shownSink();
    sentBack.insert(u"httpContentFormat"_s, u"JSONARRAY"_s);
    const Reply updated = api("PATCH", u"/api/v2/log-streams/"_s + id, {{u"sink"_s, sentBack}});
    QCOMPARE(updated.status, 200);
    QVERIFY(!updated.body.contains("first-secret"));
    QCOMPARE(shownSink().value(u"httpContentFormat"_s).toString(), u"JSONARRAY"_s);
    QCOMPARE(lastAuthorization(), QByteArray("Splunk first-secret"));
    // Given: replaced.
    QCOMPARE(api("PATCH", u"/api/v2/log-streams/"_s + id,
                 {{u"sink"_s, QJsonObject{{u"httpAuthorization"_s, u"Splunk second-secret"_s}}}})
                 .status,
             200);
    QCOMPARE(lastAuthorization(), QByteArray("Splunk second-secret"));
    QCOMPARE(shownSink().value(u"httpAuthorizationSet"_s).toBool(), true);
    // null: removed, and said so.
    QCOMPARE(api("PATCH", u"/api/v2/log-streams/"_s + id,
                 {{u"sink"_s, QJsonObject{{u"httpAuthorization"_s, QJsonValue::Null}}}})
                 .status,
             200);
    QCOMPARE(shownSink().value(u"httpAuthorizationSet"_s).toBool(), false);
    QCOMPARE(lastAuthorization(), QByteArray());
    // Still validated when given.
    QCOMPARE(
        api("PATCH", u"/api/v2/log-streams/"_s + id, {{u"sink"_s, QJsonObject{{u"httpAuthorization"_s, 42}}}}).status,
        400);
    QCOMPARE(api("DELETE", u"/api/v2/log-streams/"_s + id).status, 204);
}

void AdminApiTest::tokensRecordTheirEndpoint()
{
    const QString id = createConnection(u"moving"_s);
    const QString endpoint =
        api("GET", u"/api/v2/connections/"_s + id).object().value(u"scim_endpoint_url"_s).toString();
    QCOMPARE(endpoint, m_engine->publicUrl() + u"/scim/v2/connections/"_s + id);
    const QString used = createToken(id);
    const QString idle = createToken(id);
    const auto tokenEndpoints = [this, &id] {
        QHash<QString, QString> endpoints;
        for (const QJsonValue &value :
             api("GET", u"/api/v2/connections/%1/scim-configuration/tokens"_s.arg(id)).array())
            endpoints.insert(value.toObject().value(u"token_id"_s).toString(),
                             value.toObject().value(u"scim_endpoint_url"_s).toString());
        return endpoints;
    };
    const QString usedId = used.section(u'.', 0, 0);
    const QString idleId = idle.section(u'.', 0, 0);
    QCOMPARE(tokenEndpoints().value(usedId), endpoint);
    QCOMPARE(tokenEndpoints().value(idleId), endpoint);

    // The engine comes back under another public URL: the tokens still name the endpoint they were issued for.
    m_engine.reset();
    EngineOptions options;
    options.port = 0;
    options.databasePath = m_database.location();
    options.adminToken = kAdmin;
    options.publicUrl = u"https://scim.example.test"_s;
    m_engine = std::make_unique<Engine>(options);
    QVERIFY(m_engine->start());
    const QString moved = u"https://scim.example.test/scim/v2/connections/"_s + id;
    QCOMPARE(api("GET", u"/api/v2/connections/"_s + id).object().value(u"scim_endpoint_url"_s).toString(), moved);
    QCOMPARE(tokenEndpoints().value(usedId), endpoint);
    QCOMPARE(tokenEndpoints().value(idleId), endpoint);
    // A request with one of them reached the engine: its IdP has a working URL, that token is recorded for it.
    QCOMPARE(scim("GET", id, u"/Users"_s, used).status, 200);
    QCOMPARE(tokenEndpoints().value(usedId), moved);
    QCOMPARE(tokenEndpoints().value(idleId), endpoint);
    // A token issued now is issued for the new endpoint; the list with tokens shows the same.
    QCOMPARE(api("DELETE", u"/api/v2/connections/%1/scim-configuration/tokens/%2"_s.arg(id, idleId)).status, 204);
    const QString fresh = createToken(id).section(u'.', 0, 0);
    QCOMPARE(tokenEndpoints().value(fresh), moved);
    for (const QJsonValue &value : api("GET", u"/api/v2/connections?include_tokens=true"_s).array()) {
        if (value.toObject().value(u"id"_s).toString() != id)
            continue;
        for (const QJsonValue &token : value.toObject().value(u"scim_tokens"_s).toArray())
            QCOMPARE(token.toObject().value(u"scim_endpoint_url"_s).toString(), moved);
    }
    // The engine as the other tests had it.
    m_engine.reset();
    QVERIFY(startEngine());
}

QTEST_GUILESS_MAIN(AdminApiTest)
#include "tst_admin_api.moc"
