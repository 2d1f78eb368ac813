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
    QString publicUrl;    // empty: http://HOST:PORT
    QString adminToken;   // empty: see AdminCredential
    bool requestLog = true;
    LogRetention logRetention;
    int deliveryRetryMs = 1000; // first retry delay of log streams and back-channel logout
    QString instanceName;       // empty: HOST:PORT as bound (told to the console, in logs of several instances)
};

} // namespace scim
