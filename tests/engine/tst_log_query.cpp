// The Lucene subset of GET /api/v2/logs?q= against a real log database (the SQLite log file, or the log tables in
// PostgreSQL: TestBackend): which events each query selects, and the errors malformed queries get. Also the log id
// format and the row builder's redaction rules.

#include "TestBackend.h"
#include "requestlog/LogId.h"
#include "requestlog/LogIdGenerator.h"
#include "requestlog/LogQuery.h"
#include "requestlog/LogRowBuilder.h"
#include "requestlog/LogStore.h"
#include "server/Backends.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using scim::LogQuery;
using scim::LogRow;
using scim::LogStore;

class LogQueryTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestBackend::Database m_database;
    std::unique_ptr<LogStore> m_db;
    qint64 m_day = 0; // 2026-11-10T12:00:00Z in ms

    LogRow row(int n, const QString &type, const QString &connection, const QString &user, const QString &action,
               int status, qint64 dateMs)
    {
        LogRow r;
        r.key = scim::LogId::keyForMilliseconds(dateMs) + n;
        r.dateMs = dateMs;
        r.type = type;
        r.connectionId = connection;
        r.connectionName = connection == u"con_a"_s ? u"acme-okta"_s : u"globex-entra"_s;
        r.userId = user;
        r.userName = user.isEmpty() ? QString() : user + u"@example.com"_s;
        r.action = action;
        r.method = action.startsWith(u"get"_s) ? u"GET"_s : u"POST"_s;
        r.status = status;
        r.description = scim::LogRowBuilder::describe(action) +
                        (status >= 400 ? u" failed (%1): Bad things"_s.arg(status) : QString());
        r.ip = u"10.0.0.%1"_s.arg(n);
        r.path = u"/scim/v2/connections/%1/Users"_s.arg(connection);
        r.headers = "user-agent: test\n";
        return r;
    }

    // The row numbers (the last part of the ip, 10.0.0.n) a query selects, ascending.
    QList<int> select(const QString &query)
    {
        const scim::LogFilterSql filter = LogQuery::compile(query);
        QList<int> numbers;
        for (const LogRow &r : m_db->search(filter, true, 0, 1000))
            numbers << r.ip.section(QLatin1Char('.'), 3).toInt();
        return numbers;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = TestBackend::Database(m_dir.path(), u"engine.sqlite"_s);
        m_db = scim::Backends::openLogStore(m_database.location());
        m_day = QDateTime(QDate(2026, 11, 10), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 day = 86400 * 1000;
        QList<LogRow> rows{
            row(1, u"sscim"_s, u"con_a"_s, u"alice"_s, u"create-user"_s, 201, m_day - 2 * day),
            row(2, u"sscim"_s, u"con_a"_s, u"alice"_s, u"get-user"_s, 200, m_day - day),
            row(3, u"fscim"_s, u"con_a"_s, u"bob"_s, u"create-user"_s, 409, m_day),
            row(4, u"fscim"_s, u"con_b"_s, QString(), u"auth-failed"_s, 401, m_day),
            row(5, u"sscim"_s, u"con_b"_s, u"carol"_s, u"patch-user"_s, 204, m_day + day),
            row(6, u"fscim"_s, u"con_b"_s, u"carol"_s, u"get-user"_s, 404, m_day + 2 * day),
        };
        m_db->insert(rows);
    }

    void fieldsAndBareTerms_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("empty") << QString() << QList<int>{1, 2, 3, 4, 5, 6};
        QTest::newRow("type") << u"type:fscim"_s << QList<int>{3, 4, 6};
        QTest::newRow("connection_id") << u"connection_id:con_b"_s << QList<int>{4, 5, 6};
        QTest::newRow("connection name substring") << u"connection:acme"_s << QList<int>{1, 2, 3};
        QTest::newRow("user_id") << u"user_id:carol"_s << QList<int>{5, 6};
        QTest::newRow("user_id quoted") << u"user_id:\"alice\""_s << QList<int>{1, 2};
        QTest::newRow("user_name prefix") << u"user_name:bo*"_s << QList<int>{3};
        QTest::newRow("description phrase") << u"description:\"Create user failed\""_s << QList<int>{3};
        QTest::newRow("action") << u"action:get-user"_s << QList<int>{2, 6};
        QTest::newRow("details.action") << u"details.action:auth-failed"_s << QList<int>{4};
        QTest::newRow("status") << u"status:404"_s << QList<int>{6};
        QTest::newRow("status range") << u"status:[400 TO 499]"_s << QList<int>{3, 4, 6};
        QTest::newRow("status exclusive range") << u"status:{200 TO 409}"_s << QList<int>{1, 4, 5, 6};
        QTest::newRow("ip") << u"ip:10.0.0.5"_s << QList<int>{5};
        QTest::newRow("bare term") << u"globex"_s << QList<int>{4, 5, 6};
        QTest::newRow("bare quoted") << u"\"Bad things\""_s << QList<int>{3, 4, 6};
        QTest::newRow("AND") << u"type:fscim AND connection_id:con_a"_s << QList<int>{3};
        QTest::newRow("juxtaposition is AND") << u"type:fscim connection_id:con_a"_s << QList<int>{3};
        QTest::newRow("OR") << u"user_id:alice OR user_id:bob"_s << QList<int>{1, 2, 3};
        QTest::newRow("AND binds tighter")
            << u"user_id:bob OR type:sscim AND connection_id:con_b"_s << QList<int>{3, 5};
        QTest::newRow("parentheses") << u"(user_id:bob OR type:sscim) AND connection_id:con_a"_s << QList<int>{1, 2, 3};
        QTest::newRow("NOT") << u"NOT type:fscim"_s << QList<int>{1, 2, 5};
        QTest::newRow("minus") << u"-connection_id:con_a"_s << QList<int>{4, 5, 6};
        QTest::newRow("date day") << u"date:2026-11-10"_s << QList<int>{3, 4};
        QTest::newRow("date open range") << u"date:[2026-11-10 TO *]"_s << QList<int>{3, 4, 5, 6};
        QTest::newRow("date closed range") << u"date:[2026-11-09 TO 2026-11-10]"_s << QList<int>{2, 3, 4};
        QTest::newRow("date exclusive") << u"date:{2026-11-09 TO 2026-11-11}"_s << QList<int>{3, 4};
        QTest::newRow("date time") << u"date:[2026-11-10T12:00:00Z TO 2026-11-10T12:00:00.000Z]"_s << QList<int>{3, 4};
        QTest::newRow("has value") << u"user_id:*"_s << QList<int>{1, 2, 3, 5, 6};
        QTest::newRow("client_name") << u"client_name:SCIM"_s << QList<int>{1, 2, 3, 4, 5, 6};
    }

    void fieldsAndBareTerms()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, expected);
        QList<int> sortedExpected = expected;
        std::sort(sortedExpected.begin(), sortedExpected.end());
        QList<int> actual = select(query);
        std::sort(actual.begin(), actual.end());
        QCOMPARE(actual, sortedExpected);
    }

    void logIdQueries()
    {
        const LogRow third = m_db->search(LogQuery::compile(u"status:409"_s), true, 0, 1).constFirst();
        const QString id = scim::LogId::fromKey(third.key);
        QCOMPARE(select(u"log_id:"_s + id), QList<int>{3});
        QCOMPARE(select(id), QList<int>{3}); // a bare log id
        QCOMPARE(select(u"log_id:{%1 TO *]"_s.arg(id)), (QList<int>{4, 5, 6}));
    }

    void malformedQueriesAreRejected_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("unknown field") << u"colour:blue"_s;
        QTest::newRow("missing value") << u"type: "_s;
        QTest::newRow("unterminated quote") << u"description:\"open"_s;
        QTest::newRow("unterminated range") << u"date:[2026-11-01 TO"_s;
        QTest::newRow("range without TO") << u"date:[2026-11-01 2026-11-02]"_s;
        QTest::newRow("bad date") << u"date:[yesterday TO *]"_s;
        QTest::newRow("range on text") << u"user_id:[a TO b]"_s;
        QTest::newRow("status not a number") << u"status:abc"_s;
        QTest::newRow("missing parenthesis") << u"(type:sscim"_s;
        QTest::newRow("dangling operator") << u"type:sscim AND"_s;
        QTest::newRow("stray parenthesis") << u"type:sscim)"_s;
        QTest::newRow("bad log id") << u"log_id:123"_s;
        QTest::newRow("101 terms") << QStringList(101, u"globex"_s).join(u' ');
        QTest::newRow("21 levels of parentheses") << QString(20, u'(') + u"type:fscim"_s + QString(20, u')');
        QTest::newRow("21 levels of NOT") << QStringList(20, u"NOT"_s).join(u' ') + u" type:fscim"_s;
    }

    // SQLite's parser has a fixed stack: before the terms were joined flat, one parenthesis per operator made
    // a query of about 90 terms fail inside the database ("parser stack overflow") instead of running.
    void longAndDeepQueriesRunWithinLimits()
    {
        const auto sortedSelect = [this](const QString &query) {
            QList<int> numbers = select(query);
            std::sort(numbers.begin(), numbers.end());
            return numbers;
        };
        QCOMPARE(sortedSelect(QStringList(100, u"globex"_s).join(u' ')), (QList<int>{4, 5, 6}));
        QStringList alternatives(99, u"user_id:nobody"_s);
        alternatives << u"user_id:carol"_s;
        QCOMPARE(sortedSelect(alternatives.join(u" OR "_s)), (QList<int>{5, 6}));
        QStringList mixed;
        for (int i = 0; i < 50; ++i)
            mixed << u"(globex OR user_id:nobody%1)"_s.arg(i);
        QCOMPARE(sortedSelect(mixed.join(u" AND "_s)), (QList<int>{4, 5, 6}));
        QCOMPARE(sortedSelect(QString(19, u'(') + u"type:fscim"_s + QString(19, u')')), (QList<int>{3, 4, 6}));
        QCOMPARE(sortedSelect(QStringList(18, u"NOT"_s).join(u' ') + u" type:fscim"_s), (QList<int>{3, 4, 6}));
        QCOMPARE(sortedSelect(QStringList(19, u"NOT"_s).join(u' ') + u" type:fscim"_s), (QList<int>{1, 2, 5}));
    }

    void malformedQueriesAreRejected()
    {
        QFETCH(QString, query);
        bool threw = false;
        try {
            LogQuery::compile(query);
        } catch (const LogQuery::Error &error) {
            threw = true;
            QVERIFY(!error.message().isEmpty());
        }
        QVERIFY2(threw, qPrintable(query));
    }

    void valuesAreBoundNeverSpliced()
    {
        // A quote or SQL in a value is data, not syntax.
        QCOMPARE(select(u"user_id:\"x' OR '1'='1\""_s), QList<int>{});
        QCOMPARE(select(u"description:\"100%\""_s), QList<int>{}); // % is escaped in LIKE
        QCOMPARE(select(u"user_name:_lice*"_s), QList<int>{});     // so is _
    }

    void logIdsAreFixedWidthAndIncreasing()
    {
        scim::LogIdGenerator generator;
        const qint64 ms = m_day;
        const qint64 a = generator.next(ms);
        const qint64 b = generator.next(ms);      // same millisecond
        const qint64 c = generator.next(ms - 50); // the clock stepped back
        QVERIFY(a < b && b < c);
        for (const qint64 key : {a, b, c}) {
            const QString id = scim::LogId::fromKey(key);
            QCOMPARE(id.size(), 24);
            QCOMPARE(scim::LogId::toKey(id), std::optional<qint64>(key));
        }
        QVERIFY(scim::LogId::fromKey(a) < scim::LogId::fromKey(b));
        generator.seed(c + 1000);
        QVERIFY(generator.next(ms) > c + 1000); // seeded from the newest stored id after a restart
        QCOMPARE(scim::LogId::toKey(u"0"_s), std::optional<qint64>(0));
        QVERIFY(!scim::LogId::toKey(u"8000"_s).has_value());
    }

    void redaction_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("top level") << QByteArray(R"({"userName":"a","password":"hunter2"})") << QByteArray("hunter2");
        QTest::newRow("any case") << QByteArray(R"({"userName":"a","PassWord":"hunter2"})") << QByteArray("hunter2");
        QTest::newRow("patch path") << QByteArray(
                                           R"({"Operations":[{"op":"replace","path":"password","value":"hunter2"}]})")
                                    << QByteArray("hunter2");
        QTest::newRow("patch urn path")
            << QByteArray(
                   R"({"Operations":[{"op":"add","path":"urn:ietf:params:scim:schemas:core:2.0:User:password","value":"hunter2"}]})")
            << QByteArray("hunter2");
        QTest::newRow("patch value object")
            << QByteArray(R"({"Operations":[{"op":"replace","value":{"password":"hunter2"}}]})")
            << QByteArray("hunter2");
        QTest::newRow("bulk data")
            << QByteArray(R"({"Operations":[{"method":"POST","data":{"userName":"b","password":"hunter2"}}]})")
            << QByteArray("hunter2");
        QTest::newRow("not json") << QByteArray("userName=a&password=hunter2") << QByteArray("hunter2");
    }

    void redaction()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, secret);
        const QByteArray logged = scim::LogRowBuilder::loggedBody(body, false);
        QVERIFY2(!logged.contains(secret), logged.constData());
        QVERIFY(logged.contains("redacted"));
        QVERIFY(!QJsonDocument::fromJson(logged).isNull());
    }

    void actions()
    {
        using B = scim::LogRowBuilder;
        QCOMPARE(B::action("POST", u"/Users"_s, 201), u"create-user"_s);
        QCOMPARE(B::action("GET", u"/Users/abc"_s, 200), u"get-user"_s);
        QCOMPARE(B::action("GET", u"/users"_s, 200), u"list-users"_s); // paths are case-insensitive
        QCOMPARE(B::action("PUT", u"/Groups/g"_s, 200), u"replace-group"_s);
        QCOMPARE(B::action("POST", u"/Groups/.search"_s, 200), u"search"_s);
        QCOMPARE(B::action("GET", u"/Users"_s, 401), u"auth-failed"_s);
        QCOMPARE(B::action("GET", u"/Schemas/urn:x"_s, 200), u"get-schemas"_s);
        QCOMPARE(B::action("DELETE", u"/Users"_s, 405), u"unknown"_s);
        QCOMPARE(B::action("GET", u"/Me"_s, 501), u"unknown"_s);
    }
};

QTEST_GUILESS_MAIN(LogQueryTest)
#include "tst_log_query.moc"
