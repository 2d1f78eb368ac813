#pragma once

// The storage backend a data-driven suite runs against. CTest runs each such suite twice: on SQLite (the default)
// and with SCIM_TEST_BACKEND=postgres on the PostgreSQL server that the "postgres" fixture started
// (tests/pg/pg-fixture.sh; its superuser URL is in the file SCIM_TEST_PG_URL_FILE names).

#include "common/RandomId.h"
#include "server/Backends.h"
#include "storage/Store.h"
#include "storage/postgres/PgConnection.h"

#include <QDir>
#include <QFile>
#include <QUrl>

#include <memory>

namespace TestBackend {

inline bool isPostgres()
{
    return qEnvironmentVariable("SCIM_TEST_BACKEND") == QLatin1String("postgres");
}

inline QString name()
{
    return isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

// The fixture server's superuser URL; empty (with a warning) when the fixture did not run.
inline QString adminUrl()
{
    QFile file(qEnvironmentVariable("SCIM_TEST_PG_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("SCIM_TEST_PG_URL_FILE does not name a readable file: is the CTest fixture 'postgres' running?");
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

// A new, empty database for one test: an SQLite file inside `directory`, or a fresh PostgreSQL database (dropped
// again when this object goes).
class Database
{
public:
    Database() = default;
    Database(const QString &directory, const QString &fileName)
    {
        if (!isPostgres()) {
            m_location = QDir(directory).filePath(fileName);
            return;
        }
        m_admin = adminUrl();
        m_name = QStringLiteral("t_") + scim::RandomId::alphanumeric(12).toLower();
        scim::PgConnection admin(m_admin, QStringLiteral("scim-tests"));
        admin.command(QStringLiteral("CREATE DATABASE ") + m_name);
        QUrl url(m_admin);
        url.setPath(QLatin1Char('/') + m_name);
        m_location = url.toString();
    }
    ~Database() { drop(); }
    Database(Database &&other) noexcept { *this = std::move(other); }
    Database &operator=(Database &&other) noexcept
    {
        if (this != &other) {
            drop();
            m_location = std::exchange(other.m_location, {});
            m_admin = std::exchange(other.m_admin, {});
            m_name = std::exchange(other.m_name, {});
        }
        return *this;
    }

    // What --database takes: the file path or the postgresql:// URL.
    const QString &location() const { return m_location; }

private:
    void drop()
    {
        if (m_name.isEmpty())
            return;
        try {
            scim::PgConnection admin(m_admin, QStringLiteral("scim-tests"));
            admin.command(QStringLiteral("DROP DATABASE IF EXISTS ") + m_name + QStringLiteral(" WITH (FORCE)"));
        } catch (...) {
            // The fixture removes the whole server at the end anyway.
        }
        m_name.clear();
    }

    QString m_location;
    QString m_admin;
    QString m_name;
};

inline std::unique_ptr<scim::Store> openStore(const QString &location)
{
    return scim::Backends::openStore(location);
}

} // namespace TestBackend
