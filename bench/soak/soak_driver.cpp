// The soak driver (bench/soak.sh runs it): mixed SCIM traffic from many keep-alive connections against one engine
// for a long time, with the token rotated periodically, a slow client trickling its headers and a slow reader, and
// a connection whose rate limit is deliberately exceeded. Prints one line per minute (requests, p50/p99, errors,
// intended refusals, the engine's RSS) and a summary.
//
//   soak_driver --base http://127.0.0.1:PORT --admin-token TOKEN --engine-pid PID
//               [--connections 64] [--duration 600] [--rotate-every 60] [--seed-users 1000]

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

struct Response
{
    int status = 0;
    QByteArray body;
};

// A minimal HTTP/1.1 client on one keep-alive socket: one request at a time, answers by callback.
class Client : public QObject
{
public:
    using Callback = std::function<void(const Response &)>;

    Client(const QUrl &base, QObject *parent)
        : QObject(parent)
        , m_base(base)
    {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { onData(); });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
            if (m_callback)
                finish({0, {}});
        });
    }

    ~Client() override
    {
        // m_socket outlives m_callback (members die in reverse order) and says `disconnected` as it dies.
        m_socket.disconnect(this);
    }

    void send(const QByteArray &method, const QString &path, const QByteArray &authorization, const QByteArray &body,
              Callback callback)
    {
        m_callback = std::move(callback);
        QByteArray out = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: " + m_base.host().toUtf8() +
                         "\r\nAuthorization: " + authorization + "\r\n";
        if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
            out += "Content-Type: application/scim+json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        out += "\r\n" + body;
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_buffer.clear();
            m_socket.abort();
            m_socket.connectToHost(m_base.host(), quint16(m_base.port()));
        }
        m_socket.write(out);
    }

private:
    void onData()
    {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = m_buffer.left(end);
        qsizetype length = 0;
        const qsizetype at = head.toLower().indexOf("\ncontent-length:");
        if (at >= 0)
            length = head.mid(at + 16, head.indexOf('\r', at + 1) - at - 16).trimmed().toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return;
        Response response{head.mid(9, 3).toInt(), m_buffer.mid(end + 4, length)};
        m_buffer.remove(0, end + 4 + length);
        finish(response);
    }

    void finish(const Response &response)
    {
        Callback callback = std::move(m_callback);
        m_callback = nullptr;
        if (callback)
            callback(response);
    }

    QUrl m_base;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    Callback m_callback;
};

struct Minute
{
    std::vector<qint64> latenciesUs;
    qint64 errors = 0;
    qint64 intended429 = 0;
    qint64 slowCutOff = 0;
    QMap<int, qint64> errorStatuses;
};

class Soak : public QObject
{
public:
    struct Options
    {
        QUrl base;
        QByteArray admin;
        qint64 enginePid = 0;
        int connections = 64;
        int durationSeconds = 600;
        int rotateEverySeconds = 60;
        int seedUsers = 1000;
    };

    explicit Soak(Options options)
        : m_options(std::move(options))
        , m_admin(new Client(m_options.base, this))
    {}

    ~Soak() override
    {
        // The children's handlers (a socket's `disconnected` while it is destroyed) use the members: delete the
        // children while the members still exist, not in ~QObject after them.
        m_finished = true;
        qDeleteAll(findChildren<QObject *>(Qt::FindDirectChildrenOnly));
    }

    void start()
    {
        setUp([this] {
            std::printf("soak: %d connections for %d s, token rotated every %d s, a slow client and a slow reader, "
                        "a rate-limited connection driven over its limit (its 429s are intended)\n",
                        m_options.connections, m_options.durationSeconds, m_options.rotateEverySeconds);
            std::printf("the soak connection's rate limit is switched off (options.rate_limit.requests_per_second = "
                        "0)\n");
            m_rssStart = rssKiB();
            std::printf("RSS at start: %.1f MiB\n", m_rssStart / 1024.0);
            std::fflush(stdout);
            m_clock.start();
            m_minutes.emplace_back();
            for (int i = 0; i < m_options.connections; ++i) {
                auto *client = new Client(m_options.base, this);
                next(client, i, 0);
            }
            auto *limited = new Client(m_options.base, this);
            nextLimited(limited);
            startSlowClient();
            startSlowReader();
            auto *minute = new QTimer(this);
            connect(minute, &QTimer::timeout, this, [this] { reportMinute(); });
            minute->start(60000);
            auto *rotation = new QTimer(this);
            connect(rotation, &QTimer::timeout, this, [this] { rotateToken(); });
            rotation->start(m_options.rotateEverySeconds * 1000);
            QTimer::singleShot(m_options.durationSeconds * 1000, this, [this] { finish(); });
        });
    }

private:
    QByteArray bearer() const { return "Bearer " + m_token; }
    QString scim(const QString &connection) const { return QStringLiteral("/scim/v2/connections/") + connection; }

    void adminCall(const QByteArray &method, const QString &path, const QJsonObject &body,
                   std::function<void(const Response &)> done)
    {
        m_admin->send(method, path, "Bearer " + m_options.admin, QJsonDocument(body).toJson(QJsonDocument::Compact),
                      std::move(done));
    }

    static QString field(const Response &response, const char *name)
    {
        return QJsonDocument::fromJson(response.body).object().value(QLatin1String(name)).toString();
    }

    // The soak connection (rate limit off), the rate-limited one, and the seeded users.
    void setUp(std::function<void()> done)
    {
        const QJsonObject off{{QStringLiteral("rate_limit"), QJsonObject{{QStringLiteral("requests_per_second"), 0}}}};
        // 1/s: exceeded by one connection even when a loaded machine answers in hundreds of milliseconds.
        const QJsonObject limited{{QStringLiteral("rate_limit"), QJsonObject{{QStringLiteral("requests_per_second"), 1},
                                                                             {QStringLiteral("burst"), 2}}}};
        createScimConnection(QStringLiteral("soak"), off,
                             [this, limited, done](const QString &id, const QByteArray &token, const QString &tokenId) {
                                 m_connection = id;
                                 m_token = token;
                                 m_tokenId = tokenId;
                                 createScimConnection(QStringLiteral("soak-limited"), limited,
                                                      [this, done](const QString &limitedId,
                                                                   const QByteArray &limitedToken, const QString &) {
                                                          m_limitedConnection = limitedId;
                                                          m_limitedToken = limitedToken;
                                                          seed(0, done);
                                                      });
                             });
    }

    void createScimConnection(const QString &name, const QJsonObject &options,
                              std::function<void(const QString &, const QByteArray &, const QString &)> done)
    {
        adminCall("POST", QStringLiteral("/api/v2/connections"),
                  {{QStringLiteral("name"), name},
                   {QStringLiteral("strategy"), QStringLiteral("okta")},
                   {QStringLiteral("options"), options}},
                  [this, done](const Response &created) {
                      const QString id = field(created, "id");
                      adminCall("POST", QStringLiteral("/api/v2/connections/%1/scim-configuration").arg(id), {},
                                [this, id, done](const Response &) {
                                    createToken(id, [id, done](const QByteArray &token, const QString &tokenId) {
                                        done(id, token, tokenId);
                                    });
                                });
                  });
    }

    void createToken(const QString &connection, std::function<void(const QByteArray &, const QString &)> done)
    {
        adminCall("POST", QStringLiteral("/api/v2/connections/%1/scim-configuration/tokens").arg(connection), {},
                  [done = std::move(done)](const Response &response) {
                      done(field(response, "token").toUtf8(), field(response, "token_id"));
                  });
    }

    static QByteArray userJson(const QString &userName, int n)
    {
        QJsonObject name;
        name.insert(QStringLiteral("givenName"), QStringLiteral("Soak"));
        name.insert(QStringLiteral("familyName"), QStringLiteral("User %1").arg(n));
        QJsonObject email;
        email.insert(QStringLiteral("value"), userName);
        email.insert(QStringLiteral("type"), QStringLiteral("work"));
        email.insert(QStringLiteral("primary"), true);
        QJsonObject user;
        user.insert(QStringLiteral("schemas"),
                    QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")});
        user.insert(QStringLiteral("userName"), userName);
        user.insert(QStringLiteral("externalId"), QString(QStringLiteral("ext-") + userName));
        user.insert(QStringLiteral("active"), true);
        user.insert(QStringLiteral("displayName"), QStringLiteral("Soak User %1").arg(n));
        user.insert(QStringLiteral("name"), name);
        user.insert(QStringLiteral("emails"), QJsonArray{email});
        return QJsonDocument(user).toJson(QJsonDocument::Compact);
    }

    void seed(int n, std::function<void()> done)
    {
        if (n == m_options.seedUsers) {
            std::printf("seeded %d users\n", n);
            return done();
        }
        const QString userName = QStringLiteral("soak-seed-%1@example.com").arg(n);
        m_admin->send(
            "POST", scim(m_connection) + QStringLiteral("/Users"), bearer(), userJson(userName, n),
            [this, n, userName, done](const Response &response) {
                if (response.status == 201) {
                    m_seeded.append(
                        QJsonDocument::fromJson(response.body).object().value(QStringLiteral("id")).toString());
                    m_seededNames.append(userName);
                }
                seed(n + 1, done);
            });
    }

    // One worker's next request: mixed reads and writes on seeded users and its own.
    void next(Client *client, int worker, qint64 n)
    {
        if (m_finished)
            return;
        auto &random = *QRandomGenerator::global();
        const int dice = random.bounded(100);
        const QString users = scim(m_connection) + QStringLiteral("/Users");
        QByteArray method = "GET";
        QString path;
        QByteArray body;
        int expected = 200;
        if (dice < 35) {
            path = users + QLatin1Char('/') + m_seeded.at(random.bounded(int(m_seeded.size())));
        } else if (dice < 55) {
            path = users + QStringLiteral("?filter=") +
                   QString::fromLatin1(
                       QUrl::toPercentEncoding(QStringLiteral("userName eq \"%1\"")
                                                   .arg(m_seededNames.at(random.bounded(int(m_seededNames.size()))))));
        } else if (dice < 60) {
            path = users + QStringLiteral("?startIndex=%1&count=50").arg(1 + random.bounded(m_options.seedUsers));
        } else if (dice < 75) {
            method = "PATCH";
            path = users + QLatin1Char('/') + m_seeded.at(random.bounded(int(m_seeded.size())));
            body = QJsonDocument(
                       QJsonObject{
                           {QStringLiteral("schemas"),
                            QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp")}},
                           {QStringLiteral("Operations"),
                            QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                                   {QStringLiteral("path"), QStringLiteral("title")},
                                                   {QStringLiteral("value"), QStringLiteral("Title %1").arg(n)}}}}})
                       .toJson(QJsonDocument::Compact);
            expected = 204; // RFC 7644 §3.5.2: no attributes asked for
        } else if (dice < 87 || m_own[worker].isEmpty()) {
            // A DELETE as often as a POST (when the worker has a user to delete): the stored set stays the same size,
            // so a growing RSS means a leak, not a resource cache filling with new users.
            method = "POST";
            path = users;
            body = userJson(QStringLiteral("soak-w%1-%2-%3@example.com").arg(worker).arg(n).arg(m_clock.elapsed()),
                            int(n));
            expected = 201;
        } else {
            method = "DELETE";
            path = users + QLatin1Char('/') + m_own[worker].takeFirst();
            expected = 204;
        }
        QElapsedTimer timer;
        timer.start();
        client->send(
            method, path, bearer(), body, [this, client, worker, n, timer, expected, method](const Response &response) {
                if (m_finished)
                    return;
                Minute &minute = m_minutes.back();
                minute.latenciesUs.push_back(timer.nsecsElapsed() / 1000);
                if (response.status != expected) {
                    ++minute.errors;
                    ++minute.errorStatuses[response.status];
                } else if (method == "POST") {
                    m_own[worker].append(
                        QJsonDocument::fromJson(response.body).object().value(QStringLiteral("id")).toString());
                }
                next(client, worker, n + 1);
            });
    }

    // The rate-limited connection, driven as fast as one connection goes: most answers are intended 429s.
    void nextLimited(Client *client)
    {
        if (m_finished)
            return;
        client->send("GET", scim(m_limitedConnection) + QStringLiteral("/Users?count=1"), "Bearer " + m_limitedToken,
                     {}, [this, client](const Response &response) {
                         if (m_finished)
                             return;
                         Minute &minute = m_minutes.back();
                         if (response.status == 429) {
                             ++minute.intended429;
                         } else if (response.status != 200) {
                             ++minute.errors;
                             ++minute.errorStatuses[response.status];
                         }
                         nextLimited(client);
                     });
    }

    // A client that trickles its headers (a byte every 500 ms); the engine must cut it off, then it starts again.
    void startSlowClient()
    {
        auto *socket = new QTcpSocket(this);
        auto *trickle = new QTimer(socket);
        auto bytes = std::make_shared<QByteArray>("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
                                                  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n"
                                                  "\r\n");
        connect(trickle, &QTimer::timeout, socket, [socket, bytes] {
            if (!bytes->isEmpty() && socket->state() == QAbstractSocket::ConnectedState) {
                socket->write(bytes->left(1));
                bytes->remove(0, 1);
            }
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (socket->readAll().startsWith("HTTP/1.1 408"))
                ++m_minutes.back().slowCutOff;
            socket->deleteLater();
            if (!m_finished)
                QTimer::singleShot(1000, this, [this] { startSlowClient(); });
        });
        socket->connectToHost(m_options.base.host(), quint16(m_options.base.port()));
        trickle->start(500);
    }

    // A client that pipelines list requests and reads their answers 4 KiB per 100 ms.
    void startSlowReader()
    {
        auto *socket = new QTcpSocket(this);
        socket->setReadBufferSize(4096);
        QByteArray requests;
        for (int i = 0; i < 200; ++i)
            requests += "GET " + scim(m_connection).toUtf8() +
                        "/Users?count=100 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        "Authorization: " +
                        bearer() + "\r\n\r\n";
        connect(socket, &QTcpSocket::connected, socket, [socket, requests] { socket->write(requests); });
        auto *reader = new QTimer(socket);
        connect(reader, &QTimer::timeout, socket, [socket] {
            if (socket->isOpen())
                socket->read(4096);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            socket->deleteLater();
            if (!m_finished)
                QTimer::singleShot(1000, this, [this] { startSlowReader(); });
        });
        socket->connectToHost(m_options.base.host(), quint16(m_options.base.port()));
        reader->start(100);
    }

    // A new token; the workers switch to it; the old one is revoked a little later (what an IdP admin does).
    void rotateToken()
    {
        createToken(m_connection, [this](const QByteArray &token, const QString &tokenId) {
            if (token.isEmpty()) {
                ++m_minutes.back().errors;
                return;
            }
            const QString old = m_tokenId;
            m_token = token;
            m_tokenId = tokenId;
            ++m_rotations;
            QTimer::singleShot(2000, this, [this, old] {
                adminCall("DELETE",
                          QStringLiteral("/api/v2/connections/%1/scim-configuration/tokens/%2").arg(m_connection, old),
                          {}, [this](const Response &response) {
                              if (response.status != 204) {
                                  ++m_minutes.back().errors;
                                  ++m_minutes.back().errorStatuses[response.status];
                              }
                          });
            });
        });
    }

    qint64 rssKiB() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_options.enginePid));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return 0;
    }

    static double percentile(std::vector<qint64> &values, double p)
    {
        if (values.empty())
            return 0;
        const size_t at = std::min(values.size() - 1, size_t(p * double(values.size())));
        std::nth_element(values.begin(), values.begin() + qsizetype(at), values.end());
        return double(values[at]) / 1000.0;
    }

    void reportMinute()
    {
        if (m_finished)
            return; // the minute timer may fire once more after finish()
        Minute &minute = m_minutes.back();
        const qint64 requests = qint64(minute.latenciesUs.size());
        const double p50 = percentile(minute.latenciesUs, 0.50);
        const double p99 = percentile(minute.latenciesUs, 0.99);
        QStringList statuses;
        for (auto it = minute.errorStatuses.begin(); it != minute.errorStatuses.end(); ++it)
            statuses.append(QStringLiteral("%1×%2").arg(it.value()).arg(it.key()));
        std::printf(
            "minute %2d: %8lld requests (%6.0f/s)  p50 %6.2f ms  p99 %6.2f ms  errors %lld%s  "
            "intended 429 %lld  slow client cut off %lld  RSS %.1f MiB\n",
            int(m_minutes.size()), static_cast<long long>(requests), double(requests) / 60.0, p50, p99,
            static_cast<long long>(minute.errors),
            statuses.isEmpty() ? ""
                               : qPrintable(QStringLiteral(" (") + statuses.join(QLatin1Char(' ')) + QLatin1Char(')')),
            static_cast<long long>(minute.intended429), static_cast<long long>(minute.slowCutOff), rssKiB() / 1024.0);
        std::fflush(stdout);
        // The first minute fills the engine's caches (parsed resources, SQLite pages): a leak shows after it.
        if (m_minutes.size() == 1)
            m_rssWarm = rssKiB();
        m_totalRequests += requests;
        m_totalErrors += minute.errors;
        m_minutes.emplace_back();
    }

    void finish()
    {
        reportMinute();
        m_finished = true;
        const qint64 rssEnd = rssKiB();
        const double change = m_rssStart ? 100.0 * double(rssEnd - m_rssStart) / double(m_rssStart) : 0;
        const double changeWarm = m_rssWarm ? 100.0 * double(rssEnd - m_rssWarm) / double(m_rssWarm) : 0;
        std::printf("RSS at end: %.1f MiB (%+.1f %% from the start, %+.1f %% from the end of minute 1)\n",
                    rssEnd / 1024.0, change, changeWarm);
        std::printf("total: %lld requests, %lld errors, %d token rotations\n", static_cast<long long>(m_totalRequests),
                    static_cast<long long>(m_totalErrors), m_rotations);
        std::fflush(stdout);
        QCoreApplication::exit(m_totalErrors == 0 ? 0 : 1);
    }

    Options m_options;
    Client *m_admin;
    QString m_connection;
    QString m_limitedConnection;
    QByteArray m_token;
    QString m_tokenId;
    QByteArray m_limitedToken;
    QStringList m_seeded;
    QStringList m_seededNames;
    QHash<int, QStringList> m_own;
    std::vector<Minute> m_minutes;
    QElapsedTimer m_clock;
    qint64 m_rssStart = 0;
    qint64 m_rssWarm = 0;
    qint64 m_totalRequests = 0;
    qint64 m_totalErrors = 0;
    int m_rotations = 0;
    bool m_finished = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption base(QStringLiteral("base"), QStringLiteral("The engine's base URL (http)."),
                                  QStringLiteral("URL"));
    const QCommandLineOption admin(QStringLiteral("admin-token"), QStringLiteral("The admin token."),
                                   QStringLiteral("TOKEN"));
    const QCommandLineOption pid(QStringLiteral("engine-pid"), QStringLiteral("The engine's process id (RSS)."),
                                 QStringLiteral("PID"));
    const QCommandLineOption connections(QStringLiteral("connections"), QStringLiteral("Keep-alive connections."),
                                         QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption duration(QStringLiteral("duration"), QStringLiteral("Seconds."), QStringLiteral("S"),
                                      QStringLiteral("600"));
    const QCommandLineOption rotate(QStringLiteral("rotate-every"), QStringLiteral("Token rotation period, seconds."),
                                    QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption seed(QStringLiteral("seed-users"), QStringLiteral("Users seeded first."),
                                  QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({base, admin, pid, connections, duration, rotate, seed});
    parser.process(app);
    Soak::Options options;
    options.base = QUrl(parser.value(base));
    options.admin = parser.value(admin).toUtf8();
    options.enginePid = parser.value(pid).toLongLong();
    options.connections = parser.value(connections).toInt();
    options.durationSeconds = parser.value(duration).toInt();
    options.rotateEverySeconds = parser.value(rotate).toInt();
    options.seedUsers = parser.value(seed).toInt();
    if (!options.base.isValid() || options.admin.isEmpty() || options.enginePid <= 0 || options.connections < 1) {
        std::fputs(qUtf8Printable(parser.helpText()), stderr);
        return 2;
    }
    Soak soak(options);
    soak.start();
    return QCoreApplication::exec();
}
