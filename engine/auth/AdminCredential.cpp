#include "auth/AdminCredential.h"

#include "auth/AdminToken.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace scim {

namespace {

// A token file given to us (never one we generate): must exist and hold a token.
bool readGivenFile(const QString &path, AdminCredential::Result &result)
{
    result.filePath = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("Cannot read the admin token file %1: %2").arg(path, file.errorString());
        return false;
    }
    result.token = QString::fromUtf8(file.readAll()).trimmed();
    if (result.token.isEmpty()) {
        result.error = QStringLiteral("The admin token file %1 is empty").arg(path);
        return false;
    }
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        result.warning = QStringLiteral("The admin token file %1 can be read by other users; make it readable by its "
                                        "owner only (chmod 600)")
                             .arg(path);
    return true;
}

} // namespace

AdminCredential::Result AdminCredential::resolve(const QString &dataDirectory, const QString &tokenFile)
{
    Result result;
    if (!tokenFile.isEmpty()) {
        readGivenFile(tokenFile, result);
        return result;
    }
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (!credentials.isEmpty() && QFile::exists(QDir(credentials).filePath(QStringLiteral("admin-token")))) {
        readGivenFile(QDir(credentials).filePath(QStringLiteral("admin-token")), result);
        return result;
    }
    const QString fromEnv = qEnvironmentVariable("SCIM_ENGINE_ADMIN_TOKEN").trimmed();
    if (!fromEnv.isEmpty()) {
        result.token = fromEnv;
        return result;
    }
    result.filePath = QDir(dataDirectory).filePath(QStringLiteral("admin-token"));
    QFile existing(result.filePath);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            result.error = QStringLiteral("Cannot read %1: %2").arg(result.filePath, existing.errorString());
            return result;
        }
        result.token = QString::fromUtf8(existing.readAll()).trimmed();
        if (!result.token.isEmpty())
            return result;
    }
    if (!QDir().mkpath(dataDirectory)) {
        result.error = QStringLiteral("Cannot create %1").arg(dataDirectory);
        return result;
    }
    result.token = AdminToken::generate();
    QSaveFile file(result.filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QStringLiteral("Cannot write %1: %2").arg(result.filePath, file.errorString());
        return result;
    }
    // Restrict before the secret is written so it is never readable by others, even briefly.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(result.token.toUtf8() + '\n');
    if (!file.commit()) {
        result.error = QStringLiteral("Cannot write %1: %2").arg(result.filePath, file.errorString());
        return result;
    }
    QFile::setPermissions(result.filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    result.generated = true;
    return result;
}

} // namespace scim
