#include "TestEngine.h"

#include "requestlog/RequestLog.h"

#include "server/Engine.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTimer>

const QString TestEngine::kAdminToken = QStringLiteral("test-admin-token");

TestEngine::TestEngine(quint16 port)
    : m_port(port)
{}

TestEngine::~TestEngine()
{
    m_engine.reset();
}

bool TestEngine::start()
{
    scim::EngineOptions options;
    options.port = m_port;
    options.databasePath = databasePath();
    options.adminToken = kAdminToken;
    options.instanceName = m_instanceName;
    m_engine = std::make_unique<scim::Engine>(options);
    if (!m_engine->start()) {
        qWarning("test engine: %s", qUtf8Printable(m_engine->errorString()));
        m_engine.reset();
        return false;
    }
    m_port = m_engine->serverPort();
    return true;
}

void TestEngine::stop()
{
    if (!m_engine)
        return;
    QSignalSpy stopped(m_engine.get(), &scim::Engine::stopped);
    m_engine->stop();
    if (stopped.isEmpty())
        stopped.wait(10000);
    m_engine.reset();
}

QUrl TestEngine::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString TestEngine::databasePath() const
{
    return m_database.isEmpty() ? m_dir.filePath(QStringLiteral("engine.sqlite")) : m_database;
}

TestEngine::Reply TestEngine::send(const QByteArray &method, const QUrl &url, const QByteArray &authorization,
                                   const QByteArray &body, const QByteArray &contentType)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", authorization);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.json = QJsonDocument::fromJson(reply->readAll());
    delete reply;
    return result;
}

TestEngine::Reply TestEngine::api(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QUrl target = url();
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    target.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        target.setQuery(path.mid(question + 1));
    return send(method, target, "Bearer " + kAdminToken.toUtf8(),
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

TestEngine::Reply TestEngine::scim(const QByteArray &method, const QString &connectionId, const QString &path,
                                   const QString &token, const QJsonObject &body)
{
    QUrl target = url();
    target.setPath(QStringLiteral("/scim/v2/connections/") + connectionId + path);
    return send(method, target, "Bearer " + token.toUtf8(),
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/scim+json");
}

QString TestEngine::createScimConnection(const QString &name, const QString &strategy)
{
    const Reply created = api("POST", QStringLiteral("/api/v2/connections"),
                              {{QStringLiteral("name"), name}, {QStringLiteral("strategy"), strategy}});
    const QString id = created.object().value(QStringLiteral("id")).toString();
    api("POST", QStringLiteral("/api/v2/connections/%1/scim-configuration").arg(id));
    return id;
}

QString TestEngine::createToken(const QString &connectionId)
{
    return api("POST", QStringLiteral("/api/v2/connections/%1/scim-configuration/tokens").arg(connectionId),
               {{QStringLiteral("token_lifetime"), 86400}})
        .object()
        .value(QStringLiteral("token"))
        .toString();
}

QString TestEngine::provisionUser(const QString &connectionId, const QString &token, const QString &userName,
                                  const QString &givenName, const QString &familyName)
{
    const QJsonObject user{
        {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("externalId"), QString(QStringLiteral("ext-") + userName)},
        {QStringLiteral("active"), true},
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("givenName"), givenName}, {QStringLiteral("familyName"), familyName}}},
        {QStringLiteral("emails"),
         QJsonArray{QJsonObject{{QStringLiteral("value"), userName}, {QStringLiteral("primary"), true}}}},
    };
    return scim("POST", connectionId, QStringLiteral("/Users"), token, user)
        .object()
        .value(QStringLiteral("id"))
        .toString();
}

void TestEngine::flushLogs()
{
    if (m_engine && m_engine->requestLog())
        m_engine->requestLog()->flush();
}
