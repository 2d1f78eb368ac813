#include "models/session/CredentialStore.h"

#include "models/common/ConsoleSettings.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace scim {

const QString CredentialStore::kService = QStringLiteral("scim-console");

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString noServiceMessage(const QString &detail)
{
    const QString missing =
        detail.isEmpty()
            ? QCoreApplication::translate("scim::CredentialStore", "No secret service (keychain) is available.")
            //: %1: the keychain library's own explanation
            : QCoreApplication::translate("scim::CredentialStore", "No secret service (keychain) is available (%1).")
                  .arg(detail);
    return missing + u' ' +
           QCoreApplication::translate("scim::CredentialStore",
                                       "The admin token can only be kept for this session, or — if you opt in — in a "
                                       "file readable only by you.");
}
} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
    , m_fallbackPath(QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                         .filePath(QStringLiteral("admin-tokens.json")))
{}

bool CredentialStore::fileFallbackEnabled() const
{
    return ConsoleSettings::kTokenFileFallback.value();
}

void CredentialStore::setFileFallbackEnabled(bool enabled)
{
    ConsoleSettings::kTokenFileFallback.setValue(enabled);
}

void CredentialStore::readToken(const QString &key)
{
    runKeychain(Operation::Read, key, {});
}

void CredentialStore::writeToken(const QString &key, const QString &token)
{
    runKeychain(Operation::Write, key, token);
}

void CredentialStore::removeToken(const QString &key)
{
    runKeychain(Operation::Remove, key, {});
}

void CredentialStore::report(Operation operation, const QString &key, const QString &token, Status status,
                             const QString &message)
{
    switch (operation) {
    case Operation::Read:
        Q_EMIT tokenRead(key, token, status, message);
        break;
    case Operation::Write:
        Q_EMIT tokenWritten(key, status, message);
        break;
    case Operation::Remove:
        Q_EMIT tokenRemoved(key, status, message);
        break;
    }
}

void CredentialStore::runKeychain(Operation operation, const QString &key, const QString &token)
{
    if (!m_keychainEnabled) {
        // Keep the asynchronous contract even without a keychain.
        QTimer::singleShot(
            0, this, [this, operation, key, token] { runFallback(operation, key, token, QStringLiteral("disabled")); });
        return;
    }
    QKeychain::Job *job = nullptr;
    if (operation == Operation::Read) {
        job = new QKeychain::ReadPasswordJob(kService, this);
    } else if (operation == Operation::Write) {
        auto *write = new QKeychain::WritePasswordJob(kService, this);
        write->setTextData(token);
        job = write;
    } else {
        job = new QKeychain::DeletePasswordJob(kService, this);
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never QtKeychain's own plaintext QSettings store
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, operation, key, token](QKeychain::Job *finished) {
        switch (finished->error()) {
        case QKeychain::NoError: {
            QString secret;
            if (operation == Operation::Read)
                secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            report(operation, key, secret, Status::Ok, {});
            return;
        }
        case QKeychain::EntryNotFound:
            if (operation == Operation::Remove)
                report(operation, key, {}, Status::Ok, {});
            else
                report(operation, key, {}, Status::NotFound, {});
            return;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError:
            // libsecret reports a missing D-Bus session or secret service as OtherError.
            runFallback(operation, key, token, finished->errorString());
            return;
        default:
            report(operation, key, {}, Status::Failed,
                   tr("The keychain refused access: %1").arg(finished->errorString()));
            return;
        }
    });
    job->start();
}

void CredentialStore::runFallback(Operation operation, const QString &key, const QString &token,
                                  const QString &keychainError)
{
    m_keychainMissing = true;
    if (!fileFallbackEnabled()) {
        // The library's own text ("Failed to execute child process dbus-launch…") says nothing to an admin: it goes
        // to the log, the banner says it plainly.
        if (!keychainError.isEmpty())
            qInfo("No secret service: %s", qUtf8Printable(keychainError));
        report(operation, key, {}, Status::NoSecretService, noServiceMessage(QString()));
        return;
    }
    QJsonObject tokens;
    QFile file(m_fallbackPath);
    if (file.exists()) {
        if ((file.permissions() & ~(kOwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0) {
            report(operation, key, {}, Status::Failed,
                   tr("The token file %1 is readable by other users; it was not used. Restrict it with 'chmod 600 "
                      "%1' or delete it.")
                       .arg(m_fallbackPath));
            return;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            report(operation, key, {}, Status::Failed,
                   tr("Cannot read the token file %1: %2").arg(m_fallbackPath, file.errorString()));
            return;
        }
        tokens = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
    }
    if (operation == Operation::Read) {
        if (tokens.contains(key))
            report(operation, key, tokens.value(key).toString(), Status::Ok, {});
        else
            report(operation, key, {}, Status::NotFound, {});
        return;
    }
    if (operation == Operation::Write)
        tokens.insert(key, token);
    else
        tokens.remove(key);
    QDir().mkpath(QFileInfo(m_fallbackPath).absolutePath());
    QSaveFile out(m_fallbackPath);
    if (!out.open(QIODevice::WriteOnly)) {
        report(operation, key, {}, Status::Failed,
               tr("Cannot write the token file %1: %2").arg(m_fallbackPath, out.errorString()));
        return;
    }
    // Restrict before the secret is written, so it is never readable by others, even briefly.
    out.setPermissions(kOwnerOnly);
    out.write(QJsonDocument(tokens).toJson());
    if (!out.commit()) {
        report(operation, key, {}, Status::Failed,
               tr("Cannot write the token file %1: %2").arg(m_fallbackPath, out.errorString()));
        return;
    }
    QFile::setPermissions(m_fallbackPath, kOwnerOnly);
    report(operation, key, {}, Status::Ok, {});
}

} // namespace scim
