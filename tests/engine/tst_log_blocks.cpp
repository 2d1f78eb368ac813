// The request log's block storage against real SQLite files: events stored many to a block read back unchanged
// through the `logs` virtual table, in either order and across block boundaries, with the block-skipping filters
// (log id, date, connection, user) giving exactly what a plain scan gives; retention that cuts through a block;
// and the move of a database from the old one-row-per-event table.

#include "requestlog/LogBlock.h"
#include "requestlog/LogDatabase.h"
#include "requestlog/LogId.h"
#include "requestlog/LogQuery.h"
#include "storage/StoreError.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using scim::LogDatabase;
using scim::LogRow;

namespace {
const qint64 kStartMs = 1795400000000; // 2026-11-22

void compareRows(const LogRow &actual, const LogRow &expected)
{
    QCOMPARE(actual.key, expected.key);
    QCOMPARE(actual.dateMs, expected.dateMs);
    QCOMPARE(actual.type, expected.type);
    QCOMPARE(actual.description, expected.description);
    QCOMPARE(actual.connectionId, expected.connectionId);
    QCOMPARE(actual.connectionName, expected.connectionName);
    QCOMPARE(actual.strategy, expected.strategy);
    QCOMPARE(actual.userId, expected.userId);
    QCOMPARE(actual.userName, expected.userName);
    QCOMPARE(actual.action, expected.action);
    QCOMPARE(actual.method, expected.method);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.durationUs, expected.durationUs);
    QCOMPARE(actual.tokenId, expected.tokenId);
    QCOMPARE(actual.ip, expected.ip);
    QCOMPARE(actual.path, expected.path);
    QCOMPARE(actual.userAgent, expected.userAgent);
    QCOMPARE(actual.query, expected.query);
    QCOMPARE(actual.headers, expected.headers);
    QCOMPARE(actual.requestBody, expected.requestBody);
    QCOMPARE(actual.responseBody, expected.responseBody);
    QCOMPARE(actual.extra, expected.extra);
}

// Event n of a synthetic stream: three connections, 50 users, some failures, a date now and then off its key.
LogRow sampleEvent(int n)
{
    static const QString connections[] = {u"con_aaaaaaaaaaaaaaaa"_s, u"con_bbbbbbbbbbbbbbbb"_s,
                                          u"con_cccccccccccccccc"_s};
    LogRow row;
    const qint64 ms = kStartMs + n * 7;
    row.key = scim::LogId::keyForMilliseconds(ms) + n % 3;
    row.dateMs = n % 97 == 0 ? ms - 2 : ms;
    row.connectionId = connections[n % 3];
    row.connectionName = u"customer-%1"_s.arg(n % 3);
    row.strategy = n % 3 == 1 ? u"waad"_s : u"okta"_s;
    row.userId = n % 11 == 0 ? QString() : u"user-%1"_s.arg(n % 50);
    row.userName = row.userId.isEmpty() ? QString() : row.userId + u"@example.com"_s;
    row.status = n % 13 == 0 ? 404 : n % 5 == 0 ? 201 : 200;
    row.type = row.status >= 400 ? u"fscim"_s : u"sscim"_s;
    row.method = row.status == 201 ? u"POST"_s : u"GET"_s;
    row.action = row.status == 201 ? u"create-user"_s : u"get-user"_s;
    row.description = row.status >= 400 ? u"Get user failed (404): Resource %1 not found"_s.arg(n) : u"Get user"_s;
    row.durationUs = 40 + n % 17;
    row.tokenId = u"tok_%1"_s.arg(n % 3);
    row.ip = u"10.0.0.%1"_s.arg(n % 3);
    row.userAgent = u"Okta SCIM Client 1.0.0"_s;
    row.path =
        u"/scim/v2/connections/"_s + row.connectionId + (row.status == 201 ? u"/Users"_s : u"/Users/x%1"_s.arg(n));
    row.headers = "host: example.test\nuser-agent: Okta SCIM Client 1.0.0\n";
    if (row.status == 201) {
        row.requestBody = QByteArrayLiteral("{\"userName\":\"u") + QByteArray::number(n) + "\"}";
        row.responseBody = row.requestBody;
    }
    if (n % 29 == 0)
        row.query = QByteArrayLiteral("{\"filter\":\"userName eq \\\"x\\\"\"}");
    return row;
}

qint64 countWhere(LogDatabase &db, const QString &clause)
{
    return db.count(scim::LogFilterSql{clause, {}});
}

QList<qint64> keysOf(const QList<LogRow> &rows)
{
    QList<qint64> keys;
    for (const LogRow &row : rows)
        keys << row.key;
    return keys;
}
} // namespace

class LogBlocksTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(u"logs-%1.sqlite"_s.arg(++m_files)); }

    // Every key `matches` accepts, newest first, by brute force over the events 0..count-1.
    template <typename Predicate> QList<qint64> expectedKeys(int count, Predicate matches)
    {
        QList<qint64> keys;
        for (int n = count - 1; n >= 0; --n) {
            if (matches(sampleEvent(n)))
                keys << sampleEvent(n).key;
        }
        return keys;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyFieldRoundTrips()
    {
        LogDatabase db(freshPath());
        LogRow odd = sampleEvent(5);
        odd.userName = u"Zoë Ærø 山田 😀"_s;
        odd.description = u"Update user failed (400): « invalid » value"_s;
        odd.path = u"/somewhere/else"_s; // not below the connection's base path
        odd.extra = QByteArrayLiteral("{\"operations\":[]}");
        odd.connectionId.clear();
        LogRow empty;
        empty.key = odd.key + 1;
        empty.dateMs = kStartMs;
        QList<LogRow> expected{sampleEvent(1), odd, empty, sampleEvent(2)};
        db.insert(expected); // out of order: stored sorted by log id
        std::sort(expected.begin(), expected.end(), [](const LogRow &a, const LogRow &b) { return a.key < b.key; });
        const QList<LogRow> rows = db.search({}, true, 0, 10);
        QCOMPARE(rows.size(), 4);
        for (int i = 0; i < 4; ++i)
            compareRows(rows.at(i), expected.at(i));
        // Empty blobs read as NULL, empty texts as '' (what the old table stored).
        QCOMPARE(countWhere(db, u"query IS NULL AND request_body IS NULL"_s), 3);
        QCOMPARE(countWhere(db, u"user_id = '' AND connection_id = ''"_s), 1);
    }

    void manyBlocksReadInEitherOrderAndPage()
    {
        LogDatabase db(freshPath());
        const int total = 2 * scim::LogBlock::kMaxEvents + 300;
        QList<LogRow> all;
        for (int n = 0; n < total; ++n)
            all << sampleEvent(n);
        // One large batch (several blocks), then small ones (small blocks).
        db.insert(all.mid(0, total - 40));
        for (int from = total - 40; from < total; from += 8)
            db.insert(all.mid(from, 8));
        QCOMPARE(db.count(), qint64(total));
        QCOMPARE(db.maxKey(), all.constLast().key);

        QList<qint64> ascending = keysOf(all);
        QCOMPARE(keysOf(db.search({}, true, 0, total + 5)), ascending);
        QList<qint64> descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(keysOf(db.search({}, false, 0, total + 5)), descending);

        // Checkpoint paging (after) and viewer paging (before) visit every event once, in order.
        QList<qint64> seen;
        qint64 cursor = 0;
        for (;;) {
            const QList<LogRow> page = db.after(cursor, 100);
            if (page.isEmpty())
                break;
            seen += keysOf(page);
            cursor = page.constLast().key;
        }
        QCOMPARE(seen, ascending);
        seen.clear();
        cursor = std::numeric_limits<qint64>::max();
        for (;;) {
            const QList<LogRow> page = db.before(cursor, {}, 77);
            if (page.isEmpty())
                break;
            seen += keysOf(page);
            cursor = page.constLast().key;
        }
        QCOMPARE(seen, descending);

        // Single events at and around block boundaries, and ids that do not exist.
        for (const int n : {0, 1, 1023, 1024, 1025, 2047, 2048, total - 41, total - 40, total - 1}) {
            const std::optional<LogRow> found = db.byKey(all.at(n).key);
            QVERIFY2(found.has_value(), qPrintable(QString::number(n)));
            compareRows(*found, all.at(n));
            QVERIFY(!db.byKey(all.at(n).key + 5).has_value() || all.at(n).key + 5 == all.value(n + 1).key);
        }
        QVERIFY(!db.byKey(1).has_value());
        for (const qint64 n : {0LL, 1LL, 1023LL, 1024LL, 2000LL, qint64(total) - 1})
            QCOMPARE(db.keyAtOffset(n), std::optional<qint64>(all.at(n).key));
        QVERIFY(!db.keyAtOffset(total).has_value());

        // Filters that skip blocks (user, connection, dates, ids) agree with a brute-force scan.
        auto search = [&db](const QString &q) {
            return keysOf(db.search(scim::LogQuery::compile(q), false, 0, 100000));
        };
        QCOMPARE(search(u"user_id:user-7"_s),
                 expectedKeys(total, [](const LogRow &r) { return r.userId == u"user-7"_s; }));
        QCOMPARE(search(u"user_id:user-7 AND connection_id:con_bbbbbbbbbbbbbbbb"_s),
                 expectedKeys(total, [](const LogRow &r) {
                     return r.userId == u"user-7"_s && r.connectionId == u"con_bbbbbbbbbbbbbbbb"_s;
                 }));
        QCOMPARE(search(u"user_id:nobody"_s), QList<qint64>());
        QCOMPARE(search(u"type:fscim AND connection_id:con_cccccccccccccccc"_s),
                 expectedKeys(total, [](const LogRow &r) {
                     return r.status >= 400 && r.connectionId == u"con_cccccccccccccccc"_s;
                 }));
        const qint64 lowMs = kStartMs + 1000 * 7;
        const qint64 highMs = kStartMs + 1500 * 7;
        const QString lowDate = QDateTime::fromMSecsSinceEpoch(lowMs, Qt::UTC).toString(Qt::ISODateWithMs);
        const QString highDate = QDateTime::fromMSecsSinceEpoch(highMs, Qt::UTC).toString(Qt::ISODateWithMs);
        QCOMPARE(search(u"date:[%1 TO %2]"_s.arg(lowDate, highDate)),
                 expectedKeys(total, [&](const LogRow &r) { return r.dateMs >= lowMs && r.dateMs <= highMs; }));
        const QString lowId = scim::LogId::fromKey(all.at(1000).key);
        const QString highId = scim::LogId::fromKey(all.at(1100).key);
        QCOMPARE(search(u"log_id:[%1 TO %2] AND status:201"_s.arg(lowId, highId)),
                 expectedKeys(total, [&](const LogRow &r) {
                     return r.key >= all.at(1000).key && r.key <= all.at(1100).key && r.status == 201;
                 }));
        QCOMPARE(db.count(scim::LogQuery::compile(u"user_id:user-7"_s)),
                 qint64(expectedKeys(total, [](const LogRow &r) { return r.userId == u"user-7"_s; }).size()));
    }

    void retentionCutsThroughBlocks()
    {
        LogDatabase db(freshPath());
        QList<LogRow> all;
        for (int n = 0; n < 3000; ++n)
            all << sampleEvent(n);
        db.insert(all);
        // A limit smaller than a block removes exactly the oldest events, keeping the rest of that block.
        QCOMPARE(db.deleteBefore(all.at(2500).key, 300), 300);
        QCOMPARE(db.count(), qint64(2700));
        compareRows(db.search({}, true, 0, 1).constFirst(), all.at(300));
        // A cutoff in the middle of a block, with room to spare.
        QCOMPARE(db.deleteBefore(all.at(1500).key, 5000), 1200);
        QCOMPARE(db.count(), qint64(1500));
        QCOMPARE(keysOf(db.search({}, true, 0, 5000)), keysOf(all.mid(1500)));
        compareRows(*db.byKey(all.at(1500).key), all.at(1500));
        QCOMPARE(db.deleteBefore(all.at(1500).key, 10), 0);
        QCOMPARE(db.deleteBefore(std::numeric_limits<qint64>::max(), 100000), 1500);
        QCOMPARE(db.count(), qint64(0));
        QCOMPARE(db.maxKey(), qint64(0));
    }

    void oldRowTableMovesIntoBlocks()
    {
        const QString path = freshPath();
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery query(old);
            QVERIFY(query.exec(
                u"CREATE TABLE logs (key INTEGER PRIMARY KEY, date_ms INTEGER NOT NULL, type TEXT NOT NULL,"
                " description TEXT NOT NULL, connection_id TEXT NOT NULL, connection TEXT NOT NULL,"
                " strategy TEXT NOT NULL, user_id TEXT NOT NULL, user_name TEXT NOT NULL,"
                " action TEXT NOT NULL, method TEXT NOT NULL, status INTEGER NOT NULL,"
                " duration_us INTEGER NOT NULL, token_id TEXT NOT NULL, ip TEXT NOT NULL, path TEXT NOT NULL,"
                " user_agent TEXT NOT NULL, query BLOB, headers BLOB, request_body BLOB,"
                " response_body BLOB, extra BLOB)"_s));
            QVERIFY(query.exec(u"CREATE INDEX logs_user ON logs (user_id, key)"_s));
            QVERIFY(query.prepare(u"INSERT INTO logs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s));
            for (int n = 0; n < 1500; ++n) {
                LogRow r = sampleEvent(n);
                for (QString *text : {&r.userId, &r.userName}) // the old table stored '' for "none"
                    *text = text->isNull() ? u""_s : *text;
                const QVariantList values{r.key,
                                          r.dateMs,
                                          r.type,
                                          r.description,
                                          r.connectionId,
                                          r.connectionName,
                                          r.strategy,
                                          r.userId,
                                          r.userName,
                                          r.action,
                                          r.method,
                                          r.status,
                                          r.durationUs,
                                          r.tokenId,
                                          r.ip,
                                          r.path,
                                          r.userAgent,
                                          r.query.isEmpty() ? QVariant() : QVariant(r.query),
                                          r.headers,
                                          r.requestBody.isEmpty() ? QVariant() : QVariant(r.requestBody),
                                          r.responseBody.isEmpty() ? QVariant() : QVariant(r.responseBody),
                                          QVariant()};
                for (int i = 0; i < values.size(); ++i)
                    query.bindValue(i, values.at(i));
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
            query.finish();
            old.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        {
            LogDatabase db(path);
            QCOMPARE(db.count(), qint64(1500));
            const QList<LogRow> rows = db.search({}, true, 0, 2000);
            QCOMPARE(rows.size(), 1500);
            for (int n = 0; n < 1500; n += 149)
                compareRows(rows.at(n), sampleEvent(n));
            db.insert({sampleEvent(1500)});
        }
        LogDatabase reopened(path); // nothing left to move: the events are not duplicated
        QCOMPARE(reopened.count(), qint64(1501));
        QCOMPARE(reopened.count(scim::LogQuery::compile(u"user_id:user-7"_s)),
                 qint64(expectedKeys(1501, [](const LogRow &r) { return r.userId == u"user-7"_s; }).size()));
    }

    void damagedBlockIsAnErrorNotACrash()
    {
        const QString path = freshPath();
        {
            LogDatabase db(path);
            db.insert({sampleEvent(1), sampleEvent(2)});
        }
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(u"UPDATE log_blocks SET data = x'01ff'"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        LogDatabase db(path);
        QVERIFY_THROWS_EXCEPTION(scim::StoreError, db.search({}, false, 0, 10));
        QCOMPARE(db.count(), qint64(2)); // the summary is intact
    }
};

QTEST_GUILESS_MAIN(LogBlocksTest)
#include "tst_log_blocks.moc"
