#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"

#include <QBasicTimer>
#include <QObject>

class QTcpSocket;

namespace scim {

class HttpServer;
class HttpStream;

// One client connection: parses requests from the byte stream and writes responses in order.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket *socket, HttpServer *server);
    ~HttpConnection() override;

    // True while part of a request has been received but not yet answered.
    bool isBusy() const
    {
        return !m_stream && (!m_buffer.isEmpty() || m_state != State::RequestLine || !m_held.isEmpty());
    }
    // Close after the current request (if any) has been answered.
    void closeWhenIdle();
    // Writes the responses held for the batch commit; after a failed commit they are replaced by 503s.
    void releaseHeld(bool committed);

Q_SIGNALS:
    void finished(scim::HttpConnection *connection);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    enum class State
    {
        RequestLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkTrailer
    };

    void onReadyRead();
    void processBuffer();
    bool parseRequestLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    bool headersComplete();
    void completeRequest();
    void fail(int status, const QString &message);
    void send(const HttpResponse &response, bool keepAlive);
    static QByteArray serialize(const HttpResponse &response, bool keepAlive, bool headRequest);
    static void appendStatusAndHeaders(QByteArray &out, const HttpResponse &response);
    void resetRequest();
    void closeConnection();
    void startStream(const HttpResponse &response);

    QTcpSocket *m_socket;
    HttpStream *m_stream = nullptr;
    HttpServer *m_server;
    QByteArray m_buffer;
    State m_state = State::RequestLine;
    HttpRequest m_request;
    QByteArray m_rawTarget;
    bool m_http10 = false;
    bool m_keepAlive = true;
    qint64 m_contentLength = 0;
    qint64 m_chunkRemaining = 0;
    qsizetype m_headerBytes = 0;
    bool m_closing = false;
    bool m_finished = false;
    bool m_closeWhenIdle = false;
    QBasicTimer m_idleTimer;
    struct Held
    {
        QByteArray bytes;
        bool keepAlive = true;
        bool headRequest = false;
        QString path; // to render a 503 in the right dialect if the commit fails
    };
    QList<Held> m_held;
    bool m_closeAfterHeld = false;
};

} // namespace scim
