#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "common/Limits.h"
#include "http/HttpResponder.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>

#include <functional>

class QTcpServer;

namespace scim {

class HttpConnection;

// A small HTTP/1.1 server on QTcpServer: keep-alive, pipelining, chunked request bodies, 100-continue and
// a request size limit enforced from the headers, before the body is buffered. Requests are handed to a
// transport-free handler that answers now or later; the server knows nothing about SCIM or transactions.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    // Answers through the responder, at once or later; each connection writes answers in request order.
    using AsyncHandler = std::function<void(const HttpRequest &, const HttpResponder &)>;
    // Answers at once.
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    // Renders a protocol-level error (400, 408, 413, 431, …) in the dialect the request path expects.
    using ErrorRenderer = std::function<HttpResponse(int status, const QString &message, const HttpRequest &)>;

    explicit HttpServer(AsyncHandler handler, QObject *parent = nullptr);
    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    void setErrorRenderer(ErrorRenderer renderer) { m_errorRenderer = std::move(renderer); }
    void setMaxBodySize(qint64 bytes) { m_maxBodySize = bytes; }
    qint64 maxBodySize() const { return m_maxBodySize; }
    void setIdleTimeout(int milliseconds) { m_idleTimeoutMs = milliseconds; }
    int idleTimeout() const { return m_idleTimeoutMs; }

    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const { return m_errorString; }
    quint16 serverPort() const;
    bool isListening() const;

    // Stops accepting connections, closes idle ones and lets in-flight requests finish (at most
    // `graceMilliseconds`), then emits shutdownComplete().
    void shutdown(int graceMilliseconds = 10000);

    // Used by HttpConnection.
    void dispatch(const HttpRequest &request, const HttpResponder &responder) { m_handler(request, responder); }
    HttpResponse renderError(int status, const QString &message, const HttpRequest &request) const;

Q_SIGNALS:
    void shutdownComplete();

private:
    void acceptConnections();
    void connectionFinished(HttpConnection *connection);
    void checkShutdownComplete();

    AsyncHandler m_handler;
    ErrorRenderer m_errorRenderer;
    QTcpServer *m_tcpServer = nullptr;
    QSet<HttpConnection *> m_connections;
    QString m_errorString;
    qint64 m_maxBodySize = Limits::kMaxRequestBodyBytes;
    int m_idleTimeoutMs = 120000;
    bool m_shuttingDown = false;
    bool m_shutdownSignalled = false;
};

} // namespace scim
