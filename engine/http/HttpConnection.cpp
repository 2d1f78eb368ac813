#include "http/HttpConnection.h"

#include "http/HttpServer.h"
#include "http/HttpStream.h"

#include <QTcpSocket>
#include <QTimerEvent>
#include <QUrl>
#include <QUrlQuery>

namespace scim {

namespace {
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxRequestLine = 16 * 1024;

QString decodeComponent(const QByteArray &encoded, bool plusIsSpace)
{
    QByteArray bytes = encoded;
    if (plusIsSpace)
        bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_request.peer = m_socket->peerAddress();
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
    m_buffer.clear();
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
        fail(408, QStringLiteral("Request not completed in time"));
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
    m_buffer.append(m_socket->readAll());
    m_idleTimer.start(m_server->idleTimeout(), this);
    processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_closing && !m_stopReading) {
        switch (m_state) {
        case State::RequestLine:
        case State::Headers: {
            const qsizetype eol = m_buffer.indexOf('\n');
            if (eol < 0) {
                if (m_state == State::RequestLine && m_buffer.size() > kMaxRequestLine)
                    return fail(431, QStringLiteral("Request line too long"));
                if (m_headerBytes + m_buffer.size() > kMaxHeaderBytes)
                    return fail(431, QStringLiteral("Request headers too large"));
                return;
            }
            QByteArray line = m_buffer.left(eol);
            m_buffer.remove(0, eol + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            if (m_state == State::RequestLine) {
                if (line.isEmpty())
                    continue; // tolerate stray CRLF between pipelined requests (RFC 9112 §2.2)
                if (!parseRequestLine(line))
                    return;
                m_state = State::Headers;
            } else if (line.isEmpty()) {
                if (!headersComplete())
                    return;
            } else {
                m_headerBytes += line.size();
                if (m_headerBytes > kMaxHeaderBytes)
                    return fail(431, QStringLiteral("Request headers too large"));
                if (!parseHeaderLine(line))
                    return;
            }
            break;
        }
        case State::Body:
            if (m_buffer.size() < m_contentLength)
                return;
            m_request.body = m_buffer.left(m_contentLength);
            m_buffer.remove(0, m_contentLength);
            completeRequest();
            break;
        case State::ChunkSize: {
            const qsizetype eol = m_buffer.indexOf('\n');
            if (eol < 0)
                return;
            QByteArray line = m_buffer.left(eol).trimmed();
            m_buffer.remove(0, eol + 1);
            const qsizetype ext = line.indexOf(';');
            if (ext >= 0)
                line.truncate(ext);
            bool ok = false;
            const qint64 size = line.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return fail(400, QStringLiteral("Malformed chunk size"));
            if (m_request.body.size() + size > m_server->maxBodySize())
                return fail(413, QStringLiteral("Request body exceeds %1 bytes").arg(m_server->maxBodySize()));
            m_chunkRemaining = size;
            m_state = size == 0 ? State::ChunkTrailer : State::ChunkData;
            break;
        }
        case State::ChunkData:
            if (m_buffer.size() < m_chunkRemaining + 2)
                return;
            m_request.body.append(m_buffer.constData(), m_chunkRemaining);
            m_buffer.remove(0, m_chunkRemaining + 2); // data + CRLF
            m_state = State::ChunkSize;
            break;
        case State::ChunkTrailer: {
            const qsizetype eol = m_buffer.indexOf('\n');
            if (eol < 0)
                return;
            const QByteArray line = m_buffer.left(eol).trimmed();
            m_buffer.remove(0, eol + 1);
            if (line.isEmpty())
                completeRequest();
            break;
        }
        }
    }
}

bool HttpConnection::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty()) {
        fail(400, QStringLiteral("Malformed request line"));
        return false;
    }
    const QByteArray &version = parts.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        fail(505, QStringLiteral("Only HTTP/1.0 and HTTP/1.1 are supported"));
        return false;
    }
    m_http10 = version == "HTTP/1.0";
    m_keepAlive = !m_http10;
    m_request.method = parts.at(0).toUpper();
    m_rawTarget = parts.at(1);
    QByteArray target = m_rawTarget;
    if (target.startsWith("http://") || target.startsWith("https://")) {
        // absolute-form: keep only path and query
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArrayLiteral("/") : target.mid(slash);
    }
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    m_request.path = decodeComponent(rawPath, false);
    m_request.query.clear();
    if (question >= 0) {
        const QList<QByteArray> items = target.mid(question + 1).split('&');
        for (const QByteArray &item : items) {
            if (item.isEmpty())
                continue;
            const qsizetype eq = item.indexOf('=');
            const QByteArray key = eq < 0 ? item : item.left(eq);
            const QByteArray value = eq < 0 ? QByteArray() : item.mid(eq + 1);
            m_request.query.append({decodeComponent(key, true), decodeComponent(value, true)});
        }
    }
    return true;
}

bool HttpConnection::parseHeaderLine(const QByteArray &line)
{
    if (line.front() == ' ' || line.front() == '\t') {
        fail(400, QStringLiteral("Obsolete header line folding is not accepted"));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        fail(400, QStringLiteral("Malformed header line"));
        return false;
    }
    m_request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    return true;
}

bool HttpConnection::headersComplete()
{
    const QByteArray connection = m_request.header("connection").toLower();
    if (connection.contains("close"))
        m_keepAlive = false;
    else if (connection.contains("keep-alive"))
        m_keepAlive = true;

    const QByteArray transferEncoding = m_request.header("transfer-encoding").toLower();
    const QByteArray contentLength = m_request.header("content-length");
    if (!transferEncoding.isEmpty()) {
        if (!transferEncoding.endsWith("chunked")) {
            fail(501, QStringLiteral("Unsupported transfer encoding"));
            return false;
        }
        m_state = State::ChunkSize;
    } else if (!contentLength.isEmpty()) {
        bool ok = false;
        m_contentLength = contentLength.toLongLong(&ok);
        if (!ok || m_contentLength < 0) {
            fail(400, QStringLiteral("Malformed Content-Length"));
            return false;
        }
        if (m_contentLength > m_server->maxBodySize()) {
            fail(413, QStringLiteral("Request body exceeds %1 bytes").arg(m_server->maxBodySize()));
            return false;
        }
        m_state = State::Body;
    } else {
        m_contentLength = 0;
        m_state = State::Body;
    }
    if (m_state != State::Body || m_contentLength > 0) {
        if (m_request.header("expect").toLower() == "100-continue" && !m_http10) {
            // After the answers to earlier pipelined requests, like any response.
            Pending interim;
            interim.ready = true;
            interim.bytes = QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n");
            m_pending.append(std::move(interim));
            writeReady();
        }
    }
    return true;
}

void HttpConnection::completeRequest()
{
    Pending pending;
    pending.sequence = ++m_lastSequence;
    pending.keepAlive = m_keepAlive && !m_closeWhenIdle;
    pending.headRequest = m_request.method == "HEAD";
    if (!pending.keepAlive)
        m_closeAfterPending = true;
    const quint64 sequence = pending.sequence;
    m_pending.append(std::move(pending));
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    m_request.peer = request.peer;
    resetRequest();
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
            m_buffer.clear();
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

void HttpConnection::fail(int status, const QString &message)
{
    if (m_stopReading) // already failed and waiting for earlier answers: give up on them
        return closeConnection();
    // Answers to earlier pipelined requests go out first, in order; then this one, and the connection closes.
    Pending error;
    error.keepAlive = false;
    error.ready = true;
    error.bytes = serialize(m_server->renderError(status, message, m_request), false, m_request.method == "HEAD");
    m_pending.append(std::move(error));
    m_closeAfterPending = true;
    m_stopReading = true;
    m_buffer.clear();
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

void HttpConnection::resetRequest()
{
    const QHostAddress peer = m_request.peer;
    m_request = HttpRequest();
    m_request.peer = peer;
    m_state = State::RequestLine;
    m_contentLength = 0;
    m_chunkRemaining = 0;
    m_headerBytes = 0;
    m_keepAlive = true;
    if (m_closeWhenIdle && m_buffer.isEmpty() && m_pending.isEmpty())
        closeConnection();
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
