// The conformance runner against a real scim-engine process over HTTP on 127.0.0.1: every built-in check passes,
// everything the run created is gone afterwards (verified through the engine's Management API), --keep keeps it,
// a token with fewer scopes turns checks into "skipped: token lacks scope X" instead of failures, cancelling still
// cleans up, and the CLI's exit status, summary line and JSON/HTML reports are as documented.

#include "CheckTestEngine.h"
#include "models/check/CheckLoader.h"
#include "models/check/CheckReport.h"
#include "models/check/CheckRunner.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

#define CHECKED(call)                                                                                                  \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

QString describeFailures(const scim::CheckRunner &runner, scim::CheckResult::Status status)
{
    QStringList lines;
    for (const scim::CheckResult &result : runner.results()) {
        if (result.status == status)
            lines.append(result.id + u": "_s + result.detail);
    }
    return lines.join(u'\n');
}

// Checks that require a capability to be absent ("!patch"): skipped against an engine that has them all.
const QStringList kForServersWithout{u"rfc-patch-not-advertised"_s, u"rfc-bulk-not-advertised"_s};

QString uniquePrefix(const QString &what)
{
    return u"scimcheck-%1-%2-"_s.arg(what, QUuid::createUuid().toString(QUuid::Id128).left(6));
}

} // namespace

class CheckEngineTest : public QObject
{
    Q_OBJECT

private:
    CheckTestEngine m_engine;
    int m_connections = 0;

    // A fresh connection of `strategy` and a token with `scopes` (all when empty).
    void connection(const QString &strategy, const QStringList &scopes, QString *id, QString *token)
    {
        *id = m_engine.createScimConnection(u"check-%1-%2"_s.arg(strategy).arg(++m_connections), strategy);
        QVERIFY(!id->isEmpty());
        *token = m_engine.createToken(*id, scopes);
        QVERIFY(!token->isEmpty());
    }

    void run(scim::CheckRunner &runner)
    {
        QSignalSpy finished(&runner, &scim::CheckRunner::finished);
        runner.start();
        QVERIFY(finished.wait(120000));
        QVERIFY(runner.isFinished());
    }

    // Users and groups left in the connection, counted through the Management API and SCIM.
    void verifyEmpty(const QString &connectionId, const QString &token)
    {
        const CheckTestEngine::Reply users =
            m_engine.admin("GET", u"/users?connection_id=%1&include_totals=true&per_page=5"_s.arg(connectionId));
        QCOMPARE(users.status, 200);
        QCOMPARE(users.object().value(u"total"_s).toInt(-1), 0);
        const CheckTestEngine::Reply groups = m_engine.scim(connectionId, token, "GET", u"/Groups?count=5"_s);
        if (groups.status == 200)
            QCOMPARE(groups.object().value(u"totalResults"_s).toInt(-1), 0);
    }

    QProcess *cli(const QStringList &arguments, const QString &token)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"SCIM_CHECK_TOKEN"_s, token);
        process->setProcessEnvironment(environment);
        process->start(QCoreApplication::applicationDirPath() + u"/scim-check"_s, arguments);
        return process;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_engine.start(), qPrintable(m_engine.error())); }

    void everyCheckPasses_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::newRow("Entra ID connection") << u"waad"_s;
        QTest::newRow("Okta connection") << u"okta"_s;
    }

    void everyCheckPasses()
    {
        QFETCH(QString, strategy);
        QString id;
        QString token;
        CHECKED(connection(strategy, {}, &id, &token));

        scim::CheckRunner runner;
        runner.setTarget(QUrl(m_engine.scimBaseUrl(id)), token);
        runner.setChecks(scim::CheckLoader::loadDirectory(scim::CheckLoader::builtInDirectory()));
        QSignalSpy started(&runner, &scim::CheckRunner::checkStarted);
        QSignalSpy finishedChecks(&runner, &scim::CheckRunner::checkFinished);
        QSignalSpy exchanges(&runner, &scim::CheckRunner::exchangeFinished);
        CHECKED(run(runner));

        QVERIFY2(runner.fatalError().isEmpty(), qPrintable(runner.fatalError()));
        QVERIFY2(runner.count(scim::CheckResult::Status::Failed) == 0,
                 qPrintable(describeFailures(runner, scim::CheckResult::Status::Failed)));
        // The engine advertises every capability, so only the checks about servers that do not are skipped.
        for (const scim::CheckResult &result : runner.results()) {
            if (result.status == scim::CheckResult::Status::Skipped)
                QVERIFY2(kForServersWithout.contains(result.id), qPrintable(result.id + u": "_s + result.detail));
        }
        const int checks = int(runner.results().size());
        const int skipped = int(kForServersWithout.size());
        QVERIFY(checks >= 60);
        QCOMPARE(runner.count(scim::CheckResult::Status::Skipped), skipped);
        QCOMPARE(runner.count(scim::CheckResult::Status::Passed), checks - skipped);
        QCOMPARE(runner.summaryLine(), u"%1 passed, 0 failed, %2 skipped"_s.arg(checks - skipped).arg(skipped));
        QCOMPARE(started.size(), checks);
        QCOMPARE(finishedChecks.size(), checks);
        int recorded = 0;
        for (const scim::CheckResult &result : runner.results()) {
            if (result.status == scim::CheckResult::Status::Passed)
                QVERIFY2(!result.exchanges.isEmpty(), qPrintable(result.id));
            recorded += int(result.exchanges.size());
        }
        QCOMPARE(exchanges.size(), recorded);
        QCOMPARE(runner.discoveryExchanges().size(), 3);
        const QJsonObject capabilities = runner.capabilities().toJson();
        for (auto it = capabilities.begin(); it != capabilities.end(); ++it)
            QVERIFY2(it.value().toBool(), qPrintable(it.key()));

        // Cleanup: what it created is deleted, and the engine has nothing left.
        QVERIFY(!runner.cleanup().kept);
        QVERIFY2(runner.cleanup().remaining.isEmpty(), qPrintable(runner.cleanup().remaining.join(u", "_s)));
        QVERIFY(runner.cleanup().deleted.size() > 50);
        CHECKED(verifyEmpty(id, token));
    }

    void limitedScopesSkipWithTheScopeNamed()
    {
        QString id;
        QString token;
        CHECKED(connection(u"okta"_s, {u"get:users"_s, u"post:users"_s, u"delete:users"_s}, &id, &token));

        scim::CheckRunner runner;
        runner.setTarget(QUrl(m_engine.scimBaseUrl(id)), token);
        runner.setChecks(scim::CheckLoader::loadDirectory(scim::CheckLoader::builtInDirectory()));
        CHECKED(run(runner));

        QVERIFY2(runner.count(scim::CheckResult::Status::Failed) == 0,
                 qPrintable(describeFailures(runner, scim::CheckResult::Status::Failed)));
        QVERIFY(runner.count(scim::CheckResult::Status::Passed) >= 30);
        QVERIFY(runner.count(scim::CheckResult::Status::Skipped) >= 30);
        const QStringList allowed{u"put:users"_s,  u"patch:users"_s,  u"get:groups"_s,   u"post:groups"_s,
                                  u"put:groups"_s, u"patch:groups"_s, u"delete:groups"_s};
        QHash<QString, QString> missing;
        for (const scim::CheckResult &result : runner.results()) {
            if (result.status != scim::CheckResult::Status::Skipped || kForServersWithout.contains(result.id))
                continue;
            QVERIFY2(allowed.contains(result.missingScope), qPrintable(result.id + u": "_s + result.detail));
            QVERIFY2(result.detail.contains(u"The token lacks the scope "_s + result.missingScope),
                     qPrintable(result.detail));
            missing.insert(result.id, result.missingScope);
        }
        QCOMPARE(missing.value(u"rfc-patch-add"_s), u"patch:users"_s);
        QCOMPARE(missing.value(u"rfc-user-replace"_s), u"put:users"_s);
        QCOMPARE(missing.value(u"rfc-group-create"_s), u"post:groups"_s);
        QCOMPARE(missing.value(u"okta-user-deactivate"_s), u"patch:users"_s);
        // What the token may do still ran, and cleanup (delete:users) still worked.
        for (const QString &passed : {u"rfc-user-create"_s, u"rfc-filter-eq"_s, u"okta-user-lookup-before-create"_s,
                                      u"entra-test-connection"_s, u"rfc-user-delete"_s})
            QVERIFY2(!missing.contains(passed), qPrintable(passed));
        QVERIFY(runner.cleanup().remaining.isEmpty());
        CHECKED(verifyEmpty(id, token));
    }

    void cancelStillCleansUp()
    {
        QString id;
        QString token;
        CHECKED(connection(u"waad"_s, {}, &id, &token));
        scim::CheckRunner runner;
        runner.setTarget(QUrl(m_engine.scimBaseUrl(id)), token);
        runner.setChecks(scim::CheckLoader::loadDirectory(scim::CheckLoader::builtInDirectory()));
        int finishedSoFar = 0;
        connect(&runner, &scim::CheckRunner::checkFinished, &runner, [&runner, &finishedSoFar] {
            if (++finishedSoFar == 40)
                runner.cancel();
        });
        CHECKED(run(runner));
        QCOMPARE(runner.count(scim::CheckResult::Status::Failed), 0);
        QVERIFY(runner.count(scim::CheckResult::Status::Passed) >= 35);
        const int skipped = runner.count(scim::CheckResult::Status::Skipped);
        QVERIFY(skipped >= 50);
        for (const scim::CheckResult &result : runner.results()) {
            QVERIFY(result.isFinished());
            if (result.status == scim::CheckResult::Status::Skipped && !kForServersWithout.contains(result.id))
                QVERIFY2(result.detail.startsWith(u"Cancelled"_s), qPrintable(result.detail));
        }
        QCOMPARE(runner.fatalError(), u"The run was cancelled."_s);
        QVERIFY(!runner.cleanup().deleted.isEmpty());
        CHECKED(verifyEmpty(id, token));
    }

    void refusedTokenStopsTheRun()
    {
        QString id;
        QString token;
        CHECKED(connection(u"okta"_s, {}, &id, &token));
        scim::CheckRunner runner;
        runner.setTarget(QUrl(m_engine.scimBaseUrl(id)), token + u"-wrong"_s);
        runner.setChecks(scim::CheckLoader::loadDirectory(scim::CheckLoader::builtInDirectory()));
        CHECKED(run(runner));
        QVERIFY2(runner.fatalError().contains(u"refused the token (401"_s), qPrintable(runner.fatalError()));
        QCOMPARE(runner.count(scim::CheckResult::Status::Skipped), int(runner.results().size()));
        QVERIFY(runner.results().first().detail.startsWith(u"Not run: "_s));

        QProcess *process = cli({u"--base-url"_s, m_engine.scimBaseUrl(id)}, token + u"-wrong"_s);
        QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitCode(), 2);
        QVERIFY(QString::fromUtf8(process->readAllStandardError()).contains(u"refused the token"_s));
    }

    void unreachableEndpointStopsTheRun()
    {
        QProcess *process = cli({u"--base-url"_s, u"http://127.0.0.1:1/scim/v2"_s, u"--timeout"_s, u"5"_s}, u"t"_s);
        QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitCode(), 2);
        const QString error = QString::fromUtf8(process->readAllStandardError());
        QVERIFY2(error.contains(u"Cannot reach http://127.0.0.1:1/scim/v2/ServiceProviderConfig"_s), qPrintable(error));
        static const QRegularExpression summary(u"\n0 passed, 0 failed, [1-9]\\d* skipped$"_s);
        const QString out = QString::fromUtf8(process->readAllStandardOutput()).trimmed();
        QVERIFY2(summary.match(out).hasMatch(), qPrintable(out));
    }

    void cliReportsAndExitStatus()
    {
        QString id;
        QString token;
        CHECKED(connection(u"okta"_s, {}, &id, &token));
        QTemporaryDir dir;
        const QString json = dir.filePath(u"report.json"_s);
        const QString html = dir.filePath(u"report.html"_s);
        QProcess *process = cli({u"--base-url"_s, m_engine.scimBaseUrl(id), u"--profile"_s, u"okta"_s, u"--json"_s,
                                 json, u"--html"_s, html},
                                token);
        QVERIFY(process->waitForFinished(120000));
        const QString out = QString::fromUtf8(process->readAllStandardOutput());
        QVERIFY2(process->exitCode() == 0, qPrintable(out + QString::fromUtf8(process->readAllStandardError())));
        const QStringList lines = out.trimmed().split(u'\n');
        static const QRegularExpression summary(u"^(\\d+) passed, 0 failed, 0 skipped$"_s); // okta has no "!" checks
        const QRegularExpressionMatch match = summary.match(lines.last());
        QVERIFY2(match.hasMatch(), qPrintable(lines.last()));
        const int checks = match.captured(1).toInt();
        QVERIFY(checks >= 20);
        QVERIFY(!out.contains(token));

        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QByteArray jsonBytes = jsonFile.readAll();
        QVERIFY(!jsonBytes.contains(token.toUtf8()));
        const QJsonObject report = QJsonDocument::fromJson(jsonBytes).object();
        QCOMPARE(report.value(u"target"_s).toString(), m_engine.scimBaseUrl(id));
        QVERIFY(QDateTime::fromString(report.value(u"started_at"_s).toString(), Qt::ISODateWithMs).isValid());
        const QJsonArray results = report.value(u"checks"_s).toArray();
        QCOMPARE(results.size(), checks);
        for (const QJsonValue &value : results) {
            const QJsonObject check = value.toObject();
            for (const QString &key : {u"id"_s, u"profile"_s, u"title"_s, u"reference"_s, u"status"_s, u"detail"_s,
                                       u"request"_s, u"response"_s})
                QVERIFY2(check.contains(key), qPrintable(check.value(u"id"_s).toString() + u" lacks "_s + key));
            QCOMPARE(check.value(u"profile"_s).toString(), u"okta"_s);
            QCOMPARE(check.value(u"status"_s).toString(), u"passed"_s);
            const QJsonObject request = check.value(u"request"_s).toObject();
            QVERIFY(request.value(u"url"_s).toString().startsWith(m_engine.scimBaseUrl(id)));
            QCOMPARE(request.value(u"headers"_s).toObject().value(u"Authorization"_s).toString(),
                     u"Bearer <redacted>"_s);
            QVERIFY(check.value(u"response"_s).toObject().value(u"status"_s).toInt() >= 200);
        }
        QCOMPARE(report.value(u"summary"_s).toObject().value(u"passed"_s).toInt(), checks);
        QVERIFY(report.value(u"cleanup"_s).toObject().value(u"remaining"_s).toArray().isEmpty());

        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(page.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(!page.contains(token));
        QVERIFY(page.contains(u"%1 passed, 0 failed, 0 skipped"_s.arg(checks)));
        for (const QJsonValue &value : results)
            QVERIFY(page.contains(value.toObject().value(u"id"_s).toString()));
        // Self-contained: no scripts, stylesheets or images fetched from elsewhere.
        QVERIFY(!page.contains(u"<script"_s) && !page.contains(u"<link"_s) && !page.contains(u"<img"_s));
        CHECKED(verifyEmpty(id, token));
    }

    void keepKeepsTheResources()
    {
        QString id;
        QString token;
        CHECKED(connection(u"waad"_s, {}, &id, &token));
        const QString prefix = uniquePrefix(u"keep"_s);
        QProcess *process = cli({u"--base-url"_s, m_engine.scimBaseUrl(id), u"--check"_s, u"entra-user-create"_s,
                                 u"--check"_s, u"rfc-group-create"_s, u"--keep"_s, u"--prefix"_s, prefix},
                                token);
        QVERIFY(process->waitForFinished(60000));
        const QString out = QString::fromUtf8(process->readAllStandardOutput());
        QVERIFY2(process->exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains(u"kept 3 resources (--keep)"_s), qPrintable(out));
        QVERIFY(out.trimmed().endsWith(u"2 passed, 0 failed, 0 skipped"_s));

        const CheckTestEngine::Reply users =
            m_engine.scim(id, token, "GET",
                          u"/Users?filter=%1"_s.arg(
                              QString::fromLatin1(QUrl::toPercentEncoding(u"userName sw \"%1\""_s.arg(prefix)))));
        QCOMPARE(users.status, 200);
        QCOMPARE(users.object().value(u"totalResults"_s).toInt(), 2);
        const CheckTestEngine::Reply groups =
            m_engine.scim(id, token, "GET",
                          u"/Groups?filter=%1"_s.arg(
                              QString::fromLatin1(QUrl::toPercentEncoding(u"displayName sw \"%1\""_s.arg(prefix)))));
        QCOMPARE(groups.object().value(u"totalResults"_s).toInt(), 1);

        // Without --keep the same run leaves nothing.
        const QString second = uniquePrefix(u"nokeep"_s);
        process = cli({u"--base-url"_s, m_engine.scimBaseUrl(id), u"--check"_s, u"entra-user-create"_s, u"--check"_s,
                       u"rfc-group-create"_s, u"--prefix"_s, second},
                      token);
        QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitCode(), 0);
        QVERIFY(QString::fromUtf8(process->readAllStandardOutput()).contains(u"deleted 3 resources"_s));
        const CheckTestEngine::Reply after =
            m_engine.scim(id, token, "GET",
                          u"/Users?filter=%1"_s.arg(
                              QString::fromLatin1(QUrl::toPercentEncoding(u"userName sw \"%1\""_s.arg(second)))));
        QCOMPARE(after.object().value(u"totalResults"_s).toInt(), 0);
    }

    void malformedCheckFileFailsTheRunButTheRestRuns()
    {
        QString id;
        QString token;
        CHECKED(connection(u"okta"_s, {}, &id, &token));
        QTemporaryDir dir;
        QFile good(dir.filePath(u"10-good.json"_s));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(
            R"({"id": "custom-list", "title": "Users can be listed", "profile": "rfc", "reference": "RFC 7644 §3.4.2",
                       "steps": [{"name": "list", "method": "GET", "path": "/Users", "query": {"count": 1},
                                  "expect": {"status": 200, "json": {"totalResults": {"type": "integer"}}}}]})");
        good.close();
        QFile bad(dir.filePath(u"20-bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"id": "custom-bad", "title": "t", "profile": "rfc", "reference": "x",
                      "steps": [{"name": "list", "method": "GET", "path": "/Users", "expect": {"stauts": 200}}]})");
        bad.close();
        QProcess *process = cli({u"--base-url"_s, m_engine.scimBaseUrl(id), u"--checks-dir"_s, dir.path()}, token);
        QVERIFY(process->waitForFinished(60000));
        const QString out = QString::fromUtf8(process->readAllStandardOutput());
        QCOMPARE(process->exitCode(), 1);
        QVERIFY2(out.contains(u"PASS  custom-list"_s), qPrintable(out));
        QVERIFY2(out.contains(u"FAIL  custom-bad"_s) && out.contains(u"20-bad.json"_s) &&
                     out.contains(u"unknown field \"stauts\""_s),
                 qPrintable(out));
        QVERIFY(out.trimmed().endsWith(u"1 passed, 1 failed, 0 skipped"_s));
    }
};

QTEST_GUILESS_MAIN(CheckEngineTest)
#include "tst_check_engine.moc"
