#pragma once

#include <QObject>
#include <QString>

namespace scim {

// Keeps the admin token of each engine, keyed by the engine's URL (or "embedded:<database>"), in the OS keychain
// through QtKeychain (service "scim-console"), with asynchronous jobs only. When no secret service is available it
// reports NoSecretService; only if the admin has opted in does it use a fallback file (0600, written atomically).
// It never stores a secret in plain text on its own.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,
        NotFound,
        NoSecretService,
        Failed
    };
    Q_ENUM(Status)

    static const QString kService;

    explicit CredentialStore(QObject *parent = nullptr);

    // Off: behave as if no secret service existed (tests, --no-keychain).
    void setKeychainEnabled(bool enabled) { m_keychainEnabled = enabled; }
    bool keychainEnabled() const { return m_keychainEnabled; }
    // Off, or found missing by an earlier read or write: a token can only be remembered in the file then.
    bool keychainUsable() const { return m_keychainEnabled && !m_keychainMissing; }

    // The opt-in fallback; remembered in ConsoleSettings::kTokenFileFallback.
    bool fileFallbackEnabled() const;
    void setFileFallbackEnabled(bool enabled);
    QString fallbackFilePath() const { return m_fallbackPath; }
    void setFallbackFilePath(const QString &path) { m_fallbackPath = path; }

    void readToken(const QString &key);
    void writeToken(const QString &key, const QString &token);
    void removeToken(const QString &key);

Q_SIGNALS:
    void tokenRead(const QString &key, const QString &token, scim::CredentialStore::Status status,
                   const QString &message);
    void tokenWritten(const QString &key, scim::CredentialStore::Status status, const QString &message);
    void tokenRemoved(const QString &key, scim::CredentialStore::Status status, const QString &message);

private:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    void runKeychain(Operation operation, const QString &key, const QString &token);
    void runFallback(Operation operation, const QString &key, const QString &token, const QString &keychainError);
    void report(Operation operation, const QString &key, const QString &token, Status status, const QString &message);

    bool m_keychainEnabled = true;
    bool m_keychainMissing = false;
    QString m_fallbackPath;
};

} // namespace scim
