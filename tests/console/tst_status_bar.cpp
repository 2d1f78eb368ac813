// The status bar names the engine's database (the SQLite file, or the PostgreSQL server and database, never its
// password) and the instance the console talks to, on both backends; with PostgreSQL, for each of two instances.

#include "TestBackend.h"
#include "TestEngine.h"
#include "models/api/ManagementClient.h"
#include "models/session/CredentialStore.h"
#include "models/session/EngineSession.h"
#include "views/shell/EngineStatusWidget.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using scim::CredentialStore;
using scim::EngineSession;
using scim::EngineStatusWidget;
using scim::ManagementClient;

class StatusBarTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"scim-console-tests"_s);
        QCoreApplication::setApplicationName(u"tst_status_bar"_s);
    }

    void namesTheDatabaseAndTheInstance()
    {
        QTemporaryDir dir;
        TestBackend::Database database(dir.path(), u"engine.sqlite"_s);
        TestEngine blue;
        blue.setDatabase(database.location());
        blue.setInstanceName(u"blue"_s);
        QVERIFY(blue.start());

        ManagementClient client;
        CredentialStore credentials;
        credentials.setKeychainEnabled(false);
        EngineSession session(&client, &credentials);
        EngineStatusWidget status(&session);
        session.connectRemote(blue.url(), TestEngine::kAdminToken, false);
        QTRY_VERIFY_WITH_TIMEOUT(status.text().contains(u"Instance: blue"_s), 10000);
        const QString text = status.text();
        if (!TestBackend::isPostgres()) {
            QVERIFY2(text.contains(u"Database: SQLite "_s + database.location()), qPrintable(text));
            return;
        }
        const QUrl url(database.location());
        QVERIFY2(text.contains(
                     u"Database: PostgreSQL %1@127.0.0.1:%2%3"_s.arg(url.userName()).arg(url.port()).arg(url.path())),
                 qPrintable(text));
        QVERIFY2(!text.contains(url.password()), "the password must never be shown");
        QVERIFY2(text.contains(u"Instance: blue (leader)"_s), qPrintable(text));

        // A second instance on the same database: the console names the one it talks to.
        TestEngine green;
        green.setDatabase(database.location());
        green.setInstanceName(u"green"_s);
        QVERIFY(green.start());
        session.connectRemote(green.url(), TestEngine::kAdminToken, false);
        QTRY_VERIFY_WITH_TIMEOUT(status.text().contains(u"Instance: green (follower)"_s), 10000);
        QVERIFY(status.text().contains(url.path()));
        green.stop();
        blue.stop();
    }
};

QTEST_MAIN(StatusBarTest)
#include "tst_status_bar.moc"
