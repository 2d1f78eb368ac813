#include "RandomId.h"

#include <QRandomGenerator>
#include <QUuid>

namespace scim::RandomId {

QString alphanumeric(int length)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static constexpr quint32 size = sizeof(alphabet) - 1;
    QString result;
    result.reserve(length);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        result.append(QLatin1Char(alphabet[rng->bounded(size)]));
    return result;
}

QString hex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(rng->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace scim::RandomId
