// The request log in PostgreSQL against a real server (the "postgres" CTest fixture): every field round-trips,
// keys follow commit order across writers (no event skipped or seen twice by a reader paging meanwhile),
// partitions by day and retention through them, log streams, and the SQL dialect of log searches.

#include "TestBackend.h"
#include "requestlog/LogId.h"
#include "requestlog/LogQuery.h"
#include "requestlog/postgres/PostgresLogStore.h"
#include "storage/StoreError.h"
#include "storage/postgres/PgConnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using scim::LogRow;
using scim::PostgresLogStore;

namespace {

LogRow logEvent(int n, qint64 dateMs, const QString &connection = u"con_a"_s)
{
    LogRow row;
    row.dateMs = dateMs;
    row.type = n % 3 == 0 ? u"fscim"_s : u"sscim"_s;
    row.description = u"Create a user"_s;
    row.connectionId = connection;
    row.connectionName = u"acme"_s;
    row.strategy = u"okta"_s;
    row.userId = u"user-%1"_s.arg(n % 10);
    row.userName = u"user%1@example.com"_s.arg(n % 10);
    row.action = u"create-user"_s;
    row.method = u"POST"_s;
    row.status = n % 3 == 0 ? 409 : 201;
    row.durationUs = n;
    row.tokenId = u"tok_1"_s;
    row.ip = u"10.0.0.%1"_s.arg(n % 250);
    row.path = u"/scim/v2/connections/con_a/Users"_s;
    row.userAgent = u"Okta SCIM Client 1.0.0"_s;
    row.headers = "content-type: application/scim+json\n";
    row.requestBody = R"({"userName":"x"})";
    row.responseBody = QByteArray::number(n);
    return row;
}

} // namespace

class PgLogStoreTest : public QObject
{
    Q_OBJECT

private:
    TestBackend::Database m_database;

private Q_SLOTS:
    void init()
    {
        QVERIFY(TestBackend::isPostgres());
        m_database = TestBackend::Database(QString(), QString());
        QVERIFY(!m_database.location().isEmpty());
    }

    void everyFieldRoundTrips()
    {
        PostgresLogStore store(m_database.location());
        LogRow row = logEvent(1, QDateTime::currentMSecsSinceEpoch());
        row.userName = u"Zoë 日本 🙂"_s;
        row.description = u"nul"_s + QChar(0) + u"here"_s;
        row.query = "{\"filter\":\"userName eq \\\"a\\\"\"}";
        row.extra = R"({"reason":"x"})";
        row.requestBody = QByteArray("\x00\xff binary", 9); // bodies are bytes, whatever the client sent
        LogRow empty = logEvent(2, row.dateMs);
        empty.userId.clear();
        empty.userName = QString();
        empty.headers.clear();
        empty.requestBody.clear();
        empty.responseBody.clear();
        QList<LogRow> rows{row, empty};
        const qint64 last = store.insert(rows);
        QCOMPARE(last, rows.at(1).key);
        QVERIFY(rows.at(0).key >= scim::LogId::keyForMilliseconds(row.dateMs));
        QVERIFY(rows.at(0).key < rows.at(1).key);

        const QList<LogRow> read = store.after(0, 10);
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0).key, rows.at(0).key);
        QCOMPARE(read.at(0).userName, row.userName);
        QCOMPARE(read.at(0).description, u"nul\uFFFDhere"_s); // PostgreSQL text cannot hold U+0000
        QCOMPARE(read.at(0).query, row.query);
        QCOMPARE(read.at(0).extra, row.extra);
        QCOMPARE(read.at(0).requestBody, row.requestBody);
        QCOMPARE(read.at(0).status, 201);
        QCOMPARE(read.at(0).durationUs, qint64(1));
        QCOMPARE(read.at(1).userId, QString());
        QVERIFY(read.at(1).requestBody.isEmpty());
        QCOMPARE(store.byKey(rows.at(1).key)->responseBody, QByteArray());
        QCOMPARE(store.count(), 2);
        QCOMPARE(store.maxKey(), last);
    }

    void keysFollowCommitOrderAcrossWriters()
    {
        // Two writers (two engine instances) store batches concurrently while a reader pages with a checkpoint:
        // it must see every event exactly once, in increasing key order, never one below its checkpoint later.
        constexpr int kBatches = 60;
        constexpr int kBatchSize = 25;
        std::atomic<bool> failed = false;
        auto writer = [&](int offset) {
            try {
                PostgresLogStore store(m_database.location());
                for (int batch = 0; batch < kBatches; ++batch) {
                    QList<LogRow> rows;
                    for (int i = 0; i < kBatchSize; ++i)
                        rows.append(logEvent(offset + batch * kBatchSize + i, QDateTime::currentMSecsSinceEpoch()));
                    store.insert(rows);
                }
            } catch (const scim::StoreError &error) {
                qWarning("writer: %s", qPrintable(error.message()));
                failed = true;
            }
        };
        PostgresLogStore reader(m_database.location());
        std::thread first(writer, 0);
        std::thread second(writer, 100000);
        QList<qint64> seen;
        qint64 cursor = 0;
        const int total = 2 * kBatches * kBatchSize;
        QElapsedTimer timer;
        timer.start();
        while (seen.size() < total && timer.elapsed() < 60000) {
            for (const LogRow &row : reader.after(cursor, 37)) {
                QVERIFY2(row.key > cursor, "a reader never gets a key below its checkpoint");
                cursor = row.key;
                seen.append(row.key);
            }
        }
        first.join();
        second.join();
        QVERIFY(!failed);
        QCOMPARE(seen.size(), total);
        QList<qint64> all;
        for (const LogRow &row : reader.after(0, total + 10))
            all.append(row.key);
        QCOMPARE(seen, all);
        QCOMPARE(reader.count(), qint64(total));
    }

    void searchesUseThePostgresDialect()
    {
        QCOMPARE(PostgresLogStore::dialect(u"a LIKE ? ESCAPE '\\' AND (b = ? OR c LIKE ?)"_s, 3),
                 u"a ILIKE $3 ESCAPE '\\' AND (b = $4 OR c ILIKE $5)"_s);
        QCOMPARE(PostgresLogStore::dialect(u"x = '?' AND y = ?"_s, 1), u"x = '?' AND y = $1"_s);

        PostgresLogStore store(m_database.location());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<LogRow> rows;
        for (int n = 1; n <= 30; ++n)
            rows.append(logEvent(n, now, n <= 20 ? u"con_a"_s : u"con_b"_s));
        store.insert(rows);
        auto count = [&](const QString &query) { return store.count(scim::LogQuery::compile(query)); };
        QCOMPARE(count(u"type:fscim"_s), qint64(10));
        QCOMPARE(count(u"connection_id:con_b AND status:[400 TO 499]"_s), qint64(4)); // 21, 24, 27, 30
        QCOMPARE(count(u"user_name:USER3*"_s), qint64(3));                            // case-insensitive like SQLite
        QCOMPARE(count(u"okta"_s), qint64(0));                                        // strategy is no bare column
        QCOMPARE(count(u"client_name:SCIM"_s), qint64(30));
        QCOMPARE(count(u"NOT client_name:SCIM"_s), qint64(0));
        const QList<LogRow> newest = store.search(scim::LogQuery::compile(u"connection_id:con_a"_s), false, 2, 5);
        QCOMPARE(newest.size(), 5);
        QCOMPARE(newest.constFirst().responseBody, QByteArray("18"));
        const QList<LogRow> older = store.before(newest.constLast().key, scim::LogQuery::compile(u"type:sscim"_s), 3);
        QCOMPARE(older.size(), 3);
        QVERIFY(older.constFirst().key < newest.constLast().key);
    }

    void retentionDropsWholeDaysAndCutsThroughOne()
    {
        PostgresLogStore store(m_database.location());
        const qint64 day = 86400 * 1000;
        const qint64 today = QDateTime::currentMSecsSinceEpoch() / day * day + 3600 * 1000;
        QList<LogRow> rows;
        for (int d = 3; d >= 0; --d) {
            for (int n = 0; n < 10; ++n)
                rows.append(logEvent(n, today - d * day + n));
        }
        store.insert(rows);
        QCOMPARE(store.count(), qint64(40));
        scim::PgConnection admin(m_database.location(), u"scim-tests"_s);
        const auto partitions = [&] {
            return admin.exec("SELECT count(*) FROM pg_inherits WHERE inhparent = 'logs'::regclass").integer(0, 0);
        };
        QCOMPARE(partitions(), qint64(5)); // four days and the next one, made ahead

        // Everything before the 5th event of two days ago: two whole days dropped, 5 events deleted from the third.
        const qint64 cut = rows.at(25).key;
        const int deleted = store.deleteBefore(cut, 2000);
        QCOMPARE(deleted, 25);
        QCOMPARE(store.count(), qint64(15));
        QCOMPARE(partitions(), qint64(3));
        QCOMPARE(store.after(0, 1).constFirst().key, cut);
        QCOMPARE(store.keyAtOffset(0), std::optional<qint64>(cut));
        QCOMPARE(store.keyAtOffset(14), std::optional<qint64>(rows.constLast().key));
        QVERIFY(!store.keyAtOffset(15));
        // A day wholly below the key goes whatever the limit; the limit bounds a cut within a day.
        QCOMPARE(store.deleteBefore(rows.at(35).key, 3), 5);
        QCOMPARE(store.count(), qint64(10));
        QCOMPARE(store.deleteBefore(rows.at(35).key, 3), 3);
        QCOMPARE(store.count(), qint64(7));
        // New events still go in (the writer learns that partitions went).
        QList<LogRow> more{logEvent(99, QDateTime::currentMSecsSinceEpoch())};
        QVERIFY(store.insert(more) > rows.constLast().key);
    }

    void logStreamsAreShared()
    {
        PostgresLogStore first(m_database.location());
        PostgresLogStore second(m_database.location());
        scim::LogStreamRecord stream;
        stream.id = u"lst_1"_s;
        stream.name = u"siem"_s;
        stream.filters = QJsonArray{QJsonObject{{u"type"_s, u"category"_s}, {u"name"_s, u"scim"_s}}};
        stream.sink = QJsonObject{{u"httpEndpoint"_s, u"https://siem.example.com/in"_s}};
        stream.createdAt = QDateTime::currentDateTimeUtc();
        stream.updatedAt = stream.createdAt;
        first.saveLogStream(stream);
        stream.cursor = 42;
        stream.failures = 1;
        stream.lastError = u"503"_s;
        second.saveLogStream(stream);
        const std::optional<scim::LogStreamRecord> read = first.logStream(u"lst_1"_s);
        QVERIFY(read);
        QCOMPARE(read->cursor, qint64(42));
        QCOMPARE(read->sink, stream.sink);
        QCOMPARE(read->filters, stream.filters);
        QCOMPARE(read->lastError, u"503"_s);
        QCOMPARE(first.logStreams().size(), 1);
        QVERIFY(second.deleteLogStream(u"lst_1"_s));
        QVERIFY(!first.logStream(u"lst_1"_s));
    }
};

QTEST_GUILESS_MAIN(PgLogStoreTest)
#include "tst_pg_log_store.moc"
