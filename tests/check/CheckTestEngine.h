#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A real scim-engine process for the scim-check suites (adapted from tests/engine/EngineProcess.h): started from
// the test binary's directory on 127.0.0.1 with a free port, its database, HOME and admin token in a temporary
// directory, and driven through its Management API over HTTP.
class CheckTestEngine
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject object() const;
    };

    ~CheckTestEngine();

    // Starts the engine; on failure error() says why. Extra arguments go to scim-engine.
    bool start(const QStringList &extraArguments = {});
    QString error() const { return m_error; }
    QString baseUrl() const;
    quint16 port() const { return m_port; }
    QString adminToken() const { return m_adminToken; }

    // A connection of `strategy` with SCIM enabled (strategy defaults); returns its id or an empty string.
    QString createScimConnection(const QString &name, const QString &strategy);
    // A token of the connection; empty scopes: all of them. Returns the secret, or an empty string.
    QString createToken(const QString &connectionId, const QStringList &scopes = {});
    QString scimBaseUrl(const QString &connectionId) const;

    Reply admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    Reply scim(const QString &connectionId, const QString &token, const QByteArray &method,
               const QString &pathAndQuery);

private:
    Reply send(const QByteArray &method, const QString &url, const QByteArray &body,
               const QList<QPair<QByteArray, QByteArray>> &headers);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QNetworkAccessManager m_network;
    QString m_adminToken;
    QString m_error;
    quint16 m_port = 0;
};
