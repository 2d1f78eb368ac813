#include "http/HttpServer.h"

#include "http/HttpConnection.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace scim {

HttpServer::HttpServer(AsyncHandler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_tcpServer(new QTcpServer(this))
{
    connect(m_tcpServer, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

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

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_tcpServer->listen(address, port)) {
        m_errorString = m_tcpServer->errorString();
        return false;
    }
    return true;
}

quint16 HttpServer::serverPort() const
{
    return m_tcpServer->serverPort();
}

bool HttpServer::isListening() const
{
    return m_tcpServer->isListening();
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_tcpServer->nextPendingConnection()) {
        if (m_shuttingDown) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new HttpConnection(socket, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::finished, this, &HttpServer::connectionFinished);
    }
}

void HttpServer::connectionFinished(HttpConnection *connection)
{
    m_connections.remove(connection);
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
    m_tcpServer->close();
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
