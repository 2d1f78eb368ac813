#pragma once

#include "requestlog/LogRecord.h"
#include "requestlog/LogRetention.h"
#include "requestlog/LogStore.h"

#include <QAtomicInteger>
#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

namespace scim {

// Writes captured log records to the log database on its own thread, in batches: whatever accumulated while
// the previous batch was being written goes into the next transaction. Also enforces retention in small
// chunks between batches, so neither requests nor writes ever wait for a large delete.
class LogWriter : public QThread
{
    Q_OBJECT

public:
    // After a batch the writer pauses this long to let the next one accumulate: fewer transactions, and no
    // wake-up system call on the request thread while traffic flows. Bounds the push latency's floor.
    static constexpr int kCoalesceMs = 25;
    static constexpr int kNiceness = 5;

    // `open` makes the writer's own log store, on its thread.
    LogWriter(LogStore::Opener open, LogRetention retention, QObject *parent = nullptr);
    ~LogWriter() override;

    void enqueue(const LogRecord &record);
    void enqueue(const QList<LogRecord> &records);
    // Blocks until everything enqueued so far is stored (tests, shutdown).
    void flush();
    // Finishes the queue and stops the thread.
    void stopAndWait();
    // Retention runs on one engine instance only (the leader, with PostgreSQL); on by default.
    void setRetentionEnabled(bool enabled) { m_retentionEnabled.storeRelaxed(enabled); }

Q_SIGNALS:
    // Emitted (from the writer thread) after events up to `lastKey` are stored and readable.
    void stored(qint64 lastKey);
    void retentionApplied(qint64 deleted);

protected:
    void run() override;

private:
    // One round of deletions (at most one chunk per limit); true when more are due at once.
    bool applyRetention(LogStore &db, qint64 &rowCount);

    LogStore::Opener m_open;
    LogRetention m_retention;
    QAtomicInteger<bool> m_retentionEnabled = true;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_drained;
    QByteArray m_queue; // records appended by LogRecordCodec
    bool m_stopping = false;
    bool m_writing = false;
    bool m_idle = false;           // waiting with nothing to do: only then does enqueue() wake the thread
    bool m_flushRequested = false; // flush() or stop: skip the coalescing pause
};

} // namespace scim
