#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace scim {
class Engine;
}

// A real scim::Engine for console tests: in this process, on 127.0.0.1 port 0, its database in a temporary
// directory. It runs on the test's thread, so any event loop the test spins (QTRY_*, QSignalSpy::wait) serves it.
class TestEngine
{
public:
    struct Reply
    {
        int status = 0;
        QJsonDocument json;
        QJsonObject object() const { return json.object(); }
    };

    static const QString kAdminToken;

    explicit TestEngine(quint16 port = 0);
    ~TestEngine();

    // Another database than the temporary SQLite file (e.g. a postgresql:// URL), and a name; before start().
    void setDatabase(const QString &location) { m_database = location; }
    void setInstanceName(const QString &name) { m_instanceName = name; }
    bool start(); // also restarts after stop() on the same port and database
    void stop();  // waits until the engine has closed its database
    QUrl url() const;
    // Waits until every SCIM request so far is in the request log (its writer batches off the request path).
    void flushLogs();
    quint16 port() const { return m_port; }
    QString databasePath() const;

    // Blocking helpers (the event loop keeps serving the engine): Management API and SCIM.
    Reply api(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    Reply scim(const QByteArray &method, const QString &connectionId, const QString &path, const QString &token,
               const QJsonObject &body = {});
    // Creates a connection with SCIM enabled; returns its id.
    QString createScimConnection(const QString &name, const QString &strategy = QStringLiteral("okta"));
    QString createToken(const QString &connectionId); // returns the secret
    // Provisions a user over SCIM with a fresh token; returns the SCIM id.
    QString provisionUser(const QString &connectionId, const QString &token, const QString &userName,
                          const QString &givenName, const QString &familyName);

private:
    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &authorization, const QByteArray &body,
               const QByteArray &contentType);

    QTemporaryDir m_dir;
    std::unique_ptr<scim::Engine> m_engine;
    quint16 m_port = 0;
    QString m_database;
    QString m_instanceName;
};
