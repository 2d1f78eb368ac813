// Times the PostgreSQL engine's hot path through Qt's QPSQL driver and through libpq directly, on the same server
// and table: a primary-key read (GET /Users/{id}) and a single-row insert (POST /Users, autocommit). This is the
// measurement behind the driver choice in docs/deployment.md. Usage: pg_driver_bench URL [rows] [reads]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <libpq-fe.h>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Figures
{
    double p50Us = 0;
    double p99Us = 0;
};

Figures summarize(std::vector<qint64> &ns)
{
    std::sort(ns.begin(), ns.end());
    return {double(ns[ns.size() / 2]) / 1000.0, double(ns[ns.size() * 99 / 100]) / 1000.0};
}

// CPU time of this process (the client side of the driver), in microseconds.
qint64 cpuUs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000 + usage.ru_utime.tv_usec +
           usage.ru_stime.tv_usec;
}

void check(PGconn *conn, PGresult *result, ExecStatusType expected)
{
    if (PQresultStatus(result) != expected) {
        std::fprintf(stderr, "libpq: %s\n", PQerrorMessage(conn));
        std::exit(1);
    }
}

QByteArray payload(int i)
{
    return QByteArray("{\"userName\":\"user") + QByteArray::number(i) +
           "@example.com\",\"name\":{\"givenName\":\"Given\",\"familyName\":\"Family\"},\"active\":true,"
           "\"emails\":[{\"value\":\"user@example.com\",\"type\":\"work\",\"primary\":true}]}";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: pg_driver_bench URL [rows] [reads]\n");
        return 2;
    }
    const QByteArray url = argv[1];
    const int rows = argc > 2 ? std::atoi(argv[2]) : 10000;
    const int reads = argc > 3 ? std::atoi(argv[3]) : 20000;

    PGconn *conn = PQconnectdb(url.constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        std::fprintf(stderr, "libpq: %s\n", PQerrorMessage(conn));
        return 1;
    }
    PQclear(PQexec(conn, "DROP TABLE IF EXISTS bench_resources"));
    PGresult *created = PQexec(conn, "CREATE TABLE bench_resources (seq bigserial PRIMARY KEY, id text NOT NULL UNIQUE,"
                                     " data bytea NOT NULL, version bigint NOT NULL)");
    check(conn, created, PGRES_COMMAND_OK);
    PQclear(created);

    const QUrl parsed(QString::fromUtf8(url));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"));
    db.setHostName(parsed.host());
    db.setPort(parsed.port(5432));
    db.setUserName(parsed.userName());
    db.setPassword(parsed.password());
    db.setDatabaseName(parsed.path().mid(1));
    if (!db.open()) {
        std::fprintf(stderr, "QPSQL: %s\n", qPrintable(db.lastError().text()));
        return 1;
    }

    // Inserts: half through each driver, alternating in blocks so both see the same table size.
    std::vector<qint64> qtInsert;
    std::vector<qint64> pqInsert;
    QSqlQuery qtIns(db);
    qtIns.prepare(QStringLiteral("INSERT INTO bench_resources (id, data, version) VALUES (?, ?, 1) RETURNING seq"));
    PGresult *prepared = PQprepare(conn, "ins",
                                   "INSERT INTO bench_resources (id, data, version) VALUES ($1, $2, 1)"
                                   " RETURNING seq",
                                   2, nullptr);
    check(conn, prepared, PGRES_COMMAND_OK);
    PQclear(prepared);
    QElapsedTimer timer;
    qint64 cpu[4] = {0, 0, 0, 0}; // client CPU: QPSQL insert, libpq insert, QPSQL read, libpq read
    for (int i = 0; i < rows; ++i) {
        const QByteArray id = "id-" + QByteArray::number(i);
        const QByteArray data = payload(i);
        timer.start();
        const qint64 cpuStart = cpuUs();
        if ((i / 100) % 2 == 0) {
            qtIns.addBindValue(QString::fromLatin1(id));
            qtIns.addBindValue(data);
            if (!qtIns.exec() || !qtIns.next()) {
                std::fprintf(stderr, "QPSQL: %s\n", qPrintable(qtIns.lastError().text()));
                return 1;
            }
            qtIns.value(0).toLongLong();
            qtIns.finish();
            qtInsert.push_back(timer.nsecsElapsed());
            cpu[0] += cpuUs() - cpuStart;
        } else {
            const char *values[2] = {id.constData(), data.constData()};
            const int lengths[2] = {int(id.size()), int(data.size())};
            const int formats[2] = {0, 1};
            PGresult *result = PQexecPrepared(conn, "ins", 2, values, lengths, formats, 1);
            check(conn, result, PGRES_TUPLES_OK);
            PQclear(result);
            pqInsert.push_back(timer.nsecsElapsed());
            cpu[1] += cpuUs() - cpuStart;
        }
    }

    std::vector<qint64> qtRead;
    std::vector<qint64> pqRead;
    QSqlQuery qtSel(db);
    qtSel.setForwardOnly(true);
    qtSel.prepare(QStringLiteral("SELECT seq, id, data, version FROM bench_resources WHERE id = ?"));
    prepared = PQprepare(conn, "sel", "SELECT seq, id, data, version FROM bench_resources WHERE id = $1", 1, nullptr);
    check(conn, prepared, PGRES_COMMAND_OK);
    PQclear(prepared);
    QRandomGenerator random(42);
    for (int i = 0; i < reads; ++i) {
        const QByteArray id = "id-" + QByteArray::number(random.bounded(rows));
        timer.start();
        const qint64 cpuStart = cpuUs();
        if ((i / 100) % 2 == 0) {
            qtSel.addBindValue(QString::fromLatin1(id));
            if (!qtSel.exec() || !qtSel.next()) {
                std::fprintf(stderr, "QPSQL: %s\n", qPrintable(qtSel.lastError().text()));
                return 1;
            }
            const QByteArray data = qtSel.value(2).toByteArray();
            qtSel.value(3).toLongLong();
            qtSel.finish();
            qtRead.push_back(timer.nsecsElapsed());
            cpu[2] += cpuUs() - cpuStart;
        } else {
            const char *values[1] = {id.constData()};
            PGresult *result = PQexecPrepared(conn, "sel", 1, values, nullptr, nullptr, 1);
            check(conn, result, PGRES_TUPLES_OK);
            const QByteArray data(PQgetvalue(result, 0, 2), PQgetlength(result, 0, 2));
            PQclear(result);
            pqRead.push_back(timer.nsecsElapsed());
            cpu[3] += cpuUs() - cpuStart;
        }
    }
    const Figures qi = summarize(qtInsert), pi = summarize(pqInsert), qr = summarize(qtRead), pr = summarize(pqRead);
    const auto perOp = [](qint64 total, size_t count) { return double(total) / double(count); };
    std::printf("%-28s %10s %10s %16s\n", "operation", "p50 us", "p99 us", "client CPU us/op");
    std::printf("%-28s %10.1f %10.1f %16.1f\n", "QPSQL read by id", qr.p50Us, qr.p99Us, perOp(cpu[2], qtRead.size()));
    std::printf("%-28s %10.1f %10.1f %16.1f\n", "libpq read by id", pr.p50Us, pr.p99Us, perOp(cpu[3], pqRead.size()));
    std::printf("%-28s %10.1f %10.1f %16.1f\n", "QPSQL insert (autocommit)", qi.p50Us, qi.p99Us,
                perOp(cpu[0], qtInsert.size()));
    std::printf("%-28s %10.1f %10.1f %16.1f\n", "libpq insert (autocommit)", pi.p50Us, pi.p99Us,
                perOp(cpu[1], pqInsert.size()));
    PQclear(PQexec(conn, "DROP TABLE bench_resources"));
    PQfinish(conn);
    return 0;
}
