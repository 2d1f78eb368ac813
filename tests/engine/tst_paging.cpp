#include "EngineHarness.h"

#include "common/Limits.h"
#include "protocol/ListCursor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace scim;
using namespace Qt::StringLiterals;

// Stops the calling test function when a helper called from it has already failed.
#define CHECKED(call)                                                                                                  \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

namespace {

QStringList idsOf(const QJsonObject &listResponse)
{
    QStringList ids;
    for (const QJsonValue &resource : listResponse.value(u"Resources"_s).toArray())
        ids.append(resource.toObject().value(u"id"_s).toString());
    return ids;
}

QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

// Paging (RFC 7644 §3.4.2.4 index paging, RFC 9865 cursors; docs/engine.md "Paging"): cursor walks over /Users,
// /Groups, POST .search and the root .search, with filters, sortBy, previousCursor and concurrent inserts; the
// cursor errors; /ServiceProviderConfig; index pages anywhere in a list that spans several count blocks, after
// deletes, equal to the naive order. Real store, transport-free handlers.
class PagingTest : public QObject
{
    Q_OBJECT

private:
    enum class Via
    {
        Get,        // GET /Users?cursor=…
        TypeSearch, // POST /Users/.search {"cursor": …}
        RootSearch, // POST /.search {"cursor": …}
    };

    // One page of a cursor walk over Users; `cursor` null for the first page.
    QJsonObject cursorPage(Via via, const QString &cursor, int count, const QString &filter = {},
                           const QString &sortBy = {}, bool descending = false)
    {
        if (via == Via::Get) {
            QString path = u"/Users?count=%1&cursor=%2"_s.arg(count).arg(percentEncoded(cursor));
            if (!filter.isEmpty())
                path += u"&filter="_s + percentEncoded(filter);
            if (!sortBy.isEmpty())
                path += u"&sortBy="_s + sortBy + (descending ? u"&sortOrder=descending"_s : QString());
            return checkedList(m_engine->scim("GET", path));
        }
        QJsonObject body{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:SearchRequest"_s}},
                         {u"cursor"_s, cursor},
                         {u"count"_s, count}};
        if (!filter.isEmpty())
            body.insert(u"filter"_s, filter);
        if (!sortBy.isEmpty()) {
            body.insert(u"sortBy"_s, sortBy);
            body.insert(u"sortOrder"_s, descending ? u"descending"_s : u"ascending"_s);
        }
        return checkedList(m_engine->scim("POST", via == Via::RootSearch ? u"/.search"_s : u"/Users/.search"_s, body));
    }

    QJsonObject checkedList(const HttpResponse &response)
    {
        if (response.status != 200)
            qWarning("list failed: %d %s", response.status, response.body.constData());
        return EngineHarness::json(response);
    }

    // Every id of a full walk, following nextCursor from an empty cursor.
    QStringList walk(Via via, int count, const QString &filter = {}, const QString &sortBy = {},
                     bool descending = false)
    {
        QStringList ids;
        QString cursor;
        for (int pages = 0; pages < 10000; ++pages) {
            const QJsonObject page = cursorPage(via, cursor, count, filter, sortBy, descending);
            ids += idsOf(page);
            cursor = page.value(u"nextCursor"_s).toString();
            if (cursor.isEmpty())
                break;
        }
        return ids;
    }

    // The whole list by index paging in one page: the order cursor walks must reproduce.
    QStringList indexOrder(const QString &filter = {}, const QString &sortBy = {}, bool descending = false)
    {
        QString path = u"/Users?count=%1"_s.arg(Limits::kMaxResults);
        if (!filter.isEmpty())
            path += u"&filter="_s + percentEncoded(filter);
        if (!sortBy.isEmpty())
            path += u"&sortBy="_s + sortBy + (descending ? u"&sortOrder=descending"_s : QString());
        return idsOf(checkedList(m_engine->scim("GET", path)));
    }

    QString createUser(int n, const QString &title)
    {
        return m_engine->create(u"/Users"_s,
                                QJsonObject{{u"userName"_s, u"user%1@paging.example"_s.arg(n, 4, 10, QLatin1Char('0'))},
                                            {u"title"_s, title},
                                            {u"displayName"_s, u"User %1"_s.arg(n % 17)}});
    }

    void verifyScimError(const HttpResponse &response, int status, const QString &scimType)
    {
        QVERIFY2(response.status == status, response.body.constData());
        const QJsonObject error = EngineHarness::json(response);
        QCOMPARE(error.value(u"status"_s).toString(), QString::number(status));
        QCOMPARE(error.value(u"scimType"_s).toString(), scimType);
        QVERIFY(!error.value(u"detail"_s).toString().isEmpty());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_engine = std::make_unique<EngineHarness>(m_dir.path(), u"paging-%1.sqlite"_s.arg(++m_counter));
        m_engine->createConnection(u"okta"_s);
    }

    void cleanup() { m_engine.reset(); }

    void serviceProviderConfig_advertisesCursorAndIndexPaging()
    {
        const QJsonObject config = m_engine->json(m_engine->scim("GET", u"/ServiceProviderConfig"_s));
        const QJsonObject pagination = config.value(u"pagination"_s).toObject();
        QCOMPARE(pagination.value(u"cursor"_s).toBool(false), true);
        QCOMPARE(pagination.value(u"index"_s).toBool(false), true);
        QCOMPARE(pagination.value(u"defaultPaginationMethod"_s).toString(), u"index"_s);
        QCOMPARE(pagination.value(u"defaultPageSize"_s).toInt(), Limits::kDefaultCount);
        QCOMPARE(pagination.value(u"maxPageSize"_s).toInt(), Limits::kMaxResults);
        QCOMPARE(pagination.value(u"cursorTimeout"_s).toInt(), Limits::kCursorTimeoutSeconds);
    }

    void cursorWalk_concurrentInsertsSeeEveryEarlierUserOnce_data()
    {
        QTest::addColumn<int>("via");
        QTest::newRow("GET /Users") << int(Via::Get);
        QTest::newRow("POST /Users/.search") << int(Via::TypeSearch);
        QTest::newRow("POST /.search") << int(Via::RootSearch);
    }

    void cursorWalk_concurrentInsertsSeeEveryEarlierUserOnce()
    {
        QFETCH(int, via);
        QStringList before;
        for (int i = 0; i < 53; ++i)
            before.append(createUser(i, u"t"_s));
        // Deleted before the walk reaches it: never seen.
        const QString deleted = before.takeAt(40);
        QStringList inserted;
        QStringList seen;
        QString cursor;
        int pages = 0;
        for (; pages < 100; ++pages) {
            const QJsonObject page = cursorPage(Via(via), cursor, 7);
            QVERIFY(page.value(u"Resources"_s).toArray().size() <= 7);
            QVERIFY(!page.contains(u"startIndex"_s));
            seen += idsOf(page);
            if (pages == 2)
                QCOMPARE(m_engine->scim("DELETE", u"/Users/"_s + deleted).status, 204);
            // Writes between page requests: new users, and an update of one already seen and one not yet seen.
            for (int i = 0; i < 3; ++i)
                inserted.append(createUser(1000 + pages * 3 + i, u"new"_s));
            for (const QString &id : {before.at(0), before.at(50)}) {
                const HttpResponse patched = m_engine->scim(
                    "PATCH", u"/Users/"_s + id,
                    QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s}},
                                {u"Operations"_s, QJsonArray{QJsonObject{{u"op"_s, u"replace"_s},
                                                                         {u"path"_s, u"title"_s},
                                                                         {u"value"_s, u"p%1"_s.arg(pages)}}}}});
                QVERIFY2(patched.status == 200 || patched.status == 204, patched.body.constData());
            }
            cursor = page.value(u"nextCursor"_s).toString();
            if (cursor.isEmpty())
                break;
            // Cursors use RFC 3986 unreserved characters only.
            for (const QChar c : cursor)
                QVERIFY2(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' || c == u'~', qPrintable(cursor));
        }
        QVERIFY2(pages > 8, "the walk spans many pages");
        for (const QString &id : std::as_const(before))
            QVERIFY2(seen.count(id) == 1, qPrintable(u"user %1 seen %2 times"_s.arg(id).arg(seen.count(id))));
        QVERIFY(!seen.contains(deleted));
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), seen.size());
        for (const QString &id : std::as_const(seen))
            QVERIFY(before.contains(id) || inserted.contains(id));
        // Insertion order: what existed comes first, in the order it was created.
        QCOMPARE(seen.mid(0, before.size()), before);
    }

    void cursorWalk_followsFilterAndSortBy_data()
    {
        QTest::addColumn<int>("via");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("sortBy");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("count");
        QTest::newRow("scanned filter") << int(Via::Get) << u"title eq \"odd\""_s << QString() << false << 4;
        QTest::newRow("scanned filter, sorted desc")
            << int(Via::Get) << u"title eq \"odd\" or userName ew \"7@paging.example\""_s << u"userName"_s << true << 3;
        QTest::newRow("sorted with ties") << int(Via::TypeSearch) << QString() << u"displayName"_s << false << 5;
        QTest::newRow("sorted desc, missing values") << int(Via::Get) << QString() << u"nickName"_s << true << 6;
        QTest::newRow("indexed filter")
            << int(Via::TypeSearch)
            << u"userName eq \"user0003@paging.example\" or userName eq \"user0011@paging.example\" or "
               "userName eq \"user0020@paging.example\""_s
            << QString() << false << 2;
        QTest::newRow("root search, filter and sort")
            << int(Via::RootSearch) << u"title eq \"even\""_s << u"userName"_s << true << 4;
    }

    void cursorWalk_followsFilterAndSortBy()
    {
        QFETCH(int, via);
        QFETCH(QString, filter);
        QFETCH(QString, sortBy);
        QFETCH(bool, descending);
        QFETCH(int, count);
        for (int i = 0; i < 31; ++i) {
            const QString id = createUser(i, i % 2 ? u"odd"_s : u"even"_s);
            if (i % 5 == 0)
                m_engine->scim(
                    "PATCH", u"/Users/"_s + id,
                    QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s}},
                                {u"Operations"_s, QJsonArray{QJsonObject{{u"op"_s, u"add"_s},
                                                                         {u"path"_s, u"nickName"_s},
                                                                         {u"value"_s, u"n%1"_s.arg(i % 3)}}}}});
        }
        const QStringList expected = indexOrder(filter, sortBy, descending);
        QVERIFY(expected.size() > count);
        const QStringList walked = walk(Via(via), count, filter, sortBy, descending);
        QCOMPARE(walked, expected);

        // totalResults counts every match on every page.
        const QJsonObject first = cursorPage(Via(via), QString(), count, filter, sortBy, descending);
        QCOMPARE(first.value(u"totalResults"_s).toInt(), expected.size());
        QCOMPARE(first.value(u"itemsPerPage"_s).toInt(), count);
        QVERIFY(!first.contains(u"previousCursor"_s));

        // previousCursor walks back over the same pages.
        QList<QStringList> forward;
        QString cursor;
        QJsonObject page;
        for (;;) {
            page = cursorPage(Via(via), cursor, count, filter, sortBy, descending);
            forward.append(idsOf(page));
            if (!page.contains(u"nextCursor"_s))
                break;
            cursor = page.value(u"nextCursor"_s).toString();
        }
        QVERIFY(forward.size() > 1);
        for (qsizetype i = forward.size() - 2; i >= 0; --i) {
            QVERIFY2(page.contains(u"previousCursor"_s), qPrintable(u"page %1"_s.arg(i + 1)));
            page = cursorPage(Via(via), page.value(u"previousCursor"_s).toString(), count, filter, sortBy, descending);
            QCOMPARE(idsOf(page), forward.at(i));
            QVERIFY(page.contains(u"nextCursor"_s));
        }
        QVERIFY2(!page.contains(u"previousCursor"_s), "the first page has nothing before it");
    }

    void cursorWalk_overGroups()
    {
        QStringList groups;
        for (int i = 0; i < 12; ++i)
            groups.append(m_engine->create(u"/Groups"_s, QJsonObject{{u"displayName"_s, u"Group %1"_s.arg(i)}}));
        QStringList seen;
        QString cursor;
        for (;;) {
            const QJsonObject page =
                checkedList(m_engine->scim("GET", u"/Groups?excludedAttributes=members&count=5&cursor="_s + cursor));
            QCOMPARE(page.value(u"totalResults"_s).toInt(), 12);
            seen += idsOf(page);
            cursor = page.value(u"nextCursor"_s).toString();
            if (cursor.isEmpty())
                break;
        }
        QCOMPARE(seen, groups);
    }

    void cursor_emptyListAndCountLimits()
    {
        const QJsonObject empty = checkedList(m_engine->scim("GET", u"/Users?cursor"_s));
        QCOMPARE(empty.value(u"totalResults"_s).toInt(-1), 0);
        QCOMPARE(empty.value(u"Resources"_s).toArray().size(), 0);
        QVERIFY(!empty.contains(u"nextCursor"_s));
        QVERIFY(!empty.contains(u"previousCursor"_s));

        for (int i = 0; i < 5; ++i)
            createUser(i, u"t"_s);
        // Without count: defaultPageSize; the last page has no nextCursor.
        const QJsonObject all = checkedList(m_engine->scim("GET", u"/Users?cursor="_s));
        QCOMPARE(all.value(u"itemsPerPage"_s).toInt(), 5);
        QVERIFY(!all.contains(u"nextCursor"_s));
        // Exactly a page: no empty page after it.
        QVERIFY(!checkedList(m_engine->scim("GET", u"/Users?cursor=&count=5"_s)).contains(u"nextCursor"_s));
        QVERIFY(checkedList(m_engine->scim("GET", u"/Users?cursor=&count=4"_s)).contains(u"nextCursor"_s));
    }

    void cursor_badCursorIs400_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("scimType");
        const QString other = ListCursor{}.encode(ListCursor::fingerprint(u"con_other"_s, u"User"_s, {}, {}, false),
                                                  QDateTime::currentSecsSinceEpoch());
        QTest::newRow("garbage") << u"cursor=garbage"_s << u"invalidCursor"_s;
        QTest::newRow("reserved characters") << u"cursor=a%2Bb%2Fc%3D"_s << u"invalidCursor"_s;
        QTest::newRow("another connection's") << u"cursor="_s + other << u"invalidCursor"_s;
        QTest::newRow("count 0") << u"cursor=&count=0"_s << u"invalidCount"_s;
        QTest::newRow("negative count") << u"cursor=&count=-3"_s << u"invalidCount"_s;
        QTest::newRow("with startIndex") << u"cursor=&startIndex=1"_s << u"invalidValue"_s;
    }

    void cursor_badCursorIs400()
    {
        QFETCH(QString, query);
        QFETCH(QString, scimType);
        createUser(1, u"t"_s);
        CHECKED(verifyScimError(m_engine->scim("GET", u"/Users?"_s + query), 400, scimType));
    }

    void cursor_changedQueryAlteredOrExpiredCursorIs400()
    {
        for (int i = 0; i < 4; ++i)
            createUser(i, u"t"_s);
        const QJsonObject first = cursorPage(Via::Get, QString(), 2, u"title eq \"t\""_s);
        const QString next = first.value(u"nextCursor"_s).toString();
        QVERIFY(!next.isEmpty());
        // Another filter, another sort, another endpoint: not this cursor's query.
        CHECKED(verifyScimError(m_engine->scim("GET", u"/Users?count=2&cursor="_s + next), 400, u"invalidCursor"_s));
        CHECKED(verifyScimError(
            m_engine->scim("GET", u"/Users?count=2&sortBy=userName&filter=title%20eq%20%22t%22&cursor="_s + next), 400,
            u"invalidCursor"_s));
        CHECKED(verifyScimError(m_engine->scim("GET", u"/Groups?count=2&filter=title%20eq%20%22t%22&cursor="_s + next),
                                400, u"invalidCursor"_s));
        // One character changed: the checksum no longer matches.
        QString altered = next;
        altered[altered.size() / 2] = altered.at(altered.size() / 2) == u'A' ? u'B' : u'A';
        CHECKED(
            verifyScimError(m_engine->scim("GET", u"/Users?count=2&filter=title%20eq%20%22t%22&cursor="_s + altered),
                            400, u"invalidCursor"_s));
        // Truncated.
        CHECKED(verifyScimError(
            m_engine->scim("GET", u"/Users?count=2&filter=title%20eq%20%22t%22&cursor="_s + next.left(10)), 400,
            u"invalidCursor"_s));
        // Not a string in a SearchRequest.
        CHECKED(verifyScimError(m_engine->scim("POST", u"/Users/.search"_s, QJsonObject{{u"cursor"_s, 5}}), 400,
                                u"invalidCursor"_s));

        // Issued longer ago than cursorTimeout: expired; just within it: still good.
        const QByteArray fingerprint =
            ListCursor::fingerprint(m_engine->connection, u"User"_s, u"title eq \"t\""_s, {}, false);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        ListCursor start;
        const QString expired = start.encode(fingerprint, now - Limits::kCursorTimeoutSeconds - 5);
        CHECKED(
            verifyScimError(m_engine->scim("GET", u"/Users?count=2&filter=title%20eq%20%22t%22&cursor="_s + expired),
                            400, u"expiredCursor"_s));
        const QString fresh = start.encode(fingerprint, now - Limits::kCursorTimeoutSeconds + 60);
        QCOMPARE(m_engine->scim("GET", u"/Users?count=2&filter=title%20eq%20%22t%22&cursor="_s + fresh).status, 200);
    }

    void indexPaging_deepPagesEqualTheNaiveOrder()
    {
        // Enough rows to span several count blocks (4,096 sequence numbers each), interleaved with another
        // connection's users and with groups so that sequences are sparse, then some deleted.
        const QString first = m_engine->connection;
        const QString firstToken = m_engine->token;
        const QString second = m_engine->createConnection(u"oidc"_s);
        const auto stored = [](const QString &connection, const QString &type, int n) {
            StoredResource resource;
            resource.connectionId = connection;
            resource.resourceType = type;
            resource.id = u"%1-%2-%3"_s.arg(connection, type).arg(n);
            resource.uniqueKey = u"key%1"_s.arg(n);
            resource.data = QJsonObject{{u"id"_s, resource.id},
                                        {u"userName"_s, resource.uniqueKey},
                                        {u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s}}};
            return resource;
        };
        Store &store = *m_engine->store;
        store.beginBatch();
        for (int n = 0; n < 9000; ++n) {
            store.insertResource(stored(first, u"User"_s, n));
            if (n % 3 == 0)
                store.insertResource(stored(second, u"User"_s, n));
            if (n % 7 == 0)
                store.insertResource(stored(first, u"Group"_s, n));
        }
        for (int n = 0; n < 9000; n += 11)
            QVERIFY(store.deleteResource(first, u"User"_s, u"%1-User-%2"_s.arg(first).arg(n)));
        QVERIFY(store.commitBatch());

        QStringList naive;
        for (const StoredResource &resource : store.allResources(first, u"User"_s))
            naive.append(resource.id);
        QCOMPARE(naive.size(), 9000 - 819);
        QCOMPARE(store.countResources(first, u"User"_s), naive.size());
        QCOMPARE(store.countResources(second, u"User"_s), 3000);
        QCOMPARE(store.countResources(first, u"Group"_s), 1286);

        m_engine->connection = first;
        m_engine->token = firstToken;
        for (const int startIndex : {1, 2, 100, 4000, 4095, 4096, 4097, 5000, 8100, 8179, 8181, 9000}) {
            const QJsonObject page =
                checkedList(m_engine->scim("GET", u"/Users?startIndex=%1&count=17"_s.arg(startIndex)));
            QCOMPARE(page.value(u"totalResults"_s).toInt(), naive.size());
            QCOMPARE(page.value(u"startIndex"_s).toInt(), startIndex);
            QCOMPARE(idsOf(page), naive.mid(startIndex - 1, 17));
            QCOMPARE(page.value(u"itemsPerPage"_s).toInt(), int(naive.mid(startIndex - 1, 17).size()));
        }
        // The store directly, at every block edge.
        for (const qsizetype offset : {qsizetype(0), qsizetype(3), qsizetype(4094), qsizetype(4095), qsizetype(4096),
                                       qsizetype(8180), qsizetype(8181)}) {
            QStringList ids;
            for (const StoredResource &resource : store.resources(first, u"User"_s, offset, 3))
                ids.append(resource.id);
            QCOMPARE(ids, naive.mid(offset, 3));
        }
        // Keyset pages in both directions.
        const qint64 middle = store.resources(first, u"User"_s, 5000, 1).constFirst().sequence;
        QStringList after;
        for (const StoredResource &resource : store.resourcesAfter(first, u"User"_s, middle, 4))
            after.append(resource.id);
        QCOMPARE(after, naive.mid(5001, 4));
        QStringList before;
        for (const StoredResource &resource : store.resourcesBefore(first, u"User"_s, middle, 4))
            before.prepend(resource.id);
        QCOMPARE(before, naive.mid(4996, 4));

        // A cursor page asks for at most maxPageSize.
        const QJsonObject large = checkedList(m_engine->scim("GET", u"/Users?cursor&count=5000"_s));
        QCOMPARE(large.value(u"itemsPerPage"_s).toInt(), Limits::kMaxResults);
        QCOMPARE(idsOf(large), naive.mid(0, Limits::kMaxResults));

        // Deleting the connection takes its counts with it.
        QCOMPARE(m_engine->api("DELETE", u"/api/v2/connections/%1"_s.arg(second)).status, 204);
        QCOMPARE(store.countResources(second, u"User"_s), 0);
        QCOMPARE(store.resources(second, u"User"_s, 0, 10).size(), 0);
        QCOMPARE(store.countResources(first, u"User"_s), naive.size());
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<EngineHarness> m_engine;
};

QTEST_GUILESS_MAIN(PagingTest)
#include "tst_paging.moc"
