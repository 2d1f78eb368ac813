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
// When the database aborts the batch's transaction to break a deadlock or a serialization conflict with another
// engine instance (PostgreSQL), no client has heard anything yet: the batch is rolled back, its listeners discard
// what it produced, and its requests are handled again in a new transaction after a short random wait, a bounded
// number of times (RetryBackoff). Only when every run was aborted do they get the 503.
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
    // How the pipeline learns that the batch's transaction was aborted and must run again (`needsRetry`), and how
    // it ends it without committing (`rollback`). Without them a failed batch is never run again (SQLite: one
    // writer, no deadlock to break).
    void setRetry(std::function<bool()> needsRetry, std::function<void()> rollback);
    // When set, requests are not handled as they arrive but together, once the event loop has handled what was
    // ready (or at kMaxBatchSize): `readAhead` sees them all first, so a store that pays a round trip per read
    // (PostgreSQL) can fetch what they will read in one (Store::readAhead). Order and batching stay the same.
    void setReadAhead(std::function<void(const QList<HttpRequest> &requests)> readAhead)
    {
        m_readAhead = std::move(readAhead);
    }
    // Renders the 503 of a failed commit in the dialect of the request's path.
    void setErrorRenderer(ErrorRenderer renderer) { m_errorRenderer = std::move(renderer); }
    // Told in the order added.
    void addListener(BatchListener *listener) { m_listeners.append(listener); }

    // The HTTP server's handler.
    void handle(const HttpRequest &request, const HttpResponder &responder);
    // Handles what waits for the read-ahead, commits the open batch, if any, and releases what it held.
    void commit();

private:
    struct Pending
    {
        HttpRequest request;
        HttpResponder responder;
    };

    struct Held
    {
        HttpResponder responder;
        HttpResponse response;
        HttpRequest request; // kept to handle it again when the batch is run again
        quint64 transactionId = 0;
    };

    void handleNow(const HttpRequest &request, const HttpResponder &responder);
    // The waiting requests: read ahead, each handled, then the batch committed.
    void handlePending();
    void commitOpenBatch();
    HttpResponse failedCommit(const QString &path) const;
    bool needsRetry() const { return m_needsRetry && m_needsRetry(); }
    // Commits the batch, running it again while the database aborts it; false: rolled back for good.
    bool commitWithRetries();
    // Rolls the aborted batch back, waits, and handles its held requests again in a new one.
    void runAgain(int attempt);
    void reuse(QList<Held> &held);

    Handler m_handler;
    ErrorRenderer m_errorRenderer;
    std::function<void()> m_begin;
    std::function<bool()> m_commit;
    std::function<bool()> m_needsRetry;
    std::function<void()> m_rollback;
    std::function<void(const QList<HttpRequest> &)> m_readAhead;
    QList<Pending> m_pending;
    QList<BatchListener *> m_listeners;
    QList<Held> m_held;
    bool m_batchOpen = false;
    int m_batchSize = 0;
    quint64 m_lastTransactionId = 0;
};

} // namespace scim
