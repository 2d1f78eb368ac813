#pragma once

#include "common/HttpRequest.h"

#include <QByteArray>
#include <QString>

namespace scim {

// The HTTP/1.1 request parser without a socket: bytes go in as they arrive (pipelined requests back to back, split
// anywhere), events come out one at a time. HttpConnection feeds it from its socket; a test or the fuzz target feeds
// it directly (tests/fuzz/fuzz_http_parser.cpp), so what is tested and fuzzed is what the server runs. Strict (RFC
// 9112, RFC 9110 §5): a message whose framing or header section could be read two ways is an error, never a guess.
class HttpRequestParser
{
public:
    struct Event
    {
        enum class Kind
        {
            NeedMoreData, // nothing more to report until more bytes are appended
            Continue,     // the client expects "100 Continue" before it sends the body
            Request,      // a complete request
            Error         // a protocol error: answer `status` and close; the parser accepts nothing more
        };

        Kind kind = Kind::NeedMoreData;
        // Request: the complete request. Error: what was parsed of it (the error's dialect depends on its path).
        HttpRequest request;
        bool keepAlive = true; // Request: the client keeps the connection open after the answer
        int status = 0;        // Error
        QString message;       // Error
    };

    static constexpr qsizetype kMaxRequestLine = 16 * 1024;
    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    static constexpr int kMaxHeaderFields = 128;

    // A fuzz target passes small limits, so that short inputs reach them.
    explicit HttpRequestParser(qint64 maxBodySize, qsizetype maxRequestLine = kMaxRequestLine,
                               qsizetype maxHeaderBytes = kMaxHeaderBytes);

    // Stamped on every request (the server knows them, the bytes do not).
    void setPeer(const QHostAddress &peer) { m_request.peer = peer; }
    void setListener(HttpRequest::Listener listener) { m_request.listener = listener; }

    void append(const QByteArray &bytes);
    Event next();

    // True when no part of a request has been received.
    bool isIdle() const { return m_state == State::RequestLine && m_pos == m_buffer.size(); }
    // True from the first byte of a request until its header section is complete (the slowloris deadline).
    bool inHeaderSection() const;
    // Bytes received but not parsed yet.
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }
    // The request being received (for the answer to a timeout).
    const HttpRequest &partialRequest() const { return m_request; }
    // Forgets the bytes not parsed yet: after a streamed response what the client sends is not a request.
    void discardBuffered();

private:
    enum class State
    {
        RequestLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        ChunkTrailer,
        Failed
    };

    // The next line (without its line ending) if a whole one is buffered; false, and *tooLong when no line ends within
    // `limit` bytes.
    bool takeLine(qsizetype limit, QByteArray *line, bool *tooLong);
    bool parseRequestLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line, bool trailer);
    // Decides how the body is framed; false after an error. Sets `continueExpected` for Expect: 100-continue.
    bool headersComplete(bool &continueExpected);
    Event completeRequest();
    Event fail(int status, const QString &message);
    void compact();

    const qint64 m_maxBodySize;
    const qsizetype m_maxRequestLine;
    const qsizetype m_maxHeaderBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0; // bytes before this offset are parsed
    State m_state = State::RequestLine;
    HttpRequest m_request;
    Event m_error;
    bool m_http10 = false;
    bool m_keepAlive = true;
    qint64 m_contentLength = 0;
    qint64 m_chunkRemaining = 0;
    qsizetype m_headerBytes = 0;
    int m_headerFields = 0;
    int m_hostFields = 0;
};

} // namespace scim
