#pragma once

#include "requestlog/LogRetention.h"

#include <QHostAddress>
#include <QString>

namespace scim {

struct EngineOptions
{
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 port = 8080;  // 0 picks a free port
    QString databasePath; // SQLite file, or a postgresql:// URL (server/Backends)
    QString publicUrl;    // empty: http(s)://HOST:PORT
    QString adminToken;   // empty: see AdminCredential
    bool requestLog = true;
    LogRetention logRetention;
    int deliveryRetryMs = 1000; // first retry delay of log streams and back-channel logout

    // --admin-listen: the Management API and the log push channel only there, SCIM only on the main listener.
    bool adminListen = false;
    QHostAddress adminListenAddress;
    QString adminListenHost;
    quint16 adminPort = 0;

    // --tls-cert/--tls-key (PEM): HTTPS only on every listener. Empty: plain HTTP.
    QString tlsCertificatePath;
    QString tlsKeyPath;

    // Limits (docs/security.md). 0 switches a limit off.
    int headerTimeoutMs = 10000;        // TLS handshake + request header section
    int maxConnections = 1000;          // per listener
    int maxConnectionsPerAddress = 128; // per listener and client address (IPv6: /64)
    int authFailuresPerMinute = 20;     // failed authentications per client address before 429

    bool tls() const { return !tlsCertificatePath.isEmpty(); }
    QString instanceName; // empty: HOST:PORT as bound (told to the console, in logs of several instances)
};

} // namespace scim
