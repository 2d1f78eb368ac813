#include "storage/postgres/PgConnection.h"

#include "storage/StoreError.h"

#include <libpq-fe.h>

namespace scim {

namespace {

QString lastError(pg_conn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

StoreError errorFrom(const PGresult *result, pg_conn *conn)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    QString message = result ? QString::fromUtf8(PQresultErrorMessage(result)).trimmed() : QString();
    if (message.isEmpty())
        message = lastError(conn);
    if (state && qstrcmp(state, "23505") == 0)
        return StoreError(StoreError::Kind::Conflict, message);
    if (state && (qstrcmp(state, "40P01") == 0 || qstrcmp(state, "40001") == 0))
        return StoreError(StoreError::Kind::Transient, message);
    return StoreError(StoreError::Kind::Failure, message);
}

// Server warnings go to the log; notices ("relation exists, skipping") and below are of no interest.
void receiveNotice(void *, const PGresult *result)
{
    const char *severity = PQresultErrorField(result, PG_DIAG_SEVERITY_NONLOCALIZED);
    if (severity && qstrcmp(severity, "WARNING") == 0)
        qWarning("postgresql: %s", PQresultErrorMessage(result));
}

bool succeeded(const PGresult *result)
{
    const ExecStatusType status = PQresultStatus(result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

} // namespace

PgConnection::PgConnection(const QString &location, const QString &applicationName)
{
    const QByteArray url = location.toUtf8();
    const QByteArray application = applicationName.toUtf8();
    const char *keywords[] = {"dbname", "fallback_application_name", "client_encoding", nullptr};
    const char *values[] = {url.constData(), application.constData(), "UTF8", nullptr};
    m_conn = PQconnectdbParams(keywords, values, 1);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString error = lastError(m_conn);
        PQfinish(m_conn);
        m_conn = nullptr;
        throw StoreError(StoreError::Kind::Failure,
                         QStringLiteral("Cannot connect to %1: %2").arg(describe(location), error));
    }
    PQsetNoticeReceiver(m_conn, receiveNotice, nullptr);
    applySessionSettings();
}

void PgConnection::applySessionSettings()
{
    // A request never waits for a lock longer than SQLite's busy handler would (5 s): then it fails, and the
    // client gets a 5xx to retry, instead of the engine stalling behind a stuck transaction. Prepared statements
    // keep one generic plan: each is an index lookup whatever the values, and planning a custom plan for every
    // execution (which the server otherwise often chose, e.g. for a resource by id) cost more than running it.
    PGresult *result = PQexec(m_conn, "SET lock_timeout = '5s'; SET plan_cache_mode = force_generic_plan");
    PQclear(result);
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

bool PgConnection::isUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString PgConnection::describe(const QString &location)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(location.toUtf8().constData(), &error);
    if (!options) {
        PQfreemem(error);
        return QStringLiteral("PostgreSQL (invalid URL)");
    }
    QString host;
    QString port;
    QString dbname;
    QString user;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (!option->val)
            continue;
        const QString value = QString::fromUtf8(option->val);
        if (qstrcmp(option->keyword, "host") == 0 || (host.isEmpty() && qstrcmp(option->keyword, "hostaddr") == 0))
            host = value;
        else if (qstrcmp(option->keyword, "port") == 0)
            port = value;
        else if (qstrcmp(option->keyword, "dbname") == 0)
            dbname = value;
        else if (qstrcmp(option->keyword, "user") == 0)
            user = value;
    }
    PQconninfoFree(options);
    QString text = QStringLiteral("PostgreSQL ");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    text += host.isEmpty() ? QStringLiteral("localhost") : host;
    if (!port.isEmpty())
        text += QLatin1Char(':') + port;
    text += QLatin1Char('/') + (dbname.isEmpty() ? user : dbname);
    return text;
}

bool PgConnection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

int PgConnection::socket() const
{
    return m_conn ? PQsocket(m_conn) : -1;
}

bool PgConnection::inTransaction() const
{
    return m_conn && PQtransactionStatus(m_conn) == PQTRANS_INTRANS;
}

bool PgConnection::transactionFailed() const
{
    return m_conn && PQtransactionStatus(m_conn) == PQTRANS_INERROR;
}

bool PgConnection::reconnect()
{
    PQreset(m_conn);
    m_prepared.clear();
    ++m_generation;
    m_beginPending = false;
    if (PQstatus(m_conn) != CONNECTION_OK)
        return false;
    applySessionSettings();
    return true;
}

void PgConnection::ensureUsable()
{
    ++m_statements;
    if (PQstatus(m_conn) == CONNECTION_OK)
        return;
    if (!reconnect())
        throw StoreError(StoreError::Kind::Failure,
                         QStringLiteral("The PostgreSQL connection is lost: %1").arg(lastError(m_conn)));
}

const std::string &PgConnection::prepare(const char *sql)
{
    auto it = m_prepared.find(sql);
    if (it != m_prepared.end())
        return it->second;
    std::string name = "s" + std::to_string(++m_counter);
    PGresult *result = PQprepare(m_conn, name.c_str(), sql, 0, nullptr);
    if (!succeeded(result)) {
        StoreError error = errorFrom(result, m_conn);
        PQclear(result);
        throw StoreError(StoreError::Kind::Failure,
                         QStringLiteral("Cannot prepare %1: %2").arg(QString::fromUtf8(sql), error.message()));
    }
    PQclear(result);
    return m_prepared.emplace(sql, std::move(name)).first->second;
}

PgResult PgConnection::check(PGresult *result, const char *what)
{
    if (result && succeeded(result))
        return PgResult(result);
    StoreError error = errorFrom(result, m_conn);
    if (result)
        PQclear(result);
    Q_UNUSED(what)
    if (error.kind() == StoreError::Kind::Transient)
        ++m_transientFailures;
    throw error;
}

PgResult PgConnection::exec(const char *sql, const PgParams &params)
{
    ensureUsable();
    if (m_beginPending)
        return std::move(pipeline({Step{sql, params}}).front());
    const std::string &name = prepare(sql);
    return check(
        PQexecPrepared(m_conn, name.c_str(), params.size(), params.values(), params.lengths(), params.formats(), 1),
        sql);
}

PgResult PgConnection::execDynamic(const QString &sql, const PgParams &params)
{
    ensureUsable();
    if (m_beginPending) {
        m_beginPending = false;
        check(PQexec(m_conn, "BEGIN"), "BEGIN");
    }
    const QByteArray text = sql.toUtf8();
    return check(PQexecParams(m_conn, text.constData(), params.size(), nullptr, params.values(), params.lengths(),
                              params.formats(), 1),
                 text.constData());
}

void PgConnection::command(const QString &sql)
{
    ensureUsable();
    QByteArray text = sql.toUtf8();
    if (std::exchange(m_beginPending, false))
        text.prepend("BEGIN; ");
    check(PQexec(m_conn, text.constData()), text.constData());
}

std::vector<PgResult> PgConnection::pipeline(const std::vector<Step> &steps)
{
    ensureUsable();
    std::vector<const std::string *> names;
    names.reserve(steps.size());
    for (const Step &step : steps)
        names.push_back(&prepare(step.sql));
    const bool begin = std::exchange(m_beginPending, false);
    if (!PQenterPipelineMode(m_conn))
        throw StoreError(StoreError::Kind::Failure, lastError(m_conn));
    bool sent = !begin || PQsendQueryParams(m_conn, "BEGIN", 0, nullptr, nullptr, nullptr, nullptr, 1) == 1;
    for (size_t i = 0; sent && i < steps.size(); ++i) {
        const PgParams &params = steps[i].params;
        sent = PQsendQueryPrepared(m_conn, names[i]->c_str(), params.size(), params.values(), params.lengths(),
                                   params.formats(), 1) == 1;
    }
    sent = sent && PQpipelineSync(m_conn) == 1;
    if (!sent) {
        const QString error = lastError(m_conn);
        PQexitPipelineMode(m_conn);
        throw StoreError(StoreError::Kind::Failure, error);
    }

    std::vector<PgResult> results;
    results.reserve(steps.size());
    std::optional<StoreError> failure;
    const size_t expected = steps.size() + (begin ? 1 : 0);
    bool lost = false;
    for (size_t i = 0; i < expected && !lost; ++i) {
        PGresult *result = PQgetResult(m_conn);
        if (!result) {
            lost = true;
            break;
        }
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_FATAL_ERROR && !failure)
            failure = errorFrom(result, m_conn);
        if (!begin || i > 0)
            results.emplace_back(result);
        else
            PQclear(result);
        // Each statement's results end with a null.
        while (PGresult *extra = PQgetResult(m_conn))
            PQclear(extra);
    }
    if (!lost) {
        if (PGresult *sync = PQgetResult(m_conn))
            PQclear(sync); // PGRES_PIPELINE_SYNC
        else
            lost = true;
    }
    PQexitPipelineMode(m_conn);
    if (lost && !failure)
        failure = StoreError(StoreError::Kind::Failure,
                             QStringLiteral("The PostgreSQL connection is lost: %1").arg(lastError(m_conn)));
    if (failure) {
        if (failure->kind() == StoreError::Kind::Transient)
            ++m_transientFailures;
        throw *failure;
    }
    return results;
}

std::vector<std::pair<QString, QString>> PgConnection::notifications()
{
    std::vector<std::pair<QString, QString>> received;
    if (!m_conn || !PQconsumeInput(m_conn))
        return received;
    while (PGnotify *notify = PQnotifies(m_conn)) {
        received.emplace_back(QString::fromUtf8(notify->relname), QString::fromUtf8(notify->extra));
        PQfreemem(notify);
    }
    return received;
}

} // namespace scim
