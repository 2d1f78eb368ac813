// The request log's table design in PostgreSQL, measured: the same events stored as one row per event in day
// partitions (what the engine does, PostgresLogStore) and as block rows (LogBlock, many events per row, what the
// SQLite log does). Prints write cost (events/s, WAL and table bytes per event) and the time of typical searches
// over the stored events; for blocks a search has to fetch and decode the blocks in the engine, as PostgreSQL
// cannot read inside them. docs/deployment.md quotes the figures.
//
//   pg_log_bench [--events N] [--batch N] URL     (URL: an empty database; its log tables are used and dropped)

#include "requestlog/LogBlock.h"
#include "requestlog/LogId.h"
#include "requestlog/LogQuery.h"
#include "requestlog/LogRecord.h"
#include "requestlog/LogRowBuilder.h"
#include "requestlog/postgres/PostgresLogStore.h"
#include "storage/StoreError.h"
#include "storage/postgres/PgConnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>

#include <cstdio>
#include <functional>

using namespace scim;

namespace {

// Events shaped like the engine benchmark's traffic: GETs by id and POSTs, 5,000 users, 2 connections, 8 days.
LogRow makeRow(qint64 ms, int i)
{
    LogRecord record;
    record.dateMs = ms;
    const bool post = i % 4 == 0;
    record.connectionId = i % 10 == 0 ? QStringLiteral("con_B2vRlq9gqzSPdKUa") : QStringLiteral("con_66GGkaZWjppkN2XF");
    record.connectionName = i % 10 == 0 ? QStringLiteral("globex-entra") : QStringLiteral("acme-okta");
    record.strategy = i % 10 == 0 ? QStringLiteral("waad") : QStringLiteral("okta");
    record.method = post ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");
    const QString userId = QStringLiteral("01a206bd-109b-74c7-9860-%1").arg(i % 5000, 12, 10, QLatin1Char('0'));
    record.subPath = post ? QStringLiteral("/Users") : QStringLiteral("/Users/") + userId;
    record.headers = QByteArrayLiteral("host: scim.example.com\nuser-agent: Okta SCIM Client 1.0.0\naccept: */*\n");
    if (post) {
        record.requestBody = QStringLiteral(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],)"
                                            R"("userName":"user%1@example.com","name":{"givenName":"Ann",)"
                                            R"("familyName":"Lee"},"emails":[{"value":"user%1@example.com"}]})")
                                 .arg(i % 5000)
                                 .toUtf8();
        record.responseBody = record.requestBody;
        record.status = i % 40 == 0 ? 409 : 201;
    } else {
        record.status = i % 50 == 1 ? 404 : 200;
    }
    record.peer = QHostAddress(QStringLiteral("10.1.2.3"));
    record.tokenId = QStringLiteral("tok_oTEpLgWGDT5rdIqa");
    record.userId = userId;
    record.userName = QStringLiteral("user%1@example.com").arg(i % 5000);
    record.durationNs = 45000;
    return LogRowBuilder::build(record);
}

qint64 walLsn(PgConnection &pg)
{
    return pg.exec("SELECT (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint").integer(0, 0);
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("url"), QStringLiteral("PostgreSQL database (emptied)"));
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events (default 1000000)."),
                                          QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Events per transaction (500)."),
                                         QStringLiteral("N"), QStringLiteral("500"));
    parser.addOption(eventsOption);
    parser.addOption(batchOption);
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString url = parser.positionalArguments().constFirst();
    const int events = parser.value(eventsOption).toInt();
    const int batch = parser.value(batchOption).toInt();

    try {
        PostgresLogStore store(url); // migrates: the logs tables exist
        PgConnection pg(url, QStringLiteral("pg_log_bench"));
        pg.command(QStringLiteral("DROP TABLE IF EXISTS bench_log_blocks; CREATE TABLE bench_log_blocks (first_key"
                                  " bigint PRIMARY KEY, last_key bigint NOT NULL, count int NOT NULL, min_date_ms"
                                  " bigint NOT NULL, max_date_ms bigint NOT NULL, connections bytea NOT NULL,"
                                  " users bytea NOT NULL, data bytea NOT NULL)"));
        const qint64 startMs = QDateTime::currentMSecsSinceEpoch() - qint64(8) * 86400 * 1000;
        const qint64 stepMs = qMax<qint64>(1, qint64(8) * 86400 * 1000 / qMax(1, events));
        QList<LogRow> all;
        all.reserve(events);
        for (int i = 0; i < events; ++i)
            all.append(makeRow(startMs + i * stepMs, i));

        // Rows in day partitions, through the engine's own store.
        qint64 wal = walLsn(pg);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < events; i += batch) {
            QList<LogRow> rows = all.mid(i, batch);
            store.insert(rows);
            for (int j = 0; j < rows.size(); ++j)
                all[i + j].key = rows.at(j).key;
        }
        const double rowsMs = ms(timer);
        const qint64 rowsWal = walLsn(pg) - wal;
        pg.command(QStringLiteral("VACUUM ANALYZE logs"));
        const qint64 rowsBytes = pg.exec("SELECT sum(pg_total_relation_size(inhrelid))::bigint FROM pg_inherits"
                                         " WHERE inhparent = 'logs'::regclass")
                                     .integer(0, 0);

        // Blocks: the SQLite log's encoding in bytea rows.
        wal = walLsn(pg);
        timer.restart();
        LogBlock::Encoder encoder;
        auto flush = [&] {
            if (encoder.isEmpty())
                return;
            pg.exec("INSERT INTO bench_log_blocks VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                    PgParams()
                        .integer(encoder.firstKey())
                        .integer(encoder.lastKey())
                        .integer(encoder.count())
                        .integer(encoder.minDateMs())
                        .integer(encoder.maxDateMs())
                        .bytes(encoder.connections())
                        .bytes(encoder.users())
                        .bytes(encoder.data()));
            encoder.clear();
        };
        for (int i = 0; i < events; i += batch) {
            pg.command(QStringLiteral("BEGIN"));
            for (int j = i; j < qMin(events, i + batch); ++j) {
                encoder.add(all.at(j));
                if (encoder.isFull())
                    flush();
            }
            flush();
            pg.command(QStringLiteral("COMMIT"));
        }
        const double blocksMs = ms(timer);
        const qint64 blocksWal = walLsn(pg) - wal;
        pg.command(QStringLiteral("VACUUM ANALYZE bench_log_blocks"));
        const qint64 blocksBytes = pg.exec("SELECT pg_total_relation_size('bench_log_blocks')").integer(0, 0);

        std::printf("%d events, %d per transaction\n\n", events, batch);
        std::printf("%-26s %14s %16s %16s\n", "write", "events/s", "WAL bytes/event", "table bytes/event");
        std::printf("%-26s %14.0f %16.0f %16.0f\n", "rows in day partitions", events / rowsMs * 1000,
                    double(rowsWal) / events, double(rowsBytes) / events);
        std::printf("%-26s %14.0f %16.0f %16.0f\n\n", "blocks (bytea rows)", events / blocksMs * 1000,
                    double(blocksWal) / events, double(blocksBytes) / events);

        // Searches on rows: the server's indexes and planner.
        const qint64 middle = all.at(events / 2).key;
        struct Search
        {
            const char *label;
            std::function<int()> run;
        };
        const QList<Search> searches{
            {"newest page (50)", [&] { return int(store.search(LogQuery::compile(QString()), false, 0, 50).size()); }},
            {"one user, newest 50",
             [&] {
                 return int(
                     store
                         .search(LogQuery::compile(QStringLiteral("user_id:01a206bd-109b-74c7-9860-000000001234")),
                                 false, 0, 50)
                         .size());
             }},
            {"connection + failures",
             [&] {
                 return int(store
                                .search(LogQuery::compile(QStringLiteral(
                                            "connection_id:con_B2vRlq9gqzSPdKUa AND status:[400 TO 499]")),
                                        false, 0, 50)
                                .size());
             }},
            {"free text, rare term",
             [&] { return int(store.search(LogQuery::compile(QStringLiteral("user4999@")), false, 0, 50).size()); }},
            {"checkpoint mid-log (100)", [&] { return int(store.after(middle, 100).size()); }},
            {"count of one user's events",
             [&] {
                 return int(
                     store.count(LogQuery::compile(QStringLiteral("user_id:01a206bd-109b-74c7-9860-000000001234"))));
             }},
        };
        std::printf("%-34s %12s %8s\n", "search (rows)", "ms (median)", "rows");
        for (const Search &search : searches) {
            QList<double> times;
            int found = 0;
            for (int run = 0; run < 5; ++run) {
                timer.restart();
                found = search.run();
                times.append(ms(timer));
            }
            std::sort(times.begin(), times.end());
            std::printf("%-34s %12.1f %8d\n", search.label, times.at(2), found);
        }

        // Blocks: a search that no summary narrows (free text) decodes every block in the engine.
        timer.restart();
        qint64 decoded = 0;
        int matches = 0;
        const PgResult blocks = pg.exec("SELECT data FROM bench_log_blocks ORDER BY first_key DESC");
        std::vector<LogBlock::Event> decodedEvents;
        for (int row = 0; row < blocks.rows(); ++row) {
            decodedEvents.clear();
            const QByteArray data = blocks.bytes(row, 0);
            LogBlock::decode(data, decodedEvents);
            for (const LogBlock::Event &event : decodedEvents) {
                ++decoded;
                if (event.fields[LogBlock::UserName].contains("user4999@"))
                    ++matches;
            }
        }
        std::printf("\n%-34s %12.1f %8d  (%lld events decoded)\n", "blocks: free text over all events", ms(timer),
                    matches, decoded);

        // Retention: a whole day goes with one DROP.
        timer.restart();
        const int deleted = store.deleteBefore(LogId::keyForMilliseconds(startMs + 86400 * 1000), 1000000);
        std::printf("%-34s %12.1f %8d\n", "retention: the oldest day", ms(timer), deleted);
        pg.command(QStringLiteral("DROP TABLE bench_log_blocks"));
    } catch (const StoreError &error) {
        std::fprintf(stderr, "pg_log_bench: %s\n", qUtf8Printable(error.message()));
        return 1;
    }
    return 0;
}
