#include "LogWriter.h"

#include "LogDatabase.h"
#include "LogId.h"
#include "LogRowBuilder.h"
#include "StoreError.h"

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

LogWriter::LogWriter(QString databasePath, LogRetention retention, QObject *parent)
    : QThread(parent)
    , m_path(std::move(databasePath))
    , m_retention(retention)
{
    setObjectName(QStringLiteral("scim-log-writer"));
}

LogWriter::~LogWriter()
{
    stopAndWait();
}

void LogWriter::enqueue(QList<LogRecord> records)
{
    if (records.isEmpty())
        return;
    QList<LogRecord> done;
    {
        QMutexLocker lock(&m_mutex);
        if (m_queue.isEmpty())
            m_queue = std::move(records);
        else
            m_queue.append(std::move(records));
        done = std::exchange(m_done, {});
        if (m_idle)
            m_wake.wakeOne();
    }
    // `done` is freed here, on the thread that allocated its buffers: freeing them on the writer thread makes
    // glibc lock this thread's malloc arena on every free, which costs the request thread more than the
    // freeing itself.
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
    std::unique_ptr<LogDatabase> db;
    try {
        db = std::make_unique<LogDatabase>(m_path);
    } catch (const StoreError &error) {
        qWarning("logs: %s; request logging is off", qUtf8Printable(error.message()));
        QMutexLocker lock(&m_mutex);
        m_queue.clear();
        m_drained.wakeAll();
        return;
    }
    qint64 rowCount = -1; // cached count of stored events; -1 when unknown
    QElapsedTimer clock;
    clock.start();
    qint64 nextRetention = 0; // on clock: retention runs between batches, once a second, at once when behind
    bool wroteLast = false;

    for (;;) {
        QList<LogRecord> batch;
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
            batch = std::exchange(m_queue, {});
            m_writing = !batch.isEmpty();
            wroteLast = !batch.isEmpty();
        }
        try {
            if (!batch.isEmpty()) {
                QList<LogRow> rows;
                rows.reserve(batch.size());
                for (const LogRecord &record : std::as_const(batch))
                    rows.append(LogRowBuilder::build(record));
                db->insert(rows);
                if (rowCount >= 0)
                    rowCount += rows.size();
                Q_EMIT stored(rows.constLast().key);
            }
            if (clock.elapsed() >= nextRetention) {
                const bool behind = applyRetention(*db, rowCount);
                nextRetention = clock.elapsed() + (behind ? 0 : kRetentionIntervalMs);
            }
        } catch (const StoreError &error) {
            qWarning("logs: could not write %lld log events: %s", qint64(batch.size()),
                     qUtf8Printable(error.message()));
        }
        if (!batch.isEmpty()) {
            QMutexLocker lock(&m_mutex);
            if (m_done.isEmpty())
                m_done = std::move(batch);
            else
                m_done.append(std::move(batch));
        }
    }
}

bool LogWriter::applyRetention(LogDatabase &db, qint64 &rowCount)
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
