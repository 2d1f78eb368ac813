#include "common/RandomId.h"

#include <QDateTime>
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
    // UUID version 7 (RFC 9562): a millisecond timestamp followed by random bits. Ids stay unguessable,
    // and new ids land next to each other in the id index, so a burst of inserts touches few index pages.
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((ms >> (8 * (5 - i))) & 0xff);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 6; i < 16; ++i)
        bytes[i] = char(rng->bounded(256));
    bytes[6] = char((bytes[6] & 0x0f) | 0x70); // version 7
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace scim::RandomId
