#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "http/HttpRequestParser.h"

#include <QBasicTimer>
#include <QList>
#include <QObject>

class QTcpSocket;

namespace scim {

class HttpServer;
class HttpStream;

// One client connection: parses requests from the byte stream (HttpRequestParser) and writes responses in request
// order, each when its handler has answered (an answer that is not ready holds back those after it).
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket *socket, HttpServer *server);
    ~HttpConnection() override;

    // True while part of a request has been received but not yet answered.
    bool isBusy() const { return !m_stream && (!m_parser.isIdle() || !m_pending.isEmpty()); }
    // Close after the current request (if any) has been answered.
    void closeWhenIdle();
    // The answer to request `sequence` (see HttpResponder).
    void respond(quint64 sequence, const HttpResponse &response);

Q_SIGNALS:
    void finished(scim::HttpConnection *connection);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void onReadyRead();
    void processBuffer();
    void completeRequest(HttpRequest request, bool keepAlive);
    void fail(int status, const QString &message, const HttpRequest &request);
    // Writes the answers that are ready, in order, up to the first that is not.
    void writeReady();
    static QByteArray serialize(const HttpResponse &response, bool keepAlive, bool headRequest);
    static void appendStatusAndHeaders(QByteArray &out, const HttpResponse &response);
    void closeConnection();
    void startStream(const HttpResponse &response);

    QTcpSocket *m_socket;
    HttpStream *m_stream = nullptr;
    HttpServer *m_server;
    HttpRequestParser m_parser;
    QHostAddress m_peer;
    bool m_closing = false;
    bool m_finished = false;
    bool m_closeWhenIdle = false;
    QBasicTimer m_idleTimer;
    // An answer in the output queue: a request's response (ready once answered), or a 100 Continue or a protocol
    // error, ready at once but written only after the answers before it.
    struct Pending
    {
        quint64 sequence = 0; // 0: not a request's answer
        bool keepAlive = true;
        bool headRequest = false;
        bool ready = false;
        QByteArray bytes;
        HttpResponse stream; // a streamed response: the connection becomes the stream when it is written
    };
    QList<Pending> m_pending;
    quint64 m_lastSequence = 0;
    bool m_closeAfterPending = false;
    bool m_stopReading = false; // after a protocol error or a streamed response: later bytes are not requests
};

} // namespace scim
