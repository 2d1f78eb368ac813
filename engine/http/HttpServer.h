#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "common/Limits.h"
#include "http/HttpResponder.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>

#include <functional>

namespace scim {

class HttpConnection;
class HttpListener;

// A small HTTP/1.1 server: keep-alive, pipelining, chunked request bodies, 100-continue and a request size limit
// enforced from the headers, before the body is buffered. Optionally HTTPS only (TLS before any byte is parsed), with
// limits on connections in total and per client address, and a deadline for each request's header section.
// Requests are handed to a transport-free handler that answers now or later; the server knows nothing about SCIM or
// transactions.
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
    // The TLS handshake and the first request's header section, and each later request's header section from its
    // first byte, must arrive within this time (slowloris); 0: no deadline.
    void setHeaderTimeout(int milliseconds) { m_headerTimeoutMs = milliseconds; }
    int headerTimeout() const { return m_headerTimeoutMs; }
    // Connections open at once, in total and per client address (ClientAddress); 0: no limit. A connection over a
    // limit is closed as soon as it is accepted, before any TLS handshake.
    void setConnectionLimits(int total, int perAddress);
    // Stamped on every request from this server.
    void setListener(HttpRequest::Listener listener) { m_listener = listener; }
    HttpRequest::Listener listener() const { return m_listener; }

    // HTTPS only, with this configuration (certificate chain, key, protocols), for connections accepted from now on;
    // connections already open keep theirs. A null configuration: plain HTTP.
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool isTls() const { return !m_tls.isNull(); }

    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const { return m_errorString; }
    quint16 serverPort() const;
    bool isListening() const;
    int connectionCount() const { return int(m_connections.size()); }
    // Connections closed at once because of a limit, since the start.
    quint64 refusedConnections() const { return m_refused; }

    // Stops accepting connections, closes idle ones and lets in-flight requests finish (at most
    // `graceMilliseconds`), then emits shutdownComplete().
    void shutdown(int graceMilliseconds = 10000);

    // Used by HttpConnection.
    void dispatch(const HttpRequest &request, const HttpResponder &responder) { m_handler(request, responder); }
    HttpResponse renderError(int status, const QString &message, const HttpRequest &request) const;

Q_SIGNALS:
    void shutdownComplete();

private:
    void accept(qintptr descriptor);
    void connectionFinished(HttpConnection *connection);
    void checkShutdownComplete();
    void warnRefused(const QString &reason);

    AsyncHandler m_handler;
    ErrorRenderer m_errorRenderer;
    HttpListener *m_listenerSocket = nullptr;
    QSet<HttpConnection *> m_connections;
    QHash<QString, int> m_perAddress;
    QString m_errorString;
    QSslConfiguration m_tls;
    qint64 m_maxBodySize = Limits::kMaxRequestBodyBytes;
    int m_idleTimeoutMs = 120000;
    int m_headerTimeoutMs = 0;
    int m_maxConnections = 0;
    int m_maxPerAddress = 0;
    quint64 m_refused = 0;
    quint64 m_refusedAtLastWarning = 0;
    QElapsedTimer m_lastWarning;
    HttpRequest::Listener m_listener = HttpRequest::Listener::Main;
    bool m_shuttingDown = false;
    bool m_shutdownSignalled = false;
};

} // namespace scim
