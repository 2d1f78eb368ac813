#pragma once

#include <QCoreApplication>
#include <QString>

namespace scim {

// How the console runs its embedded engine (Engine › Settings…), per embedded database: the listen address and
// port (a free port chosen at the first start and kept, so the endpoint URL handed to identity providers stays
// valid across restarts), the public URL (reverse proxy or tunnel), the TLS certificate and key, and the
// request-log retention. (Which endpoint each token was issued for, the engine records per token.) Stored in
// ConsoleSettings::kEmbeddedEngines.
struct EmbeddedEngineSettings
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedEngineSettings)

public:
    QString listenAddress = QStringLiteral("127.0.0.1");
    int port = 0;           // 0: a free port, chosen at the next start and kept from then on
    QString publicUrl;      // empty: http(s)://ADDRESS:PORT
    QString tlsCertificate; // PEM files; both empty: plain HTTP
    QString tlsKey;
    int logRetentionDays = 30; // 0: keep events until the event limit

    static EmbeddedEngineSettings load(const QString &databasePath);
    void save(const QString &databasePath) const;

    // What the admin typed, checked before it is applied; empty when it is fine, else one sentence.
    QString problem() const;
    bool sameEngineAs(const EmbeddedEngineSettings &other) const;
};

} // namespace scim
