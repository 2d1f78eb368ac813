#pragma once

#include <QString>
#include <QThread>

#include <atomic>

namespace scim {

// Runs SQLite WAL checkpoints on a thread of its own, with its own connection, so that copying the log back
// into the database (and the fsync that goes with it) never runs inside a request. PASSIVE checkpoints never
// block the engine's writer; a RESTART after a PASSIVE pass keeps the log short under continuous writes, and
// the log file is truncated once writes pause.
class WalCheckpointer : public QThread
{
    Q_OBJECT

public:
    explicit WalCheckpointer(QString databasePath, QObject *parent = nullptr);
    ~WalCheckpointer() override;

    // Called by the store after each write, from the engine thread.
    void noteWrite() { m_lastWriteMs.store(nowMs(), std::memory_order_relaxed); }
    void stop();

    static constexpr int kIntervalMs = 20;
    static constexpr qint64 kIdleBeforeTruncateMs = 250;
    static constexpr int kRestartAboveFrames = 1024;

protected:
    void run() override;

private:
    static qint64 nowMs();

    QString m_path;
    std::atomic_bool m_stop = false;
    std::atomic<qint64> m_lastWriteMs = 0;
};

} // namespace scim
