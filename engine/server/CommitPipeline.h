#pragma once

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "http/HttpResponder.h"

#include <QList>
#include <QObject>

#include <functional>

namespace scim {

class BatchListener;

// Durable before reply, in one place (group commit). Requests that arrive together share one transaction: the
// first opens a batch, each is handled at once and its response held, and when the event loop has handled what was
// ready (or after kMaxBatchSize requests) the batch commits and the held responses go out. When the commit fails,
// every held response becomes the same 503 and nothing the batch wrote is announced. Listeners (event bus,
// request log) hear each outcome. Streamed responses are never held: they write nothing.
class CommitPipeline : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxBatchSize = 64;

    // `transactionId` numbers requests: what a request causes (domain events, log records) carries it.
    using Handler = std::function<HttpResponse(const HttpRequest &request, quint64 transactionId)>;
    using ErrorRenderer = std::function<HttpResponse(int status, const QString &message, const HttpRequest &request)>;

    explicit CommitPipeline(Handler handler, QObject *parent = nullptr);

    // The batch's transaction: `begin` before its first request, `commit` after its last (false: rolled back).
    void setTransaction(std::function<void()> begin, std::function<bool()> commit);
    // Renders the 503 of a failed commit in the dialect of the request's path.
    void setErrorRenderer(ErrorRenderer renderer) { m_errorRenderer = std::move(renderer); }
    // Told in the order added.
    void addListener(BatchListener *listener) { m_listeners.append(listener); }

    // The HTTP server's handler.
    void handle(const HttpRequest &request, const HttpResponder &responder);
    // Commits the open batch, if any, and releases what it held.
    void commit();

private:
    struct Held
    {
        HttpResponder responder;
        HttpResponse response;
        QString path;
        quint64 transactionId = 0;
    };

    HttpResponse failedCommit(const QString &path) const;
    void reuse(QList<Held> &held);

    Handler m_handler;
    ErrorRenderer m_errorRenderer;
    std::function<void()> m_begin;
    std::function<bool()> m_commit;
    QList<BatchListener *> m_listeners;
    QList<Held> m_held;
    bool m_batchOpen = false;
    int m_batchSize = 0;
    quint64 m_lastTransactionId = 0;
};

} // namespace scim
