// The log search query language (requestlog/LogQuery), as GET /api/v2/logs?q= compiles it, run against a real log
// database with a few events. Input: the query text. Checked: malformed queries fail with LogQuery::Error only; a
// query that compiles has one bind value per placeholder and is SQL that the database (and our virtual `logs`
// table) runs.
#include "FuzzSupport.h"

#include "requestlog/LogDatabase.h"
#include "requestlog/LogId.h"
#include "requestlog/LogQuery.h"
#include "storage/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

using namespace scim;

namespace {

LogRow row(int n, const QString &type, const QString &connection, const QString &user, const QString &action,
           int status, qint64 dateMs)
{
    LogRow r;
    r.key = LogId::keyForMilliseconds(dateMs) + n;
    r.dateMs = dateMs;
    r.type = type;
    r.connectionId = connection;
    r.connectionName = connection == QLatin1String("con_a") ? QStringLiteral("acme-okta") : QStringLiteral("globex");
    r.strategy = QStringLiteral("okta");
    r.userId = user;
    r.userName = user.isEmpty() ? QString() : user + QStringLiteral("@example.com");
    r.action = action;
    r.method = QStringLiteral("POST");
    r.status = status;
    r.description = QStringLiteral("Create a user%1").arg(status >= 400 ? QStringLiteral(" failed") : QString());
    r.tokenId = QStringLiteral("tok_0123456789abcdef");
    r.ip = QStringLiteral("10.0.0.%1").arg(n);
    r.path = QStringLiteral("/scim/v2/connections/%1/Users").arg(connection);
    r.userAgent = QStringLiteral("Okta SCIM Client 1.0.0");
    r.headers = "user-agent: test\n";
    return r;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<LogDatabase> db;
};

Fixture *fixture = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv); // the Qt SQL driver plugin needs one; lives as long as the process
    fixture = new Fixture;
    fixture->db = std::make_unique<LogDatabase>(fixture->dir.filePath(QStringLiteral("logs.sqlite")));
    const qint64 day = QDateTime(QDate(2026, 11, 10), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    fixture->db->insert({
        row(1, QStringLiteral("sscim"), QStringLiteral("con_a"), QStringLiteral("alice"), QStringLiteral("create-user"),
            201, day - 86400000),
        row(2, QStringLiteral("fscim"), QStringLiteral("con_a"), QStringLiteral("bob"), QStringLiteral("create-user"),
            409, day),
        row(3, QStringLiteral("fscim"), QStringLiteral("con_b"), QString(), QStringLiteral("auth-failed"), 401, day),
        row(4, QStringLiteral("sscim"), QStringLiteral("con_b"), QStringLiteral("carol"), QStringLiteral("patch-user"),
            204, day + 86400000),
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString query = fuzz::text(data, size);
    LogFilterSql filter;
    try {
        filter = LogQuery::compile(query);
    } catch (const LogQuery::Error &error) {
        FUZZ_CHECK(!error.message().isEmpty(), query);
        return 0;
    }
    FUZZ_CHECK(filter.clause.count(QLatin1Char('?')) == filter.values.size(),
               QStringLiteral("%1 with %2 values").arg(filter.clause).arg(filter.values.size()));
    try {
        const qint64 total = fixture->db->count(filter);
        const QList<LogRow> rows = fixture->db->search(filter, false, 0, 10);
        FUZZ_CHECK(total >= 0 && total <= 4 && rows.size() == total,
                   QStringLiteral("%1: count %2, search %3").arg(filter.clause).arg(total).arg(rows.size()));
    } catch (const StoreError &error) {
        fuzz::fail("compiled SQL runs", __FILE__, __LINE__,
                   QStringLiteral("%1\n%2").arg(filter.clause, error.message()));
    }
    return 0;
}
