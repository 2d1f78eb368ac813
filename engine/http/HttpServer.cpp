#include "http/HttpServer.h"

#include "common/ClientAddress.h"
#include "http/HttpConnection.h"
#include "http/HttpListener.h"

#include <QSslSocket>
#include <QTimer>

#include <unistd.h>

namespace scim {

namespace {
constexpr qint64 kWarningIntervalMs = 10000;
}

HttpServer::HttpServer(AsyncHandler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_listenerSocket(new HttpListener([this](qintptr descriptor) { accept(descriptor); }, this))
{}

HttpServer::HttpServer(Handler handler, QObject *parent)
    : HttpServer([handler = std::move(handler)](const HttpRequest &request,
                                                const HttpResponder &responder) { responder.send(handler(request)); },
                 parent)
{}

HttpServer::~HttpServer()
{
    // Connections are children of this object; make sure they do not call back while we are dying.
    for (HttpConnection *connection : std::as_const(m_connections))
        disconnect(connection, nullptr, this, nullptr);
}

void HttpServer::setConnectionLimits(int total, int perAddress)
{
    m_maxConnections = qMax(0, total);
    m_maxPerAddress = qMax(0, perAddress);
}

void HttpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_listenerSocket->listen(address, port)) {
        m_errorString = m_listenerSocket->errorString();
        return false;
    }
    return true;
}

quint16 HttpServer::serverPort() const
{
    return m_listenerSocket->serverPort();
}

bool HttpServer::isListening() const
{
    return m_listenerSocket->isListening();
}

void HttpServer::accept(qintptr descriptor)
{
    QTcpSocket *socket = isTls() ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        delete socket;
        return;
    }
    if (m_shuttingDown) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    const QString key = ClientAddress::key(socket->peerAddress());
    const int fromAddress = m_perAddress.value(key);
    const bool overTotal = m_maxConnections > 0 && m_connections.size() >= m_maxConnections;
    const bool overAddress = m_maxPerAddress > 0 && fromAddress >= m_maxPerAddress;
    if (overTotal || overAddress) {
        ++m_refused;
        warnRefused(overTotal ? QStringLiteral("%1 connections open in total").arg(m_connections.size())
                              : QStringLiteral("%1 connections open from %2").arg(fromAddress).arg(key));
        socket->abort();
        socket->deleteLater();
        return;
    }
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        ssl->setSslConfiguration(m_tls);
        ssl->startServerEncryption();
    }
    auto *connection = new HttpConnection(socket, this, key);
    m_connections.insert(connection);
    m_perAddress[key] = fromAddress + 1;
    connect(connection, &HttpConnection::finished, this, &HttpServer::connectionFinished);
}

void HttpServer::warnRefused(const QString &reason)
{
    // At most one line per interval however hard a client pushes, saying how many were refused meanwhile.
    if (m_lastWarning.isValid() && m_lastWarning.elapsed() < kWarningIntervalMs)
        return;
    qWarning("http: connection limit reached (%s); %llu connection(s) refused since the last warning",
             qUtf8Printable(reason), static_cast<unsigned long long>(m_refused - m_refusedAtLastWarning));
    m_refusedAtLastWarning = m_refused;
    m_lastWarning.start();
}

void HttpServer::connectionFinished(HttpConnection *connection)
{
    if (m_connections.remove(connection)) {
        const auto it = m_perAddress.find(connection->addressKey());
        if (it != m_perAddress.end() && --*it <= 0)
            m_perAddress.erase(it);
    }
    connection->deleteLater();
    checkShutdownComplete();
}

HttpResponse HttpServer::renderError(int status, const QString &message, const HttpRequest &request) const
{
    if (m_errorRenderer)
        return m_errorRenderer(status, message, request);
    HttpResponse response = HttpResponse::empty(status);
    response.body = message.toUtf8();
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8")});
    return response;
}

void HttpServer::shutdown(int graceMilliseconds)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_listenerSocket->close();
    const QList<HttpConnection *> connections = m_connections.values();
    for (HttpConnection *connection : connections)
        connection->closeWhenIdle();
    QTimer::singleShot(graceMilliseconds, this, [this] {
        const QList<HttpConnection *> remaining = m_connections.values();
        for (HttpConnection *connection : remaining) {
            disconnect(connection, nullptr, this, nullptr);
            m_connections.remove(connection);
            connection->deleteLater();
        }
        m_perAddress.clear();
        checkShutdownComplete();
    });
    // Let already-queued socket events run before deciding we are done.
    QTimer::singleShot(0, this, &HttpServer::checkShutdownComplete);
}

void HttpServer::checkShutdownComplete()
{
    if (m_shuttingDown && m_connections.isEmpty() && !m_shutdownSignalled) {
        m_shutdownSignalled = true;
        Q_EMIT shutdownComplete();
    }
}

} // namespace scim
