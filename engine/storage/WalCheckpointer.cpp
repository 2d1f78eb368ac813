#include "WalCheckpointer.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace scim {

WalCheckpointer::WalCheckpointer(QString databasePath, QObject *parent)
    : QThread(parent)
    , m_path(std::move(databasePath))
{
}

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
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open()) {
            qWarning("storage: WAL checkpointer cannot open %s: %s", qUtf8Printable(m_path),
                     qUtf8Printable(db.lastError().text()));
        } else {
            const QString walPath = m_path + QStringLiteral("-wal");
            QSqlQuery query(db);
            qint64 truncatedAfterWriteMs = -1;
            while (!m_stop) {
                QThread::msleep(kIntervalMs);
                const qint64 lastWrite = m_lastWriteMs.load(std::memory_order_relaxed);
                const qint64 walSize = QFileInfo(walPath).size();
                const bool idle = nowMs() - lastWrite >= kIdleBeforeTruncateMs;
                QString sql;
                if (walSize > kHardLimitBytes || (idle && walSize > 0 && truncatedAfterWriteMs != lastWrite)) {
                    sql = QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)");
                    truncatedAfterWriteMs = lastWrite;
                } else if (!idle) {
                    sql = QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)");
                } else {
                    continue;
                }
                if (!query.exec(sql))
                    qWarning("storage: checkpoint failed: %s", qUtf8Printable(query.lastError().text()));
                query.finish();
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
