#include "common/PasswordHasher.h"

#include "common/ConstantTime.h"

#include <QByteArrayList>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace scim::PasswordHasher {

namespace {
// Provisioning writes are latency-sensitive and run on the engine thread; 20k rounds keep a write with a
// password in the low milliseconds while still making offline guessing expensive.
constexpr int kIterations = 20000;
constexpr int kKeyLength = 32;

} // namespace

QByteArray hash(const QString &password)
{
    QByteArray salt(16, Qt::Uninitialized);
    for (char &c : salt)
        c = char(QRandomGenerator::system()->bounded(256));
    const QByteArray derived = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                                                  kIterations, kKeyLength);
    return QByteArrayLiteral("pbkdf2-sha256$") + QByteArray::number(kIterations) + '$' + salt.toBase64() + '$' +
           derived.toBase64();
}

bool verify(const QString &password, const QByteArray &encoded)
{
    const QList<QByteArray> parts = encoded.split('$');
    if (parts.size() != 4 || parts.at(0) != "pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations <= 0)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2));
    const QByteArray expected = QByteArray::fromBase64(parts.at(3));
    const QByteArray derived = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                                                  iterations, expected.size());
    return constantTimeEquals(derived, expected);
}

} // namespace scim::PasswordHasher
