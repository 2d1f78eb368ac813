// CredentialStore and EngineSession against a real secret service: gnome-keyring in a private D-Bus session
// (run-with-keyring.sh is this test's CTest command). QtKeychain jobs are asynchronous; the test waits on signals.

#include "TestEngine.h"
#include "models/api/ManagementClient.h"
#include "models/session/CredentialStore.h"
#include "models/session/EngineSession.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace scim;
using Status = CredentialStore::Status;

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void writeReadRemove();
    void embeddedTokenIsGeneratedOnceAndKept();
    void rememberedRemoteTokenReconnectsWithoutAsking();

private:
    QTemporaryDir m_dir;
};

namespace {

QList<QVariant> read(CredentialStore &store, const QString &key)
{
    QSignalSpy spy(&store, &CredentialStore::tokenRead);
    store.readToken(key);
    if (!spy.wait(10000))
        return {};
    return spy.first();
}

} // namespace

void TestKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"scim-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_keychain"_s);
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run this test through run-with-keyring.sh (ctest does)");
}

void TestKeychain::init()
{
    QSettings().clear();
}

void TestKeychain::writeReadRemove()
{
    CredentialStore store;
    QVERIFY(!store.fileFallbackEnabled());
    const QString key = u"http://127.0.0.1:9/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<QVariant> missing = read(store, key);
    QCOMPARE(missing.value(2).value<Status>(), Status::NotFound);

    QSignalSpy written(&store, &CredentialStore::tokenWritten);
    store.writeToken(key, u"adm_secret-1"_s);
    QVERIFY(written.wait(10000));
    QCOMPARE(written.first().value(1).value<Status>(), Status::Ok);

    // Another instance (another console run) reads it back from the keyring.
    CredentialStore other;
    const QList<QVariant> found = read(other, key);
    QCOMPARE(found.value(2).value<Status>(), Status::Ok);
    QCOMPARE(found.value(1).toString(), u"adm_secret-1"_s);
    // Nothing was written to the fallback file.
    QVERIFY(!QFile::exists(store.fallbackFilePath()));

    QSignalSpy removed(&store, &CredentialStore::tokenRemoved);
    store.removeToken(key);
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.first().value(1).value<Status>(), Status::Ok);
    QCOMPARE(read(store, key).value(2).value<Status>(), Status::NotFound);
}

void TestKeychain::embeddedTokenIsGeneratedOnceAndKept()
{
    const QString database = m_dir.filePath(u"embedded/console.sqlite"_s);
    CredentialStore credentials;
    QString firstToken;
    {
        ManagementClient client;
        EngineSession session(&client, &credentials);
        session.setEmbeddedDatabasePath(database);
        QSignalSpy connected(&session, &EngineSession::connected);
        QSignalSpy notices(&session, &EngineSession::credentialNotice);
        session.startEmbedded();
        QVERIFY(connected.wait(15000));
        QVERIFY(notices.isEmpty()); // a keychain is available: nothing to tell the admin
        const QList<QVariant> stored = read(credentials, EngineSession::embeddedKey(database));
        QCOMPARE(stored.value(2).value<Status>(), Status::Ok);
        firstToken = stored.value(1).toString();
        QVERIFY(firstToken.startsWith(u"adm_"_s));
        QSignalSpy shut(&session, &EngineSession::shutdownComplete);
        session.shutdown();
        QVERIFY(shut.wait(10000));
    }
    // The next start uses the same token: a client holding it reaches the new engine.
    ManagementClient client;
    EngineSession session(&client, &credentials);
    session.setEmbeddedDatabasePath(database);
    QSignalSpy connected(&session, &EngineSession::connected);
    session.startEmbedded();
    QVERIFY(connected.wait(15000));
    ManagementClient probe;
    probe.setEndpoint(session.url(), firstToken);
    bool done = false;
    int status = 0;
    probe.probe(this, [&](const ApiResult &result) {
        status = result.status;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(status, 200);
    QCOMPARE(read(credentials, EngineSession::embeddedKey(database)).value(1).toString(), firstToken);
    QSignalSpy shut(&session, &EngineSession::shutdownComplete);
    session.shutdown();
    QVERIFY(shut.wait(10000));
}

void TestKeychain::rememberedRemoteTokenReconnectsWithoutAsking()
{
    TestEngine remote;
    QVERIFY(remote.start());
    CredentialStore credentials;
    {
        ManagementClient client;
        EngineSession session(&client, &credentials);
        QSignalSpy written(&credentials, &CredentialStore::tokenWritten);
        QSignalSpy connected(&session, &EngineSession::connected);
        session.connectRemote(remote.url(), TestEngine::kAdminToken, true);
        QVERIFY(connected.wait(10000));
        QVERIFY(written.wait(10000) || !written.isEmpty());
        QCOMPARE(written.first().value(0).toString(), remote.url().toString());
        QCOMPARE(written.first().value(1).value<Status>(), Status::Ok);
    }
    ManagementClient client;
    EngineSession restored(&client, &credentials);
    QSignalSpy connected(&restored, &EngineSession::connected);
    QSignalSpy tokenNeeded(&restored, &EngineSession::tokenNeeded);
    restored.startFromSettings();
    QVERIFY(connected.wait(10000));
    QCOMPARE(restored.mode(), EngineSession::Mode::Remote);
    QCOMPARE(restored.url(), remote.url());
    QVERIFY(tokenNeeded.isEmpty());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
