// HTTPS on a real scim-engine process, with certificates made by openssl in the test's directory: the handshake
// (TLS 1.2 or later, ALPN http/1.1, EC and RSA keys, a chain), refusal of TLS 1.1 and of plain HTTP, the handshake
// deadline, SIGHUP reloading the pair for new connections, a broken new pair refused with the old one kept, start-up
// refusals, and the admin listener under TLS.

#include "EngineProcess.h"
#include "TestCertificates.h"
#include "TestHttpClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QString kAdminToken = u"adm_tls-test-admin-token"_s;

QString fingerprintOf(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(contents);
    return true;
}

TestHttpClient::Options tls(const QList<QSslCertificate> &trusted = {})
{
    TestHttpClient::Options options;
    options.tls = true;
    options.trusted = trusted;
    return options;
}

} // namespace

class TlsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void servesHttpsWithTls12OrLaterAndAlpn();
    void rsaKeyWithItsChain();
    void refusesTls11();
    void refusesPlainHttp();
    void handshakeMustFinishInTime();
    void sighupReloadsForNewConnections();
    void sighupOnSystemdCredentialCopiesSaysSo();
    void brokenNewPairIsRefusedAndTheOldOneStays();
    void refusesToStartWithABadPair();
    void adminListenerServesTlsToo();

private:
    QStringList tlsArguments(const TestCertificates::Pair &pair) const
    {
        return {u"--tls-cert"_s, pair.certificate, u"--tls-key"_s, pair.key};
    }

    bool startEngine(EngineProcess &engine, const QString &name, const QStringList &arguments)
    {
        return engine.start(m_dir.filePath(name + u"/engine.sqlite"_s), kAdminToken, arguments);
    }

    // The fingerprint of the certificate a new TLS connection is given.
    static QString servedFingerprint(quint16 port)
    {
        TestHttpClient client(port, tls());
        if (!client.open())
            return QString();
        return fingerprintOf(client.sslSocket()->peerCertificate());
    }

    // Waits until the engine's output (stdout or stderr) has grown by a line containing `text`.
    static bool waitForOutput(EngineProcess &engine, const QByteArray &text, qsizetype fromStdout, qsizetype fromStderr)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            engine.collectOutput();
            if (engine.standardOutput().mid(fromStdout).contains(text) ||
                engine.standardError().mid(fromStderr).contains(text))
                return true;
            QTest::qWait(20); // lets QProcess read the pipes
        }
        return false;
    }

    QPair<int, QString> runToExit(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(engineEnvironment(m_dir.path(), kAdminToken));
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
    TestCertificates::Pair m_ec;
    TestCertificates::Pair m_other;
};

void TlsTest::initTestCase()
{
    QString error;
    const auto ec = TestCertificates::selfSigned(m_dir.path(), u"ec"_s, u"ec"_s, 2, &error);
    QVERIFY2(ec, qPrintable(error));
    m_ec = *ec;
    const auto other = TestCertificates::selfSigned(m_dir.path(), u"other"_s, u"ec"_s, 2, &error);
    QVERIFY2(other, qPrintable(error));
    m_other = *other;
}

void TlsTest::servesHttpsWithTls12OrLaterAndAlpn()
{
    EngineProcess engine;
    QVERIFY2(startEngine(engine, u"https"_s, tlsArguments(m_ec)), engine.failure().constData());
    const QString fingerprint = TestCertificates::fingerprint(m_ec.certificate);
    QVERIFY(!fingerprint.isEmpty());
    const QByteArray out = engine.standardOutput();
    QVERIFY2(out.contains("listening on https://127.0.0.1:"), out.constData());
    QVERIFY2(out.contains(QByteArray("public url: https://127.0.0.1:" + QByteArray::number(engine.port()))),
             out.constData());
    QVERIFY2(out.contains(QByteArray("SHA-256 " + fingerprint.toLatin1())),
             out.constData()); // the admin can compare it

    // A client that trusts exactly this certificate verifies it, and gets HTTP/1.1 by ALPN even when offering h2.
    TestHttpClient client(engine.port(), tls(QSslCertificate::fromPath(m_ec.certificate)));
    QVERIFY2(client.open(), qPrintable(client.error()));
    QSslSocket *socket = client.sslSocket();
    QVERIFY(socket->sessionProtocol() == QSsl::TlsV1_2 || socket->sessionProtocol() == QSsl::TlsV1_3);
    QCOMPARE(socket->sslConfiguration().nextNegotiatedProtocol(), QByteArray("http/1.1"));
    QCOMPARE(fingerprintOf(socket->peerCertificate()), fingerprint);
    const TestResponse health = client.request("GET", u"/healthz"_s);
    QCOMPARE(health.status, 200);
    QCOMPARE(health.header("x-content-type-options"), QByteArray("nosniff"));

    // URLs handed out are https ones; SCIM works over TLS end to end.
    const TestResponse created =
        client.request("POST", u"/api/v2/connections"_s, kAdminToken.toUtf8(),
                       QJsonDocument(QJsonObject{{u"name"_s, u"tls"_s}, {u"strategy"_s, u"oidc"_s}}).toJson());
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(u"id"_s).toString();
    QVERIFY(created.json()
                .value(u"scim_endpoint_url"_s)
                .toString()
                .startsWith(u"https://127.0.0.1:%1/"_s.arg(engine.port())));
    QCOMPARE(
        client.request("POST", u"/api/v2/connections/%1/scim-configuration"_s.arg(id), kAdminToken.toUtf8()).status,
        201);
    const QByteArray token =
        client.request("POST", u"/api/v2/connections/%1/scim-configuration/tokens"_s.arg(id), kAdminToken.toUtf8())
            .json()
            .value(u"token"_s)
            .toString()
            .toUtf8();
    const TestResponse user = client.request(
        "POST", u"/scim/v2/connections/%1/Users"_s.arg(id), token,
        QJsonDocument(QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s}},
                                  {u"userName"_s, u"ada@example.com"_s}})
            .toJson());
    QCOMPARE(user.status, 201);
    QVERIFY(user.json().value(u"meta"_s).toObject().value(u"location"_s).toString().startsWith(u"https://"_s));
}

void TlsTest::rsaKeyWithItsChain()
{
    QString ca;
    QString error;
    const auto chain = TestCertificates::chain(m_dir.path(), u"chain"_s, &ca, &error);
    QVERIFY2(chain, qPrintable(error));
    EngineProcess engine;
    QVERIFY2(startEngine(engine, u"rsa-chain"_s, tlsArguments(*chain)), engine.failure().constData());
    QVERIFY(engine.standardOutput().contains("2 certificate(s) in the chain"));
    // Trusting only the CA is enough: the engine sends the intermediate part of the chain.
    TestHttpClient client(engine.port(), tls(QSslCertificate::fromPath(ca)));
    QVERIFY2(client.open(), qPrintable(client.error()));
    QCOMPARE(client.sslSocket()->peerCertificateChain().size(), 2);
    QCOMPARE(client.sslSocket()->peerCertificate().publicKey().algorithm(), QSsl::Rsa);
    QCOMPARE(client.request("GET", u"/healthz"_s).status, 200);
}

void TlsTest::refusesTls11()
{
    EngineProcess engine;
    QVERIFY2(startEngine(engine, u"tls11"_s, tlsArguments(m_ec)), engine.failure().constData());
    // openssl's own security level would refuse TLS 1.1 on the client side: lower it, so that the refusal seen is
    // the engine's.
    const auto handshake = [&](const QString &version) {
        QProcess client;
        client.setProcessChannelMode(QProcess::MergedChannels);
        client.start(u"openssl"_s, {u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(engine.port()), version,
                                    u"-cipher"_s, u"DEFAULT@SECLEVEL=0"_s});
        client.closeWriteChannel();
        if (!client.waitForFinished(15000)) {
            client.kill();
            client.waitForFinished();
        }
        return qMakePair(client.exitCode(), client.readAll());
    };
    const auto [code11, output11] = handshake(u"-tls1_1"_s);
    QVERIFY2(code11 != 0, output11.constData());
    QVERIFY2(output11.contains("alert protocol version"), output11.constData()); // the engine's alert
    QVERIFY(!output11.contains("Server certificate"));
    const auto [code12, output12] = handshake(u"-tls1_2"_s);
    QCOMPARE(code12, 0);
    QVERIFY2(output12.contains("Protocol  : TLSv1.2"), output12.constData());
    const auto [code13, output13] = handshake(u"-tls1_3"_s);
    QCOMPARE(code13, 0);
    QVERIFY(output13.contains("TLSv1.3"));
}

void TlsTest::refusesPlainHttp()
{
    EngineProcess engine;
    QVERIFY2(startEngine(engine, u"plain"_s, tlsArguments(m_ec)), engine.failure().constData());
    TestHttpClient plain(engine.port());
    QVERIFY(plain.send("GET /scim/v2/connections/con_x/Users HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
    QByteArray received;
    QVERIFY(plain.waitForClose(5000, &received));
    QVERIFY2(!received.contains("HTTP/"), received.constData()); // at most a TLS alert, never an HTTP answer
    // The request never reached the application: nothing is logged.
    TestHttpClient client(engine.port(), tls());
    const TestResponse logs = client.request("GET", u"/api/v2/logs"_s, kAdminToken.toUtf8());
    QCOMPARE(logs.status, 200);
    QCOMPARE(QJsonDocument::fromJson(logs.body).array().size(), 0);
}

void TlsTest::handshakeMustFinishInTime()
{
    EngineProcess engine;
    QVERIFY2(startEngine(engine, u"handshake"_s, tlsArguments(m_ec) + QStringList{u"--header-timeout"_s, u"1"_s}),
             engine.failure().constData());
    TestHttpClient silent(engine.port()); // TCP only: never sends a ClientHello
    QVERIFY(silent.open());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(silent.waitForClose(5000));
    QVERIFY2(timer.elapsed() >= 800 && timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    // A real client is not affected.
    TestHttpClient client(engine.port(), tls());
    QCOMPARE(client.request("GET", u"/healthz"_s).status, 200);
}

void TlsTest::sighupReloadsForNewConnections()
{
    const QString certificate = m_dir.filePath(u"live-reload.crt"_s);
    const QString key = m_dir.filePath(u"live-reload.key"_s);
    QVERIFY(copyFile(m_ec.certificate, certificate) && copyFile(m_ec.key, key));
    EngineProcess engine;
    QVERIFY2(startEngine(engine, u"reload"_s, tlsArguments({certificate, key})), engine.failure().constData());
    const QString first = TestCertificates::fingerprint(m_ec.certificate);
    const QString second = TestCertificates::fingerprint(m_other.certificate);
    QCOMPARE(servedFingerprint(engine.port()), first);
    TestHttpClient kept(engine.port(), tls());
    QCOMPARE(kept.request("GET", u"/healthz"_s).status, 200);

    QVERIFY(copyFile(m_other.certificate, certificate) && copyFile(m_other.key, key));
    engine.collectOutput();
    const qsizetype out = engine.standardOutput().size();
    ::kill(pid_t(engine.pid()), SIGHUP);
    QVERIFY2(waitForOutput(engine, "tls: reloaded", out, engine.standardError().size()),
             engine.standardError().constData());
    QVERIFY(engine.standardOutput().mid(out).contains(second.toLatin1()));
    QCOMPARE(servedFingerprint(engine.port()), second);
    // The connection opened before keeps its session and is served on.
    QCOMPARE(kept.request("GET", u"/healthz"_s).status, 200);
    QCOMPARE(fingerprintOf(kept.sslSocket()->peerCertificate()), first);
    QVERIFY(engine.isRunning());
}

void TlsTest::sighupOnSystemdCredentialCopiesSaysSo()
{
    // What systemd does with LoadCredential=: copies in $CREDENTIALS_DIRECTORY, made once at start. A reload reads
    // the same copies; the engine must not let that pass for a renewal.
    const QString credentials = m_dir.filePath(u"credentials"_s);
    QVERIFY(QDir().mkpath(credentials));
    const QString certificate = credentials + u"/tls.crt"_s;
    const QString key = credentials + u"/tls.key"_s;
    QVERIFY(copyFile(m_ec.certificate, certificate) && copyFile(m_ec.key, key));
    QProcessEnvironment environment;
    environment.insert(u"CREDENTIALS_DIRECTORY"_s, credentials);
    EngineProcess engine;
    QVERIFY2(engine.start(m_dir.filePath(u"credentials-engine/engine.sqlite"_s), kAdminToken,
                          tlsArguments({certificate, key}), {}, environment),
             engine.failure().constData());
    engine.collectOutput();
    qsizetype out = engine.standardOutput().size();
    ::kill(pid_t(engine.pid()), SIGHUP);
    QVERIFY2(waitForOutput(engine, "tls: reloaded", out, engine.standardError().size()),
             engine.standardError().constData());
    QTRY_VERIFY_WITH_TIMEOUT((engine.collectOutput(), engine.standardOutput().mid(out).contains("systemctl restart")),
                             10000);
    QVERIFY(engine.standardOutput().mid(out).contains("unchanged"));

    // A real renewal (the copies replaced, as after a restart) is a plain success.
    QVERIFY(copyFile(m_other.certificate, certificate) && copyFile(m_other.key, key));
    engine.collectOutput();
    out = engine.standardOutput().size();
    ::kill(pid_t(engine.pid()), SIGHUP);
    QVERIFY2(waitForOutput(engine, "tls: reloaded", out, engine.standardError().size()),
             engine.standardError().constData());
    QCOMPARE(servedFingerprint(engine.port()), TestCertificates::fingerprint(m_other.certificate));
    QVERIFY2(!engine.standardOutput().mid(out).contains("unchanged"), engine.standardOutput().mid(out).constData());
}

void TlsTest::brokenNewPairIsRefusedAndTheOldOneStays()
{
    const QString certificate = m_dir.filePath(u"live-broken.crt"_s);
    const QString key = m_dir.filePath(u"live-broken.key"_s);
    QVERIFY(copyFile(m_ec.certificate, certificate) && copyFile(m_ec.key, key));
    EngineProcess engine;
    QVERIFY2(startEngine(engine, u"broken"_s, tlsArguments({certificate, key})), engine.failure().constData());
    const QString inUse = TestCertificates::fingerprint(m_ec.certificate);
    QString error;
    const auto expired = TestCertificates::expired(m_dir.path(), u"expired"_s, &error);
    QVERIFY2(expired, qPrintable(error));

    struct Broken
    {
        const char *name;
        std::function<bool()> prepare;
        QByteArray reason;
    };
    const QList<Broken> broken{
        {"a key of another certificate",
         [&] { return copyFile(m_other.certificate, certificate) && copyFile(m_ec.key, key); }, "does not belong"},
        {"no certificate at all", [&] { return writeFile(certificate, "not a certificate\n"); },
         "holds no PEM certificate"},
        {"an expired certificate",
         [&] { return copyFile(expired->certificate, certificate) && copyFile(expired->key, key); }, "expired on"},
        {"a key file that is gone", [&] { return copyFile(m_ec.certificate, certificate) && QFile::remove(key); },
         "Cannot read the key file"},
    };
    for (const Broken &pair : broken) {
        QVERIFY2(pair.prepare(), pair.name);
        engine.collectOutput();
        const qsizetype err = engine.standardError().size();
        ::kill(pid_t(engine.pid()), SIGHUP);
        QVERIFY2(waitForOutput(engine, "tls: reload refused", engine.standardOutput().size(), err), pair.name);
        const QByteArray line = engine.standardError().mid(err);
        QVERIFY2(line.contains(pair.reason), line.constData());
        QVERIFY2(line.contains(inUse.toLatin1()), line.constData()); // says what stays in use
        QCOMPARE(servedFingerprint(engine.port()), inUse);
    }
    QVERIFY(engine.isRunning());
}

void TlsTest::refusesToStartWithABadPair()
{
    QString error;
    const auto expired = TestCertificates::expired(m_dir.path(), u"expired-start"_s, &error);
    QVERIFY2(expired, qPrintable(error));
    const auto [expiredCode, expiredError] = runToExit(tlsArguments(*expired));
    QCOMPARE(expiredCode, 1);
    QVERIFY2(expiredError.contains(u"expired on"_s), qPrintable(expiredError));

    const auto [mismatchCode, mismatchError] = runToExit(tlsArguments({m_ec.certificate, m_other.key}));
    QCOMPARE(mismatchCode, 1);
    QVERIFY2(mismatchError.contains(u"does not belong"_s), qPrintable(mismatchError));

    const QString encrypted = m_dir.filePath(u"encrypted.key"_s);
    QVERIFY(TestCertificates::openssl(m_dir.path(), {u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
                                                     u"ec_paramgen_curve:prime256v1"_s, u"-aes256"_s, u"-pass"_s,
                                                     u"pass:secret"_s, u"-out"_s, encrypted}));
    const auto [encryptedCode, encryptedError] = runToExit(tlsArguments({m_ec.certificate, encrypted}));
    QCOMPARE(encryptedCode, 1);
    QVERIFY2(encryptedError.contains(u"unencrypted RSA or EC private key"_s), qPrintable(encryptedError));

    const auto [aloneCode, aloneError] = runToExit({u"--tls-cert"_s, m_ec.certificate});
    QCOMPARE(aloneCode, 2);
    QVERIFY2(aloneError.contains(u"go together"_s), qPrintable(aloneError));
}

void TlsTest::adminListenerServesTlsToo()
{
    EngineProcess engine;
    QVERIFY2(
        startEngine(engine, u"admin-tls"_s, tlsArguments(m_ec) + QStringList{u"--admin-listen"_s, u"127.0.0.1:0"_s}),
        engine.failure().constData());
    QVERIFY(engine.standardOutput().contains("management api on https://127.0.0.1:"));
    TestHttpClient admin(engine.adminPort(), tls());
    QCOMPARE(admin.request("GET", u"/api/v2/connections"_s, kAdminToken.toUtf8()).status, 200);
    TestHttpClient plain(engine.adminPort());
    QVERIFY(plain.send("GET /api/v2/connections HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
    QByteArray received;
    QVERIFY(plain.waitForClose(5000, &received));
    QVERIFY(!received.contains("HTTP/"));
}

QTEST_GUILESS_MAIN(TlsTest)
#include "tst_tls.moc"
