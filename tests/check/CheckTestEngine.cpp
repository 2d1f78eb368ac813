#include "CheckTestEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QUuid>

CheckTestEngine::~CheckTestEngine()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

QJsonObject CheckTestEngine::Reply::object() const
{
    return QJsonDocument::fromJson(body).object();
}

bool CheckTestEngine::start(const QStringList &extraArguments)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    m_adminToken = QStringLiteral("admin-") + QUuid::createUuid().toString(QUuid::Id128);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
    environment.insert(QStringLiteral("SCIM_ENGINE_ADMIN_TOKEN"), m_adminToken);

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/scim-engine"));
    m_process->setArguments(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                        QStringLiteral("--database"), m_dir.filePath(QStringLiteral("engine.sqlite"))} +
                            extraArguments);
    m_process->setProcessEnvironment(environment);
    m_process->start();
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_process->program(), m_process->errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)\\n"));
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000) {
        m_process->waitForReadyRead(100);
        output += m_process->readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    m_error = QStringLiteral("engine did not report 'listening on': %1 %2")
                  .arg(QString::fromUtf8(output), QString::fromUtf8(m_process->readAllStandardError()));
    return false;
}

QString CheckTestEngine::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString CheckTestEngine::scimBaseUrl(const QString &connectionId) const
{
    return baseUrl() + QStringLiteral("/scim/v2/connections/") + connectionId;
}

CheckTestEngine::Reply CheckTestEngine::send(const QByteArray &method, const QString &url, const QByteArray &body,
                                             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request{QUrl(url, QUrl::TolerantMode)};
    request.setTransferTimeout(15000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

CheckTestEngine::Reply CheckTestEngine::admin(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + m_adminToken.toUtf8()}};
    QByteArray payload;
    if (method == "POST" || method == "PATCH") {
        headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return send(method, baseUrl() + QStringLiteral("/api/v2") + path, payload, headers);
}

CheckTestEngine::Reply CheckTestEngine::scim(const QString &connectionId, const QString &token,
                                             const QByteArray &method, const QString &pathAndQuery)
{
    return send(method, scimBaseUrl(connectionId) + pathAndQuery, {}, {{"Authorization", "Bearer " + token.toUtf8()}});
}

QString CheckTestEngine::createScimConnection(const QString &name, const QString &strategy)
{
    const Reply created = admin("POST", QStringLiteral("/connections"),
                                QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("strategy"), strategy}});
    const QString id = created.object().value(QStringLiteral("id")).toString();
    if (created.status != 201 || id.isEmpty())
        return {};
    if (admin("POST", QStringLiteral("/connections/%1/scim-configuration").arg(id)).status != 201)
        return {};
    return id;
}

QString CheckTestEngine::createToken(const QString &connectionId, const QStringList &scopes)
{
    QJsonObject body;
    if (!scopes.isEmpty())
        body.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    const Reply created =
        admin("POST", QStringLiteral("/connections/%1/scim-configuration/tokens").arg(connectionId), body);
    return created.status == 201 ? created.object().value(QStringLiteral("token")).toString() : QString();
}
