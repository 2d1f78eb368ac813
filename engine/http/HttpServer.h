#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QTcpServer;

namespace scim {

class HttpConnection;

// A small HTTP/1.1 server on QTcpServer: keep-alive, pipelining, chunked request bodies, 100-continue and
// a request size limit enforced from the headers, before the body is buffered. Requests are handed to a
// transport-free handler; the server knows nothing about SCIM.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    // Renders a protocol-level error (400, 408, 413, 431, …) in the dialect the request path expects.
    using ErrorRenderer = std::function<HttpResponse(int status, const QString &message, const HttpRequest &)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    void setErrorRenderer(ErrorRenderer renderer) { m_errorRenderer = std::move(renderer); }
    // Group commit: `begin` runs before the first request of a batch, `commit` after the last. Responses are
    // held until `commit` returned true; when it returns false, every held response becomes a 503.
    void setBatchHooks(std::function<void()> begin, std::function<bool()> commit)
    {
        m_beginBatch = std::move(begin);
        m_commitBatch = std::move(commit);
    }
    void setMaxBodySize(qint64 bytes) { m_maxBodySize = bytes; }
    qint64 maxBodySize() const { return m_maxBodySize; }
    void setIdleTimeout(int milliseconds) { m_idleTimeoutMs = milliseconds; }
    int idleTimeout() const { return m_idleTimeoutMs; }

    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const { return m_errorString; }
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    bool isListening() const;

    // Stops accepting connections, closes idle ones and lets in-flight requests finish (at most
    // `graceMilliseconds`), then emits shutdownComplete().
    void shutdown(int graceMilliseconds = 10000);

    // Used by HttpConnection.
    HttpResponse dispatch(const HttpRequest &request);
    // The connection holds a response until the batch it belongs to is committed.
    void holdForCommit(HttpConnection *connection);
    // Commits the open batch (if any) and releases what it held.
    void commitPendingBatch() { commitBatch(); }
    HttpResponse renderError(int status, const QString &message, const HttpRequest &request) const;

Q_SIGNALS:
    void shutdownComplete();

private:
    void acceptConnections();
    void connectionFinished(HttpConnection *connection);
    void checkShutdownComplete();
    void commitBatch();

    Handler m_handler;
    ErrorRenderer m_errorRenderer;
    QTcpServer *m_tcpServer = nullptr;
    QSet<HttpConnection *> m_connections;
    QString m_errorString;
    qint64 m_maxBodySize = 1024 * 1024;
    int m_idleTimeoutMs = 120000;
    std::function<void()> m_beginBatch;
    std::function<bool()> m_commitBatch;
    bool m_batchOpen = false;
    int m_batchSize = 0;
    QList<QPointer<HttpConnection>> m_held;
    bool m_shuttingDown = false;
    bool m_shutdownSignalled = false;
};

} // namespace scim
