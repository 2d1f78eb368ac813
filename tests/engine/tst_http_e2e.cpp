// End-to-end tests of the scim-engine binary: every test talks to a real engine process over real HTTP.
//
// The engine is started with QProcess from the directory of this test binary (both land in <build>/bin), on
// 127.0.0.1 port 0 (it prints the port it bound), with its database in a temporary directory and the admin token in
// SCIM_ENGINE_ADMIN_TOKEN. Well-formed requests go through QNetworkAccessManager; requests a normal client would not
// send (oversized, chunked, pipelined, half-sent) go through a raw QTcpSocket.
//
// Token expiry: nobody can wait the 900 s minimum lifetime here, so the expiry test stops the engine, moves one
// token's valid_until into the past directly in the SQLite file and restarts the engine; TokenService's own expiry
// arithmetic is unit-tested in tst_tokens.cpp.

#include "EngineProcess.h"
#include "TestBackend.h"
#include "storage/StoreError.h"
#include "storage/postgres/PgConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <csignal>
#include <list>
#include <memory>
#include <optional>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// Stops the calling test function when a helper called from it has already failed (QVERIFY only returns from the
// helper itself).
#define CHECKED(call)                                                                                                  \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

// QVERIFY2 wants a const char *; QT_NO_CAST_FROM_BYTEARRAY forbids the implicit conversion.
#define MSG(bytes) (QByteArray(bytes).constData())

const QString kUserUrn = u"urn:ietf:params:scim:schemas:core:2.0:User"_s;
const QString kEnterpriseUrn = u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"_s;
const QString kErrorUrn = u"urn:ietf:params:scim:api:messages:2.0:Error"_s;
const QString kListUrn = u"urn:ietf:params:scim:api:messages:2.0:ListResponse"_s;
const QString kPatchUrn = u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s;
const QString kSearchUrn = u"urn:ietf:params:scim:api:messages:2.0:SearchRequest"_s;
const QByteArray kScimJson = "application/scim+json"_ba;

const QStringList kAllScopes{u"get:users"_s,  u"post:users"_s,  u"put:users"_s,  u"patch:users"_s,  u"delete:users"_s,
                             u"get:groups"_s, u"post:groups"_s, u"put:groups"_s, u"patch:groups"_s, u"delete:groups"_s};

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

QByteArray findHeader(const RawHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct HttpReply
{
    int status = 0;
    QByteArray body;
    RawHeaders headers;
    QString networkError;

    QByteArray header(const QByteArray &name) const { return findHeader(headers, name); }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    // For failure messages.
    QByteArray describe() const
    {
        QByteArray text = "HTTP " + QByteArray::number(status);
        if (!networkError.isEmpty())
            text += " (" + networkError.toUtf8() + ')';
        return text + ": " + body.left(800);
    }
};

// A response read by RawClient.
struct RawResponse
{
    int status = 0;
    RawHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return findHeader(headers, name); }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

// HTTP/1.1 over a bare socket, for the requests QNetworkAccessManager would not send as written.
class RawClient
{
public:
    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        return m_socket.waitForConnected(5000);
    }

    bool send(const QByteArray &bytes)
    {
        if (m_socket.write(bytes) != bytes.size())
            return false;
        while (m_socket.bytesToWrite() > 0) {
            if (!m_socket.waitForBytesWritten(5000))
                return false;
        }
        return true;
    }

    // Reads one response (Content-Length framed; none for 204/304). Empty when the peer closed or timed out first.
    std::optional<RawResponse> readResponse(int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        qsizetype headerEnd = -1;
        while ((headerEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (!waitForMore(timer, timeoutMs))
                return std::nullopt;
        }
        RawResponse response;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        response.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        const qsizetype length = response.header("content-length").toLongLong();
        const qsizetype bodyStart = headerEnd + 4;
        while (m_buffer.size() < bodyStart + length) {
            if (!waitForMore(timer, timeoutMs))
                return std::nullopt;
        }
        response.body = m_buffer.mid(bodyStart, length);
        m_buffer.remove(0, bodyStart + length);
        return response;
    }

    // True when the server closed the connection (and sent nothing more) within the timeout.
    bool waitForClose(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_socket.state() != QAbstractSocket::UnconnectedState) {
            if (timer.elapsed() > timeoutMs)
                return false;
            m_socket.waitForReadyRead(100);
            m_buffer.append(m_socket.readAll());
        }
        m_buffer.append(m_socket.readAll());
        return true;
    }

private:
    bool waitForMore(const QElapsedTimer &timer, int timeoutMs)
    {
        const qsizetype before = m_buffer.size();
        m_buffer.append(m_socket.readAll());
        if (m_buffer.size() > before)
            return true;
        if (timer.elapsed() > timeoutMs)
            return false;
        const bool ready = m_socket.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - timer.elapsed())));
        m_buffer.append(m_socket.readAll());
        return ready || m_buffer.size() > before;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

bool isIsoTimestamp(const QJsonValue &value)
{
    return value.isString() && QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid();
}

QDateTime timestamp(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

QStringList resourceIds(const QJsonObject &list)
{
    QStringList ids;
    for (const QJsonValue &resource : list.value(u"Resources"_s).toArray())
        ids.append(resource.toObject().value(u"id"_s).toString());
    return ids;
}

QStringList resourceUserNames(const QJsonObject &list)
{
    QStringList names;
    for (const QJsonValue &resource : list.value(u"Resources"_s).toArray())
        names.append(resource.toObject().value(u"userName"_s).toString());
    return names;
}

QByteArray rawRequest(const QByteArray &method, const QString &target, const QByteArray &token,
                      const QByteArray &body = {}, const RawHeaders &extra = {})
{
    QByteArray out = method + ' ' + target.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        out += "Authorization: Bearer " + token + "\r\n";
    for (const auto &[name, value] : extra)
        out += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        out += "Content-Type: application/scim+json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

// A connection to an engine's database (the SQLite file, or the PostgreSQL database) for the few checks the HTTP
// API cannot observe.
class DatabaseInspector
{
public:
    explicit DatabaseInspector(const QString &location, bool readOnly)
        : m_name(u"e2e-inspector-%1"_s.arg(++s_counter))
    {
        if (TestBackend::isPostgres()) {
            try {
                m_pg = std::make_unique<scim::PgConnection>(location, u"scim-tests"_s);
                m_pg->command(u"SET bytea_output = 'escape'"_s); // values inside CBOR show as they are
                m_open = true;
            } catch (const scim::StoreError &error) {
                qWarning("%s", qPrintable(error.message()));
            }
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(location);
        if (readOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        m_open = db.open();
    }
    ~DatabaseInspector()
    {
        if (m_pg)
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }

    // Sets a token's expiry (nobody can wait 900 s in a test); returns the rows changed.
    int expireToken(const QString &tokenId, const QDateTime &when)
    {
        if (m_pg) {
            return int(m_pg->exec("UPDATE scim_tokens SET valid_until = $1 WHERE token_id = $2",
                                  scim::PgParams().timestamp(when).text(tokenId))
                           .affected());
        }
        QSqlQuery update(QSqlDatabase::database(m_name, false));
        update.prepare(u"UPDATE scim_tokens SET valid_until = ? WHERE token_id = ?"_s);
        update.addBindValue(when.toUTC().toString(Qt::ISODateWithMs));
        update.addBindValue(tokenId);
        if (!update.exec())
            qWarning("%s", qPrintable(update.lastError().text()));
        return update.numRowsAffected();
    }

    // Names of the tables that hold any value containing `needle` (schema-agnostic).
    QStringList tablesMentioning(const QString &needle) const
    {
        QStringList hits;
        if (m_pg) {
            const scim::PgResult tables = m_pg->exec(
                "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1");
            for (int row = 0; row < tables.rows(); ++row) {
                const QString table = tables.text(row, 0);
                // The request log keeps its history of a deleted connection, as in the separate log file of SQLite.
                if (table.startsWith(u"log"_s))
                    continue;
                const scim::PgResult found =
                    m_pg->execDynamic(u"SELECT count(*) FROM \"%1\" t WHERE strpos(t::text, $1) > 0"_s.arg(table),
                                      scim::PgParams().text(needle));
                if (found.integer(0, 0) > 0)
                    hits.append(table);
            }
            return hits;
        }
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        QSqlQuery tables(db);
        tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s);
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &table : std::as_const(names)) {
            QSqlQuery rows(db);
            rows.exec(u"SELECT * FROM \"%1\""_s.arg(table));
            bool found = false;
            while (!found && rows.next()) {
                for (int i = 0; i < rows.record().count(); ++i) {
                    if (rows.value(i).toString().contains(needle)) {
                        found = true;
                        break;
                    }
                }
            }
            if (found)
                hits.append(table);
        }
        return hits;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
    std::unique_ptr<scim::PgConnection> m_pg;
};

} // namespace

class HttpEndToEndTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    EngineProcess m_engine;
    QString m_adminToken;
    QNetworkAccessManager m_nam;
    int m_connectionCounter = 0;

    TestBackend::Database m_sharedDatabase;
    std::list<TestBackend::Database> m_databases;

    QString databasePath() const { return m_sharedDatabase.location(); }
    // The database of a test's own engine(s) in `dir`: dir/engine.sqlite, or a fresh PostgreSQL database.
    QString databaseIn(const QString &dir)
    {
        m_databases.emplace_back(dir, u"engine.sqlite"_s);
        return m_databases.back().location();
    }

    HttpReply send(const QByteArray &method, const QString &url, const QByteArray &body = {},
                   const RawHeaders &headers = {})
    {
        QNetworkRequest request{QUrl(url, QUrl::TolerantMode)};
        request.setTransferTimeout(15000);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        HttpReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        if (result.status == 0)
            result.networkError = reply->errorString();
        reply->deleteLater();
        return result;
    }

    // Management API call with the admin token (or `token` when given) on the shared engine.
    HttpReply admin(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    std::optional<QByteArray> token = std::nullopt, const QString &base = {})
    {
        RawHeaders headers;
        const QByteArray bearer = token ? *token : m_adminToken.toUtf8();
        if (!bearer.isEmpty())
            headers.append({"Authorization"_ba, "Bearer " + bearer});
        QByteArray payload;
        if (method == "POST" || method == "PATCH" || method == "PUT") {
            headers.append({"Content-Type"_ba, "application/json"_ba});
            payload = toJson(body);
        }
        return send(method, (base.isEmpty() ? m_engine.baseUrl() : base) + u"/api/v2"_s + path, payload, headers);
    }

    HttpReply adminRaw(const QByteArray &method, const QString &path, const QByteArray &body)
    {
        return send(
            method, m_engine.baseUrl() + u"/api/v2"_s + path, body,
            {{"Authorization"_ba, "Bearer " + m_adminToken.toUtf8()}, {"Content-Type"_ba, "application/json"_ba}});
    }

    QString scimBase(const QString &connectionId, const QString &base = {}) const
    {
        return (base.isEmpty() ? m_engine.baseUrl() : base) + u"/scim/v2/connections/"_s + connectionId;
    }

    // SCIM call on the shared engine; `pathAndQuery` follows the connection base, e.g. "/Users?count=2".
    HttpReply scim(const QByteArray &method, const QString &connectionId, const QString &pathAndQuery,
                   const QString &token, const QByteArray &body = {}, RawHeaders headers = {},
                   const QByteArray &contentType = kScimJson, const QString &base = {})
    {
        if (!token.isEmpty())
            headers.append({"Authorization"_ba, "Bearer " + token.toUtf8()});
        if (!body.isEmpty())
            headers.append({"Content-Type"_ba, contentType});
        return send(method, scimBase(connectionId, base) + pathAndQuery, body, headers);
    }

    HttpReply scimJson(const QByteArray &method, const QString &connectionId, const QString &pathAndQuery,
                       const QString &token, const QJsonObject &body, const RawHeaders &headers = {})
    {
        return scim(method, connectionId, pathAndQuery, token, toJson(body), headers);
    }

    // --- fixtures (void + out-parameter so QVERIFY can stop them; call through CHECKED) --------------------------

    void createConnection(QString *id, const QString &strategy = u"okta"_s, const QString &base = {})
    {
        const QString name = u"e2e-%1-%2"_s.arg(strategy).arg(++m_connectionCounter);
        const HttpReply reply =
            admin("POST", u"/connections"_s, {{u"name"_s, name}, {u"strategy"_s, strategy}}, std::nullopt, base);
        QVERIFY2(reply.status == 201, MSG(reply.describe()));
        *id = reply.object().value(u"id"_s).toString();
        QVERIFY(!id->isEmpty());
    }

    void enableScim(const QString &connectionId, const QString &base = {})
    {
        const HttpReply reply =
            admin("POST", u"/connections/%1/scim-configuration"_s.arg(connectionId), {}, std::nullopt, base);
        QVERIFY2(reply.status == 201, MSG(reply.describe()));
    }

    void createToken(QString *token, const QString &connectionId, const QJsonObject &body = {},
                     QJsonObject *response = nullptr, const QString &base = {})
    {
        const HttpReply reply =
            admin("POST", u"/connections/%1/scim-configuration/tokens"_s.arg(connectionId), body, std::nullopt, base);
        QVERIFY2(reply.status == 201, MSG(reply.describe()));
        *token = reply.object().value(u"token"_s).toString();
        QVERIFY(!token->isEmpty());
        if (response)
            *response = reply.object();
    }

    // A connection with SCIM enabled and one all-scope token.
    void scimConnection(QString *connectionId, QString *token, const QString &strategy = u"okta"_s,
                        const QString &base = {})
    {
        CHECKED(createConnection(connectionId, strategy, base));
        CHECKED(enableScim(*connectionId, base));
        CHECKED(createToken(token, *connectionId, {}, nullptr, base));
    }

    void createUser(QJsonObject *created, const QString &connectionId, const QString &token, QJsonObject user)
    {
        if (!user.contains(u"schemas"_s))
            user.insert(u"schemas"_s, QJsonArray{kUserUrn});
        const HttpReply reply = scimJson("POST", connectionId, u"/Users"_s, token, user);
        QVERIFY2(reply.status == 201, MSG(reply.describe()));
        *created = reply.object();
        QVERIFY(!created->value(u"id"_s).toString().isEmpty());
    }

    void createUserNamed(QJsonObject *created, const QString &connectionId, const QString &token,
                         const QString &userName)
    {
        createUser(created, connectionId, token,
                   {{u"userName"_s, userName},
                    {u"displayName"_s, userName.toUpper()},
                    {u"emails"_s, QJsonArray{QJsonObject{{u"value"_s, QString(userName + u"@example.com"_s)},
                                                         {u"type"_s, u"work"_s},
                                                         {u"primary"_s, true}}}}});
    }

    static void verifyScimError(const HttpReply &reply, int status, const QString &scimType = {})
    {
        QVERIFY2(reply.status == status, MSG(reply.describe()));
        QVERIFY2(reply.header("content-type").startsWith(kScimJson), MSG(reply.header("content-type")));
        const QJsonObject body = reply.object();
        QVERIFY2(stringList(body.value(u"schemas"_s)).contains(kErrorUrn), MSG(reply.describe()));
        QVERIFY2(body.value(u"status"_s).isString(), "SCIM Error status must be a string");
        QCOMPARE(body.value(u"status"_s).toString(), QString::number(status));
        QVERIFY2(!body.value(u"detail"_s).toString().isEmpty(), MSG(reply.describe()));
        if (!scimType.isEmpty())
            QCOMPARE(body.value(u"scimType"_s).toString(), scimType);
    }

    static void verifyRawScimError(const std::optional<RawResponse> &response, int status)
    {
        QVERIFY2(response.has_value(), "no response");
        QCOMPARE(response->status, status);
        QVERIFY(response->header("content-type").startsWith(kScimJson));
        const QJsonObject body = response->object();
        QVERIFY(stringList(body.value(u"schemas"_s)).contains(kErrorUrn));
        QCOMPARE(body.value(u"status"_s).toString(), QString::number(status));
        QVERIFY(!body.value(u"detail"_s).toString().isEmpty());
    }

    static void verifyManagementError(const HttpReply &reply, int status, const QString &errorCode = {})
    {
        QVERIFY2(reply.status == status, MSG(reply.describe()));
        QVERIFY2(reply.header("content-type").startsWith("application/json"), MSG(reply.header("content-type")));
        const QJsonObject body = reply.object();
        QVERIFY2(body.value(u"statusCode"_s).isDouble(), MSG(reply.describe()));
        QCOMPARE(body.value(u"statusCode"_s).toInt(), status);
        QVERIFY2(!body.value(u"error"_s).toString().isEmpty(), MSG(reply.describe()));
        QVERIFY2(!body.value(u"message"_s).toString().isEmpty(), MSG(reply.describe()));
        if (body.contains(u"errorCode"_s))
            QVERIFY(body.value(u"errorCode"_s).isString());
        if (!errorCode.isEmpty())
            QCOMPARE(body.value(u"errorCode"_s).toString(), errorCode);
    }

    static void verifyListResponse(const HttpReply &reply, qint64 totalResults, qint64 itemsPerPage,
                                   qint64 startIndex = 1)
    {
        QVERIFY2(reply.status == 200, MSG(reply.describe()));
        QVERIFY(reply.header("content-type").startsWith(kScimJson));
        const QJsonObject list = reply.object();
        QVERIFY(stringList(list.value(u"schemas"_s)).contains(kListUrn));
        // Integers, never strings (Okta rejects strings).
        QVERIFY2(list.value(u"totalResults"_s).isDouble(), MSG(reply.describe()));
        QVERIFY2(list.value(u"itemsPerPage"_s).isDouble(), MSG(reply.describe()));
        QVERIFY2(list.value(u"startIndex"_s).isDouble(), MSG(reply.describe()));
        QVERIFY2(list.value(u"Resources"_s).isArray(), MSG(reply.describe()));
        QCOMPARE(list.value(u"totalResults"_s).toInteger(), totalResults);
        QCOMPARE(list.value(u"itemsPerPage"_s).toInteger(), itemsPerPage);
        QCOMPARE(list.value(u"startIndex"_s).toInteger(), startIndex);
        QCOMPARE(list.value(u"Resources"_s).toArray().size(), itemsPerPage);
    }

    CliResult runCli(const QStringList &arguments)
    {
        CliResult result;
        QProcess process;
        const QString root = m_dir.filePath(u"cli"_s);
        QDir().mkpath(root);
        process.setProcessEnvironment(engineEnvironment(root, u"cli-admin-token"_s));
        process.start(enginePath(), arguments);
        if (!process.waitForFinished(10000)) {
            // A bad value that slipped through would start a server: stop it and report.
            process.kill();
            process.waitForFinished(5000);
            result.exitCode = -2;
        } else {
            result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        }
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(enginePath()).isExecutable(),
                 qPrintable(u"%1 missing: build the scim-engine target"_s.arg(enginePath())));
        QVERIFY(QDir().mkpath(m_dir.filePath(u"shared"_s)));
        m_sharedDatabase = TestBackend::Database(m_dir.filePath(u"shared"_s), u"engine.sqlite"_s);
        m_adminToken = u"e2e-admin-"_s + randomHex(16);
        // This suite sends many deliberately bad tokens from 127.0.0.1; the throttle has its own test
        // (engine_security).
        QVERIFY2(m_engine.start(databasePath(), m_adminToken, {u"--auth-failure-limit"_s, u"0"_s}),
                 MSG(m_engine.failure()));
    }

    void cleanupTestCase()
    {
        if (m_engine.isRunning())
            QVERIFY2(m_engine.stop(SIGTERM), MSG(m_engine.failure()));
    }

    // --- command line -------------------------------------------------------------------------------------------

    void cli_helpDocumentsEveryFlagAndExitsZero()
    {
        const CliResult result = runCli({u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        const QString help = QString::fromUtf8(result.out);
        for (const QString &flag :
             {u"--listen"_s, u"--database"_s, u"--public-url"_s, u"--help"_s, u"--version"_s, u"--admin-listen"_s,
              u"--tls-cert"_s, u"--tls-key"_s, u"--admin-token-file"_s, u"--header-timeout"_s, u"--max-connections"_s,
              u"--max-connections-per-address"_s, u"--auth-failure-limit"_s, u"SIGHUP"_s})
            QVERIFY2(help.contains(flag), qPrintable(u"--help does not mention %1:\n%2"_s.arg(flag, help)));
        QVERIFY2(help.contains(u"HOST:PORT"_s), qPrintable(help));
        QVERIFY2(help.contains(u"SCIM_ENGINE_ADMIN_TOKEN"_s), qPrintable(help));
        QVERIFY2(help.contains(u"admin-token"_s), qPrintable(help));
    }

    void cli_rejectsBadArgumentsWithExitCode2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString db = u"--database=%1"_s.arg(m_dir.filePath(u"cli/never.sqlite"_s));
        QTest::newRow("unknown flag") << QStringList{u"--frobnicate"_s, db} << u"frobnicate"_s;
        QTest::newRow("positional argument") << QStringList{u"serve"_s, db} << u"serve"_s;
        QTest::newRow("--listen without value") << QStringList{db, u"--listen"_s} << u"listen"_s;
        QTest::newRow("--listen without port") << QStringList{u"--listen"_s, u"127.0.0.1"_s, db} << u"--listen"_s;
        QTest::newRow("--listen port out of range")
            << QStringList{u"--listen"_s, u"127.0.0.1:70000"_s, db} << u"--listen"_s;
        QTest::newRow("--listen port not a number")
            << QStringList{u"--listen"_s, u"127.0.0.1:http"_s, db} << u"--listen"_s;
        QTest::newRow("--listen bad host") << QStringList{u"--listen"_s, u"not a host:8080"_s, db} << u"--listen"_s;
        QTest::newRow("--listen empty host") << QStringList{u"--listen"_s, u":8080"_s, db} << u"--listen"_s;
        QTest::newRow("--public-url not http")
            << QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--public-url"_s, u"ftp://example.com"_s, db}
            << u"--public-url"_s;
        QTest::newRow("--public-url with query")
            << QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--public-url"_s, u"https://example.com/?a=b"_s, db}
            << u"--public-url"_s;
        QTest::newRow("--database empty")
            << QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s, u""_s} << u"--database"_s;
    }

    void cli_rejectsBadArgumentsWithExitCode2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CliResult result = runCli(arguments);
        QVERIFY2(result.exitCode != -2, "the engine started instead of rejecting the arguments");
        QCOMPARE(result.exitCode, 2);
        const QString err = QString::fromUtf8(result.err);
        QVERIFY2(err.contains(mentions), qPrintable(u"stderr does not mention '%1': %2"_s.arg(mentions, err)));
        QVERIFY2(!result.out.contains("listening on"), MSG(result.out));
    }

    // --- start-up, admin token, public URL, shutdown --------------------------------------------------------------

    void startup_printsListeningLineWithTheBoundPort()
    {
        const QString out = QString::fromUtf8(m_engine.standardOutput());
        QVERIFY2(out.contains(u"listening on http://127.0.0.1:%1\n"_s.arg(m_engine.port())), qPrintable(out));
        // With SCIM_ENGINE_ADMIN_TOKEN set, no token file is written and the token is never printed.
        QVERIFY(!QFile::exists(m_dir.filePath(u"shared/admin-token"_s)));
        QVERIFY(!m_engine.standardOutput().contains(m_adminToken.toUtf8()));
        QVERIFY(!m_engine.standardError().contains(m_adminToken.toUtf8()));
        const HttpReply health = send("GET", m_engine.baseUrl() + u"/healthz"_s);
        QCOMPARE(health.status, 200);
    }

    void startup_generatesAdminTokenFileWithMode0600AndNeverPrintsIt()
    {
        const QString dir = m_dir.filePath(u"generated-token"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString db = databaseIn(dir);
        // Next to an SQLite file; with PostgreSQL in the engine's data directory (XDG_DATA_HOME is dir/xdg-data).
        const QString tokenFile = TestBackend::isPostgres() ? dir + u"/xdg-data/scim-console/scim-engine/admin-token"_s
                                                            : dir + u"/admin-token"_s;
        QString token;
        {
            EngineProcess engine;
            QVERIFY2(engine.start(db, std::nullopt, {}, dir), MSG(engine.failure()));
            QVERIFY2(QFile::exists(tokenFile), "admin-token was not created where documented");
            struct stat info = {};
            QCOMPARE(::stat(QFile::encodeName(tokenFile).constData(), &info), 0);
            QCOMPARE(int(info.st_mode & 0777), 0600);
            QFile file(tokenFile);
            QVERIFY(file.open(QIODevice::ReadOnly));
            token = QString::fromUtf8(file.readAll()).trimmed();
            QVERIFY(token.size() >= 32);
            engine.collectOutput();
            QVERIFY2(engine.standardOutput().contains(tokenFile.toUtf8()), MSG(engine.standardOutput()));
            QVERIFY2(!engine.standardOutput().contains(token.toUtf8()), "the generated token was printed");
            QVERIFY2(!engine.standardError().contains(token.toUtf8()), "the generated token was printed");

            const QString base = engine.baseUrl();
            QCOMPARE(admin("GET", u"/connections"_s, {}, token.toUtf8(), base).status, 200);
            CHECKED(verifyManagementError(admin("GET", u"/connections"_s, {}, "not-the-token"_ba, base), 401));
            QVERIFY2(engine.stop(SIGTERM), MSG(engine.failure()));
        }
        // A restart reuses the stored token.
        EngineProcess again;
        QVERIFY2(again.start(db, std::nullopt, {}, dir), MSG(again.failure()));
        QCOMPARE(admin("GET", u"/connections"_s, {}, token.toUtf8(), again.baseUrl()).status, 200);
        QVERIFY(!again.standardOutput().contains(token.toUtf8()));
        QVERIFY2(again.stop(SIGTERM), MSG(again.failure()));
    }

    void startup_publicUrlIsUsedInEndpointUrlsAndLocations()
    {
        const QString dir = m_dir.filePath(u"public-url"_s);
        QVERIFY(QDir().mkpath(dir));
        EngineProcess engine;
        QVERIFY2(engine.start(databaseIn(dir), m_adminToken, {u"--public-url"_s, u"https://scim.example.test/"_s}),
                 MSG(engine.failure()));
        QVERIFY2(engine.standardOutput().contains("public url: https://scim.example.test\n"),
                 MSG(engine.standardOutput()));
        QString connectionId, token;
        CHECKED(scimConnection(&connectionId, &token, u"okta"_s, engine.baseUrl()));
        const QJsonObject connection =
            admin("GET", u"/connections/"_s + connectionId, {}, std::nullopt, engine.baseUrl()).object();
        QCOMPARE(connection.value(u"scim_endpoint_url"_s).toString(),
                 u"https://scim.example.test/scim/v2/connections/"_s + connectionId);
        const HttpReply created = scim("POST", connectionId, u"/Users"_s, token,
                                       toJson({{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, u"public.url"_s}}),
                                       {}, kScimJson, engine.baseUrl());
        QCOMPARE(created.status, 201);
        const QString expected = u"https://scim.example.test/scim/v2/connections/%1/Users/%2"_s.arg(
            connectionId, created.object().value(u"id"_s).toString());
        QCOMPARE(created.object().value(u"meta"_s).toObject().value(u"location"_s).toString(), expected);
        QCOMPARE(QString::fromUtf8(created.header("location")), expected);
        QVERIFY2(engine.stop(SIGTERM), MSG(engine.failure()));
    }

    void shutdown_finishesInFlightRequestExitsZeroAndKeepsData_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void shutdown_finishesInFlightRequestExitsZeroAndKeepsData()
    {
        QFETCH(int, signalNumber);
        const QString dir = m_dir.filePath(u"restart-%1"_s.arg(signalNumber));
        QVERIFY(QDir().mkpath(dir));
        const QString db = databaseIn(dir);

        QString connectionId, token, expiringToken, userId;
        {
            EngineProcess engine;
            QVERIFY2(engine.start(db, m_adminToken), MSG(engine.failure()));
            const QString base = engine.baseUrl();
            CHECKED(scimConnection(&connectionId, &token, u"waad"_s, base));
            CHECKED(createToken(&expiringToken, connectionId, {{u"token_lifetime"_s, 3600}}, nullptr, base));
            const HttpReply created =
                scim("POST", connectionId, u"/Users"_s, token,
                     toJson({{u"schemas"_s, QJsonArray{kUserUrn}},
                             {u"userName"_s, u"persisted@example.com"_s},
                             {u"password"_s, u"Secret-1"_s},
                             {u"name"_s, QJsonObject{{u"givenName"_s, u"Per"_s}, {u"familyName"_s, u"Sisted"_s}}}}),
                     {}, kScimJson, base);
            QVERIFY2(created.status == 201, MSG(created.describe()));
            userId = created.object().value(u"id"_s).toString();
            QCOMPARE(scim("GET", connectionId, u"/Users"_s, expiringToken, {}, {}, kScimJson, base).status, 200);

            // Half a request is on the wire when the signal arrives: the engine must answer it before exiting.
            const QByteArray body = toJson({{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, u"in-flight"_s}});
            RawClient client;
            QVERIFY(client.connectTo(engine.port()));
            // A first, complete request proves the connection is being served before the second one starts.
            QVERIFY(client.send(rawRequest("GET", u"/healthz"_s, {})));
            const std::optional<RawResponse> health = client.readResponse();
            QVERIFY(health.has_value());
            QCOMPARE(health->status, 200);
            const QByteArray request =
                rawRequest("POST", u"/scim/v2/connections/%1/Users"_s.arg(connectionId), token.toUtf8(), body);
            const qsizetype split = request.size() - body.size() / 2;
            QVERIFY(client.send(request.left(split)));
            QTest::qWait(300);
            QCOMPARE(::kill(pid_t(engine.pid()), signalNumber), 0);
            QTest::qWait(300);
            QVERIFY2(engine.isRunning(), "the engine exited with a request in flight");
            QVERIFY(client.send(request.mid(split)));
            const std::optional<RawResponse> response = client.readResponse();
            QVERIFY2(response.has_value(), "no response to the in-flight request");
            QCOMPARE(response->status, 201);
            QCOMPARE(response->header("connection").toLower(), "close"_ba);
            QVERIFY(client.waitForClose());
            QVERIFY2(engine.waitForExit(), MSG(engine.failure()));
            QVERIFY2(engine.standardOutput().contains("shutting down"), MSG(engine.standardOutput()));
        }

        // While the engine is stopped, expire one token directly in the file (nobody can wait 900 s in a test).
        {
            DatabaseInspector inspector(db, false);
            QVERIFY(inspector.isOpen());
            QCOMPARE(inspector.expireToken(expiringToken.section(QLatin1Char('.'), 0, 0),
                                           QDateTime::currentDateTimeUtc().addSecs(-60)),
                     1);
        }

        EngineProcess restarted;
        QVERIFY2(restarted.start(db, m_adminToken), MSG(restarted.failure()));
        const QString base = restarted.baseUrl();
        const HttpReply user = scim("GET", connectionId, u"/Users/"_s + userId, token, {}, {}, kScimJson, base);
        QVERIFY2(user.status == 200, MSG(user.describe()));
        QCOMPARE(user.object().value(u"userName"_s).toString(), u"persisted@example.com"_s);
        QCOMPARE(user.object().value(u"name"_s).toObject().value(u"familyName"_s).toString(), u"Sisted"_s);
        QVERIFY(!user.body.contains("Secret-1"));
        const HttpReply inFlight = scim("GET", connectionId, u"/Users?filter=userName%20eq%20%22in-flight%22"_s, token,
                                        {}, {}, kScimJson, base);
        CHECKED(verifyListResponse(inFlight, 1, 1));

        // The expired token is refused with a SCIM 401; the management list still shows it, with its valid_until.
        const HttpReply expired = scim("GET", connectionId, u"/Users"_s, expiringToken, {}, {}, kScimJson, base);
        CHECKED(verifyScimError(expired, 401));
        const HttpReply tokens =
            admin("GET", u"/connections/%1/scim-configuration/tokens"_s.arg(connectionId), {}, std::nullopt, base);
        QCOMPARE(tokens.status, 200);
        QCOMPARE(tokens.array().size(), 2);
        for (const QJsonValue &item : tokens.array()) {
            // last_used_at was recorded before the shutdown and survived it.
            QVERIFY2(isIsoTimestamp(item.toObject().value(u"last_used_at"_s)), MSG(tokens.body));
        }
        const HttpReply connection = admin("GET", u"/connections/"_s + connectionId, {}, std::nullopt, base);
        QCOMPARE(connection.status, 200);
        QCOMPARE(connection.object().value(u"strategy"_s).toString(), u"waad"_s);
        QVERIFY2(restarted.stop(SIGTERM), MSG(restarted.failure()));
    }

    // --- Management API: authentication and connections ---------------------------------------------------------

    void management_requiresTheAdminBearerToken_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("wrong token") << "Bearer wrong"_ba;
        QTest::newRow("not bearer") << "Basic YWRtaW46YWRtaW4="_ba;
        QTest::newRow("empty bearer") << "Bearer "_ba;
    }

    void management_requiresTheAdminBearerToken()
    {
        QFETCH(QByteArray, authorization);
        RawHeaders headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization"_ba, authorization});
        for (const QString &path :
             {u"/connections"_s, u"/connections/con_doesnotexist12345"_s, u"/connections-scim-configurations"_s}) {
            const HttpReply reply = send("GET", m_engine.baseUrl() + u"/api/v2"_s + path, {}, headers);
            CHECKED(verifyManagementError(reply, 401));
        }
        const HttpReply create = send("POST", m_engine.baseUrl() + u"/api/v2/connections"_s,
                                      toJson({{u"name"_s, u"sneaky"_s}, {u"strategy"_s, u"okta"_s}}),
                                      headers + RawHeaders{{"Content-Type"_ba, "application/json"_ba}});
        CHECKED(verifyManagementError(create, 401));
    }

    void management_scimTokenIsNotAnAdminToken()
    {
        QString connectionId, token;
        CHECKED(scimConnection(&connectionId, &token));
        CHECKED(verifyManagementError(admin("GET", u"/connections"_s, {}, token.toUtf8()), 401));
    }

    void management_createConnectionReturns201WithIdNameStrategyAndCreatedAt_data()
    {
        QTest::addColumn<QString>("strategy");
        for (const char *strategy : {"samlp", "oidc", "okta", "waad"})
            QTest::newRow(strategy) << QString::fromLatin1(strategy);
    }

    void management_createConnectionReturns201WithIdNameStrategyAndCreatedAt()
    {
        QFETCH(QString, strategy);
        const QString name = u"created-"_s + strategy;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const HttpReply reply = admin("POST", u"/connections"_s, {{u"name"_s, name}, {u"strategy"_s, strategy}});
        QVERIFY2(reply.status == 201, MSG(reply.describe()));
        QVERIFY(reply.header("content-type").startsWith("application/json"));
        const QJsonObject connection = reply.object();
        static const QRegularExpression idPattern(u"^con_[A-Za-z0-9]{16}$"_s);
        QVERIFY2(idPattern.match(connection.value(u"id"_s).toString()).hasMatch(), MSG(reply.body));
        QCOMPARE(connection.value(u"name"_s).toString(), name);
        QCOMPARE(connection.value(u"strategy"_s).toString(), strategy);
        QVERIFY2(isIsoTimestamp(connection.value(u"created_at"_s)), MSG(reply.body));
        QVERIFY(timestamp(connection.value(u"created_at"_s)) >= before);
        QVERIFY(timestamp(connection.value(u"created_at"_s)) <= QDateTime::currentDateTimeUtc().addSecs(1));
    }

    void management_createConnectionValidatesTheBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("unknown strategy") << R"({"name":"bad-strategy","strategy":"auth0"})"_ba;
        QTest::newRow("strategy not a string") << R"({"name":"bad-strategy","strategy":42})"_ba;
        QTest::newRow("missing strategy") << R"({"name":"no-strategy"})"_ba;
        QTest::newRow("missing name") << R"({"strategy":"okta"})"_ba;
        QTest::newRow("invalid name") << R"({"name":"has spaces!","strategy":"okta"})"_ba;
        QTest::newRow("unknown property") << R"({"name":"extra","strategy":"okta","color":"red"})"_ba;
        QTest::newRow("malformed JSON") << R"({"name":"broken",)"_ba;
        QTest::newRow("not an object") << R"(["okta"])"_ba;
    }

    void management_createConnectionValidatesTheBody()
    {
        QFETCH(QByteArray, body);
        CHECKED(verifyManagementError(adminRaw("POST", u"/connections"_s, body), 400));
    }

    void management_connectionNamesAreUnique()
    {
        const QJsonObject body{{u"name"_s, u"unique-name"_s}, {u"strategy"_s, u"oidc"_s}};
        QCOMPARE(admin("POST", u"/connections"_s, body).status, 201);
        CHECKED(verifyManagementError(admin("POST", u"/connections"_s, body), 409));
        // Unique across strategies too.
        CHECKED(verifyManagementError(
            admin("POST", u"/connections"_s, {{u"name"_s, u"unique-name"_s}, {u"strategy"_s, u"okta"_s}}), 409));
        // And a rename onto a taken name is refused.
        QString otherId;
        CHECKED(createConnection(&otherId));
        CHECKED(
            verifyManagementError(admin("PATCH", u"/connections/"_s + otherId, {{u"name"_s, u"unique-name"_s}}), 409));
    }

    void management_listGetPatchAndDeleteConnection()
    {
        QString id;
        CHECKED(createConnection(&id, u"samlp"_s));

        const HttpReply list = admin("GET", u"/connections"_s);
        QCOMPARE(list.status, 200);
        QVERIFY2(list.array().size() >= 1, MSG(list.body));
        bool listed = false;
        for (const QJsonValue &item : list.array())
            listed = listed || item.toObject().value(u"id"_s).toString() == id;
        QVERIFY2(listed, MSG(list.body));

        const HttpReply got = admin("GET", u"/connections/"_s + id);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.object().value(u"id"_s).toString(), id);
        QCOMPARE(got.object().value(u"strategy"_s).toString(), u"samlp"_s);

        const HttpReply renamed = admin("PATCH", u"/connections/"_s + id, {{u"name"_s, u"renamed-connection"_s}});
        QVERIFY2(renamed.status == 200, MSG(renamed.describe()));
        QCOMPARE(renamed.object().value(u"name"_s).toString(), u"renamed-connection"_s);
        QCOMPARE(admin("GET", u"/connections/"_s + id).object().value(u"name"_s).toString(), u"renamed-connection"_s);
        CHECKED(verifyManagementError(admin("PATCH", u"/connections/"_s + id, {{u"strategy"_s, u"okta"_s}}), 400));

        const HttpReply deleted = admin("DELETE", u"/connections/"_s + id);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        CHECKED(verifyManagementError(admin("GET", u"/connections/"_s + id), 404, u"inexistent_connection"_s));
        CHECKED(verifyManagementError(admin("DELETE", u"/connections/"_s + id), 404));
        CHECKED(verifyManagementError(admin("PATCH", u"/connections/"_s + id, {{u"name"_s, u"ghost"_s}}), 404));
    }

    void management_deleteConnectionRemovesConfigurationTokensAndUsers()
    {
        // Its own engine: what is left in storage can only be read once the engine has released the file.
        const QString dir = m_dir.filePath(u"delete-connection"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString db = databaseIn(dir);
        EngineProcess engine;
        QVERIFY2(engine.start(db, m_adminToken), MSG(engine.failure()));
        const QString base = engine.baseUrl();
        QString id, token, keptId, keptToken;
        CHECKED(scimConnection(&id, &token, u"okta"_s, base));
        CHECKED(scimConnection(&keptId, &keptToken, u"okta"_s, base));
        const QByteArray user = toJson({{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, u"doomed"_s}});
        const HttpReply doomed = scim("POST", id, u"/Users"_s, token, user, {}, kScimJson, base);
        QVERIFY2(doomed.status == 201, MSG(doomed.describe()));
        const QString userId = doomed.object().value(u"id"_s).toString();
        const HttpReply kept = scim("POST", keptId, u"/Users"_s, keptToken, user, {}, kScimJson, base);
        QVERIFY2(kept.status == 201, MSG(kept.describe()));

        QCOMPARE(admin("DELETE", u"/connections/"_s + id, {}, std::nullopt, base).status, 204);
        CHECKED(verifyManagementError(admin("GET", u"/connections/"_s + id, {}, std::nullopt, base), 404));
        CHECKED(verifyManagementError(
            admin("GET", u"/connections/%1/scim-configuration"_s.arg(id), {}, std::nullopt, base), 404));
        CHECKED(verifyManagementError(
            admin("GET", u"/connections/%1/scim-configuration/tokens"_s.arg(id), {}, std::nullopt, base), 404));
        CHECKED(verifyScimError(scim("GET", id, u"/Users/"_s + userId, token, {}, {}, kScimJson, base), 404));
        CHECKED(verifyScimError(scim("GET", id, u"/Users"_s, token, {}, {}, kScimJson, base), 404));
        // The other connection is untouched.
        QCOMPARE(scim("GET", keptId, u"/Users/"_s + kept.object().value(u"id"_s).toString(), keptToken, {}, {},
                      kScimJson, base)
                     .status,
                 200);
        QVERIFY2(engine.stop(SIGTERM), MSG(engine.failure()));

        // Nothing of the deleted connection is left in the file: no configuration, no token, no user.
        DatabaseInspector inspector(db, true);
        QVERIFY(inspector.isOpen());
        QVERIFY2(inspector.tablesMentioning(keptId).size() >= 3, "sanity: the kept connection's rows are visible");
        QCOMPARE(inspector.tablesMentioning(id), QStringList());
        QCOMPARE(inspector.tablesMentioning(userId), QStringList());
    }

    void management_engineNamesItsBackendAndInstance()
    {
        const HttpReply info = admin("GET", u"/engine"_s);
        QVERIFY2(info.status == 200, MSG(info.describe()));
        const QJsonObject engine = info.object();
        QCOMPARE(engine.value(u"backend"_s).toString(), TestBackend::isPostgres() ? u"postgresql"_s : u"sqlite"_s);
        const QString database = engine.value(u"database"_s).toString();
        if (TestBackend::isPostgres()) {
            const QUrl url(databasePath());
            QCOMPARE(database,
                     u"PostgreSQL %1@%2:%3%4"_s.arg(url.userName(), url.host()).arg(url.port()).arg(url.path()));
            QVERIFY2(!info.body.contains(url.password().toUtf8()), "the password must never be shown");
            QVERIFY2(!m_engine.standardOutput().contains(url.password().toUtf8()), "nor printed");
        } else {
            QCOMPARE(database, databasePath());
        }
        QCOMPARE(engine.value(u"instance"_s).toString(),
                 u"%1:%2"_s.arg(QSysInfo::machineHostName()).arg(m_engine.port()));
        QCOMPARE(engine.value(u"leader"_s).toBool(), true); // the only instance
        CHECKED(verifyManagementError(admin("POST", u"/engine"_s), 405));
        CHECKED(verifyManagementError(admin("GET", u"/engine"_s, {}, "wrong"_ba), 401));

        // --instance-name names it.
        const QString dir = m_dir.filePath(u"named-instance"_s);
        QVERIFY(QDir().mkpath(dir));
        EngineProcess named;
        QVERIFY2(named.start(databaseIn(dir), m_adminToken, {u"--instance-name"_s, u"blue-1"_s}), MSG(named.failure()));
        QCOMPARE(admin("GET", u"/engine"_s, {}, std::nullopt, named.baseUrl()).object().value(u"instance"_s).toString(),
                 u"blue-1"_s);
        QVERIFY2(named.standardOutput().contains("instance: blue-1"), MSG(named.standardOutput()));
        QVERIFY2(named.stop(SIGTERM), MSG(named.failure()));
    }

    void management_unknownPathIs404AndWrongMethodIs405()
    {
        CHECKED(verifyManagementError(admin("GET", u"/nothing-here"_s), 404));
        CHECKED(verifyManagementError(admin("PUT", u"/connections"_s), 405));
        QVERIFY(!admin("PUT", u"/connections"_s).header("allow").isEmpty());
        const HttpReply root = send("GET", m_engine.baseUrl() + u"/no/such/path"_s);
        QCOMPARE(root.status, 404);
    }

    // --- Management API: SCIM configuration ---------------------------------------------------------------------

    void scimConfiguration_createUsesStrategyDefaults_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QString>("userIdAttribute");
        QTest::addColumn<int>("mappingEntries");
        QTest::addColumn<QString>("userNameMapsTo");
        QTest::newRow("okta") << u"okta"_s << u"externalId"_s << 32 << u"preferred_username"_s;
        QTest::newRow("waad") << u"waad"_s << u"externalId"_s << 30 << u"upn"_s;
        QTest::newRow("oidc") << u"oidc"_s << u"externalId"_s << 32 << u"preferred_username"_s;
        QTest::newRow("samlp") << u"samlp"_s << u"userName"_s << 32 << u"username"_s;
    }

    void scimConfiguration_createUsesStrategyDefaults()
    {
        QFETCH(QString, strategy);
        QFETCH(QString, userIdAttribute);
        QFETCH(int, mappingEntries);
        QFETCH(QString, userNameMapsTo);
        QString id;
        CHECKED(createConnection(&id, strategy));
        const HttpReply created = admin("POST", u"/connections/%1/scim-configuration"_s.arg(id));
        QVERIFY2(created.status == 201, MSG(created.describe()));
        const QJsonObject configuration = created.object();
        QCOMPARE(configuration.value(u"connection_id"_s).toString(), id);
        QCOMPARE(configuration.value(u"strategy"_s).toString(), strategy);
        QCOMPARE(configuration.value(u"user_id_attribute"_s).toString(), userIdAttribute);
        const QJsonArray mapping = configuration.value(u"mapping"_s).toArray();
        QCOMPARE(mapping.size(), mappingEntries);
        for (const QJsonValue &entry : mapping) {
            QVERIFY(entry.toObject().value(u"scim"_s).isString());
            QVERIFY(entry.toObject().value(u"auth0"_s).isString());
        }
        QVERIFY(mapping.contains(QJsonObject{{u"scim"_s, u"userName"_s}, {u"auth0"_s, userNameMapsTo}}));
        QVERIFY(isIsoTimestamp(configuration.value(u"created_at"_s)));
        QVERIFY(isIsoTimestamp(configuration.value(u"updated_on"_s)));

        const HttpReply got = admin("GET", u"/connections/%1/scim-configuration"_s.arg(id));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.object().value(u"mapping"_s).toArray(), mapping);
        QCOMPARE(got.object().value(u"user_id_attribute"_s).toString(), userIdAttribute);
        CHECKED(verifyManagementError(admin("POST", u"/connections/%1/scim-configuration"_s.arg(id)), 409));
    }

    void scimConfiguration_deleteAnswers204AndTurnsScimOff()
    {
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        QCOMPARE(scim("GET", id, u"/Users"_s, token).status, 200);

        const HttpReply deleted = admin("DELETE", u"/connections/%1/scim-configuration"_s.arg(id));
        QCOMPARE(deleted.status, 204);
        CHECKED(verifyManagementError(admin("GET", u"/connections/%1/scim-configuration"_s.arg(id)), 404));
        CHECKED(verifyScimError(scim("GET", id, u"/Users"_s, token), 404));
        CHECKED(verifyScimError(scim("GET", id, u"/ServiceProviderConfig"_s, token), 404));

        // Re-enabling SCIM does not revive the old tokens.
        CHECKED(enableScim(id));
        CHECKED(verifyScimError(scim("GET", id, u"/Users"_s, token), 401));
        const HttpReply tokens = admin("GET", u"/connections/%1/scim-configuration/tokens"_s.arg(id));
        QCOMPARE(tokens.status, 200);
        QCOMPARE(tokens.array().size(), 0);
    }

    void scimConfiguration_connectionWithoutConfigurationAnswersScimWith404()
    {
        QString id;
        CHECKED(createConnection(&id));
        CHECKED(verifyScimError(scim("GET", id, u"/Users"_s, u"tok_AAAAAAAAAAAAAAAA."_s + randomHex(32)), 404));
        CHECKED(verifyScimError(scim("GET", id, u"/Users"_s, {}), 404));
        CHECKED(verifyScimError(scim("GET", u"con_doesnotexist1234"_s, u"/Users"_s, {}), 404));
        CHECKED(verifyManagementError(admin("GET", u"/connections/%1/scim-configuration"_s.arg(id)), 404));
        CHECKED(verifyManagementError(admin("POST", u"/connections/%1/scim-configuration/tokens"_s.arg(id)), 404));
    }

    // --- Management API: tokens -----------------------------------------------------------------------------------

    void tokens_createReturnsIdSecretAllScopesAndCreatedAt()
    {
        QString id;
        CHECKED(createConnection(&id));
        CHECKED(enableScim(id));
        const HttpReply reply = admin("POST", u"/connections/%1/scim-configuration/tokens"_s.arg(id));
        QVERIFY2(reply.status == 201, MSG(reply.describe()));
        const QJsonObject token = reply.object();
        const QString tokenId = token.value(u"token_id"_s).toString();
        static const QRegularExpression idPattern(u"^tok_[A-Za-z0-9]{16}$"_s);
        QVERIFY2(idPattern.match(tokenId).hasMatch(), MSG(reply.body));
        const QRegularExpression secretPattern(u"^%1\\.[0-9a-f]{64}$"_s.arg(QRegularExpression::escape(tokenId)));
        QVERIFY2(secretPattern.match(token.value(u"token"_s).toString()).hasMatch(), MSG(reply.body));
        QCOMPARE(sorted(stringList(token.value(u"scopes"_s))), sorted(kAllScopes));
        QVERIFY(isIsoTimestamp(token.value(u"created_at"_s)));
        QVERIFY2(!token.contains(u"valid_until"_s), "no lifetime means no valid_until");
        QCOMPARE(scim("GET", id, u"/Users"_s, token.value(u"token"_s).toString()).status, 200);
    }

    void tokens_validUntilIsCreatedAtPlusLifetime_data()
    {
        QTest::addColumn<int>("lifetime");
        QTest::newRow("minimum 900 s") << 900;
        QTest::newRow("one day") << 86400;
    }

    void tokens_validUntilIsCreatedAtPlusLifetime()
    {
        QFETCH(int, lifetime);
        QString id, secret;
        CHECKED(createConnection(&id));
        CHECKED(enableScim(id));
        QJsonObject token;
        CHECKED(createToken(&secret, id, {{u"token_lifetime"_s, lifetime}, {u"scopes"_s, QJsonArray{u"get:users"_s}}},
                            &token));
        QCOMPARE(stringList(token.value(u"scopes"_s)), QStringList{u"get:users"_s});
        QVERIFY(isIsoTimestamp(token.value(u"valid_until"_s)));
        QCOMPARE(timestamp(token.value(u"created_at"_s)).msecsTo(timestamp(token.value(u"valid_until"_s))),
                 qint64(lifetime) * 1000);
        // Not yet expired.
        QCOMPARE(scim("GET", id, u"/Users"_s, secret).status, 200);
    }

    void tokens_createValidatesScopesAndLifetime_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("unknown scope") << R"({"scopes":["get:users","read:everything"]})"_ba;
        QTest::newRow("empty scopes") << R"({"scopes":[]})"_ba;
        QTest::newRow("scopes not an array") << R"({"scopes":"get:users"})"_ba;
        QTest::newRow("lifetime 899") << R"({"token_lifetime":899})"_ba;
        QTest::newRow("lifetime 0") << R"({"token_lifetime":0})"_ba;
        QTest::newRow("lifetime negative") << R"({"token_lifetime":-3600})"_ba;
        QTest::newRow("lifetime not a number") << R"({"token_lifetime":"3600s"})"_ba;
        QTest::newRow("unknown property") << R"({"lifetime":3600})"_ba;
        QTest::newRow("malformed JSON") << R"({"scopes":)"_ba;
    }

    void tokens_createValidatesScopesAndLifetime()
    {
        QFETCH(QByteArray, body);
        QString id;
        CHECKED(createConnection(&id));
        CHECKED(enableScim(id));
        CHECKED(
            verifyManagementError(adminRaw("POST", u"/connections/%1/scim-configuration/tokens"_s.arg(id), body), 400));
        QCOMPARE(admin("GET", u"/connections/%1/scim-configuration/tokens"_s.arg(id)).array().size(), 0);
    }

    void tokens_thirdActiveTokenIsRefusedWith409()
    {
        QString id, first, second;
        CHECKED(createConnection(&id));
        CHECKED(enableScim(id));
        CHECKED(createToken(&first, id));
        CHECKED(createToken(&second, id, {{u"token_lifetime"_s, 3600}}));
        const HttpReply third = admin("POST", u"/connections/%1/scim-configuration/tokens"_s.arg(id));
        CHECKED(verifyManagementError(third, 409));
        QCOMPARE(third.object().value(u"message"_s).toString(),
                 u"Maximum of 2 tokens already issued for this connection"_s);
        // Revoking one frees a slot.
        const QString firstId = first.section(QLatin1Char('.'), 0, 0);
        QCOMPARE(admin("DELETE", u"/connections/%1/scim-configuration/tokens/%2"_s.arg(id, firstId)).status, 204);
        QString replacement;
        CHECKED(createToken(&replacement, id));
    }

    void tokens_listIsBareArrayWithoutSecretsAndShowsLastUsedAt()
    {
        QString id, used, unused;
        CHECKED(createConnection(&id));
        CHECKED(enableScim(id));
        CHECKED(createToken(&used, id));
        CHECKED(createToken(&unused, id, {{u"scopes"_s, QJsonArray{u"get:users"_s, u"post:users"_s}}}));
        const QString usedId = used.section(QLatin1Char('.'), 0, 0);
        const QString unusedId = unused.section(QLatin1Char('.'), 0, 0);
        auto list = [&] {
            const HttpReply reply = admin("GET", u"/connections/%1/scim-configuration/tokens"_s.arg(id));
            QHash<QString, QJsonObject> byId;
            if (reply.status == 200 && QJsonDocument::fromJson(reply.body).isArray()) {
                for (const QJsonValue &item : reply.array())
                    byId.insert(item.toObject().value(u"token_id"_s).toString(), item.toObject());
            }
            return std::make_pair(reply, byId);
        };

        auto [before, tokensBefore] = list();
        QCOMPARE(before.status, 200);
        QVERIFY2(QJsonDocument::fromJson(before.body).isArray(), MSG(before.body));
        QCOMPARE(tokensBefore.size(), 2);
        QVERIFY(!before.body.contains(used.toUtf8()));
        QVERIFY(!before.body.contains(unused.toUtf8()));
        for (const QJsonObject &token : std::as_const(tokensBefore)) {
            QVERIFY2(!token.contains(u"token"_s), MSG(before.body));
            QVERIFY2(!token.contains(u"last_used_at"_s), "last_used_at before any use");
            QVERIFY(isIsoTimestamp(token.value(u"created_at"_s)));
        }
        QCOMPARE(sorted(stringList(tokensBefore.value(unusedId).value(u"scopes"_s))),
                 sorted({u"get:users"_s, u"post:users"_s}));

        const QDateTime beforeUse = QDateTime::currentDateTimeUtc().addSecs(-1);
        QCOMPARE(scim("GET", id, u"/Users"_s, used).status, 200);
        auto [after, tokensAfter] = list();
        QCOMPARE(after.status, 200);
        QVERIFY2(isIsoTimestamp(tokensAfter.value(usedId).value(u"last_used_at"_s)), MSG(after.body));
        QVERIFY(timestamp(tokensAfter.value(usedId).value(u"last_used_at"_s)) >= beforeUse);
        QVERIFY(!tokensAfter.value(unusedId).contains(u"last_used_at"_s));
        QVERIFY(!after.body.contains(used.toUtf8()));
    }

    void tokens_deletedTokenGets401()
    {
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        QCOMPARE(scim("GET", id, u"/Users"_s, token).status, 200);
        const QString tokenId = token.section(QLatin1Char('.'), 0, 0);
        const HttpReply deleted = admin("DELETE", u"/connections/%1/scim-configuration/tokens/%2"_s.arg(id, tokenId));
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        CHECKED(verifyScimError(scim("GET", id, u"/Users"_s, token), 401));
        CHECKED(verifyScimError(scim("POST", id, u"/Users"_s, token,
                                     toJson({{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, u"x"_s}})),
                                401));
        CHECKED(verifyManagementError(
            admin("DELETE", u"/connections/%1/scim-configuration/tokens/%2"_s.arg(id, tokenId)), 404));
        QCOMPARE(admin("GET", u"/connections/%1/scim-configuration/tokens"_s.arg(id)).array().size(), 0);
    }

    // --- SCIM: authentication, scopes, isolation -----------------------------------------------------------------

    void scim_authenticationFailuresAre401ScimErrors_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("missing header") << QByteArray();
        QTest::newRow("not bearer") << "Basic dXNlcjpwYXNz"_ba;
        QTest::newRow("garbage bearer") << "Bearer garbage"_ba;
        QTest::newRow("unknown token id")
            << "Bearer tok_AAAAAAAAAAAAAAAA.0000000000000000000000000000000000000000000000000000000000000000"_ba;
        QTest::newRow("admin token") << QByteArray();            // filled in below
        QTest::newRow("right id, wrong secret") << QByteArray(); // filled in below
    }

    void scim_authenticationFailuresAre401ScimErrors()
    {
        QFETCH(QByteArray, authorization);
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        const QByteArray tag = QTest::currentDataTag();
        if (tag == "admin token")
            authorization = "Bearer " + m_adminToken.toUtf8();
        else if (tag == "right id, wrong secret")
            authorization = "Bearer " + token.section(QLatin1Char('.'), 0, 0).toUtf8() + '.' + randomHex(32).toUtf8();
        RawHeaders headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization"_ba, authorization});
        for (const QString &path : {u"/Users"_s, u"/ServiceProviderConfig"_s, u"/Schemas"_s, u"/ResourceTypes"_s}) {
            const HttpReply reply = send("GET", scimBase(id) + path, {}, headers);
            CHECKED(verifyScimError(reply, 401));
            QVERIFY2(reply.header("www-authenticate").startsWith("Bearer"), MSG(reply.header("www-authenticate")));
        }
        CHECKED(verifyScimError(send("POST", scimBase(id) + u"/Users"_s,
                                     toJson({{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, u"intruder"_s}}),
                                     headers + RawHeaders{{"Content-Type"_ba, kScimJson}}),
                                401));
        QCOMPARE(scim("GET", id, u"/Users?filter=userName%20eq%20%22intruder%22"_s, token)
                     .object()
                     .value(u"totalResults"_s)
                     .toInt(),
                 0);
    }

    void scim_missingScopeIs403_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path"); // %1 = an existing user's id
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("successStatus");
        QTest::addColumn<QStringList>("alsoWithheld"); // scopes besides `scope` the refused token lacks
        const QByteArray user =
            R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"scoped-new"})"_ba;
        const QByteArray replace =
            R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"scoped","displayName":"Put"})"_ba;
        const QByteArray patch =
            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"displayName","value":"Patched"}]})"_ba;
        const QByteArray search =
            toJson({{u"schemas"_s, QJsonArray{kSearchUrn}}, {u"filter"_s, u"userName eq \"scoped\""_s}});
        QTest::newRow("GET /Users needs get:users")
            << "GET"_ba << u"/Users"_s << QByteArray() << u"get:users"_s << 200 << QStringList();
        QTest::newRow("GET /Users/{id} needs get:users")
            << "GET"_ba << u"/Users/%1"_s << QByteArray() << u"get:users"_s << 200 << QStringList();
        QTest::newRow("POST /Users/.search needs get:users")
            << "POST"_ba << u"/Users/.search"_s << search << u"get:users"_s << 200 << QStringList();
        // The root search covers every type the token may read; without any get: scope it is refused.
        QTest::newRow("POST /.search needs a get: scope")
            << "POST"_ba << u"/.search"_s << search << u"get:users"_s << 200 << QStringList{u"get:groups"_s};
        QTest::newRow("POST /Users needs post:users")
            << "POST"_ba << u"/Users"_s << user << u"post:users"_s << 201 << QStringList();
        QTest::newRow("PUT /Users/{id} needs put:users")
            << "PUT"_ba << u"/Users/%1"_s << replace << u"put:users"_s << 200 << QStringList();
        QTest::newRow("PATCH /Users/{id} needs patch:users")
            << "PATCH"_ba << u"/Users/%1"_s << patch << u"patch:users"_s << 204 << QStringList();
        QTest::newRow("DELETE /Users/{id} needs delete:users")
            << "DELETE"_ba << u"/Users/%1"_s << QByteArray() << u"delete:users"_s << 204 << QStringList();
    }

    void scim_missingScopeIs403()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, scope);
        QFETCH(int, successStatus);
        QFETCH(QStringList, alsoWithheld);
        QString id, fullToken;
        CHECKED(scimConnection(&id, &fullToken));
        QJsonObject user;
        CHECKED(createUserNamed(&user, id, fullToken, u"scoped"_s));
        const QString target = path.contains(u"%1"_s) ? path.arg(user.value(u"id"_s).toString()) : path;
        const QString fullTokenId = fullToken.section(QLatin1Char('.'), 0, 0);
        QCOMPARE(admin("DELETE", u"/connections/%1/scim-configuration/tokens/%2"_s.arg(id, fullTokenId)).status, 204);

        // Every scope but the one needed: 403, and nothing changes.
        QJsonArray allBut;
        for (const QString &other : kAllScopes) {
            if (other != scope && !alsoWithheld.contains(other))
                allBut.append(other);
        }
        QString withoutScope;
        CHECKED(createToken(&withoutScope, id, {{u"scopes"_s, allBut}}));
        const HttpReply refused = scim(method, id, target, withoutScope, body);
        CHECKED(verifyScimError(refused, 403));
        QVERIFY2(refused.object().value(u"detail"_s).toString().contains(u"scope"_s, Qt::CaseInsensitive),
                 MSG(refused.body));

        // Only the scope needed: allowed.
        QString onlyScope;
        CHECKED(createToken(&onlyScope, id, {{u"scopes"_s, QJsonArray{scope}}}));
        const HttpReply allowed = scim(method, id, target, onlyScope, body);
        QVERIFY2(allowed.status == successStatus, MSG(allowed.describe()));
    }

    void scim_tokenNeverReachesAnotherConnectionsData()
    {
        QString a, tokenA, b, tokenB;
        CHECKED(scimConnection(&a, &tokenA));
        CHECKED(scimConnection(&b, &tokenB));
        QJsonObject userA;
        CHECKED(createUserNamed(&userA, a, tokenA, u"shared.name"_s));
        const QString userAId = userA.value(u"id"_s).toString();

        // B's token on A's endpoints: 401 for every operation, and A's user is untouched.
        CHECKED(verifyScimError(scim("GET", a, u"/Users"_s, tokenB), 401));
        CHECKED(verifyScimError(scim("GET", a, u"/Users/"_s + userAId, tokenB), 401));
        CHECKED(verifyScimError(scim("DELETE", a, u"/Users/"_s + userAId, tokenB), 401));
        CHECKED(verifyScimError(
            scimJson("PATCH", a, u"/Users/"_s + userAId, tokenB,
                     {{u"schemas"_s, QJsonArray{kPatchUrn}},
                      {u"Operations"_s, QJsonArray{QJsonObject{
                                            {u"op"_s, u"replace"_s}, {u"path"_s, u"active"_s}, {u"value"_s, false}}}}}),
            401));
        // B's token on B's endpoints never sees A's data, not even by id.
        CHECKED(verifyScimError(scim("GET", b, u"/Users/"_s + userAId, tokenB), 404));
        CHECKED(verifyScimError(scim("DELETE", b, u"/Users/"_s + userAId, tokenB), 404));
        CHECKED(verifyListResponse(scim("GET", b, u"/Users"_s, tokenB), 0, 0));
        CHECKED(verifyListResponse(scimJson("POST", b, u"/.search"_s, tokenB, {{u"schemas"_s, QJsonArray{kSearchUrn}}}),
                                   0, 0));
        // userName uniqueness is per connection.
        QJsonObject userB;
        CHECKED(createUserNamed(&userB, b, tokenB, u"shared.name"_s));
        const HttpReply listB = scim("GET", b, u"/Users?filter=userName%20eq%20%22shared.name%22"_s, tokenB);
        CHECKED(verifyListResponse(listB, 1, 1));
        QCOMPARE(resourceIds(listB.object()), QStringList{userB.value(u"id"_s).toString()});

        const HttpReply stillThere = scim("GET", a, u"/Users/"_s + userAId, tokenA);
        QCOMPARE(stillThere.status, 200);
        QCOMPARE(stillThere.object().value(u"active"_s).toBool(true), userA.value(u"active"_s).toBool(true));
    }

    void scim_trailingSlashAndUnknownQueryFlagsAreTolerated()
    {
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        QJsonObject user;
        CHECKED(createUserNamed(&user, id, token, u"slashes"_s));
        const QString userPath = u"/Users/"_s + user.value(u"id"_s).toString();
        for (const QString &path : {u"/Users/"_s, u"/Users?aadOptscim062020"_s, u"/Users/?aadOptscim062020"_s,
                                    u"/Users?aadOptscim062020&count=10"_s}) {
            const HttpReply reply = scim("GET", id, path, token);
            CHECKED(verifyListResponse(reply, 1, 1));
        }
        for (const QString &path : QStringList{userPath + u"/"_s, userPath + u"?aadOptscim062020"_s}) {
            const HttpReply reply = scim("GET", id, path, token);
            QVERIFY2(reply.status == 200, MSG(reply.describe()));
            QCOMPARE(reply.object().value(u"id"_s), user.value(u"id"_s));
        }
        QCOMPARE(scim("GET", id, u"/ServiceProviderConfig/"_s, token).status, 200);
        QCOMPARE(scim("GET", id, u"/ServiceProviderConfig?aadOptscim062020"_s, token).status, 200);
        QCOMPARE(scimJson("POST", id, u"/Users?aadOptscim062020"_s, token,
                          {{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, u"flagged"_s}})
                     .status,
                 201);
    }

    // --- SCIM: users ------------------------------------------------------------------------------------------------

    void users_createReturns201WithLocationEtagAndFullResource()
    {
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const HttpReply reply = scimJson(
            "POST", id, u"/Users"_s, token,
            {{u"schemas"_s, QJsonArray{kUserUrn, kEnterpriseUrn}},
             {u"userName"_s, u"bjensen@example.com"_s},
             {u"externalId"_s, u"bjensen"_s},
             {u"name"_s, QJsonObject{{u"givenName"_s, u"Barbara"_s}, {u"familyName"_s, u"Jensen"_s}}},
             {u"emails"_s, QJsonArray{QJsonObject{{u"value"_s, u"bjensen@example.com"_s}, {u"type"_s, u"work"_s}}}},
             {u"active"_s, true},
             {kEnterpriseUrn, QJsonObject{{u"employeeNumber"_s, u"701984"_s}, {u"department"_s, u"Tour"_s}}}});
        QVERIFY2(reply.status == 201, MSG(reply.describe()));
        QVERIFY(reply.header("content-type").startsWith(kScimJson));
        const QJsonObject user = reply.object();
        const QString userId = user.value(u"id"_s).toString();
        QVERIFY(!userId.isEmpty());
        QCOMPARE(user.value(u"userName"_s).toString(), u"bjensen@example.com"_s);
        QCOMPARE(user.value(u"externalId"_s).toString(), u"bjensen"_s);
        QCOMPARE(user.value(u"name"_s).toObject().value(u"familyName"_s).toString(), u"Jensen"_s);
        QCOMPARE(user.value(u"active"_s).toBool(), true);
        QCOMPARE(user.value(kEnterpriseUrn).toObject().value(u"employeeNumber"_s).toString(), u"701984"_s);
        QVERIFY(stringList(user.value(u"schemas"_s)).contains(kUserUrn));
        const QJsonObject meta = user.value(u"meta"_s).toObject();
        QCOMPARE(meta.value(u"resourceType"_s).toString(), u"User"_s);
        QVERIFY(isIsoTimestamp(meta.value(u"created"_s)));
        QVERIFY(timestamp(meta.value(u"created"_s)) >= before);
        QVERIFY(isIsoTimestamp(meta.value(u"lastModified"_s)));
        QCOMPARE(meta.value(u"location"_s).toString(), scimBase(id) + u"/Users/"_s + userId);
        QCOMPARE(QString::fromUtf8(reply.header("location")), meta.value(u"location"_s).toString());
        QVERIFY(!reply.header("etag").isEmpty());
        QCOMPARE(QString::fromUtf8(reply.header("etag")), meta.value(u"version"_s).toString());
    }

    void users_getReplaceAndDelete()
    {
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        QJsonObject user;
        CHECKED(createUserNamed(&user, id, token, u"crud"_s));
        const QString path = u"/Users/"_s + user.value(u"id"_s).toString();

        const HttpReply got = scim("GET", id, path, token);
        QCOMPARE(got.status, 200);
        QVERIFY(got.header("content-type").startsWith(kScimJson));
        QCOMPARE(got.object(), user);
        QCOMPARE(got.header("etag"), user.value(u"meta"_s).toObject().value(u"version"_s).toString().toUtf8());

        const HttpReply replaced = scimJson("PUT", id, path, token,
                                            {{u"schemas"_s, QJsonArray{kUserUrn}},
                                             {u"userName"_s, u"crud-renamed"_s},
                                             {u"displayName"_s, u"Replaced"_s},
                                             {u"active"_s, false}});
        QVERIFY2(replaced.status == 200, MSG(replaced.describe()));
        QCOMPARE(replaced.object().value(u"userName"_s).toString(), u"crud-renamed"_s);
        QCOMPARE(replaced.object().value(u"displayName"_s).toString(), u"Replaced"_s);
        QCOMPARE(replaced.object().value(u"active"_s).toBool(true), false);
        QVERIFY2(!replaced.object().contains(u"emails"_s), "PUT replaces: attributes left out are removed");
        QCOMPARE(replaced.object().value(u"id"_s), user.value(u"id"_s));
        QCOMPARE(replaced.object().value(u"meta"_s).toObject().value(u"created"_s),
                 user.value(u"meta"_s).toObject().value(u"created"_s));
        QVERIFY(replaced.header("etag") != got.header("etag"));
        QCOMPARE(scim("GET", id, path, token).object(), replaced.object());

        const HttpReply deleted = scim("DELETE", id, path, token);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        CHECKED(verifyScimError(scim("GET", id, path, token), 404));
        CHECKED(verifyScimError(scim("DELETE", id, path, token), 404));
        CHECKED(verifyScimError(
            scimJson("PUT", id, path, token, {{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, u"ghost"_s}}),
            404));
        CHECKED(verifyListResponse(scim("GET", id, u"/Users"_s, token), 0, 0));
    }

    void users_userNameIsUniqueCaseInsensitively()
    {
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        QJsonObject alice, bob;
        CHECKED(createUserNamed(&alice, id, token, u"Alice@Example.com"_s));
        for (const QString &name : {u"Alice@Example.com"_s, u"alice@example.com"_s, u"ALICE@EXAMPLE.COM"_s}) {
            const HttpReply duplicate =
                scimJson("POST", id, u"/Users"_s, token, {{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, name}});
            CHECKED(verifyScimError(duplicate, 409, u"uniqueness"_s));
        }
        CHECKED(createUserNamed(&bob, id, token, u"bob@example.com"_s));
        const QString bobPath = u"/Users/"_s + bob.value(u"id"_s).toString();
        CHECKED(
            verifyScimError(scimJson("PUT", id, bobPath, token,
                                     {{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, u"aLiCe@example.com"_s}}),
                            409, u"uniqueness"_s));
        CHECKED(verifyScimError(
            scimJson("PATCH", id, bobPath, token,
                     {{u"schemas"_s, QJsonArray{kPatchUrn}},
                      {u"Operations"_s, QJsonArray{QJsonObject{{u"op"_s, u"replace"_s},
                                                               {u"path"_s, u"userName"_s},
                                                               {u"value"_s, u"ALICE@example.com"_s}}}}}),
            409, u"uniqueness"_s));
        CHECKED(verifyListResponse(scim("GET", id, u"/Users"_s, token), 2, 2));
        // Changing only the case of one's own userName is not a conflict.
        const HttpReply recased =
            scimJson("PUT", id, u"/Users/"_s + alice.value(u"id"_s).toString(), token,
                     {{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, u"alice@example.com"_s}});
        QVERIFY2(recased.status == 200, MSG(recased.describe()));
    }

    void users_passwordIsAcceptedButNeverReturned()
    {
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        const QString secret = u"Pa55-w0rd-never-echoed"_s;
        auto verifyNoPassword = [&](const HttpReply &reply) {
            QVERIFY2(reply.status == 200 || reply.status == 201, MSG(reply.describe()));
            QVERIFY2(!reply.body.contains(secret.toUtf8()), MSG(reply.body));
            QVERIFY2(!reply.body.toLower().contains("password"), MSG(reply.body));
        };
        const HttpReply created =
            scimJson("POST", id, u"/Users"_s, token,
                     {{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, u"secretive"_s}, {u"password"_s, secret}});
        QVERIFY2(created.status == 201, MSG(created.describe()));
        CHECKED(verifyNoPassword(created));
        const QString path = u"/Users/"_s + created.object().value(u"id"_s).toString();
        CHECKED(verifyNoPassword(scim("GET", id, path, token)));
        CHECKED(verifyNoPassword(scim("GET", id, path + u"?attributes=password,userName"_s, token)));
        CHECKED(verifyNoPassword(scim("GET", id, u"/Users"_s, token)));
        CHECKED(verifyNoPassword(scim("GET", id, u"/Users?attributes=password"_s, token)));
        CHECKED(verifyNoPassword(
            scimJson("POST", id, u"/Users/.search"_s, token,
                     {{u"schemas"_s, QJsonArray{kSearchUrn}}, {u"attributes"_s, QJsonArray{u"password"_s}}})));
        const HttpReply replaced = scimJson("PUT", id, path, token,
                                            {{u"schemas"_s, QJsonArray{kUserUrn}},
                                             {u"userName"_s, u"secretive"_s},
                                             {u"password"_s, QString(secret + u"-2"_s)}});
        QVERIFY2(replaced.status == 200, MSG(replaced.describe()));
        CHECKED(verifyNoPassword(replaced));
        const HttpReply patched =
            scimJson("PATCH", id, path + u"?attributes=userName"_s, token,
                     {{u"schemas"_s, QJsonArray{kPatchUrn}},
                      {u"Operations"_s, QJsonArray{QJsonObject{{u"op"_s, u"replace"_s},
                                                               {u"path"_s, u"password"_s},
                                                               {u"value"_s, QString(secret + u"-3"_s)}}}}});
        QVERIFY2(patched.status == 200, MSG(patched.describe()));
        CHECKED(verifyNoPassword(patched));
        CHECKED(verifyNoPassword(scim("GET", id, path, token)));
    }

    void users_etagPreconditions()
    {
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        QJsonObject user;
        CHECKED(createUserNamed(&user, id, token, u"etagged"_s));
        const QString path = u"/Users/"_s + user.value(u"id"_s).toString();
        const QByteArray etag = user.value(u"meta"_s).toObject().value(u"version"_s).toString().toUtf8();
        QVERIFY(!etag.isEmpty());
        const QByteArray stale = "W/\"stale-version\"";
        const QJsonObject replacement{
            {u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, u"etagged"_s}, {u"displayName"_s, u"Changed"_s}};
        const QJsonObject patch{{u"schemas"_s, QJsonArray{kPatchUrn}},
                                {u"Operations"_s, QJsonArray{QJsonObject{{u"op"_s, u"replace"_s},
                                                                         {u"path"_s, u"displayName"_s},
                                                                         {u"value"_s, u"Patched"_s}}}}};

        // If-None-Match with the current version: 304 without a body.
        const HttpReply notModified = scim("GET", id, path, token, {}, {{"If-None-Match"_ba, etag}});
        QVERIFY2(notModified.status == 304, MSG(notModified.describe()));
        QVERIFY(notModified.body.isEmpty());
        const HttpReply modified = scim("GET", id, path, token, {}, {{"If-None-Match"_ba, stale}});
        QCOMPARE(modified.status, 200);
        QCOMPARE(modified.header("etag"), etag);

        // If-Match with another version: 412 for every write, and nothing changes.
        CHECKED(verifyScimError(scimJson("PUT", id, path, token, replacement, {{"If-Match"_ba, stale}}), 412));
        CHECKED(verifyScimError(scimJson("PATCH", id, path, token, patch, {{"If-Match"_ba, stale}}), 412));
        CHECKED(verifyScimError(scim("DELETE", id, path, token, {}, {{"If-Match"_ba, stale}}), 412));
        QCOMPARE(scim("GET", id, path, token).header("etag"), etag);

        // If-Match with the current version succeeds and moves the version on.
        const HttpReply replaced = scimJson("PUT", id, path, token, replacement, {{"If-Match"_ba, etag}});
        QVERIFY2(replaced.status == 200, MSG(replaced.describe()));
        const QByteArray newEtag = replaced.header("etag");
        QVERIFY(!newEtag.isEmpty());
        QVERIFY(newEtag != etag);
        QCOMPARE(replaced.object().value(u"meta"_s).toObject().value(u"version"_s).toString().toUtf8(), newEtag);
        QCOMPARE(scim("GET", id, path, token, {}, {{"If-None-Match"_ba, etag}}).status, 200);
        QCOMPARE(scim("GET", id, path, token, {}, {{"If-None-Match"_ba, newEtag}}).status, 304);

        const HttpReply patched = scimJson("PATCH", id, path, token, patch, {{"If-Match"_ba, newEtag}});
        QVERIFY2(patched.status == 204, MSG(patched.describe()));
        const QByteArray patchedEtag = scim("GET", id, path, token).header("etag");
        QVERIFY(patchedEtag != newEtag);
        CHECKED(verifyScimError(scim("DELETE", id, path, token, {}, {{"If-Match"_ba, newEtag}}), 412));
        QCOMPARE(scim("DELETE", id, path, token, {}, {{"If-Match"_ba, patchedEtag}}).status, 204);
    }

    void users_patchAnswers204OrTheResourceWhenAttributesAreRequested()
    {
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        QJsonObject user;
        CHECKED(createUserNamed(&user, id, token, u"patchy"_s));
        const QString path = u"/Users/"_s + user.value(u"id"_s).toString();
        auto replaceOp = [](const QString &attribute, const QJsonValue &value) {
            return QJsonObject{
                {u"schemas"_s, QJsonArray{kPatchUrn}},
                {u"Operations"_s,
                 QJsonArray{QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, attribute}, {u"value"_s, value}}}}};
        };

        const HttpReply plain = scimJson("PATCH", id, path, token, replaceOp(u"displayName"_s, u"First"_s));
        QVERIFY2(plain.status == 204, MSG(plain.describe()));
        QVERIFY(plain.body.isEmpty());
        QCOMPARE(scim("GET", id, path, token).object().value(u"displayName"_s).toString(), u"First"_s);

        const HttpReply projected =
            scimJson("PATCH", id, path + u"?attributes=displayName"_s, token, replaceOp(u"displayName"_s, u"Second"_s));
        QVERIFY2(projected.status == 200, MSG(projected.describe()));
        QVERIFY(projected.header("content-type").startsWith(kScimJson));
        QCOMPARE(projected.object().value(u"displayName"_s).toString(), u"Second"_s);
        QCOMPARE(projected.object().value(u"id"_s), user.value(u"id"_s));
        QVERIFY2(!projected.object().contains(u"emails"_s), MSG(projected.body));

        const HttpReply excluded = scimJson("PATCH", id, path + u"?excludedAttributes=emails"_s, token,
                                            replaceOp(u"displayName"_s, u"Third"_s));
        QVERIFY2(excluded.status == 200, MSG(excluded.describe()));
        QCOMPARE(excluded.object().value(u"displayName"_s).toString(), u"Third"_s);
        QCOMPARE(excluded.object().value(u"userName"_s).toString(), u"patchy"_s);
        QVERIFY2(!excluded.object().contains(u"emails"_s), MSG(excluded.body));

        CHECKED(verifyScimError(
            scimJson("PATCH", id, u"/Users/no-such-user"_s, token, replaceOp(u"displayName"_s, u"x"_s)), 404));
    }

    void users_listFiltersSortsPaginatesAndProjects()
    {
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        const QStringList names{u"carol"_s, u"alice"_s, u"eve"_s, u"bob"_s, u"dave"_s};
        QStringList createdIds;
        for (const QString &name : names) {
            QJsonObject user;
            CHECKED(createUserNamed(&user, id, token, name));
            createdIds.append(user.value(u"id"_s).toString());
        }

        const HttpReply all = scim("GET", id, u"/Users"_s, token);
        CHECKED(verifyListResponse(all, 5, 5));
        QCOMPARE(sorted(resourceIds(all.object())), sorted(createdIds));

        // Pages of 2 cover every user exactly once, in the same order as the unpaged list, every time.
        QStringList paged;
        for (int start = 1; start <= 5; start += 2) {
            const HttpReply page = scim("GET", id, u"/Users?startIndex=%1&count=2"_s.arg(start), token);
            CHECKED(verifyListResponse(page, 5, start == 5 ? 1 : 2, start));
            paged += resourceIds(page.object());
            QCOMPARE(resourceIds(scim("GET", id, u"/Users?startIndex=%1&count=2"_s.arg(start), token).object()),
                     resourceIds(page.object()));
        }
        QCOMPARE(paged, resourceIds(all.object()));
        CHECKED(verifyListResponse(scim("GET", id, u"/Users?startIndex=6&count=2"_s, token), 5, 0, 6));
        CHECKED(verifyListResponse(scim("GET", id, u"/Users?count=0"_s, token), 5, 0));

        // Filters.
        const HttpReply bob = scim("GET", id, u"/Users?filter=userName%20eq%20%22bob%22"_s, token);
        CHECKED(verifyListResponse(bob, 1, 1));
        QCOMPARE(resourceUserNames(bob.object()), QStringList{u"bob"_s});
        CHECKED(verifyListResponse(scim("GET", id, u"/Users?filter=userName%20eq%20%22BOB%22"_s, token), 1, 1));
        const HttpReply either =
            scim("GET", id, u"/Users?filter=userName%20eq%20%22alice%22%20or%20userName%20eq%20%22eve%22"_s, token);
        CHECKED(verifyListResponse(either, 2, 2));
        QCOMPARE(sorted(resourceUserNames(either.object())), sorted({u"alice"_s, u"eve"_s}));
        CHECKED(verifyListResponse(
            scim("GET", id, u"/Users?filter=emails.value%20co%20%22@example.com%22%20and%20userName%20sw%20%22c%22"_s,
                 token),
            1, 1));
        CHECKED(verifyListResponse(scim("GET", id, u"/Users?filter=userName%20eq%20%22nobody%22"_s, token), 0, 0));
        CHECKED(verifyScimError(scim("GET", id, u"/Users?filter=userName%20eq"_s, token), 400, u"invalidFilter"_s));

        // Sorting.
        const HttpReply ascending = scim("GET", id, u"/Users?sortBy=userName"_s, token);
        CHECKED(verifyListResponse(ascending, 5, 5));
        QCOMPARE(resourceUserNames(ascending.object()), sorted(names));
        const HttpReply descending = scim("GET", id, u"/Users?sortBy=userName&sortOrder=descending"_s, token);
        CHECKED(verifyListResponse(descending, 5, 5));
        QStringList reversed = sorted(names);
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(resourceUserNames(descending.object()), reversed);
        const HttpReply sortedPage = scim("GET", id, u"/Users?sortBy=userName&startIndex=2&count=2"_s, token);
        CHECKED(verifyListResponse(sortedPage, 5, 2, 2));
        QCOMPARE(resourceUserNames(sortedPage.object()), (QStringList{u"bob"_s, u"carol"_s}));

        // Projection.
        const HttpReply projected = scim("GET", id, u"/Users?attributes=userName"_s, token);
        CHECKED(verifyListResponse(projected, 5, 5));
        for (const QJsonValue &resource : projected.object().value(u"Resources"_s).toArray()) {
            const QJsonObject object = resource.toObject();
            QVERIFY(object.contains(u"id"_s));
            QVERIFY(object.contains(u"userName"_s));
            QVERIFY2(!object.contains(u"emails"_s) && !object.contains(u"displayName"_s), MSG(projected.body));
        }
        const HttpReply excluded = scim("GET", id, u"/Users?excludedAttributes=emails"_s, token);
        CHECKED(verifyListResponse(excluded, 5, 5));
        for (const QJsonValue &resource : excluded.object().value(u"Resources"_s).toArray()) {
            QVERIFY(resource.toObject().contains(u"displayName"_s));
            QVERIFY2(!resource.toObject().contains(u"emails"_s), MSG(excluded.body));
        }
    }

    void users_searchWithPostOnUsersAndRoot()
    {
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        for (const QString &name : {u"sam"_s, u"sally"_s, u"tom"_s}) {
            QJsonObject user;
            CHECKED(createUserNamed(&user, id, token, name));
        }
        const HttpReply users = scimJson("POST", id, u"/Users/.search"_s, token,
                                         {{u"schemas"_s, QJsonArray{kSearchUrn}},
                                          {u"filter"_s, u"userName sw \"sa\""_s},
                                          {u"sortBy"_s, u"userName"_s},
                                          {u"attributes"_s, QJsonArray{u"userName"_s}},
                                          {u"startIndex"_s, 1},
                                          {u"count"_s, 10}});
        CHECKED(verifyListResponse(users, 2, 2));
        QCOMPARE(resourceUserNames(users.object()), (QStringList{u"sally"_s, u"sam"_s}));
        QVERIFY2(!users.body.contains("emails"), MSG(users.body));

        const HttpReply root =
            scimJson("POST", id, u"/.search"_s, token,
                     {{u"schemas"_s, QJsonArray{kSearchUrn}}, {u"filter"_s, u"userName eq \"tom\""_s}});
        CHECKED(verifyListResponse(root, 1, 1));
        QCOMPARE(resourceUserNames(root.object()), QStringList{u"tom"_s});
        const HttpReply none =
            scimJson("POST", id, u"/Users/.search"_s, token,
                     {{u"schemas"_s, QJsonArray{kSearchUrn}}, {u"filter"_s, u"userName eq \"zed\""_s}});
        CHECKED(verifyListResponse(none, 0, 0));
        const HttpReply paged =
            scimJson("POST", id, u"/.search"_s, token,
                     {{u"schemas"_s, QJsonArray{kSearchUrn}}, {u"startIndex"_s, 2}, {u"count"_s, 1}});
        CHECKED(verifyListResponse(paged, 3, 1, 2));
    }

    void users_listCountIsCappedAtMaxResults()
    {
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        // A thousand pipelined creates are faster than the default rate limit allows.
        const HttpReply unlimited =
            admin("PATCH", u"/connections/"_s + id,
                  {{u"options"_s, QJsonObject{{u"rate_limit"_s, QJsonObject{{u"requests_per_second"_s, 0}}}}}});
        QVERIFY2(unlimited.status == 200, MSG(unlimited.body));
        const HttpReply config = scim("GET", id, u"/ServiceProviderConfig"_s, token);
        QCOMPARE(config.status, 200);
        const QJsonValue maxValue = config.object().value(u"filter"_s).toObject().value(u"maxResults"_s);
        QVERIFY2(maxValue.isDouble(), MSG(config.body));
        const int maxResults = maxValue.toInt();
        QVERIFY2(maxResults > 0 && maxResults <= 5000, "maxResults too large to verify in a unit-test budget");

        // maxResults + 1 users, created through pipelined requests on one keep-alive connection.
        RawClient client;
        QVERIFY(client.connectTo(m_engine.port()));
        const int total = maxResults + 1;
        const int batch = 200;
        for (int first = 0; first < total; first += batch) {
            QByteArray requests;
            const int last = std::min(total, first + batch);
            for (int i = first; i < last; ++i)
                requests += rawRequest("POST", u"/scim/v2/connections/%1/Users"_s.arg(id), token.toUtf8(),
                                       toJson({{u"schemas"_s, QJsonArray{kUserUrn}},
                                               {u"userName"_s, u"bulk-%1"_s.arg(i, 5, 10, QLatin1Char('0'))}}));
            QVERIFY(client.send(requests));
            for (int i = first; i < last; ++i) {
                const std::optional<RawResponse> response = client.readResponse();
                QVERIFY2(response.has_value(), "pipelined create got no response");
                QVERIFY2(response->status == 201, MSG(response->body));
            }
        }

        const HttpReply capped = scim("GET", id, u"/Users?count=%1"_s.arg(maxResults + 500), token);
        CHECKED(verifyListResponse(capped, total, maxResults));
        const HttpReply rest = scim("GET", id, u"/Users?startIndex=%1&count=%1"_s.arg(maxResults + 1), token);
        CHECKED(verifyListResponse(rest, total, 1, maxResults + 1));
        QVERIFY(!resourceIds(capped.object()).contains(resourceIds(rest.object()).value(0)));
        const HttpReply searched = scimJson("POST", id, u"/Users/.search"_s, token,
                                            {{u"schemas"_s, QJsonArray{kSearchUrn}}, {u"count"_s, maxResults * 2}});
        CHECKED(verifyListResponse(searched, total, maxResults));
    }

    void users_acceptJsonAndScimJsonAndAlwaysAnswerScimJson_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("application/scim+json") << "application/scim+json"_ba;
        QTest::newRow("application/json") << "application/json"_ba;
        QTest::newRow("application/scim+json; charset=utf-8") << "application/scim+json; charset=utf-8"_ba;
        QTest::newRow("application/json; charset=utf-8") << "application/json; charset=utf-8"_ba;
    }

    void users_acceptJsonAndScimJsonAndAlwaysAnswerScimJson()
    {
        QFETCH(QByteArray, contentType);
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        const HttpReply created =
            scim("POST", id, u"/Users"_s, token,
                 toJson({{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, u"typed"_s}}), {}, contentType);
        QVERIFY2(created.status == 201, MSG(created.describe()));
        QVERIFY(created.header("content-type").startsWith(kScimJson));
        const QString path = u"/Users/"_s + created.object().value(u"id"_s).toString();
        const HttpReply patched = scim(
            "PATCH", id, path, token,
            toJson({{u"schemas"_s, QJsonArray{kPatchUrn}},
                    {u"Operations"_s,
                     QJsonArray{QJsonObject{{u"op"_s, u"add"_s}, {u"path"_s, u"nickName"_s}, {u"value"_s, u"T"_s}}}}}),
            {}, contentType);
        QVERIFY2(patched.status == 204, MSG(patched.describe()));
        for (const QString &get : {path, u"/Users"_s, u"/ServiceProviderConfig"_s, u"/Schemas"_s, u"/ResourceTypes"_s})
            QVERIFY(scim("GET", id, get, token).header("content-type").startsWith(kScimJson));
    }

    // --- SCIM: protocol errors ------------------------------------------------------------------------------------

    void protocol_malformedJsonIs400InvalidSyntax_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("POST /Users truncated") << "POST"_ba << u"/Users"_s << R"({"userName": )"_ba;
        QTest::newRow("POST /Users not JSON") << "POST"_ba << u"/Users"_s << "userName=x"_ba;
        QTest::newRow("POST /Users array") << "POST"_ba << u"/Users"_s << R"([{"userName":"x"}])"_ba;
        QTest::newRow("PUT /Users/{id} trailing comma") << "PUT"_ba << u"/Users/%1"_s << R"({"userName":"x",})"_ba;
        QTest::newRow("PATCH /Users/{id} garbage") << "PATCH"_ba << u"/Users/%1"_s << "{{{"_ba;
        QTest::newRow("POST /Users/.search garbage") << "POST"_ba << u"/Users/.search"_s << R"({"filter":)"_ba;
        QTest::newRow("POST /.search garbage") << "POST"_ba << u"/.search"_s << "nope"_ba;
    }

    void protocol_malformedJsonIs400InvalidSyntax()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        QJsonObject user;
        CHECKED(createUserNamed(&user, id, token, u"target"_s));
        const QString target = path.contains(u"%1"_s) ? path.arg(user.value(u"id"_s).toString()) : path;
        CHECKED(verifyScimError(scim(method, id, target, token, body), 400, u"invalidSyntax"_s));
        CHECKED(
            verifyScimError(scim(method, id, target, token, body, {}, "application/json"_ba), 400, u"invalidSyntax"_s));
        QCOMPARE(scim("GET", id, u"/Users/"_s + user.value(u"id"_s).toString(), token).object(), user);
    }

    void protocol_bodyOver1MiBIs413()
    {
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        const QString target = u"/scim/v2/connections/%1/Users"_s.arg(id);
        const qsizetype limit = 1024 * 1024;

        // Announced by Content-Length: refused from the headers, before the body is sent.
        {
            RawClient client;
            QVERIFY(client.connectTo(m_engine.port()));
            QVERIFY(client.send("POST " + target.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                                token.toUtf8() + "\r\nContent-Type: application/scim+json\r\nContent-Length: " +
                                QByteArray::number(limit + 1) + "\r\n\r\n"));
            CHECKED(verifyRawScimError(client.readResponse(), 413));
        }
        // Chunked: refused once the chunks add up to more than 1 MiB.
        {
            RawClient client;
            QVERIFY(client.connectTo(m_engine.port()));
            QByteArray request = "POST " + target.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                                 token.toUtf8() +
                                 "\r\nContent-Type: application/scim+json\r\nTransfer-Encoding: chunked\r\n\r\n";
            // One 768 KiB chunk, then the size line of a second one that crosses the limit (its data never
            // follows, so the server has read everything we sent when it answers and closes).
            const QByteArray chunk(768 * 1024, ' ');
            request += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
            request += QByteArray::number(512 * 1024, 16) + "\r\n";
            QVERIFY(client.send(request));
            CHECKED(verifyRawScimError(client.readResponse(), 413));
        }
        CHECKED(verifyListResponse(scim("GET", id, u"/Users"_s, token), 0, 0));

        // Just under the limit is accepted.
        QByteArray body =
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"almost\",\"displayName\":\"";
        body += QByteArray(limit - 1024 - body.size(), 'y') + "\"}";
        const HttpReply accepted = scim("POST", id, u"/Users"_s, token, body);
        QVERIFY2(accepted.status == 201, MSG(accepted.describe()));
    }

    void protocol_unknownPathIs404ScimError_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown resource type") << u"/Widgets"_s;
        QTest::newRow("too deep") << u"/Users/some-id/extra"_s;
        QTest::newRow("connection root") << u""_s;
        QTest::newRow("connection root slash") << u"/"_s;
        QTest::newRow("unknown resource type name") << u"/ResourceTypes/Widget"_s;
        QTest::newRow("unknown schema") << u"/Schemas/urn:example:nothing"_s;
        QTest::newRow("missing user") << u"/Users/00000000-0000-0000-0000-000000000000"_s;
    }

    void protocol_unknownPathIs404ScimError()
    {
        QFETCH(QString, path);
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        CHECKED(verifyScimError(scim("GET", id, path, token), 404));
    }

    void protocol_wrongMethodIs405_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("DELETE /Users") << "DELETE"_ba << u"/Users"_s;
        QTest::newRow("PUT /Users") << "PUT"_ba << u"/Users"_s;
        QTest::newRow("POST /Users/{id}") << "POST"_ba << u"/Users/%1"_s;
        QTest::newRow("GET /Users/.search") << "GET"_ba << u"/Users/.search"_s;
        QTest::newRow("GET /.search") << "GET"_ba << u"/.search"_s;
        QTest::newRow("POST /ServiceProviderConfig") << "POST"_ba << u"/ServiceProviderConfig"_s;
        QTest::newRow("DELETE /Schemas") << "DELETE"_ba << u"/Schemas"_s;
        QTest::newRow("PUT /ResourceTypes/User") << "PUT"_ba << u"/ResourceTypes/User"_s;
    }

    void protocol_wrongMethodIs405()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        QJsonObject user;
        CHECKED(createUserNamed(&user, id, token, u"method"_s));
        const QString target = path.contains(u"%1"_s) ? path.arg(user.value(u"id"_s).toString()) : path;
        const QByteArray body = method == "GET" || method == "DELETE" ? QByteArray() : "{}"_ba;
        const HttpReply reply = scim(method, id, target, token, body);
        CHECKED(verifyScimError(reply, 405));
        QVERIFY2(!reply.header("allow").isEmpty(), "405 without an Allow header");
        QVERIFY(!reply.header("allow").contains(method));
    }

    void protocol_keepAliveServesSeveralRequestsOnOneConnection()
    {
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        const QString base = u"/scim/v2/connections/%1"_s.arg(id);
        RawClient client;
        QVERIFY(client.connectTo(m_engine.port()));
        // Two pipelined requests in one write, then a third after the answers.
        QVERIFY(client.send(
            rawRequest("GET", base + u"/ServiceProviderConfig"_s, token.toUtf8()) +
            rawRequest("POST", base + u"/Users"_s, token.toUtf8(),
                       R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"kept"})"_ba)));
        const std::optional<RawResponse> first = client.readResponse();
        QVERIFY(first.has_value());
        QCOMPARE(first->status, 200);
        QCOMPARE(first->header("connection").toLower(), "keep-alive"_ba);
        QVERIFY(first->object().contains(u"patch"_s));
        const std::optional<RawResponse> second = client.readResponse();
        QVERIFY(second.has_value());
        QCOMPARE(second->status, 201);
        QCOMPARE(second->object().value(u"userName"_s).toString(), u"kept"_s);
        QTest::qWait(50);
        QVERIFY(client.send(rawRequest("GET", base + u"/Users"_s, token.toUtf8())));
        const std::optional<RawResponse> third = client.readResponse();
        QVERIFY(third.has_value());
        QCOMPARE(third->status, 200);
        QCOMPARE(third->object().value(u"totalResults"_s).toInt(), 1);
        // Connection: close is honoured.
        QVERIFY(
            client.send(rawRequest("GET", base + u"/Users"_s, token.toUtf8(), {}, {{"Connection"_ba, "close"_ba}})));
        const std::optional<RawResponse> last = client.readResponse();
        QVERIFY(last.has_value());
        QCOMPARE(last->status, 200);
        QCOMPARE(last->header("connection").toLower(), "close"_ba);
        QVERIFY(client.waitForClose());
    }

    // Requests that arrive together are handled together (on PostgreSQL their GETs are read ahead in one round trip,
    // see docs/engine.md): each read still sees every write sent before it, in the same burst.
    void protocol_pipelinedReadsSeeTheWritesBeforeThem()
    {
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        const QString base = u"/scim/v2/connections/%1"_s.arg(id);
        const QByteArray bearer = token.toUtf8();
        RawClient client;
        QVERIFY(client.connectTo(m_engine.port()));
        QVERIFY(client.send(
            rawRequest("POST", base + u"/Users"_s, bearer,
                       R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ann"})"_ba)));
        const std::optional<RawResponse> created = client.readResponse();
        QVERIFY(created.has_value());
        QCOMPARE(created->status, 201);
        const QString user = base + u"/Users/"_s + created->object().value(u"id"_s).toString();
        const auto byName = [&](const char *name) -> QString {
            return base + u"/Users?filter=userName%20eq%20%22"_s + QLatin1String(name) + u"%22"_s;
        };
        QVERIFY(client.send(rawRequest("GET", user, bearer) + rawRequest("GET", byName("ann"), bearer) +
                            rawRequest("PATCH", user, bearer,
                                       R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[)"
                                       R"({"op":"replace","path":"userName","value":"anna"},)"
                                       R"({"op":"replace","path":"displayName","value":"Ann A."}]})"_ba) +
                            rawRequest("GET", user, bearer) + rawRequest("GET", byName("ann"), bearer) +
                            rawRequest("GET", byName("ANNA"), bearer) + rawRequest("DELETE", user, bearer) +
                            rawRequest("GET", user, bearer) + rawRequest("GET", byName("anna"), bearer)));
        QList<RawResponse> answers;
        for (int i = 0; i < 9; ++i) {
            const std::optional<RawResponse> answer = client.readResponse();
            QVERIFY2(answer.has_value(), qPrintable(u"answer %1"_s.arg(i + 1)));
            answers.append(*answer);
        }
        QCOMPARE(answers.at(0).status, 200);
        QCOMPARE(answers.at(0).object().value(u"userName"_s).toString(), u"ann"_s);
        QVERIFY(!answers.at(0).object().contains(u"displayName"_s));
        QCOMPARE(answers.at(1).object().value(u"totalResults"_s).toInt(), 1);
        QVERIFY(answers.at(2).status == 200 || answers.at(2).status == 204);
        QCOMPARE(answers.at(3).status, 200);
        QCOMPARE(answers.at(3).object().value(u"userName"_s).toString(), u"anna"_s);
        QCOMPARE(answers.at(3).object().value(u"displayName"_s).toString(), u"Ann A."_s);
        QCOMPARE(answers.at(4).status, 200);
        QCOMPARE(answers.at(4).object().value(u"totalResults"_s).toInt(), 0);
        QCOMPARE(answers.at(5).object().value(u"totalResults"_s).toInt(), 1);
        QCOMPARE(answers.at(5).object()[u"Resources"_s][0][u"displayName"_s].toString(), u"Ann A."_s);
        QCOMPARE(answers.at(6).status, 204);
        QCOMPARE(answers.at(7).status, 404);
        QCOMPARE(answers.at(8).object().value(u"totalResults"_s).toInt(), 0);
    }

    void protocol_chunkedRequestBodyIsAccepted()
    {
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        const QByteArray body =
            R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"chunky","displayName":"Chunked Body"})";
        QByteArray request = "POST /scim/v2/connections/" + id.toUtf8() +
                             "/Users HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token.toUtf8() +
                             "\r\nContent-Type: application/scim+json\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (qsizetype offset = 0; offset < body.size(); offset += 17) {
            const QByteArray chunk = body.mid(offset, 17);
            request += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        }
        request += "0\r\n\r\n";
        RawClient client;
        QVERIFY(client.connectTo(m_engine.port()));
        // Sent in small pieces, as a streaming client would.
        for (qsizetype offset = 0; offset < request.size(); offset += 40) {
            QVERIFY(client.send(request.mid(offset, 40)));
            QThread::msleep(1);
        }
        const std::optional<RawResponse> response = client.readResponse();
        QVERIFY(response.has_value());
        QVERIFY2(response->status == 201, MSG(response->body));
        QCOMPARE(response->object().value(u"displayName"_s).toString(), u"Chunked Body"_s);
        CHECKED(verifyListResponse(scim("GET", id, u"/Users?filter=userName%20eq%20%22chunky%22"_s, token), 1, 1));
    }

    // --- SCIM: discovery ------------------------------------------------------------------------------------------

    void discovery_serviceProviderConfigResourceTypesAndSchemas()
    {
        QString id, token;
        CHECKED(scimConnection(&id, &token));
        const HttpReply config = scim("GET", id, u"/ServiceProviderConfig"_s, token);
        QCOMPARE(config.status, 200);
        const QJsonObject spc = config.object();
        QVERIFY(stringList(spc.value(u"schemas"_s))
                    .contains(u"urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"_s));
        QCOMPARE(spc.value(u"patch"_s).toObject().value(u"supported"_s).toBool(), true);
        QCOMPARE(spc.value(u"filter"_s).toObject().value(u"supported"_s).toBool(), true);
        QVERIFY(spc.value(u"filter"_s).toObject().value(u"maxResults"_s).isDouble());
        QCOMPARE(spc.value(u"etag"_s).toObject().value(u"supported"_s).toBool(), true);
        QCOMPARE(spc.value(u"sort"_s).toObject().value(u"supported"_s).toBool(), true);
        QVERIFY(spc.value(u"bulk"_s).toObject().contains(u"supported"_s));
        QVERIFY(spc.value(u"changePassword"_s).toObject().contains(u"supported"_s));
        QVERIFY(!spc.value(u"authenticationSchemes"_s).toArray().isEmpty());

        const HttpReply types = scim("GET", id, u"/ResourceTypes"_s, token);
        QCOMPARE(types.status, 200);
        QVERIFY(stringList(types.object().value(u"schemas"_s)).contains(kListUrn));
        QJsonObject userType;
        for (const QJsonValue &type : types.object().value(u"Resources"_s).toArray()) {
            if (type.toObject().value(u"name"_s).toString() == u"User"_s)
                userType = type.toObject();
        }
        QCOMPARE(userType.value(u"endpoint"_s).toString(), u"/Users"_s);
        QCOMPARE(userType.value(u"schema"_s).toString(), kUserUrn);
        QCOMPARE(types.object().value(u"totalResults"_s).toInt(),
                 types.object().value(u"Resources"_s).toArray().size());
        const HttpReply single = scim("GET", id, u"/ResourceTypes/User"_s, token);
        QCOMPARE(single.status, 200);
        QCOMPARE(single.object().value(u"endpoint"_s).toString(), u"/Users"_s);

        const HttpReply schemas = scim("GET", id, u"/Schemas"_s, token);
        QCOMPARE(schemas.status, 200);
        QStringList schemaIds;
        for (const QJsonValue &schema : schemas.object().value(u"Resources"_s).toArray())
            schemaIds.append(schema.toObject().value(u"id"_s).toString());
        QVERIFY2(schemaIds.contains(kUserUrn), MSG(schemas.body.left(500)));
        QVERIFY2(schemaIds.contains(kEnterpriseUrn), MSG(schemas.body.left(500)));
        const HttpReply userSchema = scim("GET", id, u"/Schemas/"_s + kUserUrn, token);
        QCOMPARE(userSchema.status, 200);
        QCOMPARE(userSchema.object().value(u"id"_s).toString(), kUserUrn);
        QStringList attributeNames;
        for (const QJsonValue &attribute : userSchema.object().value(u"attributes"_s).toArray())
            attributeNames.append(attribute.toObject().value(u"name"_s).toString());
        for (const QString &name : {u"userName"_s, u"name"_s, u"emails"_s, u"active"_s, u"password"_s})
            QVERIFY2(attributeNames.contains(name), qPrintable(name));
    }

    // --- client shapes: Okta and Microsoft Entra ID ----------------------------------------------------------------

    void okta_existenceCheckCreateDuplicateUpdateAndDeactivate()
    {
        QString id, token;
        CHECKED(scimConnection(&id, &token, u"okta"_s));
        const QString check =
            u"/Users?filter=userName%20eq%20%22isabella.okta%40example.com%22&startIndex=1&count=100"_s;

        // 1. Existence check: 200 with an empty ListResponse, integers, Resources [].
        const HttpReply absent = scim("GET", id, check, token);
        CHECKED(verifyListResponse(absent, 0, 0, 1));

        // 2. Create with password, groups: [] and the Okta user id as externalId.
        const QByteArray oktaCreate = R"({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
            "userName": "isabella.okta@example.com",
            "name": {"givenName": "Isabella", "familyName": "Okta"},
            "emails": [{"primary": true, "value": "isabella.okta@example.com", "type": "work"}],
            "displayName": "Isabella Okta",
            "locale": "en-US",
            "externalId": "00ujl29u0le5T6Aj10h7",
            "groups": [],
            "password": "1mz050nq",
            "active": true
        })";
        const HttpReply created = scim("POST", id, u"/Users"_s, token, oktaCreate);
        QVERIFY2(created.status == 201, MSG(created.describe()));
        const QJsonObject user = created.object();
        QVERIFY(!user.value(u"id"_s).toString().isEmpty());
        QCOMPARE(user.value(u"userName"_s).toString(), u"isabella.okta@example.com"_s);
        QCOMPARE(user.value(u"externalId"_s).toString(), u"00ujl29u0le5T6Aj10h7"_s);
        QCOMPARE(user.value(u"active"_s).toBool(), true);
        QCOMPARE(user.value(u"name"_s).toObject().value(u"givenName"_s).toString(), u"Isabella"_s);
        QCOMPARE(user.value(u"emails"_s).toArray().size(), 1);
        QVERIFY2(!created.body.contains("1mz050nq"), MSG(created.body));
        const QString path = u"/Users/"_s + user.value(u"id"_s).toString();

        // 3. The check now finds it.
        const HttpReply present = scim("GET", id, check, token);
        CHECKED(verifyListResponse(present, 1, 1));
        QCOMPARE(resourceIds(present.object()), QStringList{user.value(u"id"_s).toString()});

        // 4. A duplicate create is a 409 SCIM Error with scimType uniqueness.
        CHECKED(verifyScimError(scim("POST", id, u"/Users"_s, token, oktaCreate), 409, u"uniqueness"_s));

        // 5. Profile update: GET, then PUT the full object.
        QJsonObject full = scim("GET", id, path, token).object();
        QJsonObject name = full.value(u"name"_s).toObject();
        name.insert(u"givenName"_s, u"Bella"_s);
        full.insert(u"name"_s, name);
        const HttpReply put = scimJson("PUT", id, path, token, full);
        QVERIFY2(put.status == 200, MSG(put.describe()));
        QCOMPARE(put.object().value(u"name"_s).toObject().value(u"givenName"_s).toString(), u"Bella"_s);
        QCOMPARE(put.object().value(u"externalId"_s).toString(), u"00ujl29u0le5T6Aj10h7"_s);

        // 6. Deactivate: replace without a path, value {active: false}.
        const HttpReply deactivated = scim(
            "PATCH", id, path, token,
            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"active":false}}]})"_ba);
        QVERIFY2(deactivated.status == 204, MSG(deactivated.describe()));
        const HttpReply after = scim("GET", id, path, token);
        QCOMPARE(after.status, 200);
        QVERIFY(after.object().value(u"active"_s).isBool());
        QCOMPARE(after.object().value(u"active"_s).toBool(), false);
        QCOMPARE(after.object().value(u"name"_s).toObject().value(u"givenName"_s).toString(), u"Bella"_s);

        // 7. Import: startIndex=1&count=100 lists the (inactive) user with integer paging fields.
        CHECKED(verifyListResponse(scim("GET", id, u"/Users?startIndex=1&count=100"_s, token), 1, 1));
    }

    void entra_queryCreateUpdateDisableAndDelete()
    {
        QString id, token;
        CHECKED(scimConnection(&id, &token, u"waad"_s));
        // Test Connection: a query for a user that does not exist is a 200 with an empty ListResponse.
        CHECKED(verifyListResponse(
            scim("GET", id,
                 u"/Users?aadOptscim062020&filter=userName%20eq%20%229c3f2b18-77a4-4c55-a4b0-1bf3c1d64c5e%22"_s, token),
            0, 0));
        CHECKED(verifyScimError(
            scim("GET", id, u"/Users/9c3f2b18-77a4-4c55-a4b0-1bf3c1d64c5e?aadOptscim062020"_s, token), 404));

        const QByteArray entraCreate = R"({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
            "externalId": "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef",
            "userName": "Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1",
            "active": true,
            "emails": [{"primary": true, "type": "work", "value": "Test_User_fd0ea19b@testuser.com"}],
            "meta": {"resourceType": "User"},
            "name": {"formatted": "givenName familyName", "familyName": "familyName", "givenName": "givenName"},
            "roles": [],
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "Sales"}
        })";
        const HttpReply created = scim("POST", id, u"/Users?aadOptscim062020"_s, token, entraCreate);
        QVERIFY2(created.status == 201, MSG(created.describe()));
        const QString userId = created.object().value(u"id"_s).toString();
        const QString path = u"/Users/"_s + userId;

        // Entra queries by its matching attribute.
        const HttpReply byExternalId = scim(
            "GET", id, u"/Users?aadOptscim062020&filter=externalId%20eq%20%220a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef%22"_s,
            token);
        CHECKED(verifyListResponse(byExternalId, 1, 1));
        QCOMPARE(resourceIds(byExternalId.object()), QStringList{userId});
        const HttpReply byUserName = scim(
            "GET", id,
            u"/Users?filter=userName%20eq%20%22Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1%22&aadOptscim062020"_s,
            token);
        CHECKED(verifyListResponse(byUserName, 1, 1));

        // Add an attribute with Entra's capitalised op.
        const HttpReply added = scim(
            "PATCH", id, path + u"?aadOptscim062020"_s, token,
            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Add","path":"nickName","value":"Babs"}]})"_ba);
        QVERIFY2(added.status == 204, MSG(added.describe()));
        QCOMPARE(scim("GET", id, path, token).object().value(u"nickName"_s).toString(), u"Babs"_s);

        // Disable: "Replace" with a string boolean "False".
        const HttpReply disabled = scim(
            "PATCH", id, path + u"?aadOptscim062020"_s, token,
            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Replace","path":"active","value":"False"}]})"_ba);
        QVERIFY2(disabled.status == 204, MSG(disabled.describe()));
        const HttpReply inactive = scim("GET", id, path + u"?aadOptscim062020"_s, token);
        QCOMPARE(inactive.status, 200);
        QVERIFY2(inactive.object().value(u"active"_s).isBool(), MSG(inactive.body));
        QCOMPARE(inactive.object().value(u"active"_s).toBool(true), false);
        // Soft-deleted users are still returned.
        CHECKED(verifyListResponse(
            scim("GET", id, u"/Users?filter=externalId%20eq%20%220a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef%22"_s, token), 1,
            1));

        // Re-enable with the flag's lower-case op and a real boolean.
        const HttpReply enabled = scim(
            "PATCH", id, path + u"?aadOptscim062020"_s, token,
            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"active","value":true}]})"_ba);
        QVERIFY2(enabled.status == 204, MSG(enabled.describe()));
        QCOMPARE(scim("GET", id, path, token).object().value(u"active"_s).toBool(false), true);

        const HttpReply deleted = scim("DELETE", id, path + u"?aadOptscim062020"_s, token);
        QCOMPARE(deleted.status, 204);
        CHECKED(verifyScimError(scim("GET", id, path + u"?aadOptscim062020"_s, token), 404));
    }
};

QTEST_GUILESS_MAIN(HttpEndToEndTest)

#include "tst_http_e2e.moc"
