#include "storage/sqlite/WalCheckpointer.h"

#include "storage/sqlite/SqliteBusyHandler.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace scim {

WalCheckpointer::WalCheckpointer(QString databasePath, QObject *parent)
    : QThread(parent)
    , m_path(std::move(databasePath))
{}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

qint64 WalCheckpointer::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void WalCheckpointer::stop()
{
    m_stop = true;
    wait();
}

void WalCheckpointer::run()
{
    const QString name = QStringLiteral("scim-wal-checkpointer-%1").arg(quintptr(this));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            qWarning("storage: WAL checkpointer cannot open %s: %s", qUtf8Printable(m_path),
                     qUtf8Printable(db.lastError().text()));
        } else {
            installFastBusyHandler(db);
            const QString walPath = m_path + QStringLiteral("-wal");
            QSqlQuery query(db);
            auto checkpoint = [&](const char *mode) -> int {
                int frames = 0;
                if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(%1)").arg(QLatin1String(mode))))
                    qWarning("storage: %s checkpoint failed: %s", mode, qUtf8Printable(query.lastError().text()));
                else if (query.next())
                    frames = query.value(1).toInt();
                query.finish();
                return frames;
            };
            qint64 truncatedAfterWriteMs = -1;
            while (!m_stop) {
                QThread::msleep(kIntervalMs);
                const qint64 lastWrite = m_lastWriteMs.load(std::memory_order_relaxed);
                const bool idle = nowMs() - lastWrite >= kIdleBeforeTruncateMs;
                if (idle) {
                    if (truncatedAfterWriteMs != lastWrite && QFileInfo(walPath).size() > 0) {
                        checkpoint("TRUNCATE");
                        truncatedAfterWriteMs = lastWrite;
                    }
                    continue;
                }
                // Under continuous writes a PASSIVE checkpoint never catches up with the writer, so the log
                // would never restart. Once the log is long, follow the PASSIVE pass with a RESTART: it only
                // has the frames written during that pass left to copy, so it holds the writer off briefly.
                if (checkpoint("PASSIVE") >= kRestartAboveFrames)
                    checkpoint("RESTART");
            }
            // Leave a compact database behind on a clean shutdown.
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace scim
