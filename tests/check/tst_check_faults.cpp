// The runner against a deliberately wrong SCIM server: a proxy written for this test (FaultProxy) in front of a real
// scim-engine, breaking one RFC 7644 rule at a time. Exactly the checks about that rule must fail, with a detail that
// says what was wrong; every other check must still pass, and the run must still clean up.

#include "CheckTestEngine.h"
#include "FaultProxy.h"
#include "models/check/CheckLoader.h"
#include "models/check/CheckRunner.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FaultProxy::Fault)

class CheckFaultsTest : public QObject
{
    Q_OBJECT

private:
    CheckTestEngine m_engine;
    QString m_connection;
    QString m_token;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_engine.start(), qPrintable(m_engine.error()));
        m_connection = m_engine.createScimConnection(u"faults"_s, u"waad"_s);
        QVERIFY(!m_connection.isEmpty());
        m_token = m_engine.createToken(m_connection);
        QVERIFY(!m_token.isEmpty());
    }

    void rightChecksFail_data()
    {
        QTest::addColumn<FaultProxy::Fault>("fault");
        QTest::addColumn<QStringList>("failing");
        QTest::addColumn<QString>("detail"); // in the detail of every failing check

        QTest::newRow("a transparent proxy") << FaultProxy::Fault::None << QStringList{} << QString();
        QTest::newRow("create answers 200, not 201")
            << FaultProxy::Fault::CreateAnswers200
            << QStringList{u"rfc-user-create"_s, u"okta-user-create"_s, u"entra-user-create"_s}
            << u"Expected status 201, got 200."_s;
        QTest::newRow("invalid filter reported as invalidSyntax")
            << FaultProxy::Fault::WrongScimType
            << QStringList{u"rfc-error-invalid-filter"_s, u"rfc-filter-type-error"_s}
            << u"The error's scimType is \"invalidSyntax\"; expected invalidFilter (RFC 7644 §3.12)."_s;
        QTest::newRow("excludedAttributes ignored")
            << FaultProxy::Fault::IgnoresExcludedAttributes
            << QStringList{u"rfc-excluded-attributes-get"_s, u"rfc-attributes-list"_s, u"rfc-attributes-on-write"_s,
                           u"entra-group-get-excluding-members"_s, u"entra-group-query"_s}
            << u"; expected absent."_s;
        QTest::newRow("userName compared case-sensitively")
            << FaultProxy::Fault::CaseSensitiveUserName
            << QStringList{u"rfc-filter-value-case"_s, u"okta-username-case-insensitive"_s}
            << u"Resources.0.id is absent; expected"_s;
    }

    void rightChecksFail()
    {
        QFETCH(FaultProxy::Fault, fault);
        QFETCH(QStringList, failing);
        QFETCH(QString, detail);

        FaultProxy proxy(QUrl(m_engine.baseUrl()), fault);
        QVERIFY(proxy.listen());
        scim::CheckRunner runner;
        runner.setTarget(QUrl(proxy.origin() + u"/scim/v2/connections/"_s + m_connection), m_token);
        runner.setChecks(scim::CheckLoader::loadDirectory(scim::CheckLoader::builtInDirectory()));
        QSignalSpy finished(&runner, &scim::CheckRunner::finished);
        runner.start();
        QVERIFY(finished.wait(120000));
        QVERIFY(proxy.requestsServed() > 300);

        QStringList failed;
        QStringList details;
        for (const scim::CheckResult &result : runner.results()) {
            if (result.status == scim::CheckResult::Status::Failed) {
                failed.append(result.id);
                details.append(result.id + u": "_s + result.detail);
                QVERIFY2(result.detail.contains(detail), qPrintable(result.id + u": "_s + result.detail));
                // The failing request and its response are kept for the report.
                QVERIFY(result.decisiveExchange >= 0 && result.decisiveExchange < result.exchanges.size());
            }
        }
        failed.sort();
        failing.sort();
        QVERIFY2(failed == failing, qPrintable(details.join(u'\n')));
        // Only the checks for servers without PATCH and Bulk are skipped: the engine behind the proxy has both.
        for (const scim::CheckResult &result : runner.results()) {
            if (result.status == scim::CheckResult::Status::Skipped)
                QVERIFY2(result.detail.startsWith(u"The server advertises"_s), qPrintable(result.id));
        }
        QCOMPARE(runner.count(scim::CheckResult::Status::Skipped), 2);
        QCOMPARE(runner.count(scim::CheckResult::Status::Passed),
                 int(runner.results().size()) - int(failing.size()) - 2);
        // Resources a create answered with the wrong status are still found and deleted.
        QVERIFY2(runner.cleanup().remaining.isEmpty(), qPrintable(runner.cleanup().remaining.join(u", "_s)));
        const CheckTestEngine::Reply users =
            m_engine.admin("GET", u"/users?connection_id=%1&include_totals=true&per_page=5"_s.arg(m_connection));
        QCOMPARE(users.object().value(u"total"_s).toInt(-1), 0);
    }
};

QTEST_GUILESS_MAIN(CheckFaultsTest)
#include "tst_check_faults.moc"
