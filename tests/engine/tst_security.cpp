// The engine's defences, each against a real scim-engine process over real sockets: the admin listener split, the
// warning for an exposed Management API, the per-connection rate limit, the failed-authentication throttle per
// client address, the header-section deadline (slowloris), the connection limits, the security headers, strict HTTP
// on the real engine, and where the admin token comes from. Other client addresses are 127.0.0.2, 127.0.0.3, …
// (the whole of 127/8 is loopback on Linux).

#include "EngineProcess.h"
#include "TestHttpClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

const QString kAdminToken = u"adm_security-test-admin-token"_s;
const QString kErrorUrn = u"urn:ietf:params:scim:api:messages:2.0:Error"_s;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

TestHttpClient::Options from(const char *address)
{
    TestHttpClient::Options options;
    options.source = QHostAddress(QString::fromLatin1(address));
    return options;
}

} // namespace

class SecurityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void managementApiOnlyOnTheAdminListener();
    void warnsWhenTheManagementApiIsExposedWithoutTls();
    void rateLimitPerConnection();
    void defaultRateLimitAndValidation();
    void failedAuthenticationsAreThrottledPerAddress();
    void slowHeadersAreCutOff();
    void connectionLimits();
    void securityHeaders();
    void strictHttpOnTheRealEngine();
    void adminTokenFromFileOrCredentialsDirectory();
    void runsOnJemalloc();

private:
    struct Scim
    {
        QString id;
        QByteArray token;
    };

    bool startEngine(EngineProcess &engine, const QString &name, const QStringList &arguments = {},
                     const QProcessEnvironment &environment = {})
    {
        return engine.start(m_dir.filePath(name + u"/engine.sqlite"_s), kAdminToken, arguments, {}, environment);
    }

    static TestResponse api(quint16 port, const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        TestHttpClient client(port);
        return client.request(method, path, kAdminToken.toUtf8(), body.isEmpty() ? QByteArray() : json(body));
    }

    // A connection with SCIM on and a token with every scope.
    static Scim scimConnection(quint16 port, const QString &name)
    {
        Scim scim;
        const TestResponse created =
            api(port, "POST", u"/api/v2/connections"_s, {{u"name"_s, name}, {u"strategy"_s, u"okta"_s}});
        scim.id = created.json().value(u"id"_s).toString();
        api(port, "POST", u"/api/v2/connections/%1/scim-configuration"_s.arg(scim.id));
        const TestResponse token = api(port, "POST", u"/api/v2/connections/%1/scim-configuration/tokens"_s.arg(scim.id),
                                       {{u"token_lifetime"_s, QJsonValue::Null}});
        scim.token = token.json().value(u"token"_s).toString().toUtf8();
        return scim;
    }

    static QString usersPath(const Scim &scim) { return u"/scim/v2/connections/%1/Users"_s.arg(scim.id); }

    // The log events of a connection matching `query` (Lucene syntax), once at least `atLeast` are stored.
    static QJsonArray logEvents(quint16 port, const QString &query, int atLeast)
    {
        QJsonArray events;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            const TestResponse response =
                api(port, "GET",
                    u"/api/v2/logs?q=%1&per_page=100"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(query))));
            events = QJsonDocument::fromJson(response.body).array();
            if (events.size() >= atLeast)
                break;
            QThread::msleep(50);
        }
        return events;
    }

    // Runs the engine to its exit (for start-up refusals): exit code, standard error.
    QPair<int, QString> runToExit(const QStringList &arguments, const QProcessEnvironment &environment = {})
    {
        QProcess process;
        QProcessEnvironment env = engineEnvironment(m_dir.path(), std::nullopt);
        env.insert(environment);
        process.setProcessEnvironment(env);
        process.start(enginePath(), QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s,
                                                m_dir.filePath(u"exit/engine.sqlite"_s)} +
                                        arguments);
        if (!process.waitForFinished(15000)) {
            process.kill();
            process.waitForFinished();
            return {-1, u"did not exit"_s};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_dir;
};

void SecurityTest::managementApiOnlyOnTheAdminListener()
{
    EngineProcess engine;
    QVERIFY2(startEngine(engine, u"split"_s, {u"--admin-listen"_s, u"127.0.0.1:0"_s}), engine.failure().constData());
    QVERIFY(engine.adminPort() != 0);
    QVERIFY(engine.adminPort() != engine.port());
    QVERIFY(engine.standardOutput().contains("management api on http://127.0.0.1:"));
    QVERIFY2(!engine.standardError().contains("warning"), engine.standardError().constData()); // loopback

    // The SCIM listener does not admit that the Management API exists, the push channel included.
    for (const QString &path : {u"/api/v2/connections"_s, u"/api/v2/logs/stream"_s, u"/api/v2"_s}) {
        const TestResponse hidden = api(engine.port(), "GET", path);
        QCOMPARE(hidden.status, 404);
        QCOMPARE(hidden.json().value(u"statusCode"_s).toInt(), 404);
    }
    QCOMPARE(api(engine.port(), "GET", u"/healthz"_s).status, 200);

    // The admin listener serves it; the SCIM endpoint URL it hands out is the SCIM listener's.
    const Scim scim = scimConnection(engine.adminPort(), u"split"_s);
    QVERIFY(!scim.token.isEmpty());
    const TestResponse connection = api(engine.adminPort(), "GET", u"/api/v2/connections/"_s + scim.id);
    QCOMPARE(connection.status, 200);
    QCOMPARE(connection.json().value(u"scim_endpoint_url"_s).toString(),
             u"http://127.0.0.1:%1/scim/v2/connections/%2"_s.arg(engine.port()).arg(scim.id));
    TestHttpClient scimClient(engine.port());
    QCOMPARE(scimClient.request("GET", usersPath(scim), scim.token).status, 200);
    // SCIM is not served on the admin listener.
    TestHttpClient adminScim(engine.adminPort());
    const TestResponse notHere = adminScim.request("GET", usersPath(scim), scim.token);
    QCOMPARE(notHere.status, 404);
    QVERIFY(notHere.json().value(u"schemas"_s).toArray().contains(kErrorUrn));

    // The push channel on the admin listener.
    TestHttpClient stream(engine.adminPort());
    QVERIFY(stream.send("GET /api/v2/logs/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                        kAdminToken.toUtf8() + "\r\n\r\n"));
    QByteArray head;
    QElapsedTimer timer;
    timer.start();
    while (!head.contains("\r\n\r\n") && timer.elapsed() < 5000) {
        stream.socket()->waitForReadyRead(200);
        head += stream.socket()->readAll();
    }
    QVERIFY2(head.startsWith("HTTP/1.1 200") && head.contains("text/event-stream"), head.constData());
}

void SecurityTest::warnsWhenTheManagementApiIsExposedWithoutTls()
{
    EngineProcess exposed;
    QVERIFY2(startEngine(exposed, u"exposed"_s, {u"--listen"_s, u"0.0.0.0:0"_s}), exposed.failure().constData());
    QVERIFY2(exposed.standardError().contains("warning: The Management API is served without TLS on 0.0.0.0"),
             exposed.standardError().constData());

    EngineProcess split;
    QVERIFY2(
        startEngine(split, u"exposed-split"_s, {u"--listen"_s, u"0.0.0.0:0"_s, u"--admin-listen"_s, u"127.0.0.1:0"_s}),
        split.failure().constData());
    QVERIFY2(!split.standardError().contains("warning"), split.standardError().constData());

    EngineProcess exposedAdmin;
    QVERIFY2(startEngine(exposedAdmin, u"exposed-admin"_s, {u"--admin-listen"_s, u"0.0.0.0:0"_s}),
             exposedAdmin.failure().constData());
    QVERIFY(exposedAdmin.standardError().contains("served without TLS on 0.0.0.0"));
}

void SecurityTest::rateLimitPerConnection()
{
    EngineProcess engine;
    QVERIFY2(startEngine(engine, u"rate"_s), engine.failure().constData());
    const Scim limited = scimConnection(engine.port(), u"limited"_s);
    const Scim other = scimConnection(engine.port(), u"other"_s);

    const QJsonObject limit{{u"rate_limit"_s, QJsonObject{{u"requests_per_second"_s, 1}, {u"burst"_s, 3}}}};
    const TestResponse patched =
        api(engine.port(), "PATCH", u"/api/v2/connections/"_s + limited.id, {{u"options"_s, limit}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json().value(u"options"_s).toObject(), limit);

    // A burst of 3, then 429 with a SCIM error and a whole number of seconds to wait.
    TestHttpClient client(engine.port());
    QList<int> statuses;
    TestResponse refused;
    for (int i = 0; i < 4; ++i) {
        const TestResponse response = client.request("GET", usersPath(limited), limited.token);
        statuses.append(response.status);
        if (response.status == 429)
            refused = response;
    }
    QCOMPARE(statuses, (QList<int>{200, 200, 200, 429}));
    QVERIFY(refused.json().value(u"schemas"_s).toArray().contains(kErrorUrn));
    QCOMPARE(refused.json().value(u"status"_s).toString(), u"429"_s);
    QVERIFY(refused.header("content-type").startsWith("application/scim+json"));
    bool integer = false;
    const int retryAfter = refused.header("retry-after").toInt(&integer);
    QVERIFY2(integer && retryAfter >= 1 && retryAfter <= 2, refused.header("retry-after").constData());

    // Another connection is not affected, even from the same client.
    for (int i = 0; i < 20; ++i)
        QCOMPARE(client.request("GET", usersPath(other), other.token).status, 200);

    // After Retry-After the limited connection is served again.
    QThread::msleep(retryAfter * 1000 + 50);
    QCOMPARE(client.request("GET", usersPath(limited), limited.token).status, 200);

    // Each refusal is logged as a failed SCIM request.
    const QJsonArray events = logEvents(engine.port(), u"type:fscim AND connection_id:%1"_s.arg(limited.id), 1);
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.at(0)
                 .toObject()
                 .value(u"details"_s)
                 .toObject()
                 .value(u"response"_s)
                 .toObject()
                 .value(u"statusCode"_s)
                 .toInt(),
             429);

    // requests_per_second 0 switches it off.
    QCOMPARE(api(engine.port(), "PATCH", u"/api/v2/connections/"_s + limited.id,
                 {{u"options"_s, QJsonObject{{u"rate_limit"_s, QJsonObject{{u"requests_per_second"_s, 0}}}}}})
                 .status,
             200);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(client.request("GET", usersPath(limited), limited.token).status, 200);
}

void SecurityTest::defaultRateLimitAndValidation()
{
    EngineProcess engine;
    QVERIFY2(startEngine(engine, u"rate-default"_s), engine.failure().constData());
    const Scim scim = scimConnection(engine.port(), u"defaults"_s);

    // 400 requests at once: the default allows a burst of 200 and 100 more per second.
    const int total = 400;
    QByteArray pipelined;
    const QByteArray one = "GET " + usersPath(scim).toUtf8() +
                           "?count=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           "Authorization: Bearer " +
                           scim.token + "\r\n\r\n";
    for (int i = 0; i < total; ++i)
        pipelined += one;
    TestHttpClient client(engine.port());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.send(pipelined));
    int ok = 0;
    int tooMany = 0;
    for (int i = 0; i < total; ++i) {
        const TestResponse response = client.read();
        QVERIFY(response.status == 200 || response.status == 429);
        (response.status == 200 ? ok : tooMany)++;
    }
    const qint64 elapsedMs = timer.elapsed();
    QVERIFY2(ok >= 200 && ok <= 200 + elapsedMs / 10 + 2 && tooMany > 0,
             qPrintable(u"%1 served, %2 refused in %3 ms"_s.arg(ok).arg(tooMany).arg(elapsedMs)));

    // Bad limits are refused with the reason.
    const QList<QJsonObject> invalid{QJsonObject{{u"requests_per_second"_s, -1}},
                                     QJsonObject{{u"requests_per_second"_s, u"fast"_s}},
                                     QJsonObject{{u"requests_per_second"_s, 10}, {u"burst"_s, 0}},
                                     QJsonObject{{u"requests_per_second"_s, 10}, {u"burst"_s, 1.5}},
                                     QJsonObject{{u"requests_per_second"_s, 10}, {u"per_minute"_s, 1}}};
    for (const QJsonObject &limit : invalid) {
        const TestResponse response = api(engine.port(), "PATCH", u"/api/v2/connections/"_s + scim.id,
                                          {{u"options"_s, QJsonObject{{u"rate_limit"_s, limit}}}});
        QCOMPARE(response.status, 400);
        QVERIFY2(response.json().value(u"message"_s).toString().contains(u"rate_limit"_s), response.body.constData());
    }
}

void SecurityTest::failedAuthenticationsAreThrottledPerAddress()
{
    EngineProcess engine;
    QVERIFY2(startEngine(engine, u"throttle"_s), engine.failure().constData());
    const Scim scim = scimConnection(engine.port(), u"throttled"_s);

    // 20 failures a minute are answered 401; the 21st request from that address is 429, valid or not.
    TestHttpClient attacker(engine.port(), from("127.0.0.3"));
    for (int i = 0; i < 20; ++i)
        QCOMPARE(attacker.request("GET", usersPath(scim), "tok_wrong.wrong").status, 401);
    const TestResponse throttled = attacker.request("GET", usersPath(scim), "tok_wrong.wrong");
    QCOMPARE(throttled.status, 429);
    QVERIFY(throttled.json().value(u"schemas"_s).toArray().contains(kErrorUrn));
    QCOMPARE(throttled.json().value(u"status"_s).toString(), u"429"_s);
    QCOMPARE(throttled.header("retry-after"), QByteArray("3")); // one more attempt every 60 s / 20
    QCOMPARE(attacker.request("GET", usersPath(scim), scim.token).status, 429);
    // The Management API from that address too.
    TestHttpClient attackerAdmin(engine.port(), from("127.0.0.3"));
    const TestResponse adminThrottled = attackerAdmin.request("GET", u"/api/v2/connections"_s, kAdminToken.toUtf8());
    QCOMPARE(adminThrottled.status, 429);
    QCOMPARE(adminThrottled.json().value(u"errorCode"_s).toString(), u"too_many_requests"_s);
    QVERIFY(!adminThrottled.header("retry-after").isEmpty());

    // Other addresses are not affected.
    TestHttpClient neighbour(engine.port(), from("127.0.0.2"));
    QCOMPARE(neighbour.request("GET", usersPath(scim), scim.token).status, 200);
    QCOMPARE(api(engine.port(), "GET", u"/api/v2/connections"_s).status, 200);

    // Every throttled SCIM request is still logged as a failure, with the client's address.
    QCOMPARE(logEvents(engine.port(), u"type:fscim AND ip:\"127.0.0.3\" AND status:401"_s, 20).size(), 20);
    QCOMPARE(logEvents(engine.port(), u"type:fscim AND ip:\"127.0.0.3\" AND status:429"_s, 2).size(), 2);

    // After Retry-After the address gets one attempt again.
    QThread::msleep(3100);
    QCOMPARE(attacker.request("GET", usersPath(scim), scim.token).status, 200);

    // Failed admin tokens count the same way.
    TestHttpClient adminGuesser(engine.port(), from("127.0.0.4"));
    for (int i = 0; i < 20; ++i)
        QCOMPARE(adminGuesser.request("GET", u"/api/v2/connections"_s, "adm_guess").status, 401);
    QCOMPARE(adminGuesser.request("GET", u"/api/v2/connections"_s, "adm_guess").status, 429);
}

void SecurityTest::slowHeadersAreCutOff()
{
    EngineProcess engine;
    QVERIFY2(startEngine(engine, u"slow"_s, {u"--header-timeout"_s, u"1"_s}), engine.failure().constData());

    // A client that trickles its headers, one byte every 200 ms, is answered 408 and closed after the deadline.
    TestHttpClient slow(engine.port());
    QVERIFY(slow.open());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(slow.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
    TestHttpClient idle(engine.port()); // connects and never says anything
    QVERIFY(idle.open());
    TestHttpClient keepAlive(engine.port());
    QCOMPARE(keepAlive.request("GET", u"/healthz"_s).status, 200);
    QByteArray received;
    bool served = false;
    while (slow.socket()->state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
        slow.socket()->write("X");
        slow.socket()->waitForBytesWritten(100);
        slow.socket()->waitForReadyRead(200);
        received += slow.socket()->readAll();
        // Meanwhile a normal client is served at once.
        if (!served && timer.elapsed() > 400) {
            TestHttpClient normal(engine.port());
            QCOMPARE(normal.request("GET", u"/healthz"_s).status, 200);
            served = true;
        }
        if (received.contains("\r\n\r\n"))
            break;
    }
    QVERIFY(slow.waitForClose(3000, &received));
    const qint64 cutOffMs = timer.elapsed();
    QVERIFY2(received.startsWith("HTTP/1.1 408"), received.constData());
    QVERIFY2(cutOffMs >= 900 && cutOffMs < 3000, qPrintable(QString::number(cutOffMs)));
    QVERIFY(served);

    // The silent connection is closed without an answer.
    QByteArray nothing;
    QVERIFY(idle.waitForClose(3000, &nothing));
    QVERIFY(nothing.isEmpty());

    // A keep-alive connection may wait between requests: the deadline runs from a request's first byte.
    QThread::msleep(1500);
    QCOMPARE(keepAlive.request("GET", u"/healthz"_s).status, 200);
}

void SecurityTest::connectionLimits()
{
    EngineProcess engine;
    QVERIFY2(
        startEngine(engine, u"limits"_s, {u"--max-connections"_s, u"5"_s, u"--max-connections-per-address"_s, u"3"_s}),
        engine.failure().constData());
    QList<std::shared_ptr<TestHttpClient>> open;
    for (int i = 0; i < 3; ++i) {
        open.append(std::make_shared<TestHttpClient>(engine.port()));
        QCOMPARE(open.last()->request("GET", u"/healthz"_s).status, 200);
    }
    // A fourth from the same address is closed at once, without a byte.
    TestHttpClient fourth(engine.port());
    QVERIFY(fourth.open());
    QByteArray nothing;
    QVERIFY(fourth.waitForClose(3000, &nothing));
    QVERIFY(nothing.isEmpty());
    // Other addresses still get in, up to the total.
    for (int i = 0; i < 2; ++i) {
        open.append(std::make_shared<TestHttpClient>(engine.port(), from("127.0.0.2")));
        QCOMPARE(open.last()->request("GET", u"/healthz"_s).status, 200);
    }
    TestHttpClient sixth(engine.port(), from("127.0.0.3"));
    QVERIFY(sixth.open());
    QVERIFY(sixth.waitForClose(3000));
    QTRY_VERIFY2_WITH_TIMEOUT((engine.collectOutput(), engine.standardError().contains("connection limit reached")),
                              engine.standardError().constData(), 10000);

    // A closed connection frees its place.
    open.first()->socket()->disconnectFromHost();
    open.first()->socket()->waitForDisconnected(2000);
    bool servedAgain = false;
    QElapsedTimer timer;
    timer.start();
    while (!servedAgain && timer.elapsed() < 5000) {
        TestHttpClient again(engine.port());
        servedAgain = again.request("GET", u"/healthz"_s).status == 200;
        if (!servedAgain)
            QThread::msleep(50);
    }
    QVERIFY(servedAgain);
}

void SecurityTest::securityHeaders()
{
    EngineProcess engine;
    QVERIFY2(startEngine(engine, u"headers"_s), engine.failure().constData());
    const Scim scim = scimConnection(engine.port(), u"headers"_s);

    // The secret of a new token must never be stored by a cache.
    const TestResponse token =
        api(engine.port(), "POST", u"/api/v2/connections/%1/scim-configuration/tokens"_s.arg(scim.id));
    QCOMPARE(token.status, 201);
    QVERIFY(!token.json().value(u"token"_s).toString().isEmpty());
    QCOMPARE(token.header("cache-control"), QByteArray("no-store"));
    QCOMPARE(token.header("x-content-type-options"), QByteArray("nosniff"));

    TestHttpClient client(engine.port());
    const QList<TestResponse> responses{
        client.request("GET", usersPath(scim), scim.token),                             // SCIM 200
        client.request("GET", u"/scim/v2/connections/con_nothere/Users"_s, scim.token), // SCIM 404
        client.request("GET", u"/api/v2/connections"_s, kAdminToken.toUtf8()),          // Management 200
        client.request("GET", u"/api/v2/connections"_s, "adm_wrong"),                   // Management 401
        client.request("GET", u"/healthz"_s),
    };
    for (const TestResponse &response : responses)
        QCOMPARE(response.header("x-content-type-options"), QByteArray("nosniff"));
    QCOMPARE(responses.at(2).header("cache-control"), QByteArray("no-store"));
    QCOMPARE(responses.at(3).header("cache-control"), QByteArray("no-store"));
    // A protocol error too.
    TestHttpClient raw(engine.port());
    QVERIFY(raw.send("GET /healthz HTTP/1.1\r\n\r\n"));
    const TestResponse refused = raw.read();
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.header("x-content-type-options"), QByteArray("nosniff"));
}

void SecurityTest::strictHttpOnTheRealEngine()
{
    EngineProcess engine;
    QVERIFY2(startEngine(engine, u"strict"_s), engine.failure().constData());
    const Scim scim = scimConnection(engine.port(), u"strict"_s);
    const QByteArray auth = "Authorization: Bearer " + scim.token + "\r\n";
    const QByteArray users = usersPath(scim).toUtf8();
    const QList<QPair<QByteArray, QString>> cases{
        {"GET " + users + " HTTP/1.1\r\n" + auth + "\r\n", u"Host"_s},
        {"GET " + users + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "Accept : */*\r\n\r\n", u"Whitespace"_s},
        {"GET " + users + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "X-A: a" + QByteArray(1, '\0') + "b\r\n\r\n",
         u"NUL"_s},
        {"POST " + users + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth +
             "Content-Length: 2\r\nContent-Length: 20\r\n\r\n{}",
         u"Conflicting Content-Length"_s},
    };
    for (const auto &[bytes, reason] : cases) {
        TestHttpClient client(engine.port());
        QVERIFY(client.send(bytes));
        const TestResponse response = client.read();
        QCOMPARE(response.status, 400);
        // In the dialect of the path: a SCIM error for a SCIM path.
        QVERIFY(response.json().value(u"schemas"_s).toArray().contains(kErrorUrn));
        QVERIFY2(response.json().value(u"detail"_s).toString().contains(reason), response.body.constData());
        QVERIFY(client.waitForClose(3000));
    }
    TestHttpClient management(engine.port());
    QVERIFY(management.send("GET /api/v2/connections HTTP/1.1\r\nAuthorization: Bearer " + kAdminToken.toUtf8() +
                            "\r\n\r\n"));
    const TestResponse response = management.read();
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value(u"statusCode"_s).toInt(), 400);
    // Nothing of it reached the SCIM service: once a valid request is logged, it is the only event.
    TestHttpClient valid(engine.port());
    QCOMPARE(valid.request("GET", usersPath(scim), scim.token).status, 200);
    QCOMPARE(logEvents(engine.port(), u"connection_id:%1"_s.arg(scim.id), 1).size(), 1);
}

void SecurityTest::adminTokenFromFileOrCredentialsDirectory()
{
    const QString directory = m_dir.filePath(u"credentials"_s);
    QVERIFY(QDir().mkpath(directory));
    const QString tokenFile = QDir(directory).filePath(u"admin-token"_s);
    {
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("adm_from-the-file\n");
    }
    QFile::setPermissions(tokenFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // --admin-token-file wins over the environment.
    EngineProcess flag;
    QVERIFY2(flag.start(m_dir.filePath(u"token-flag/engine.sqlite"_s), u"adm_from-the-environment"_s,
                        {u"--admin-token-file"_s, tokenFile}),
             flag.failure().constData());
    QVERIFY(flag.standardOutput().contains(QByteArray("admin token file: " + tokenFile.toUtf8())));
    TestHttpClient client(flag.port());
    QCOMPARE(client.request("GET", u"/api/v2/connections"_s, "adm_from-the-file").status, 200);
    QCOMPARE(client.request("GET", u"/api/v2/connections"_s, "adm_from-the-environment").status, 401);
    QVERIFY(!flag.standardError().contains("warning"));

    // systemd's credentials directory, without the flag.
    EngineProcess credentials;
    QProcessEnvironment environment;
    environment.insert(u"CREDENTIALS_DIRECTORY"_s, directory);
    QVERIFY2(credentials.start(m_dir.filePath(u"token-credentials/engine.sqlite"_s), std::nullopt, {}, {}, environment),
             credentials.failure().constData());
    TestHttpClient viaCredentials(credentials.port());
    QCOMPARE(viaCredentials.request("GET", u"/api/v2/connections"_s, "adm_from-the-file").status, 200);
    QVERIFY(!QFile::exists(m_dir.filePath(u"token-credentials/admin-token"_s))); // nothing generated

    // A file others can read works, with a warning.
    QFile::setPermissions(tokenFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    EngineProcess readable;
    QVERIFY2(readable.start(m_dir.filePath(u"token-readable/engine.sqlite"_s), std::nullopt,
                            {u"--admin-token-file"_s, tokenFile}),
             readable.failure().constData());
    QVERIFY(readable.standardError().contains("can be read by other users"));

    // A missing or empty file stops the start with the reason.
    const auto [missingCode, missingError] = runToExit({u"--admin-token-file"_s, directory + u"/nothing"_s});
    QCOMPARE(missingCode, 1);
    QVERIFY2(missingError.contains(u"Cannot read the admin token file"_s), qPrintable(missingError));
    const QString empty = QDir(directory).filePath(u"empty"_s);
    QFile(empty).open(QIODevice::WriteOnly);
    const auto [emptyCode, emptyError] = runToExit({u"--admin-token-file"_s, empty});
    QCOMPARE(emptyCode, 1);
    QVERIFY2(emptyError.contains(u"is empty"_s), qPrintable(emptyError));
}

void SecurityTest::runsOnJemalloc()
{
#ifndef SCIM_WITH_JEMALLOC
    QSKIP("Built without jemalloc (SCIM_JEMALLOC=OFF or a sanitizer build)");
#else
    // The engine must really allocate through jemalloc (a linker dropping the library would silently bring
    // glibc's fragmenting heap back): it is mapped into the running process.
    EngineProcess engine;
    QVERIFY2(startEngine(engine, u"allocator"_s), engine.failure().constData());
    QFile maps(u"/proc/%1/maps"_s.arg(engine.pid()));
    QVERIFY(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    QVERIFY2(mapped.contains("libjemalloc.so"), "scim-engine does not map libjemalloc");
#endif
}

QTEST_GUILESS_MAIN(SecurityTest)
#include "tst_security.moc"
