#include "http/HttpRequestParser.h"

namespace scim {

namespace {
QString decodeComponent(const QByteArray &encoded, bool plusIsSpace)
{
    QByteArray bytes = encoded;
    if (plusIsSpace)
        bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}
} // namespace

HttpRequestParser::HttpRequestParser(qint64 maxBodySize, qsizetype maxRequestLine, qsizetype maxHeaderBytes)
    : m_maxBodySize(maxBodySize)
    , m_maxRequestLine(maxRequestLine)
    , m_maxHeaderBytes(maxHeaderBytes)
{}

void HttpRequestParser::append(const QByteArray &bytes)
{
    if (m_state != State::Failed)
        m_buffer.append(bytes);
}

HttpRequestParser::Event HttpRequestParser::next()
{
    for (;;) {
        switch (m_state) {
        case State::Failed:
            return {};
        case State::RequestLine:
        case State::Headers: {
            const qsizetype eol = m_buffer.indexOf('\n');
            const qsizetype length = lineLength(eol);
            if (m_state == State::RequestLine && length > m_maxRequestLine)
                return fail(431, QStringLiteral("Request line too long"));
            if (m_state == State::Headers && m_headerBytes + length > m_maxHeaderBytes)
                return fail(431, QStringLiteral("Request headers too large"));
            if (eol < 0)
                return {};
            QByteArray line = m_buffer.left(eol);
            m_buffer.remove(0, eol + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            if (m_state == State::RequestLine) {
                if (line.isEmpty())
                    continue; // tolerate stray CRLF between pipelined requests (RFC 9112 §2.2)
                if (!parseRequestLine(line))
                    return m_error;
                m_state = State::Headers;
            } else if (line.isEmpty()) {
                bool continueExpected = false;
                if (!headersComplete(continueExpected))
                    return m_error;
                if (continueExpected) {
                    Event event;
                    event.kind = Event::Kind::Continue;
                    return event;
                }
            } else {
                m_headerBytes += line.size();
                if (!parseHeaderLine(line))
                    return m_error;
            }
            break;
        }
        case State::Body:
            if (m_buffer.size() < m_contentLength)
                return {};
            m_request.body = m_buffer.left(m_contentLength);
            m_buffer.remove(0, m_contentLength);
            return completeRequest();
        case State::ChunkSize: {
            const qsizetype eol = m_buffer.indexOf('\n');
            // Without a limit, a chunk header that never ends (chunk extensions) would grow the buffer for ever.
            if (lineLength(eol) > m_maxRequestLine)
                return fail(413, QStringLiteral("Chunk header exceeds %1 bytes").arg(m_maxRequestLine));
            if (eol < 0)
                return {};
            QByteArray line = m_buffer.left(eol).trimmed();
            m_buffer.remove(0, eol + 1);
            const qsizetype ext = line.indexOf(';');
            if (ext >= 0)
                line.truncate(ext);
            bool ok = false;
            const qint64 size = line.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return fail(400, QStringLiteral("Malformed chunk size"));
            if (size > m_maxBodySize - m_request.body.size()) // not body + size: that overflows for huge sizes
                return fail(413, QStringLiteral("Request body exceeds %1 bytes").arg(m_maxBodySize));
            m_chunkRemaining = size;
            m_state = size == 0 ? State::ChunkTrailer : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            // The data must end with CRLF (or a bare LF, as any line may): anything else means the chunk size lied,
            // and reading on would take body bytes for the next request.
            if (m_buffer.size() < m_chunkRemaining + 1)
                return {};
            qsizetype lineEnd = 1;
            if (m_buffer.at(m_chunkRemaining) == '\r') {
                if (m_buffer.size() < m_chunkRemaining + 2)
                    return {};
                lineEnd = 2;
                if (m_buffer.at(m_chunkRemaining + 1) != '\n')
                    return fail(400, QStringLiteral("Chunk data is not followed by a line end"));
            } else if (m_buffer.at(m_chunkRemaining) != '\n') {
                return fail(400, QStringLiteral("Chunk data is not followed by a line end"));
            }
            m_request.body.append(m_buffer.constData(), m_chunkRemaining);
            m_buffer.remove(0, m_chunkRemaining + lineEnd);
            m_state = State::ChunkSize;
            break;
        }
        case State::ChunkTrailer: {
            const qsizetype eol = m_buffer.indexOf('\n');
            // Trailer fields are fields: they count towards the header limit.
            const qsizetype length = lineLength(eol);
            if (m_headerBytes + length > m_maxHeaderBytes)
                return fail(431, QStringLiteral("Request headers too large"));
            if (eol < 0)
                return {};
            const QByteArray line = m_buffer.left(eol).trimmed();
            m_buffer.remove(0, eol + 1);
            m_headerBytes += length;
            if (line.isEmpty())
                return completeRequest();
            break;
        }
        }
    }
}

qsizetype HttpRequestParser::lineLength(qsizetype eol) const
{
    // Limits count a line without its line end, whether all of it has arrived or not, so that a line is refused at
    // the same length however the client's bytes were split into reads (a trailing CR may be half of a CRLF).
    if (eol < 0)
        return m_buffer.size() - (m_buffer.endsWith('\r') ? 1 : 0);
    return eol - (eol > 0 && m_buffer.at(eol - 1) == '\r' ? 1 : 0);
}

bool HttpRequestParser::parseRequestLine(const QByteArray &line)
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
    QByteArray target = parts.at(1);
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

bool HttpRequestParser::parseHeaderLine(const QByteArray &line)
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

bool HttpRequestParser::headersComplete(bool &continueExpected)
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
        if (m_contentLength > m_maxBodySize) {
            fail(413, QStringLiteral("Request body exceeds %1 bytes").arg(m_maxBodySize));
            return false;
        }
        m_state = State::Body;
    } else {
        m_contentLength = 0;
        m_state = State::Body;
    }
    continueExpected = (m_state != State::Body || m_contentLength > 0) &&
                       m_request.header("expect").toLower() == "100-continue" && !m_http10;
    return true;
}

HttpRequestParser::Event HttpRequestParser::completeRequest()
{
    Event event;
    event.kind = Event::Kind::Request;
    event.request = std::move(m_request);
    event.keepAlive = m_keepAlive;
    m_request = HttpRequest();
    m_state = State::RequestLine;
    m_contentLength = 0;
    m_chunkRemaining = 0;
    m_headerBytes = 0;
    m_keepAlive = true;
    return event;
}

HttpRequestParser::Event HttpRequestParser::fail(int status, const QString &message)
{
    m_error.kind = Event::Kind::Error;
    m_error.request = m_request;
    m_error.keepAlive = false;
    m_error.status = status;
    m_error.message = message;
    m_state = State::Failed;
    m_buffer.clear();
    return m_error;
}

} // namespace scim
