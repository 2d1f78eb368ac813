#include "server/CommitPipeline.h"

#include "common/BatchListener.h"
#include "common/RetryBackoff.h"
#include "storage/StoreError.h"

namespace scim {

CommitPipeline::CommitPipeline(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    m_held.reserve(kMaxBatchSize);
}

void CommitPipeline::setTransaction(std::function<void()> begin, std::function<bool()> commit)
{
    m_begin = std::move(begin);
    m_commit = std::move(commit);
}

void CommitPipeline::setRetry(std::function<bool()> needsRetry, std::function<void()> rollback)
{
    m_needsRetry = std::move(needsRetry);
    m_rollback = std::move(rollback);
}

void CommitPipeline::handle(const HttpRequest &request, const HttpResponder &responder)
{
    if (!m_readAhead) {
        handleNow(request, responder);
        return;
    }
    m_pending.append(Pending{request, responder});
    if (m_pending.size() == 1)
        QMetaObject::invokeMethod(this, &CommitPipeline::handlePending, Qt::QueuedConnection);
    else if (m_pending.size() >= kMaxBatchSize)
        handlePending();
}

void CommitPipeline::handlePending()
{
    if (m_pending.isEmpty())
        return;
    QList<Pending> pending;
    pending.swap(m_pending);
    QList<HttpRequest> requests;
    requests.reserve(pending.size());
    for (const Pending &item : std::as_const(pending))
        requests.append(item.request);
    try {
        m_readAhead(requests);
    } catch (const StoreError &error) {
        // Only an optimisation: each request reads for itself and meets the failure there, if it lasts.
        qWarning("engine: reading ahead for %lld requests failed: %s", qint64(requests.size()),
                 qUtf8Printable(error.message()));
    }
    for (const Pending &item : std::as_const(pending))
        handleNow(item.request, item.responder);
    commitOpenBatch();
}

void CommitPipeline::handleNow(const HttpRequest &request, const HttpResponder &responder)
{
    if (!m_batchOpen) {
        if (m_begin)
            m_begin();
        m_batchOpen = true;
        m_batchSize = 0;
        for (BatchListener *listener : std::as_const(m_listeners))
            listener->batchBegan();
        // Queued: runs once the event loop has handled the requests that are already readable.
        QMetaObject::invokeMethod(this, &CommitPipeline::commitOpenBatch, Qt::QueuedConnection);
    }
    ++m_batchSize;
    const quint64 transactionId = ++m_lastTransactionId;
    HttpResponse response = m_handler(request, transactionId);
    if (response.stream) {
        responder.send(response);
        return;
    }
    // Held until the batch is committed, so no client hears "created" before it is stored.
    m_held.append(Held{responder, std::move(response), request, transactionId});
    // An aborted transaction fails every later statement: end the batch now (commit() runs it again).
    if (m_batchSize >= kMaxBatchSize || needsRetry())
        commitOpenBatch();
}

void CommitPipeline::commit()
{
    if (!m_pending.isEmpty())
        handlePending(); // commits
    else
        commitOpenBatch();
}

void CommitPipeline::commitOpenBatch()
{
    if (!m_batchOpen)
        return;
    m_batchOpen = false;
    const bool committed = commitWithRetries();
    QList<Held> held;
    held.swap(m_held);
    if (committed) {
        for (BatchListener *listener : std::as_const(m_listeners))
            listener->batchCommitted();
        for (const Held &item : std::as_const(held))
            item.responder.send(item.response);
        reuse(held);
        return;
    }
    for (Held &item : held)
        item.response = failedCommit(item.request.path);
    const auto answerOf = [&held](quint64 transactionId) {
        for (const Held &item : std::as_const(held)) {
            if (item.transactionId == transactionId)
                return item.response;
        }
        return HttpResponse::empty(503);
    };
    for (BatchListener *listener : std::as_const(m_listeners))
        listener->batchRolledBack(answerOf);
    for (const Held &item : std::as_const(held))
        item.responder.send(item.response);
    reuse(held);
}

bool CommitPipeline::commitWithRetries()
{
    for (int attempt = 1;; ++attempt) {
        if (!needsRetry()) {
            if (!m_commit || m_commit())
                return true;
            if (!needsRetry())
                return false; // a failure that running again would not cure
        }
        if (attempt == RetryBackoff::kMaxAttempts) {
            qWarning("engine: a batch of %lld requests was aborted by conflicts %d times; answering 503",
                     qint64(m_held.size()), attempt);
            if (m_rollback)
                m_rollback();
            return false;
        }
        runAgain(attempt);
    }
}

void CommitPipeline::runAgain(int attempt)
{
    qInfo("engine: a batch of %lld requests was aborted by a conflict with another transaction; running it again"
          " (attempt %d)",
          qint64(m_held.size()), attempt + 1);
    if (m_rollback)
        m_rollback();
    for (BatchListener *listener : std::as_const(m_listeners))
        listener->batchDiscarded();
    RetryBackoff::wait(attempt);
    if (m_begin)
        m_begin();
    for (BatchListener *listener : std::as_const(m_listeners))
        listener->batchBegan();
    for (Held &item : m_held) {
        item.response = m_handler(item.request, item.transactionId);
        if (needsRetry())
            return; // aborted again: the rest would fail as well
    }
}

void CommitPipeline::reuse(QList<Held> &held)
{
    // The next batch appends to the same allocation.
    held.clear();
    if (m_held.isEmpty())
        m_held.swap(held);
}

HttpResponse CommitPipeline::failedCommit(const QString &path) const
{
    const QString message = QStringLiteral("The change could not be saved; please retry");
    HttpRequest request;
    request.path = path;
    if (m_errorRenderer)
        return m_errorRenderer(503, message, request);
    HttpResponse response = HttpResponse::empty(503);
    response.body = message.toUtf8();
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8")});
    return response;
}

} // namespace scim
