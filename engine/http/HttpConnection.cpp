#include "http/HttpConnection.h"

#include "http/HttpResponder.h"
#include "http/HttpServer.h"
#include "http/HttpStream.h"

#include <QSslSocket>
#include <QTimerEvent>

namespace scim {

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer *server, QString addressKey)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
    , m_addressKey(std::move(addressKey))
    , m_parser(server->maxBodySize())
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Qt stops reading from the kernel when this much waits unread, so a paused client is held back by TCP.
    m_socket->setReadBufferSize(kReadBufferBytes);
    m_parser.setPeer(m_socket->peerAddress());
    m_parser.setListener(server->listener());
    m_tls = qobject_cast<QSslSocket *>(m_socket) != nullptr;
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::processInput);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (!m_stream && !m_stopReading && m_socket->bytesAvailable() + m_parser.bufferedBytes() > 0)
            processInput(); // was paused by unsent output
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::closeConnection);
    // A failed TLS handshake (a TLS 1.1 client, plain HTTP) closes too, after the alert that says why.
    // Queued: Qt writes the TLS alert after it has reported the error, and closing at once would lose it.
    connect(
        m_socket, &QTcpSocket::errorOccurred, this,
        [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                closeConnection();
        },
        Qt::QueuedConnection);
    m_idleTimer.start(m_server->idleTimeout(), this);
    if (m_server->headerTimeout() > 0)
        m_headerTimer.start(m_server->headerTimeout(), this);
    if (m_socket->bytesAvailable() > 0)
        processInput();
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
    m_headerTimer.stop();
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
    if (event->timerId() == m_headerTimer.timerId()) {
        m_headerTimer.stop();
        return headerTimedOut();
    }
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

void HttpConnection::headerTimedOut()
{
    if (m_closing || m_stream || m_stopReading)
        return;
    if (m_tls && !static_cast<QSslSocket *>(m_socket)->isEncrypted()) {
        m_socket->abort(); // the TLS handshake did not finish in time
        return closeConnection();
    }
    if (m_parser.inHeaderSection())
        return fail(408,
                    QStringLiteral("Request header section not received within %1 ms").arg(m_server->headerTimeout()),
                    m_parser.partialRequest());
    // Connected but never said anything: close without an answer, like for an idle keep-alive connection.
    if (m_awaitingFirstRequest && m_pending.isEmpty())
        closeConnection();
}

bool HttpConnection::isPaused() const
{
    return m_pending.size() >= kMaxPipelined || m_socket->bytesToWrite() > kMaxOutputBytes;
}

void HttpConnection::processInput()
{
    if (m_stream || m_stopReading) {
        m_socket->readAll(); // a streaming response or an error ends the exchange; the client only listens now
        return;
    }
    if (m_closing || m_processing)
        return;
    m_processing = true; // a handler that answers at once re-enters through writeReady()
    while (!m_closing && !m_stopReading && !isPaused()) {
        HttpRequestParser::Event event = m_parser.next();
        using Kind = HttpRequestParser::Event::Kind;
        if (event.kind == Kind::Request) {
            m_headerTimer.stop();
            m_awaitingFirstRequest = false;
            dispatchRequest(std::move(event.request), event.keepAlive);
        } else if (event.kind == Kind::Continue) {
            m_headerTimer.stop();
            m_awaitingFirstRequest = false;
            // After the answers to earlier pipelined requests, like any response.
            Pending interim;
            interim.ready = true;
            interim.bytes = QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n");
            m_pending.append(std::move(interim));
            writeReady();
        } else if (event.kind == Kind::Error) {
            m_processing = false;
            return fail(event.status, event.message, event.request);
        } else if (m_socket->bytesAvailable() > 0) {
            m_parser.append(m_socket->readAll());
            m_idleTimer.start(m_server->idleTimeout(), this);
        } else {
            break;
        }
    }
    m_processing = false;
    if (m_closing || m_stopReading)
        return;
    if (m_parser.inHeaderSection()) {
        if (!m_headerTimer.isActive() && m_server->headerTimeout() > 0)
            m_headerTimer.start(m_server->headerTimeout(), this);
    } else if (!m_awaitingFirstRequest) {
        m_headerTimer.stop();
    }
    if (m_closeWhenIdle && !isBusy())
        closeConnection();
}

void HttpConnection::dispatchRequest(HttpRequest request, bool keepAlive)
{
    Pending pending;
    pending.sequence = ++m_lastSequence;
    pending.keepAlive = keepAlive && !m_closeWhenIdle;
    pending.headRequest = request.method == "HEAD";
    if (!pending.keepAlive) {
        m_closeAfterPending = true;
        m_stopReading = true; // what follows a "Connection: close" request is not read
    }
    const quint64 sequence = pending.sequence;
    m_pending.append(std::move(pending));
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
    const bool wasPaused = isPaused();
    while (!m_pending.isEmpty() && m_pending.constFirst().ready) {
        const Pending pending = m_pending.takeFirst();
        if (pending.stream.stream)
            return startStream(pending.stream);
        m_socket->write(pending.bytes);
    }
    if (m_pending.isEmpty() && (m_closeAfterPending || (m_closeWhenIdle && !isBusy())))
        return closeConnection();
    if (wasPaused && !isPaused() && !m_processing)
        processInput();
}

void HttpConnection::fail(int status, const QString &message, const HttpRequest &request)
{
    if (m_stopReading) // already failed and waiting for earlier answers: give up on them
        return closeConnection();
    // Answers to earlier pipelined requests go out first, in order; then this one, and the connection closes.
    Pending error;
    error.keepAlive = false;
    error.ready = true;
    error.bytes = serialize(m_server->renderError(status, message, request), false, request.method == "HEAD");
    m_pending.append(std::move(error));
    m_closeAfterPending = true;
    m_stopReading = true;
    m_headerTimer.stop();
    writeReady();
}

void HttpConnection::appendStatusAndHeaders(QByteArray &out, const HttpResponse &response)
{
    out += QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(response.status) + ' ' +
           HttpResponse::reasonPhrase(response.status) + QByteArrayLiteral("\r\n");
    for (const auto &[name, value] : response.headers)
        out += name + QByteArrayLiteral(": ") + value + QByteArrayLiteral("\r\n");
    // Every answer: a browser must never guess a type other than the one we name.
    out += QByteArrayLiteral("X-Content-Type-Options: nosniff\r\n");
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
    m_headerTimer.stop();
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
