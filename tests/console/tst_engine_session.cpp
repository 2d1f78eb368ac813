// EngineSession and EmbeddedEngine: the embedded engine on its worker thread, switching to a remote engine,
// remembering the choice, and reconnecting after the engine restarts.

#include "TestEngine.h"
#include "models/api/ManagementClient.h"
#include "models/session/CredentialStore.h"
#include "models/session/EngineSession.h"

#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using scim::ApiResult;
using scim::CredentialStore;
using scim::EngineSession;
using scim::ManagementClient;

class TestEngineSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void embeddedEngineRunsOnItsOwnThread();
    void remoteEngineIsVerifiedRememberedAndReconnected();
    void secondConsoleOnTheSameDatabaseFailsClearly();
    void switchingBackWhileTheEmbeddedEngineStops();

private:
    QTemporaryDir m_dir;
};

void TestEngineSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"scim-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_engine_session"_s);
}

void TestEngineSession::init()
{
    QSettings().clear();
}

void TestEngineSession::embeddedEngineRunsOnItsOwnThread()
{
    ManagementClient client;
    CredentialStore credentials;
    credentials.setKeychainEnabled(false); // no secret service: a session token, and the admin is told
    EngineSession session(&client, &credentials);
    const QString database = m_dir.filePath(u"embedded/console.sqlite"_s);
    session.setEmbeddedDatabasePath(database);
    QSignalSpy connected(&session, &EngineSession::connected);
    QSignalSpy notices(&session, &EngineSession::credentialNotice);
    session.startFromSettings();
    QCOMPARE(session.state(), EngineSession::State::Starting);
    QVERIFY(connected.wait(10000));
    QCOMPARE(session.state(), EngineSession::State::Connected);
    QCOMPARE(session.mode(), EngineSession::Mode::Embedded);
    QCOMPARE(session.url().host(), u"127.0.0.1"_s);
    QVERIFY(session.url().port() > 0);
    QVERIFY(QFileInfo::exists(database));
    QCOMPARE(notices.size(), 1);
    QVERIFY(notices.first().first().toString().contains(u"No secret service"_s));

    // The client talks to it over HTTP like to any engine.
    bool done = false;
    int status = 0;
    client.createConnection(u"embedded-one"_s, u"okta"_s, this, [&](const ApiResult &result) {
        status = result.status;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(status, 201);

    QSignalSpy shut(&session, &EngineSession::shutdownComplete);
    session.shutdown();
    QVERIFY(shut.wait(10000));
    QCOMPARE(QSettings().value(u"engine/mode"_s).toString(), u"embedded"_s);
}

void TestEngineSession::remoteEngineIsVerifiedRememberedAndReconnected()
{
    TestEngine remote;
    QVERIFY(remote.start());
    ManagementClient client;
    CredentialStore credentials;
    credentials.setKeychainEnabled(false);
    EngineSession session(&client, &credentials);
    session.setReconnectInterval(100);

    // A wrong token is refused before anything switches.
    QSignalSpy refused(&session, &EngineSession::remoteConnectFailed);
    session.connectRemote(remote.url(), u"wrong"_s, false);
    QVERIFY(refused.wait(10000));
    QVERIFY(refused.first().first().toString().contains(u"HTTP 401"_s));
    QCOMPARE(session.state(), EngineSession::State::Idle);

    QSignalSpy connected(&session, &EngineSession::connected);
    session.connectRemote(remote.url(), TestEngine::kAdminToken, false);
    QVERIFY(connected.wait(10000));
    QCOMPARE(session.mode(), EngineSession::Mode::Remote);
    QCOMPARE(session.url(), remote.url());
    QCOMPARE(client.baseUrl(), remote.url());
    QCOMPARE(QSettings().value(u"engine/mode"_s).toString(), u"remote"_s);
    QCOMPARE(QSettings().value(u"engine/url"_s).toString(), remote.url().toString());

    // The engine restarts: the session notices, polls, and reconnects by itself.
    QSignalSpy states(&session, &EngineSession::stateChanged);
    remote.stop();
    bool done = false;
    client.listConnections(this, [&](const ApiResult &) { done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(session.state(), EngineSession::State::Unreachable);
    QTest::qWait(300); // a few failed polls
    QCOMPARE(session.state(), EngineSession::State::Unreachable);
    connected.clear();
    QVERIFY(remote.start());
    QVERIFY(connected.wait(10000));
    QCOMPARE(session.state(), EngineSession::State::Connected);

    // A new session restores the remembered remote engine; without a stored token it asks for one.
    ManagementClient client2;
    EngineSession restored(&client2, &credentials);
    QSignalSpy tokenNeeded(&restored, &EngineSession::tokenNeeded);
    restored.startFromSettings();
    QVERIFY(tokenNeeded.wait(10000));
    QCOMPARE(tokenNeeded.first().first().toUrl(), remote.url());
    QCOMPARE(restored.mode(), EngineSession::Mode::Remote);
}

void TestEngineSession::secondConsoleOnTheSameDatabaseFailsClearly()
{
    const QString database = m_dir.filePath(u"shared/console.sqlite"_s);
    CredentialStore credentials;
    credentials.setKeychainEnabled(false);
    ManagementClient firstClient;
    EngineSession first(&firstClient, &credentials);
    first.setEmbeddedDatabasePath(database);
    QSignalSpy connected(&first, &EngineSession::connected);
    first.startEmbedded();
    QVERIFY(connected.wait(10000));

    ManagementClient secondClient;
    EngineSession second(&secondClient, &credentials);
    second.setEmbeddedDatabasePath(database);
    second.startEmbedded();
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), EngineSession::State::Failed, 10000);
    QVERIFY2(second.lastError().startsWith(u"The embedded engine could not start"_s), qPrintable(second.lastError()));
    QCOMPARE(first.state(), EngineSession::State::Connected);

    QSignalSpy shut(&first, &EngineSession::shutdownComplete);
    first.shutdown();
    QVERIFY(shut.wait(10000));
}

void TestEngineSession::switchingBackWhileTheEmbeddedEngineStops()
{
    TestEngine remote;
    QVERIFY(remote.start());
    CredentialStore credentials;
    credentials.setKeychainEnabled(false);
    ManagementClient client;
    EngineSession session(&client, &credentials);
    session.setEmbeddedDatabasePath(m_dir.filePath(u"switch/console.sqlite"_s));
    QSignalSpy connected(&session, &EngineSession::connected);
    session.startEmbedded();
    QVERIFY(connected.wait(10000));
    const QUrl embeddedUrl = session.url();

    connected.clear();
    session.connectRemote(remote.url(), TestEngine::kAdminToken, false);
    QVERIFY(connected.wait(10000));
    QCOMPARE(session.url(), remote.url());
    // The embedded engine is still shutting down on its thread: switching back waits for it, then restarts it.
    connected.clear();
    session.startEmbedded();
    QVERIFY(connected.wait(10000));
    QCOMPARE(session.mode(), EngineSession::Mode::Embedded);
    QVERIFY(session.url() != remote.url());
    QCOMPARE(session.url().host(), embeddedUrl.host());
    bool done = false;
    int status = 0;
    client.listConnections(this, [&](const ApiResult &result) {
        status = result.status;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(status, 200);
    QSignalSpy shut(&session, &EngineSession::shutdownComplete);
    session.shutdown();
    QVERIFY(shut.wait(10000));
}

QTEST_GUILESS_MAIN(TestEngineSession)
#include "tst_engine_session.moc"
