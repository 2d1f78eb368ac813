#pragma once

#include "events/SecurityEventStore.h"

#include <QSqlDatabase>

namespace scim {

// The SET changes and signing keys in the SQLite log database, next to the log streams and their cursors (its own
// connection). Only one engine opens the file, so claims always succeed.
class SqliteSecurityEventStore final : public SecurityEventStore
{
public:
    explicit SqliteSecurityEventStore(const QString &path); // throws StoreError
    ~SqliteSecurityEventStore() override;
    SqliteSecurityEventStore(const SqliteSecurityEventStore &) = delete;
    SqliteSecurityEventStore &operator=(const SqliteSecurityEventStore &) = delete;

    void append(const QList<QJsonObject> &changes) override;
    qint64 lastSequence() override;
    QList<Entry> after(qint64 sequence, int take) override;
    qint64 countAfter(qint64 sequence) override;
    int prune(qint64 deliveredUpTo, qint64 olderThanMs) override;
    std::optional<QByteArray> signingKey(const QString &algorithm) override;
    void saveSigningKey(const QString &keyId, const QString &algorithm, const QByteArray &pem) override;
    bool claim(const QString &, const QString &, qint64) override { return true; }
    void release(const QString &) override {}

private:
    void exec(const QString &sql);

    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace scim
