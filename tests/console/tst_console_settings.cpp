// ConsoleSettings, the table of everything the console remembers, against real QSettings files: the keys are the
// ones earlier versions wrote (so an upgrade keeps the admin's engine choice, layout and log filters), nothing
// stored reads as the default, and values written by the raw QSettings calls of earlier versions load typed.

#include "models/common/ConsoleSettings.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using scim::ConsoleSettings;

class TestConsoleSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void keysAreThoseEarlierVersionsWrote();
    void nothingStoredReadsAsDefault();
    void valuesRoundTrip();
    void settingsFileOfAnEarlierVersionLoads();
};

void TestConsoleSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"scim-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_console_settings"_s);
}

void TestConsoleSettings::init()
{
    QSettings().clear();
}

void TestConsoleSettings::keysAreThoseEarlierVersionsWrote()
{
    QCOMPARE(ConsoleSettings::kEngineMode.key(), u"engine/mode"_s);
    QCOMPARE(ConsoleSettings::kEngineUrl.key(), u"engine/url"_s);
    QCOMPARE(ConsoleSettings::kTrustedCertificates.key(), u"engine/trustedCertificates"_s);
    QCOMPARE(ConsoleSettings::kEmbeddedEngines.key(), u"engine/embedded"_s);
    QCOMPARE(ConsoleSettings::kTokenFileFallback.key(), u"credentials/fileFallback"_s);
    QCOMPARE(ConsoleSettings::kWindowGeometry.key(), u"ui/geometry"_s);
    QCOMPARE(ConsoleSettings::kWindowState.key(), u"ui/state"_s);
    QCOMPARE(ConsoleSettings::kLastPage.key(), u"ui/lastPage"_s);
    QCOMPARE(ConsoleSettings::kLastConnection.key(), u"ui/lastConnection"_s);
    QCOMPARE(ConsoleSettings::kConnectionsHeader.key(), u"ui/connectionsHeader"_s);
    QCOMPARE(ConsoleSettings::kConnectionsSplitter.key(), u"ui/connectionsSplitter"_s);
    QCOMPARE(ConsoleSettings::kTokensHeader.key(), u"ui/tokensHeader"_s);
    QCOMPARE(ConsoleSettings::kUsersHeader.key(), u"ui/usersHeader"_s);
    QCOMPARE(ConsoleSettings::kUsersSplitter.key(), u"ui/usersSplitter"_s);
    QCOMPARE(ConsoleSettings::kLogsHeader.key(), u"ui/logsHeader"_s);
    QCOMPARE(ConsoleSettings::kLogsSplitter.key(), u"ui/logsSplitter"_s);
    QCOMPARE(ConsoleSettings::kMappingColumns.key(), u"ui/mappingColumns"_s);
    QCOMPARE(ConsoleSettings::kMappingRows.key(), u"ui/mappingRows"_s);
    QCOMPARE(ConsoleSettings::kMappingHeader.key(), u"ui/mappingHeader"_s);
    QCOMPARE(ConsoleSettings::kMappingScimHeader.key(), u"ui/mappingScimHeader"_s);
    QCOMPARE(ConsoleSettings::kLogsFilter.key(), u"logs/filter"_s);
    QCOMPARE(ConsoleSettings::kLogsTimeRange.key(), u"logs/timeRange"_s);
}

void TestConsoleSettings::nothingStoredReadsAsDefault()
{
    QCOMPARE(ConsoleSettings::kEngineMode.value(), QString());
    QCOMPARE(ConsoleSettings::kTokenFileFallback.value(), false);
    QCOMPARE(ConsoleSettings::kWindowGeometry.value(), QByteArray());
    QCOMPARE(ConsoleSettings::kLogsFilter.value(), QVariantMap());
    QCOMPARE(ConsoleSettings::kLogsTimeRange.value(), 0);
    QVERIFY(QSettings().allKeys().isEmpty()); // reading stores nothing
}

void TestConsoleSettings::valuesRoundTrip()
{
    const QByteArray state("\x00\xff layout", 9);
    const QVariantMap filter{{u"connection"_s, u"acme-okta"_s}, {u"statusClass"_s, 4}};
    ConsoleSettings::kEngineMode.setValue(u"remote"_s);
    ConsoleSettings::kEngineUrl.setValue(u"http://127.0.0.1:8080"_s);
    ConsoleSettings::kTokenFileFallback.setValue(true);
    ConsoleSettings::kLogsSplitter.setValue(state);
    ConsoleSettings::kLogsFilter.setValue(filter);
    ConsoleSettings::kLogsTimeRange.setValue(3);
    QSettings().sync();

    QCOMPARE(ConsoleSettings::kEngineMode.value(), u"remote"_s);
    QCOMPARE(ConsoleSettings::kEngineUrl.value(), u"http://127.0.0.1:8080"_s);
    QCOMPARE(ConsoleSettings::kTokenFileFallback.value(), true);
    QCOMPARE(ConsoleSettings::kLogsSplitter.value(), state);
    QCOMPARE(ConsoleSettings::kLogsFilter.value(), filter);
    QCOMPARE(ConsoleSettings::kLogsTimeRange.value(), 3);
    // Stored where (and as what) earlier versions read it.
    QCOMPARE(QSettings().value(u"engine/mode"_s).toString(), u"remote"_s);
    QCOMPARE(QSettings().value(u"logs/timeRange"_s).toInt(), 3);
    QCOMPARE(QSettings().value(u"ui/logsSplitter"_s).toByteArray(), state);
}

void TestConsoleSettings::settingsFileOfAnEarlierVersionLoads()
{
    // What the console wrote before ConsoleSettings existed: the text of its settings file.
    const QString path = QSettings().fileName();
    {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        file.write("[credentials]\nfileFallback=true\n\n"
                   "[engine]\nmode=remote\nurl=https://engine.example:8443\n\n"
                   "[logs]\ntimeRange=2\n\n"
                   "[ui]\ngeometry=@ByteArray(\\x1\\xd9\\xd0\\xcb)\n");
    }
    QCOMPARE(ConsoleSettings::kTokenFileFallback.value(), true);
    QCOMPARE(ConsoleSettings::kEngineMode.value(), u"remote"_s);
    QCOMPARE(ConsoleSettings::kEngineUrl.value(), u"https://engine.example:8443"_s);
    QCOMPARE(ConsoleSettings::kLogsTimeRange.value(), 2);
    QCOMPARE(ConsoleSettings::kWindowGeometry.value(), QByteArray("\x01\xd9\xd0\xcb"));
}

QTEST_GUILESS_MAIN(TestConsoleSettings)
#include "tst_console_settings.moc"
