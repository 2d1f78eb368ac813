// Two real scim-engine processes on one PostgreSQL database (the "postgres" CTest fixture), as behind a load
// balancer: a write on one is read on the other at once, races between them have exactly one winner, the token
// limit holds across them, revocations and configuration changes reach the other within a second, logs are merged
// and pushed from either, log-stream delivery moves to the survivor when the leader is killed (no event lost), and
// a SIGKILL during load loses no acknowledged write.

#include "EngineProcess.h"
#include "LogTestClients.h"
#include "TestBackend.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <array>
#include <csignal>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

#define MSG(bytes) (QByteArray(bytes).constData())

const QString kAdmin = u"admin-token-for-instance-tests"_s;
const QString kUserUrn = u"urn:ietf:params:scim:schemas:core:2.0:User"_s;
const QString kPatchUrn = u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s;

struct Reply
{
    int status = 0; // 0: no HTTP answer (the instance is gone)
    QByteArray body;
    QByteArray etag;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

struct Call
{
    QByteArray method;
    QString url;
    QByteArray authorization;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers = {};
};

} // namespace

class InstancesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestBackend::Database m_database;
    std::unique_ptr<EngineProcess> m_a;
    std::unique_ptr<EngineProcess> m_b;
    QNetworkAccessManager m_network;
    QString m_connection;
    QString m_token;

    // Sends every call at once (each engine is its own process: they really run concurrently) and waits for all.
    QList<Reply> together(const QList<Call> &calls)
    {
        QList<Reply> replies(calls.size());
        int pending = int(calls.size());
        QEventLoop loop;
        for (qsizetype i = 0; i < calls.size(); ++i) {
            const Call &call = calls.at(i);
            QNetworkRequest request{QUrl(call.url)};
            request.setRawHeader("Authorization", call.authorization);
            request.setRawHeader("Content-Type",
                                 call.url.contains(u"/scim/"_s) ? "application/scim+json" : "application/json");
            for (const auto &[name, value] : call.headers)
                request.setRawHeader(name, value);
            request.setTransferTimeout(30000);
            QNetworkReply *reply = m_network.sendCustomRequest(request, call.method, call.body);
            connect(reply, &QNetworkReply::finished, &loop, [&, reply, i] {
                replies[i] = Reply{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                                   reply->rawHeader("ETag")};
                reply->deleteLater();
                if (--pending == 0)
                    loop.quit();
            });
        }
        if (pending > 0)
            loop.exec();
        return replies;
    }

    Reply call(const QByteArray &method, const QString &url, const QByteArray &authorization,
               const QJsonObject &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return together(
                   {Call{method, url, authorization,
                         body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), headers}})
            .constFirst();
    }

    Reply api(EngineProcess &engine, const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return call(method, engine.baseUrl() + u"/api/v2"_s + path, "Bearer " + kAdmin.toUtf8(), body);
    }

    QString scimUrl(EngineProcess &engine, const QString &path) const
    {
        return engine.baseUrl() + u"/scim/v2/connections/"_s + m_connection + path;
    }

    QByteArray bearer(const QString &token = {}) const
    {
        return "Bearer " + (token.isEmpty() ? m_token : token).toUtf8();
    }

    Reply scim(EngineProcess &engine, const QByteArray &method, const QString &path, const QJsonObject &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QString &token = {})
    {
        return call(method, scimUrl(engine, path), bearer(token), body, headers);
    }

    static QJsonObject user(const QString &userName)
    {
        return {{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, userName}, {u"active"_s, true}};
    }

    static QByteArray json(const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

    bool startEngine(std::unique_ptr<EngineProcess> &engine, const QString &name)
    {
        engine = std::make_unique<EngineProcess>();
        if (!engine->start(m_database.location(), kAdmin,
                           {u"--instance-name"_s, name, u"--delivery-retry-ms"_s, u"20"_s})) {
            qWarning("%s", engine->failure().constData());
            return false;
        }
        return true;
    }

    QString newToken()
    {
        return api(*m_a, "POST", u"/connections/%1/scim-configuration/tokens"_s.arg(m_connection))
            .object()
            .value(u"token"_s)
            .toString();
    }

    // Every event in checkpoint order through `engine`, paging 100 at a time.
    QStringList logIds(EngineProcess &engine, const QString &from = u"0"_s)
    {
        QStringList ids;
        QString cursor = from;
        for (;;) {
            const QJsonArray page = api(engine, "GET", u"/logs?from=%1&take=100"_s.arg(cursor)).array();
            for (const QJsonValue &event : page)
                ids << event.toObject().value(u"log_id"_s).toString();
            if (page.size() < 100)
                return ids;
            cursor = ids.constLast();
        }
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(TestBackend::isPostgres());
        QVERIFY(m_dir.isValid());
        m_database = TestBackend::Database(QString(), QString());
        QVERIFY(!m_database.location().isEmpty());
        // A starts first and leads; B follows.
        QVERIFY(startEngine(m_a, u"a"_s));
        QVERIFY(startEngine(m_b, u"b"_s));
        QCOMPARE(api(*m_a, "GET", u"/engine"_s).object().value(u"leader"_s).toBool(), true);
        QCOMPARE(api(*m_b, "GET", u"/engine"_s).object().value(u"leader"_s).toBool(), false);
        // The load and kill tests below send faster than the default per-connection rate limit allows.
        const Reply created =
            api(*m_a, "POST", u"/connections"_s,
                {{u"name"_s, u"acme"_s},
                 {u"strategy"_s, u"okta"_s},
                 {u"options"_s, QJsonObject{{u"rate_limit"_s, QJsonObject{{u"requests_per_second"_s, 0}}}}}});
        QCOMPARE(created.status, 201);
        m_connection = created.object().value(u"id"_s).toString();
        QCOMPARE(api(*m_a, "POST", u"/connections/%1/scim-configuration"_s.arg(m_connection)).status, 201);
        m_token = newToken();
        QVERIFY(!m_token.isEmpty());
    }

    void cleanup()
    {
        for (std::unique_ptr<EngineProcess> *engine : {&m_a, &m_b}) {
            if (*engine && (*engine)->isRunning())
                QVERIFY2((*engine)->stop(), (*engine)->failure().constData());
            engine->reset();
        }
    }

    void aWriteOnOneIsReadOnTheOtherAtOnce()
    {
        for (int i = 0; i < 20; ++i) {
            EngineProcess &writer = i % 2 ? *m_b : *m_a;
            EngineProcess &reader = i % 2 ? *m_a : *m_b;
            const Reply created = scim(writer, "POST", u"/Users"_s, user(u"user%1@example.com"_s.arg(i)));
            QCOMPARE(created.status, 201);
            const QString id = created.object().value(u"id"_s).toString();
            // Immediately, with no wait: no instance serves a stale cached copy.
            QCOMPARE(scim(reader, "GET", u"/Users/"_s + id).status, 200);
            const Reply patched =
                scim(reader, "PATCH", u"/Users/"_s + id,
                     {{u"schemas"_s, QJsonArray{kPatchUrn}},
                      {u"Operations"_s,
                       QJsonArray{QJsonObject{
                           {u"op"_s, u"replace"_s}, {u"path"_s, u"title"_s}, {u"value"_s, u"Title %1"_s.arg(i)}}}}});
            QCOMPARE(patched.status, 204);
            const Reply read = scim(writer, "GET", u"/Users/"_s + id);
            QCOMPARE(read.object().value(u"title"_s).toString(), u"Title %1"_s.arg(i));
            QCOMPARE(read.etag, QByteArray("W/\"2\""));
            const QString filter =
                u"/Users?filter="_s +
                QString::fromLatin1(QUrl::toPercentEncoding(u"userName eq \"USER%1@example.com\""_s.arg(i)));
            QCOMPARE(scim(reader, "GET", filter).object().value(u"totalResults"_s).toInt(), 1);
            QCOMPARE(scim(writer, "DELETE", u"/Users/"_s + id).status, 204);
            QCOMPARE(scim(reader, "GET", u"/Users/"_s + id).status, 404);
        }
    }

    void aUniquenessRaceHasExactlyOneWinner()
    {
        for (int round = 0; round < 25; ++round) {
            const QByteArray body = json(user(u"race%1@example.com"_s.arg(round)));
            const QList<Reply> replies = together({Call{"POST", scimUrl(*m_a, u"/Users"_s), bearer(), body},
                                                   Call{"POST", scimUrl(*m_b, u"/Users"_s), bearer(), body}});
            QList<int> statuses{replies.at(0).status, replies.at(1).status};
            std::sort(statuses.begin(), statuses.end());
            QCOMPARE(statuses, (QList<int>{201, 409}));
            const Reply loser = replies.at(0).status == 409 ? replies.at(0) : replies.at(1);
            QCOMPARE(loser.object().value(u"scimType"_s).toString(), u"uniqueness"_s);
        }
        QCOMPARE(scim(*m_b, "GET", u"/Users?count=1"_s).object().value(u"totalResults"_s).toInt(), 25);
    }

    void aCustomUniqueValueRaceNamesTheAttribute()
    {
        // Two creates with different userNames and the same value of a declared unique attribute, one on each
        // instance at the same moment: the loser's 409 names that attribute, not userName.
        const QString urn = u"urn:example:params:scim:schemas:extension:acme:2.0:User"_s;
        const QJsonObject attribute{{u"name"_s, u"badge"_s}, {u"type"_s, u"string"_s}, {u"uniqueness"_s, u"server"_s}};
        const Reply declared =
            api(*m_a, "POST", u"/connections/%1/scim-configuration/custom-schemas"_s.arg(m_connection),
                {{u"resource_type"_s, u"User"_s},
                 {u"schema"_s,
                  QJsonObject{{u"id"_s, urn}, {u"name"_s, u"Acme"_s}, {u"attributes"_s, QJsonArray{attribute}}}}});
        QCOMPARE(declared.status, 201);
        const auto withBadge = [&urn](const QString &userName, int badge) {
            QJsonObject body = user(userName);
            body.insert(u"schemas"_s, QJsonArray{kUserUrn, urn});
            body.insert(urn, QJsonObject{{u"badge"_s, u"B-%1"_s.arg(badge)}});
            return json(body);
        };
        for (int round = 0; round < 25; ++round) {
            const QList<Reply> replies = together(
                {Call{"POST", scimUrl(*m_a, u"/Users"_s), bearer(), withBadge(u"a%1@example.com"_s.arg(round), round)},
                 Call{"POST", scimUrl(*m_b, u"/Users"_s), bearer(),
                      withBadge(u"b%1@example.com"_s.arg(round), round)}});
            QList<int> statuses{replies.at(0).status, replies.at(1).status};
            std::sort(statuses.begin(), statuses.end());
            QCOMPARE(statuses, (QList<int>{201, 409}));
            const Reply loser = replies.at(0).status == 409 ? replies.at(0) : replies.at(1);
            QCOMPARE(loser.object().value(u"scimType"_s).toString(), u"uniqueness"_s);
            const QString detail = loser.object().value(u"detail"_s).toString();
            QVERIFY2(detail.contains(u"badge"_s) && detail.contains(u"B-%1"_s.arg(round)) &&
                         !detail.contains(u"userName"_s),
                     qPrintable(detail));
        }
        QCOMPARE(scim(*m_b, "GET", u"/Users?count=1"_s).object().value(u"totalResults"_s).toInt(), 25);
    }

    void anIfMatchRaceHasExactlyOneWinner()
    {
        const QString id =
            scim(*m_a, "POST", u"/Users"_s, user(u"contended@example.com"_s)).object().value(u"id"_s).toString();
        for (int round = 0; round < 25; ++round) {
            const Reply current = scim(*m_b, "GET", u"/Users/"_s + id);
            QCOMPARE(current.status, 200);
            auto patch = [&](const QString &title) {
                return json(
                    {{u"schemas"_s, QJsonArray{kPatchUrn}},
                     {u"Operations"_s,
                      QJsonArray{QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, u"title"_s}, {u"value"_s, title}}}}});
            };
            const QList<QPair<QByteArray, QByteArray>> ifMatch{{"If-Match", current.etag}};
            const QList<Reply> replies = together(
                {Call{"PATCH", scimUrl(*m_a, u"/Users/"_s + id), bearer(), patch(u"a%1"_s.arg(round)), ifMatch},
                 Call{"PATCH", scimUrl(*m_b, u"/Users/"_s + id), bearer(), patch(u"b%1"_s.arg(round)), ifMatch}});
            QList<int> statuses{replies.at(0).status, replies.at(1).status};
            std::sort(statuses.begin(), statuses.end());
            QCOMPARE(statuses, (QList<int>{204, 412}));
            const QString winner = replies.at(0).status == 204 ? u"a%1"_s.arg(round) : u"b%1"_s.arg(round);
            const Reply after = scim(*m_a, "GET", u"/Users/"_s + id);
            QCOMPARE(after.object().value(u"title"_s).toString(), winner);
            QCOMPARE(after.etag, QByteArray("W/\"%1\"").replace("%1", QByteArray::number(round + 2)));
        }
        // Without If-Match both writes apply, one after the other (the later one is redone on the new version).
        const QList<Reply> both =
            together({Call{"PUT", scimUrl(*m_a, u"/Users/"_s + id), bearer(), json(user(u"contended@example.com"_s))},
                      Call{"PUT", scimUrl(*m_b, u"/Users/"_s + id), bearer(), json(user(u"Contended@example.com"_s))}});
        QCOMPARE(both.at(0).status, 200);
        QCOMPARE(both.at(1).status, 200);
    }

    void theTokenLimitHoldsAcrossInstances()
    {
        // Each round: a connection with one token, and a second and third requested at once from both instances.
        for (int round = 0; round < 10; ++round) {
            const QString connection = api(*m_a, "POST", u"/connections"_s,
                                           {{u"name"_s, u"limit-%1"_s.arg(round)}, {u"strategy"_s, u"okta"_s}})
                                           .object()
                                           .value(u"id"_s)
                                           .toString();
            QCOMPARE(api(*m_b, "POST", u"/connections/%1/scim-configuration"_s.arg(connection)).status, 201);
            const QString path = u"/api/v2/connections/%1/scim-configuration/tokens"_s.arg(connection);
            QCOMPARE(call("POST", m_a->baseUrl() + path, "Bearer " + kAdmin.toUtf8()).status, 201);
            const QList<Reply> replies =
                together({Call{"POST", m_a->baseUrl() + path, "Bearer " + kAdmin.toUtf8(), "{}"},
                          Call{"POST", m_b->baseUrl() + path, "Bearer " + kAdmin.toUtf8(), "{}"},
                          Call{"POST", m_b->baseUrl() + path, "Bearer " + kAdmin.toUtf8(), "{}"}});
            int created = 0;
            for (const Reply &reply : replies) {
                if (reply.status == 201)
                    ++created;
                else
                    QCOMPARE(reply.object().value(u"errorCode"_s).toString(), u"too_many_tokens"_s);
            }
            QCOMPARE(created, 1);
            QCOMPARE(call("GET", m_b->baseUrl() + path, "Bearer " + kAdmin.toUtf8()).array().size(), 2);
        }
    }

    void revocationAndConfigurationChangesReachTheOtherWithinOneSecond()
    {
        // B has the token cached from a successful request.
        const QString second = newToken();
        QCOMPARE(scim(*m_b, "GET", u"/Users"_s, {}, {}, second).status, 200);
        QCOMPARE(scim(*m_b, "GET", u"/Users"_s, {}, {}, second).status, 200);
        const QString tokenId = second.section(QLatin1Char('.'), 0, 0);
        QCOMPARE(
            api(*m_a, "DELETE", u"/connections/%1/scim-configuration/tokens/%2"_s.arg(m_connection, tokenId)).status,
            204);
        QElapsedTimer timer;
        timer.start();
        while (scim(*m_b, "GET", u"/Users"_s, {}, {}, second).status != 401 && timer.elapsed() < 5000)
            QTest::qWait(5);
        const qint64 revokedAfter = timer.elapsed();
        qInfo("revocation effective on the other instance after %lld ms", revokedAfter);
        QVERIFY2(revokedAfter < 1000, MSG(QByteArray::number(revokedAfter)));

        // SCIM disabled on A: B answers 404 at once, too.
        QCOMPARE(scim(*m_b, "GET", u"/Users"_s).status, 200);
        QCOMPARE(api(*m_a, "DELETE", u"/connections/%1/scim-configuration"_s.arg(m_connection)).status, 204);
        timer.restart();
        while (scim(*m_b, "GET", u"/Users"_s).status != 404 && timer.elapsed() < 5000)
            QTest::qWait(5);
        const qint64 disabledAfter = timer.elapsed();
        qInfo("SCIM disabled on the other instance after %lld ms", disabledAfter);
        QVERIFY2(disabledAfter < 1000, MSG(QByteArray::number(disabledAfter)));

        // A new map on B shapes the profiles A writes.
        QCOMPARE(api(*m_b, "POST", u"/connections/%1/scim-configuration"_s.arg(m_connection)).status, 201);
        m_token = newToken();
        QCOMPARE(scim(*m_a, "GET", u"/Users"_s).status, 200); // A caches the configuration
        const QJsonObject configuration =
            api(*m_b, "GET", u"/connections/%1/scim-configuration"_s.arg(m_connection)).object();
        // title now goes to app_metadata.job.
        QJsonArray changed;
        for (const QJsonValue &entry : configuration.value(u"mapping"_s).toArray()) {
            if (entry.toObject().value(u"scim"_s).toString() != u"title"_s)
                changed.append(entry);
        }
        changed.append(QJsonObject{{u"scim"_s, u"title"_s}, {u"auth0"_s, u"app_metadata.job"_s}});
        const Reply patched =
            api(*m_b, "PATCH", u"/connections/%1/scim-configuration"_s.arg(m_connection),
                {{u"user_id_attribute"_s, configuration.value(u"user_id_attribute"_s)}, {u"mapping"_s, changed}});
        QVERIFY2(patched.status == 200, patched.body.constData());
        timer.restart();
        QString job;
        for (int i = 0; job.isEmpty() && timer.elapsed() < 5000; ++i) {
            QJsonObject body = user(u"mapped%1@example.com"_s.arg(i));
            body.insert(u"title"_s, u"Engineer"_s);
            const QString id = scim(*m_a, "POST", u"/Users"_s, body).object().value(u"id"_s).toString();
            job = api(*m_a, "GET", u"/users/"_s + id)
                      .object()
                      .value(u"app_metadata"_s)
                      .toObject()
                      .value(u"job"_s)
                      .toString();
            if (job.isEmpty())
                QTest::qWait(20);
        }
        qInfo("new map used by the other instance after %lld ms", timer.elapsed());
        QCOMPARE(job, u"Engineer"_s);
        QVERIFY(timer.elapsed() < 1000);
    }

    void logsAreMergedAndPushedFromEither()
    {
        const QString start = logIds(*m_a).value(0, u"0"_s);
        SseClient onA;
        SseClient onB;
        onA.open(m_network, QUrl(m_a->baseUrl() + u"/api/v2/logs/stream"_s), kAdmin);
        onB.open(m_network, QUrl(m_b->baseUrl() + u"/api/v2/logs/stream"_s), kAdmin);
        QTest::qWait(200);
        // Requests to both, one at a time: each event must reach both streams within a second.
        QHash<QString, qint64> sentAt; // request path → when its response came back
        for (int i = 0; i < 20; ++i) {
            EngineProcess &engine = i % 2 ? *m_b : *m_a;
            const QString path = u"/Users/probe-%1"_s.arg(i);
            QCOMPARE(scim(engine, "GET", path).status, 404);
            sentAt.insert(path, QDateTime::currentMSecsSinceEpoch());
            QTest::qWait(30);
        }
        for (SseClient *stream : {&onA, &onB})
            QTRY_VERIFY_WITH_TIMEOUT(stream->events().size() >= 20, 5000);
        qint64 worst = 0;
        for (SseClient *stream : {&onA, &onB}) {
            QStringList ids;
            for (const SseClient::Event &event : stream->events()) {
                const QString path = event.data.value(u"details"_s)
                                         .toObject()
                                         .value(u"request"_s)
                                         .toObject()
                                         .value(u"path"_s)
                                         .toString();
                const QString probe = path.mid(path.indexOf(u"/Users/"_s));
                if (sentAt.contains(probe))
                    worst = qMax(worst, event.receivedAtMs - sentAt.value(probe));
                ids << event.id;
            }
            QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
            QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        }
        qInfo("push latency across instances: worst %lld ms", worst);
        QVERIFY2(worst < 1000, MSG(QByteArray::number(worst)));
        onA.close();
        onB.close();

        // Checkpoint paging while both write at once: no event skipped, none repeated, the same on both.
        QStringList paged;
        QString cursor = logIds(*m_a).constLast();
        const QString pagingFrom = cursor;
        for (int burst = 0; burst < 10; ++burst) {
            QList<Call> calls;
            for (int i = 0; i < 10; ++i)
                calls.append(
                    Call{"GET", scimUrl(i % 2 ? *m_b : *m_a, u"/Users/burst-%1-%2"_s.arg(burst).arg(i)), bearer(), {}});
            together(calls);
            const QJsonArray page = api(burst % 2 ? *m_b : *m_a, "GET", u"/logs?from=%1&take=7"_s.arg(cursor)).array();
            for (const QJsonValue &event : page)
                paged << event.toObject().value(u"log_id"_s).toString();
            if (!paged.isEmpty())
                cursor = paged.constLast();
        }
        QTRY_COMPARE_WITH_TIMEOUT(logIds(*m_a, pagingFrom).size(), 100, 5000);
        paged += logIds(*m_b, cursor);
        QCOMPARE(paged, logIds(*m_a, pagingFrom));
        QCOMPARE(logIds(*m_a, start), logIds(*m_b, start));
    }

    void logStreamDeliveryMovesToTheSurvivorWhenTheLeaderIsKilled()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        const Reply stream = api(*m_b, "POST", u"/log-streams"_s,
                                 {{u"name"_s, u"siem"_s},
                                  {u"type"_s, u"http"_s},
                                  {u"sink"_s, QJsonObject{{u"httpEndpoint"_s, receiver.url(u"/in"_s)},
                                                          {u"httpContentFormat"_s, u"JSONLINES"_s}}}});
        QCOMPARE(stream.status, 201);
        auto delivered = [&] {
            QSet<QString> ids;
            for (const scim::HttpRequest &request : receiver.acknowledged()) {
                for (const QByteArray &line : request.body.split('\n')) {
                    if (!line.trimmed().isEmpty())
                        ids << QJsonDocument::fromJson(line).object().value(u"log_id"_s).toString();
                }
            }
            return ids;
        };
        for (int i = 0; i < 30; ++i)
            scim(i % 2 ? *m_b : *m_a, "GET", u"/Users/before-%1"_s.arg(i));
        QTRY_VERIFY_WITH_TIMEOUT(delivered().size() >= 30, 10000);

        // The leader (A) dies without a word; B takes over and delivers what follows.
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(::kill(pid_t(m_a->pid()), SIGKILL), 0);
        m_a->waitForExit(5000);
        for (int i = 0; i < 30; ++i)
            scim(*m_b, "GET", u"/Users/after-%1"_s.arg(i));
        QTRY_VERIFY_WITH_TIMEOUT(api(*m_b, "GET", u"/engine"_s).object().value(u"leader"_s).toBool(), 10000);
        qInfo("B leads %lld ms after A was killed", timer.elapsed());
        // B's log writer stores its last events in a batch of its own, a moment later on a loaded machine.
        QTRY_COMPARE_WITH_TIMEOUT(logIds(*m_b).size(), 60, 10000);
        const QStringList all = logIds(*m_b);
        QTRY_VERIFY_WITH_TIMEOUT(delivered().size() == 60, 10000);
        QCOMPARE(delivered(), QSet<QString>(all.cbegin(), all.cend())); // at least once: nothing lost
        qInfo("all 60 events delivered %lld ms after the kill (%lld requests)", timer.elapsed(),
              qint64(receiver.requests().size()));
        QVERIFY(timer.elapsed() < 10000);
    }

    // Both instances write the same few users and create users (the connection's count row) in batches of several
    // requests: their transactions lock rows in different orders and PostgreSQL aborts one of a deadlocked pair
    // (40P01). The aborted batch runs again on its instance, so every request still gets its real answer: never a
    // 500 or 503. Rounds repeat until an instance has reported a batch run again (a deadlock really happened).
    void deadlocksBetweenInstancesAreRunAgain()
    {
        constexpr int kUsers = 6;
        constexpr int kPerRound = 240;
        constexpr int kInFlight = 64;
        QStringList users;
        for (int i = 0; i < kUsers; ++i)
            users << scim(*m_a, "POST", u"/Users"_s, user(u"hot%1@example.com"_s.arg(i)))
                         .object()
                         .value(u"id"_s)
                         .toString();
        const auto retried = [this] {
            m_a->collectOutput();
            m_b->collectOutput();
            return m_a->standardError().contains("running it again") ||
                   m_b->standardError().contains("running it again");
        };
        QMap<int, int> statuses;
        int created = 0;
        int posts = 0;
        // A network manager opens at most six connections to a host: several of them, and pipelining, so that each
        // instance handles many requests in one event-loop pass (one batch, one transaction).
        std::array<QNetworkAccessManager, 4> managers;
        for (int round = 0; round < 6 && !retried(); ++round) {
            int sent = 0;
            int answered = 0;
            QEventLoop loop;
            std::function<void()> sendNext = [&] {
                if (sent >= kPerRound)
                    return;
                const int n = sent++;
                EngineProcess &engine = n % 2 ? *m_b : *m_a;
                QNetworkReply *reply = nullptr;
                QNetworkRequest request;
                request.setRawHeader("Authorization", bearer());
                request.setRawHeader("Content-Type", "application/scim+json");
                request.setTransferTimeout(30000);
                request.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, true);
                QNetworkAccessManager &network = managers[size_t(n / 2) % managers.size()];
                const bool post = n % 3 == 0;
                if (post) {
                    request.setUrl(QUrl(scimUrl(engine, u"/Users"_s)));
                    reply = network.post(request, json(user(u"deadlock-%1-%2@example.com"_s.arg(round).arg(n))));
                    ++posts;
                } else {
                    // Each instance walks the users in its own order, so their batches lock rows in opposite orders.
                    const int index = n % 2 ? (n / 2) % kUsers : kUsers - 1 - (n / 2) % kUsers;
                    request.setUrl(QUrl(scimUrl(engine, u"/Users/"_s + users.at(index))));
                    reply = network.sendCustomRequest(
                        request, "PATCH",
                        json({{u"schemas"_s, QJsonArray{kPatchUrn}},
                              {u"Operations"_s, QJsonArray{QJsonObject{{u"op"_s, u"replace"_s},
                                                                       {u"path"_s, u"title"_s},
                                                                       {u"value"_s, u"t%1"_s.arg(n)}}}}}));
                }
                connect(reply, &QNetworkReply::finished, &loop, [&, reply, post] {
                    reply->deleteLater();
                    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    ++statuses[status];
                    if (post && status == 201)
                        ++created;
                    if (++answered == kPerRound)
                        loop.quit();
                    sendNext();
                });
            };
            for (int i = 0; i < kInFlight; ++i)
                sendNext();
            loop.exec();
        }
        QString summary;
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            summary += u"%1: %2  "_s.arg(it.key()).arg(it.value());
        scim::PgConnection admin(m_database.location(), u"scim-tests"_s);
        qInfo("statuses %s; deadlocks reported by PostgreSQL so far: %lld", qPrintable(summary),
              admin.execDynamic(u"SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"_s)
                  .integer(0, 0));
        QVERIFY2(retried(), "no batch was aborted by a deadlock: the load did not exercise the retry");
        // Every creation succeeded; an update either applied, or lost three re-reads in a row to the other
        // instance's writes (412, the client reads again): no request failed for the deadlock.
        QCOMPARE(created, posts);
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            QVERIFY2(it.key() == 201 || it.key() == 204 || it.key() == 412, qPrintable(summary));
        // What the retried batches wrote is there once: the count equals the users created.
        QCOMPARE(scim(*m_b, "GET", u"/Users?count=1"_s).object().value(u"totalResults"_s).toInt(), kUsers + posts);
    }

    void aKilledInstanceLosesNoAcknowledgedWrite()
    {
        // Eight writes always in flight, spread over both instances; when 100 are acknowledged A is killed with
        // its share of requests on the wire. Every write that got its 201 must be there afterwards.
        constexpr int kTotal = 300;
        constexpr int kInFlight = 8;
        QStringList acknowledged;
        int answered = 0;
        int sent = 0;
        int refused = 0;
        int inFlightToA = 0;
        bool killed = false;
        QEventLoop loop;
        std::function<void()> sendNext = [&] {
            if (sent >= kTotal)
                return;
            const bool toA = !killed && sent % 2 == 1;
            QNetworkRequest request{QUrl(scimUrl(toA ? *m_a : *m_b, u"/Users"_s))};
            request.setRawHeader("Authorization", bearer());
            request.setRawHeader("Content-Type", "application/scim+json");
            request.setTransferTimeout(30000);
            QNetworkReply *reply = m_network.post(request, json(user(u"load-%1@example.com"_s.arg(sent++))));
            inFlightToA += toA ? 1 : 0;
            connect(reply, &QNetworkReply::finished, &loop, [&, reply, toA] {
                reply->deleteLater();
                inFlightToA -= toA ? 1 : 0;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                    acknowledged << QJsonDocument::fromJson(reply->readAll()).object().value(u"id"_s).toString();
                else
                    ++refused; // no answer from the dead instance: not acknowledged
                if (!killed && acknowledged.size() >= 100 && inFlightToA >= 2) {
                    qInfo("killing A with %d of its requests in flight", inFlightToA);
                    ::kill(pid_t(m_a->pid()), SIGKILL);
                    killed = true;
                }
                if (++answered == kTotal)
                    loop.quit();
                sendNext();
            });
        };
        for (int i = 0; i < kInFlight; ++i)
            sendNext();
        loop.exec();
        m_a->waitForExit(5000);
        qInfo("%lld writes acknowledged, %d not", qint64(acknowledged.size()), refused);
        QVERIFY(killed);
        QVERIFY(acknowledged.size() >= kTotal - kInFlight);
        const QStringList present = [&] {
            QStringList ids;
            for (int start = 1;; start += 100) {
                const QJsonArray page = scim(*m_b, "GET", u"/Users?startIndex=%1&count=100&attributes=id"_s.arg(start))
                                            .object()
                                            .value(u"Resources"_s)
                                            .toArray();
                for (const QJsonValue &resource : page)
                    ids << resource.toObject().value(u"id"_s).toString();
                if (page.size() < 100)
                    return ids;
            }
        }();
        const QSet<QString> stored(present.cbegin(), present.cend());
        for (const QString &id : std::as_const(acknowledged))
            QVERIFY2(stored.contains(id), MSG(id.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(InstancesTest)
#include "tst_pg_instances.moc"
