#include "requestlog/LogWriter.h"

#include "requestlog/LogId.h"
#include "requestlog/LogRecordCodec.h"
#include "requestlog/LogRowBuilder.h"
#include "requestlog/LogStore.h"
#include "storage/StoreError.h"

#include <QDateTime>
#include <QElapsedTimer>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace scim {

namespace {
constexpr int kRetentionChunk = 2000;
constexpr int kRetentionIntervalMs = 1000;
} // namespace

LogWriter::LogWriter(LogStore::Opener open, LogRetention retention, QObject *parent)
    : QThread(parent)
    , m_open(std::move(open))
    , m_retention(retention)
{
    setObjectName(QStringLiteral("scim-log-writer"));
}

LogWriter::~LogWriter()
{
    stopAndWait();
}

void LogWriter::enqueue(const LogRecord &record)
{
    QMutexLocker lock(&m_mutex);
    LogRecordCodec::append(m_queue, record);
    if (m_idle)
        m_wake.wakeOne();
}

void LogWriter::enqueue(const QList<LogRecord> &records)
{
    if (records.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    for (const LogRecord &record : records)
        LogRecordCodec::append(m_queue, record);
    if (m_idle)
        m_wake.wakeOne();
}

void LogWriter::flush()
{
    QMutexLocker lock(&m_mutex);
    m_flushRequested = true;
    m_wake.wakeOne();
    while (isRunning() && (!m_queue.isEmpty() || m_writing))
        m_drained.wait(&m_mutex);
    m_flushRequested = false;
}

void LogWriter::stopAndWait()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_flushRequested = true;
        m_wake.wakeOne();
    }
    wait();
}

void LogWriter::run()
{
#ifdef Q_OS_LINUX
    // Background work: a slightly lower priority keeps batch writes from pre-empting request handling (tail
    // latency) while still getting its share of the CPU under sustained load. Linux applies nice per thread.
    setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), kNiceness);
#endif
    std::unique_ptr<LogStore> db;
    try {
        db = m_open();
    } catch (const StoreError &error) {
        qWarning("logs: %s; request logging is off", qUtf8Printable(error.message()));
        QMutexLocker lock(&m_mutex);
        m_queue.clear();
        m_drained.wakeAll();
        return;
    }
    try {
        db->ensureCounts(); // a log from before request counts: counted once, before anything new is written
    } catch (const StoreError &error) {
        qWarning("logs: could not count the stored events for statistics: %s", qUtf8Printable(error.message()));
    }
    qint64 rowCount = -1; // cached count of stored events; -1 when unknown
    QElapsedTimer clock;
    clock.start();
    qint64 nextRetention = 0; // on clock: retention runs between batches, once a second, at once when behind
    bool wroteLast = false;

    QByteArray batch;
    QList<LogRow> rows;
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            m_writing = false;
            m_drained.wakeAll();
            if (wroteLast && !m_flushRequested && !m_stopping)
                m_wake.wait(&m_mutex, QDeadlineTimer(kCoalesceMs)); // enqueue() does not wake us here
            m_idle = true;
            // Age limits apply while idle too, so the wait ends at the next retention round.
            while (m_queue.isEmpty() && !m_stopping) {
                const qint64 waitMs = nextRetention - clock.elapsed();
                if (waitMs <= 0 || !m_wake.wait(&m_mutex, QDeadlineTimer(waitMs)))
                    break;
            }
            m_idle = false;
            if (m_queue.isEmpty() && m_stopping)
                return;
            // Swap buffers: the request thread refills the last batch's buffer, whose capacity is kept.
            batch.resize(0);
            std::swap(batch, m_queue);
            m_writing = !batch.isEmpty();
            wroteLast = !batch.isEmpty();
        }
        try {
            if (!batch.isEmpty()) {
                // Rows may point into `batch` (LogRecordCodec::next), so they are written before it is reused.
                rows.clear();
                QByteArrayView in(batch);
                LogRecord record;
                while (!in.isEmpty()) {
                    if (!LogRecordCodec::next(in, record)) {
                        qWarning("logs: a queued log record is damaged; %lld bytes skipped", qint64(in.size()));
                        break;
                    }
                    rows.append(LogRowBuilder::build(record));
                }
                record = LogRecord();
                const qint64 lastKey = rows.isEmpty() ? 0 : db->insert(rows);
                if (rowCount >= 0)
                    rowCount += rows.size();
                if (!rows.isEmpty())
                    Q_EMIT stored(lastKey);
                rows.clear();
            }
            if (!m_retentionEnabled.loadRelaxed()) {
                rowCount = -1; // another instance deletes meanwhile
                nextRetention = clock.elapsed() + kRetentionIntervalMs;
            } else if (clock.elapsed() >= nextRetention) {
                const bool behind = applyRetention(*db, rowCount);
                nextRetention = clock.elapsed() + (behind ? 0 : kRetentionIntervalMs);
            }
        } catch (const StoreError &error) {
            qWarning("logs: could not write a batch of log events (%lld bytes): %s", qint64(batch.size()),
                     qUtf8Printable(error.message()));
        }
    }
}

bool LogWriter::applyRetention(LogStore &db, qint64 &rowCount)
{
    qint64 deleted = 0;
    bool behind = false;
    if (m_retention.days > 0) {
        const qint64 cutoff =
            LogId::keyForMilliseconds(QDateTime::currentMSecsSinceEpoch() - qint64(m_retention.days) * 86400 * 1000);
        const int chunk = db.deleteBefore(cutoff, kRetentionChunk);
        deleted += chunk;
        behind = chunk >= kRetentionChunk;
        if (chunk > 0)
            rowCount = -1;
    }
    if (m_retention.maxEvents > 0 && !behind) {
        if (rowCount < 0)
            rowCount = db.count();
        const qint64 excess = rowCount - m_retention.maxEvents;
        if (excess > 0) {
            if (const std::optional<qint64> key = db.keyAtOffset(qMin<qint64>(excess, kRetentionChunk))) {
                const int chunk = db.deleteBefore(*key, kRetentionChunk);
                deleted += chunk;
                rowCount -= chunk;
            }
            behind = excess > kRetentionChunk;
        }
    }
    if (deleted > 0)
        Q_EMIT retentionApplied(deleted);
    return behind;
}

} // namespace scim
