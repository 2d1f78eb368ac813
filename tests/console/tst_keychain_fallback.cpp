// CredentialStore without any secret service (no D-Bus session): the console says so and stores nothing, unless
// the admin opted in to the fallback file, which is then 0600 and written atomically.

#include "models/api/ManagementClient.h"
#include "models/session/CredentialStore.h"
#include "models/session/EngineSession.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scim;
using Status = CredentialStore::Status;

class TestKeychainFallback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void withoutOptInNothingIsStored();
    void optInFileIsOwnerOnly();
    void refusesAFileOthersCanRead();
    void embeddedSessionKeepsTokenInOptedInFile();

private:
    QTemporaryDir m_dir;
    QString m_file;
};

void TestKeychainFallback::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"scim-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_keychain_fallback"_s);
    // CTest runs this without a session bus; make sure no inherited one is used.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/scim-console-test-bus");
}

void TestKeychainFallback::init()
{
    QSettings().clear();
    m_file = m_dir.filePath(u"config/admin-tokens.json"_s);
    QFile::remove(m_file);
}

void TestKeychainFallback::withoutOptInNothingIsStored()
{
    CredentialStore store;
    store.setFallbackFilePath(m_file);
    QSignalSpy written(&store, &CredentialStore::tokenWritten);
    store.writeToken(u"http://engine.example:8080"_s, u"adm_x"_s);
    QVERIFY(written.wait(15000));
    QCOMPARE(written.first().value(1).value<Status>(), Status::NoSecretService);
    const QString message = written.first().value(2).toString();
    QVERIFY2(message.contains(u"No secret service"_s) && message.contains(u"opt in"_s), qPrintable(message));
    QVERIFY(!QFile::exists(m_file));

    QSignalSpy read(&store, &CredentialStore::tokenRead);
    store.readToken(u"http://engine.example:8080"_s);
    QVERIFY(read.wait(15000));
    QCOMPARE(read.first().value(2).value<Status>(), Status::NoSecretService);
}

void TestKeychainFallback::optInFileIsOwnerOnly()
{
    CredentialStore store;
    store.setFallbackFilePath(m_file);
    store.setFileFallbackEnabled(true);
    QVERIFY(CredentialStore().fileFallbackEnabled()); // remembered
    QSignalSpy written(&store, &CredentialStore::tokenWritten);
    store.writeToken(u"http://engine.example:8080"_s, u"adm_one"_s);
    QVERIFY(written.wait(15000));
    QCOMPARE(written.first().value(1).value<Status>(), Status::Ok);
    store.writeToken(u"embedded:/data/console.sqlite"_s, u"adm_two"_s);
    QTRY_COMPARE(written.size(), 2);
    QCOMPARE(QFile::permissions(m_file) & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject stored = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(stored.value(u"http://engine.example:8080"_s).toString(), u"adm_one"_s);
    QCOMPARE(stored.value(u"embedded:/data/console.sqlite"_s).toString(), u"adm_two"_s);

    QSignalSpy read(&store, &CredentialStore::tokenRead);
    store.readToken(u"http://engine.example:8080"_s);
    QVERIFY(read.wait(15000));
    QCOMPARE(read.first().value(2).value<Status>(), Status::Ok);
    QCOMPARE(read.first().value(1).toString(), u"adm_one"_s);

    QSignalSpy removed(&store, &CredentialStore::tokenRemoved);
    store.removeToken(u"http://engine.example:8080"_s);
    QVERIFY(removed.wait(15000));
    read.clear();
    store.readToken(u"http://engine.example:8080"_s);
    QVERIFY(read.wait(15000));
    QCOMPARE(read.first().value(2).value<Status>(), Status::NotFound);
}

void TestKeychainFallback::refusesAFileOthersCanRead()
{
    CredentialStore store;
    store.setFallbackFilePath(m_file);
    store.setFileFallbackEnabled(true);
    QSignalSpy written(&store, &CredentialStore::tokenWritten);
    store.writeToken(u"k"_s, u"v"_s);
    QVERIFY(written.wait(15000));
    QVERIFY(QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QSignalSpy read(&store, &CredentialStore::tokenRead);
    store.readToken(u"k"_s);
    QVERIFY(read.wait(15000));
    QCOMPARE(read.first().value(2).value<Status>(), Status::Failed);
    QVERIFY(read.first().value(3).toString().contains(u"chmod 600"_s));
    QVERIFY(read.first().value(1).toString().isEmpty());
}

void TestKeychainFallback::embeddedSessionKeepsTokenInOptedInFile()
{
    CredentialStore credentials;
    credentials.setFallbackFilePath(m_file);
    credentials.setFileFallbackEnabled(true);
    ManagementClient client;
    EngineSession session(&client, &credentials);
    const QString database = m_dir.filePath(u"embedded/console.sqlite"_s);
    session.setEmbeddedDatabasePath(database);
    QSignalSpy connected(&session, &EngineSession::connected);
    QSignalSpy notices(&session, &EngineSession::credentialNotice);
    session.startEmbedded();
    QVERIFY(connected.wait(15000));
    QVERIFY(notices.isEmpty());
    QTRY_VERIFY(QFile::exists(m_file));
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(file.readAll())
                .object()
                .value(EngineSession::embeddedKey(database))
                .toString()
                .startsWith(u"adm_"_s));
    QSignalSpy shut(&session, &EngineSession::shutdownComplete);
    session.shutdown();
    QVERIFY(shut.wait(10000));
}

QTEST_GUILESS_MAIN(TestKeychainFallback)
#include "tst_keychain_fallback.moc"
