#include "http/HttpConnection.h"

#include "http/HttpServer.h"
#include "http/HttpStream.h"

#include <QTcpSocket>
#include <QTimerEvent>

namespace scim {

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
    , m_parser(server->maxBodySize())
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_peer = m_socket->peerAddress();
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::closeConnection);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            closeConnection();
    });
    m_idleTimer.start(m_server->idleTimeout(), this);
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::startStream(const HttpResponse &response)
{
    QByteArray head;
    appendStatusAndHeaders(head, response);
    head += QByteArrayLiteral("Connection: close\r\n\r\n"); // no length: the body ends when the connection does
    m_socket->write(head);
    m_parser.discardBuffered();
    m_idleTimer.stop(); // a stream is idle by nature; it ends when either side closes
    m_stream = new HttpStream(m_socket, this);
    connect(m_stream, &HttpStream::closeRequested, this, &HttpConnection::closeConnection);
    if (m_closeWhenIdle)
        closeConnection();
    response.stream(m_stream);
}

void HttpConnection::closeWhenIdle()
{
    m_closeWhenIdle = true;
    if (!isBusy())
        closeConnection();
}

void HttpConnection::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_idleTimer.timerId())
        return QObject::timerEvent(event);
    if (m_closing) {
        m_socket->abort();
        closeConnection();
    } else if (isBusy())
        fail(408, QStringLiteral("Request not completed in time"), m_parser.partialRequest());
    else
        closeConnection();
}

void HttpConnection::onReadyRead()
{
    if (m_stream || m_stopReading) {
        m_socket->readAll(); // a streaming response or an error ends the exchange; the client only listens now
        return;
    }
    if (m_closing)
        return;
    m_parser.append(m_socket->readAll());
    m_idleTimer.start(m_server->idleTimeout(), this);
    processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_closing && !m_stopReading) {
        HttpRequestParser::Event event = m_parser.next();
        switch (event.kind) {
        case HttpRequestParser::Event::Kind::NeedMoreData:
            return;
        case HttpRequestParser::Event::Kind::Continue: {
            // After the answers to earlier pipelined requests, like any response.
            Pending interim;
            interim.ready = true;
            interim.bytes = QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n");
            m_pending.append(std::move(interim));
            writeReady();
            break;
        }
        case HttpRequestParser::Event::Kind::Request:
            completeRequest(std::move(event.request), event.keepAlive);
            break;
        case HttpRequestParser::Event::Kind::Error:
            return fail(event.status, event.message, event.request);
        }
    }
}

void HttpConnection::completeRequest(HttpRequest request, bool keepAlive)
{
    Pending pending;
    pending.sequence = ++m_lastSequence;
    pending.keepAlive = keepAlive && !m_closeWhenIdle;
    pending.headRequest = request.method == "HEAD";
    if (!pending.keepAlive)
        m_closeAfterPending = true;
    const quint64 sequence = pending.sequence;
    m_pending.append(std::move(pending));
    request.peer = m_peer;
    m_server->dispatch(request, HttpResponder(this, sequence));
}

void HttpConnection::respond(quint64 sequence, const HttpResponse &response)
{
    for (Pending &pending : m_pending) {
        if (pending.sequence != sequence)
            continue;
        if (response.stream) {
            // A streaming response ends the exchange: what the client sends after it is not read.
            pending.stream = response;
            m_stopReading = true;
            m_parser.discardBuffered();
        } else {
            pending.bytes = serialize(response, pending.keepAlive, pending.headRequest);
        }
        pending.ready = true;
        break;
    }
    writeReady();
}

void HttpConnection::writeReady()
{
    if (m_finished) {
        m_pending.clear();
        return;
    }
    while (!m_pending.isEmpty() && m_pending.constFirst().ready) {
        const Pending pending = m_pending.takeFirst();
        if (pending.stream.stream)
            return startStream(pending.stream);
        m_socket->write(pending.bytes);
    }
    if (m_pending.isEmpty() && (m_closeAfterPending || (m_closeWhenIdle && !isBusy())))
        closeConnection();
}

void HttpConnection::fail(int status, const QString &message, const HttpRequest &request)
{
    if (m_stopReading) // already failed and waiting for earlier answers: give up on them
        return closeConnection();
    // Answers to earlier pipelined requests go out first, in order; then this one, and the connection closes.
    Pending error;
    error.keepAlive = false;
    error.ready = true;
    HttpRequest failed = request;
    failed.peer = m_peer;
    error.bytes = serialize(m_server->renderError(status, message, failed), false, failed.method == "HEAD");
    m_pending.append(std::move(error));
    m_closeAfterPending = true;
    m_stopReading = true;
    m_parser.discardBuffered();
    writeReady();
}

void HttpConnection::appendStatusAndHeaders(QByteArray &out, const HttpResponse &response)
{
    out += QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(response.status) + ' ' +
           HttpResponse::reasonPhrase(response.status) + QByteArrayLiteral("\r\n");
    for (const auto &[name, value] : response.headers)
        out += name + QByteArrayLiteral(": ") + value + QByteArrayLiteral("\r\n");
}

QByteArray HttpConnection::serialize(const HttpResponse &response, bool keepAlive, bool headRequest)
{
    QByteArray out;
    out.reserve(256 + response.body.size());
    appendStatusAndHeaders(out, response);
    const bool bodyAllowed = response.status != 204 && response.status != 304;
    if (bodyAllowed)
        out += QByteArrayLiteral("Content-Length: ") + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n\r\n")
                     : QByteArrayLiteral("Connection: close\r\n\r\n");
    if (bodyAllowed && !headRequest)
        out += response.body;
    return out;
}

void HttpConnection::closeConnection()
{
    if (m_stream)
        m_stream->markClosed();
    if (!m_closing) {
        m_closing = true;
        // Keep the timer: a peer that never reads its last response must not keep us open for ever.
        m_idleTimer.start(m_server->idleTimeout(), this);
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->disconnectFromHost(); // sends what is still buffered, then closes
    }
    if (m_socket->state() == QAbstractSocket::UnconnectedState && !m_finished) {
        m_finished = true;
        m_idleTimer.stop();
        Q_EMIT finished(this);
    }
}

} // namespace scim
