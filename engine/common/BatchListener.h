#pragma once

#include "common/HttpResponse.h"

#include <QtGlobal>

#include <functional>

namespace scim {

// Told by the commit pipeline what became of a batch: the requests that arrive together and share one
// transaction (group commit). Whoever holds results until they are durable (the event bus, the request log)
// listens, so nothing is announced for a write that was rolled back.
class BatchListener
{
public:
    virtual ~BatchListener() = default;

    // A batch opened; what its requests produce waits for its outcome.
    virtual void batchBegan() = 0;
    // Everything the batch wrote is stored.
    virtual void batchCommitted() = 0;
    // Nothing the batch wrote is stored and no client heard of it: its requests are handled again in a new batch
    // (batchBegan() follows), so forget what they produced.
    virtual void batchDiscarded() = 0;
    // Nothing the batch wrote is stored; `answerOf(transactionId)` is the response each of its requests got instead.
    virtual void batchRolledBack(const std::function<HttpResponse(quint64 transactionId)> &answerOf) = 0;
};

} // namespace scim
