#include "http/HttpRequestParser.h"

#include <QList>

#include <limits>

namespace scim {

namespace {

QString decodeComponent(const QByteArray &encoded, bool plusIsSpace)
{
    QByteArray bytes = encoded;
    if (plusIsSpace)
        bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

// RFC 9110 §5.6.2: tchar.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return false;
    for (const char c : bytes) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t';
}

// Optional whitespace (SP / HTAB only, unlike QByteArray::trimmed) removed from both ends.
QByteArray trimmedOws(const QByteArray &bytes)
{
    qsizetype begin = 0;
    qsizetype end = bytes.size();
    while (begin < end && isWhitespace(bytes.at(begin)))
        ++begin;
    while (end > begin && isWhitespace(bytes.at(end - 1)))
        --end;
    return begin == 0 && end == bytes.size() ? bytes : bytes.mid(begin, end - begin);
}

// The elements of a comma-separated list field (RFC 9110 §5.6.1), empty elements dropped.
QList<QByteArray> listElements(const QList<QByteArray> &values)
{
    QList<QByteArray> elements;
    for (const QByteArray &value : values) {
        for (const QByteArray &element : value.split(',')) {
            QByteArray trimmed = trimmedOws(element);
            if (!trimmed.isEmpty())
                elements.append(std::move(trimmed));
        }
    }
    return elements;
}

bool isDigits(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return false;
    for (const char c : bytes) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool isHexDigits(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return false;
    for (const char c : bytes) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

// uri-host [ ":" port ] (RFC 9110 §7.2), checked by character class: reg-name, IPv4 or an IP-literal in brackets.
bool isValidHost(const QByteArray &host)
{
    for (const char c : host) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                             QByteArrayView("-._~!$&'()*+,;=%:[]").contains(c);
        if (!allowed)
            return false;
    }
    return true;
}

} // namespace

HttpRequestParser::HttpRequestParser(qint64 maxBodySize, qsizetype maxRequestLine, qsizetype maxHeaderBytes)
    : m_maxBodySize(maxBodySize)
    , m_maxRequestLine(maxRequestLine)
    , m_maxHeaderBytes(maxHeaderBytes)
{}

void HttpRequestParser::append(const QByteArray &bytes)
{
    if (m_state == State::Failed)
        return;
    if (m_pos == m_buffer.size()) {
        m_buffer = bytes; // the common case: everything before was consumed; no copy
        m_pos = 0;
    } else {
        m_buffer.append(bytes);
    }
}

void HttpRequestParser::discardBuffered()
{
    m_buffer.clear();
    m_pos = 0;
}

bool HttpRequestParser::inHeaderSection() const
{
    return m_state == State::Headers || (m_state == State::RequestLine && m_pos < m_buffer.size());
}

void HttpRequestParser::compact()
{
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    } else if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

bool HttpRequestParser::takeLine(qsizetype limit, QByteArray *line, bool *tooLong)
{
    // A limit counts the line without its line end, whether all of it has arrived or not, so that a line is refused
    // at the same length however the client's bytes were split (a trailing CR may be half of a CRLF).
    *tooLong = false;
    const qsizetype eol = m_buffer.indexOf('\n', m_pos);
    if (eol < 0) {
        *tooLong = m_buffer.size() - m_pos - (m_buffer.endsWith('\r') ? 1 : 0) > limit;
        return false;
    }
    qsizetype end = eol;
    if (end > m_pos && m_buffer.at(end - 1) == '\r')
        --end;
    if (end - m_pos > limit) {
        *tooLong = true;
        return false;
    }
    *line = m_buffer.mid(m_pos, end - m_pos);
    m_pos = eol + 1;
    return true;
}

HttpRequestParser::Event HttpRequestParser::next()
{
    bool tooLong = false;
    QByteArray line;
    while (true) {
        switch (m_state) {
        case State::Failed:
            return Event();
        case State::RequestLine:
            if (!takeLine(m_maxRequestLine, &line, &tooLong)) {
                compact();
                return tooLong ? fail(431, QStringLiteral("Request line too long")) : Event();
            }
            if (line.isEmpty())
                continue; // stray CRLF between pipelined requests (RFC 9112 §2.2)
            if (!parseRequestLine(line))
                return m_error;
            m_state = State::Headers;
            break;
        case State::Headers:
            if (!takeLine(m_maxHeaderBytes - m_headerBytes, &line, &tooLong)) {
                compact();
                return tooLong ? fail(431, QStringLiteral("Request headers too large")) : Event();
            }
            if (line.isEmpty()) {
                bool continueExpected = false;
                if (!headersComplete(continueExpected))
                    return m_error;
                if (continueExpected) {
                    Event event;
                    event.kind = Event::Kind::Continue;
                    return event;
                }
                break;
            }
            m_headerBytes += line.size();
            if (++m_headerFields > kMaxHeaderFields)
                return fail(431, QStringLiteral("More than %1 header fields").arg(kMaxHeaderFields));
            if (!parseHeaderLine(line, false))
                return m_error;
            break;
        case State::Body:
            if (m_buffer.size() - m_pos < m_contentLength) {
                compact();
                return Event();
            }
            m_request.body = m_buffer.mid(m_pos, m_contentLength);
            m_pos += m_contentLength;
            return completeRequest();
        case State::ChunkSize: {
            // Without a limit, a chunk header that never ends (chunk extensions) would grow the buffer for ever.
            if (!takeLine(m_maxRequestLine, &line, &tooLong)) {
                compact();
                return tooLong ? fail(413, QStringLiteral("Chunk header exceeds %1 bytes").arg(m_maxRequestLine))
                               : Event();
            }
            const qsizetype extension = line.indexOf(';');
            const QByteArray digits = trimmedOws(extension < 0 ? line : line.left(extension));
            if (!isHexDigits(digits))
                return fail(400, QStringLiteral("Malformed chunk size"));
            // More than 15 hex digits is more than any body limit (and could overflow qint64): too large.
            const qint64 size =
                digits.size() > 15 ? std::numeric_limits<qint64>::max() : digits.toLongLong(nullptr, 16);
            if (size > m_maxBodySize - m_request.body.size()) // not body + size: that could overflow
                return fail(413, QStringLiteral("Request body exceeds %1 bytes").arg(m_maxBodySize));
            m_chunkRemaining = size;
            m_state = size == 0 ? State::ChunkTrailer : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qsizetype available = qMin<qint64>(m_buffer.size() - m_pos, m_chunkRemaining);
            if (available == 0)
                return Event();
            m_request.body.append(m_buffer.constData() + m_pos, available);
            m_pos += available;
            m_chunkRemaining -= available;
            if (m_chunkRemaining > 0) {
                compact();
                return Event();
            }
            m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd: {
            // The data must end with CRLF (or a bare LF, as any line may): anything else means the chunk size lied,
            // and reading on would take body bytes for the next request.
            const qsizetype available = m_buffer.size() - m_pos;
            if (available == 0)
                return Event();
            const char first = m_buffer.at(m_pos);
            if (first == '\r' && available < 2)
                return Event();
            if (first == '\n') {
                m_pos += 1;
            } else if (first == '\r' && m_buffer.at(m_pos + 1) == '\n') {
                m_pos += 2;
            } else {
                return fail(400, QStringLiteral("Chunk data is not followed by a line end"));
            }
            m_state = State::ChunkSize;
            break;
        }
        case State::ChunkTrailer:
            if (!takeLine(m_maxHeaderBytes - m_headerBytes, &line, &tooLong)) {
                compact();
                return tooLong ? fail(431, QStringLiteral("Request headers too large")) : Event();
            }
            if (line.isEmpty())
                return completeRequest();
            // Trailer fields are checked like header fields, then ignored.
            m_headerBytes += line.size();
            if (++m_headerFields > kMaxHeaderFields)
                return fail(431, QStringLiteral("More than %1 header fields").arg(kMaxHeaderFields));
            if (!parseHeaderLine(line, true))
                return m_error;
            break;
        }
    }
}

bool HttpRequestParser::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty()) {
        fail(400, QStringLiteral("Malformed request line"));
        return false;
    }
    const QByteArray &version = parts.at(2);
    if (!version.startsWith("HTTP/") || version.size() != 8) {
        fail(400, QStringLiteral("Malformed request line"));
        return false;
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        fail(505, QStringLiteral("Only HTTP/1.0 and HTTP/1.1 are supported"));
        return false;
    }
    m_http10 = version == "HTTP/1.0";
    m_keepAlive = !m_http10;
    m_request.method = parts.at(0).toUpper();
    QByteArray target = parts.at(1);
    for (const char c : std::as_const(target)) {
        if (uchar(c) <= 0x20 || uchar(c) == 0x7f) {
            fail(400, QStringLiteral("Malformed request target"));
            return false;
        }
    }
    if (target.startsWith("http://") || target.startsWith("https://")) {
        // absolute-form: keep only path and query
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArrayLiteral("/") : target.mid(slash);
    } else if (target != "*" && !target.startsWith('/')) {
        fail(400, QStringLiteral("Malformed request target"));
        return false;
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

bool HttpRequestParser::parseHeaderLine(const QByteArray &line, bool trailer)
{
    if (isWhitespace(line.front())) {
        fail(400, QStringLiteral("Obsolete header line folding is not accepted"));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        fail(400, QStringLiteral("Malformed header line"));
        return false;
    }
    const QByteArray name = line.left(colon);
    if (!isToken(name)) {
        // RFC 9112 §5.1: no whitespace between the field name and the colon; such a request is a 400.
        if (isWhitespace(name.back()))
            fail(400, QStringLiteral("Whitespace between a header field name and its colon"));
        else
            fail(400, QStringLiteral("Malformed header field name"));
        return false;
    }
    QByteArray value = trimmedOws(line.mid(colon + 1));
    for (const char c : std::as_const(value)) {
        const uchar byte = uchar(c);
        if (byte >= 0x20 && byte != 0x7f)
            continue;
        if (byte == '\t')
            continue;
        // RFC 9110 §5.5: CR, LF and NUL in a field value are invalid and dangerous.
        if (byte == 0)
            fail(400, QStringLiteral("NUL in a header field value"));
        else if (byte == '\r')
            fail(400, QStringLiteral("CR in a header field value"));
        else
            fail(400, QStringLiteral("Control character in a header field value"));
        return false;
    }
    if (trailer)
        return true;
    QByteArray lowerName = name.toLower();
    if (lowerName == "host")
        ++m_hostFields;
    m_request.headers.append({std::move(lowerName), std::move(value)});
    return true;
}

bool HttpRequestParser::headersComplete(bool &continueExpected)
{
    const auto refuse = [this](int status, const QString &message) {
        fail(status, message);
        return false;
    };
    QList<QByteArray> connection;
    QList<QByteArray> transferEncoding;
    QList<QByteArray> contentLength;
    QByteArray host;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name == "connection")
            connection.append(value);
        else if (name == "transfer-encoding")
            transferEncoding.append(value);
        else if (name == "content-length")
            contentLength.append(value);
        else if (name == "host")
            host = value;
    }

    // RFC 9112 §3.2: exactly one Host in HTTP/1.1, at most one in HTTP/1.0, and a valid one.
    if (m_hostFields > 1)
        return refuse(400, QStringLiteral("More than one Host header"));
    if (m_hostFields == 0 && !m_http10)
        return refuse(400, QStringLiteral("HTTP/1.1 request without a Host header"));
    if (!isValidHost(host))
        return refuse(400, QStringLiteral("Invalid Host header"));

    for (const QByteArray &option : listElements(connection)) {
        const QByteArray lower = option.toLower();
        if (lower == "close")
            m_keepAlive = false;
        else if (lower == "keep-alive")
            m_keepAlive = true;
    }

    const QList<QByteArray> codings = listElements(transferEncoding);
    if (!transferEncoding.isEmpty()) {
        // RFC 9112 §6.1 and §6.3: only chunked is understood; it must come last and once; HTTP/1.0 has no
        // transfer codings; together with Content-Length it is a smuggling attempt.
        for (const QByteArray &coding : codings) {
            if (coding.toLower() != "chunked")
                return refuse(501, QStringLiteral("Unsupported transfer encoding"));
        }
        if (codings.size() != 1)
            return refuse(400, QStringLiteral("Malformed Transfer-Encoding"));
        if (m_http10)
            return refuse(400, QStringLiteral("Transfer-Encoding in an HTTP/1.0 request"));
        if (!contentLength.isEmpty())
            return refuse(400, QStringLiteral("Content-Length and Transfer-Encoding together"));
        m_state = State::ChunkSize;
    } else if (!contentLength.isEmpty()) {
        // Several values (in one field or several) are accepted only when they are all the same (RFC 9110 §8.6).
        qint64 agreed = -1;
        for (const QByteArray &element : listElements(contentLength)) {
            bool ok = false;
            const qint64 value = isDigits(element) ? element.toLongLong(&ok) : -1;
            if (!ok) // not digits, or more than qint64 holds
                return refuse(400, QStringLiteral("Malformed Content-Length"));
            if (agreed >= 0 && value != agreed)
                return refuse(400, QStringLiteral("Conflicting Content-Length values"));
            agreed = value;
        }
        if (agreed < 0)
            return refuse(400, QStringLiteral("Malformed Content-Length"));
        m_contentLength = agreed;
        if (m_contentLength > m_maxBodySize)
            return refuse(413, QStringLiteral("Request body exceeds %1 bytes").arg(m_maxBodySize));
        m_state = State::Body;
    } else {
        m_contentLength = 0;
        m_state = State::Body;
    }
    continueExpected = (m_state != State::Body || m_contentLength > 0) && !m_http10 &&
                       m_request.header("expect").toLower() == "100-continue";
    return true;
}

HttpRequestParser::Event HttpRequestParser::completeRequest()
{
    Event event;
    event.kind = Event::Kind::Request;
    event.request = std::move(m_request);
    event.keepAlive = m_keepAlive;
    m_request = HttpRequest();
    m_request.peer = event.request.peer;
    m_request.listener = event.request.listener;
    m_state = State::RequestLine;
    m_contentLength = 0;
    m_chunkRemaining = 0;
    m_headerBytes = 0;
    m_headerFields = 0;
    m_hostFields = 0;
    m_keepAlive = true;
    m_http10 = false;
    compact();
    return event;
}

HttpRequestParser::Event HttpRequestParser::fail(int status, const QString &message)
{
    m_state = State::Failed;
    m_error.kind = Event::Kind::Error;
    m_error.request = m_request;
    m_error.keepAlive = false;
    m_error.status = status;
    m_error.message = message;
    m_buffer.clear();
    m_pos = 0;
    return m_error;
}

} // namespace scim
