#pragma once

#include "common/HttpRequest.h"

#include <QByteArray>
#include <QString>

namespace scim {

// The HTTP/1.1 request parser without a socket: bytes go in as they arrive (pipelined requests back to back, split
// anywhere), events come out one at a time. HttpConnection feeds it from its socket; the fuzz target
// (tests/fuzz/http_parser) feeds it directly, so what is fuzzed is what the server runs.
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

    // The fuzz target passes small limits, so that short inputs reach them.
    explicit HttpRequestParser(qint64 maxBodySize, qsizetype maxRequestLine = kMaxRequestLine,
                               qsizetype maxHeaderBytes = kMaxHeaderBytes);

    void append(const QByteArray &bytes);
    Event next();

    // True when no part of a request has been received.
    bool isIdle() const { return m_buffer.isEmpty() && m_state == State::RequestLine; }
    // Bytes received but not parsed yet.
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    // The request being received (for the answer to a timeout).
    const HttpRequest &partialRequest() const { return m_request; }
    // Forgets the bytes not parsed yet: after a streamed response what the client sends is not a request.
    void discardBuffered() { m_buffer.clear(); }

private:
    enum class State
    {
        RequestLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkTrailer,
        Failed
    };

    // The length of the line ending at `eol` (the first LF in the buffer, or -1 while it has not arrived).
    qsizetype lineLength(qsizetype eol) const;
    bool parseRequestLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    // Decides how the body is framed; false after an error. Sets `continueExpected` for Expect: 100-continue.
    bool headersComplete(bool &continueExpected);
    Event completeRequest();
    Event fail(int status, const QString &message);

    const qint64 m_maxBodySize;
    const qsizetype m_maxRequestLine;
    const qsizetype m_maxHeaderBytes;
    QByteArray m_buffer;
    State m_state = State::RequestLine;
    HttpRequest m_request;
    Event m_error;
    bool m_http10 = false;
    bool m_keepAlive = true;
    qint64 m_contentLength = 0;
    qint64 m_chunkRemaining = 0;
    qsizetype m_headerBytes = 0;
};

} // namespace scim
