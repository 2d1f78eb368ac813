#pragma once

#include <QByteArray>
#include <QString>

namespace scim::PasswordHasher {

// PBKDF2-HMAC-SHA256 with a random salt, encoded as `pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>`.
// Provisioned passwords are kept only in this form so the application could verify them later.
QByteArray hash(const QString &password);
bool verify(const QString &password, const QByteArray &encoded);

} // namespace scim::PasswordHasher
