#include "events/SqliteSecurityEventStore.h"

#include "storage/StoreError.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace scim {

namespace {
QAtomicInteger<int> g_instances;

[[noreturn]] void fail(const QSqlQuery &query)
{
    throw StoreError(StoreError::Kind::Failure, query.lastError().text());
}
} // namespace

SqliteSecurityEventStore::SqliteSecurityEventStore(const QString &path)
    : m_connectionName(QStringLiteral("scim-security-events-%1").arg(g_instances.fetchAndAddRelaxed(1)))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        throw StoreError(StoreError::Kind::Failure,
                         QStringLiteral("Cannot open the log database %1: %2").arg(path, m_db.lastError().text()));
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    // AUTOINCREMENT: a sequence is never handed out twice, even after the newest rows were pruned.
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS security_events ("
                        " seq INTEGER PRIMARY KEY AUTOINCREMENT, created_ms INTEGER NOT NULL, change TEXT NOT NULL)"));
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS signing_keys ("
                        " kid TEXT PRIMARY KEY, algorithm TEXT NOT NULL, private_key TEXT NOT NULL,"
                        " created_at TEXT NOT NULL)"));
}

SqliteSecurityEventStore::~SqliteSecurityEventStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void SqliteSecurityEventStore::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        fail(query);
}

void SqliteSecurityEventStore::append(const QList<QJsonObject> &changes)
{
    if (changes.isEmpty())
        return;
    if (!m_db.transaction())
        throw StoreError(StoreError::Kind::Failure, m_db.lastError().text());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO security_events (created_ms, change) VALUES (?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QJsonObject &change : changes) {
        query.addBindValue(now);
        query.addBindValue(QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)));
        if (!query.exec()) {
            const QString error = query.lastError().text();
            m_db.rollback();
            throw StoreError(StoreError::Kind::Failure, error);
        }
    }
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_db.rollback();
        throw StoreError(StoreError::Kind::Failure, error);
    }
}

qint64 SqliteSecurityEventStore::lastSequence()
{
    // sqlite_sequence remembers the highest sequence handed out even when that row is gone.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'security_events'")))
        fail(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<SecurityEventStore::Entry> SqliteSecurityEventStore::after(qint64 sequence, int take)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT seq, change FROM security_events WHERE seq > ? ORDER BY seq LIMIT ?"));
    query.addBindValue(sequence);
    query.addBindValue(take);
    if (!query.exec())
        fail(query);
    QList<Entry> entries;
    while (query.next())
        entries.append({query.value(0).toLongLong(), QJsonDocument::fromJson(query.value(1).toByteArray()).object()});
    return entries;
}

qint64 SqliteSecurityEventStore::countAfter(qint64 sequence)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM security_events WHERE seq > ?"));
    query.addBindValue(sequence);
    if (!query.exec())
        fail(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

int SqliteSecurityEventStore::prune(qint64 deliveredUpTo, qint64 olderThanMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM security_events WHERE seq <= ? OR created_ms < ?"));
    query.addBindValue(deliveredUpTo);
    query.addBindValue(olderThanMs);
    if (!query.exec())
        fail(query);
    return query.numRowsAffected();
}

std::optional<QByteArray> SqliteSecurityEventStore::signingKey(const QString &algorithm)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT private_key FROM signing_keys WHERE algorithm = ? ORDER BY created_at DESC LIMIT 1"));
    query.addBindValue(algorithm);
    if (!query.exec())
        fail(query);
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString().toUtf8();
}

void SqliteSecurityEventStore::saveSigningKey(const QString &keyId, const QString &algorithm, const QByteArray &pem)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO signing_keys (kid, algorithm, private_key, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(keyId);
    query.addBindValue(algorithm);
    query.addBindValue(QString::fromUtf8(pem));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec())
        fail(query);
}

} // namespace scim
