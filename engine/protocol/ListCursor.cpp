#include "protocol/ListCursor.h"

#include "protocol/schema/ScimError.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>

namespace scim {

namespace {

constexpr int kVersion = 1;
constexpr qsizetype kChecksumBytes = 8;
constexpr qsizetype kFingerprintBytes = 8;
// Clocks of engine instances sharing a database may disagree a little.
constexpr qint64 kClockSkewSeconds = 300;
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray checksum(const QByteArray &payload)
{
    return QCryptographicHash::hash(payload, QCryptographicHash::Sha256).left(kChecksumBytes);
}

ScimError invalidCursor(const QString &why)
{
    return ScimError(400, QStringLiteral("invalidCursor"),
                     QStringLiteral("Invalid cursor: %1. Send an empty cursor for the first page and then the "
                                    "nextCursor or previousCursor of the previous response, with the same filter, "
                                    "sortBy and sortOrder.")
                         .arg(why));
}

} // namespace

QByteArray ListCursor::fingerprint(const QString &connectionId, const QString &endpoint, const QString &filter,
                                   const QString &sortBy, bool descending)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {connectionId, endpoint.toCaseFolded(), filter.trimmed(), sortBy.toCaseFolded()}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
    }
    hash.addData(descending ? QByteArrayView("d", 1) : QByteArrayView("a", 1));
    return hash.result().left(kFingerprintBytes);
}

QString ListCursor::encode(const QByteArray &fingerprint, qint64 issuedAtSeconds) const
{
    QCborMap map;
    map.insert(QLatin1String("v"), kVersion);
    map.insert(QLatin1String("d"), direction == Direction::Next ? 0 : 1);
    map.insert(QLatin1String("q"), fingerprint);
    map.insert(QLatin1String("t"), issuedAtSeconds);
    if (key) {
        QCborArray position{key->typeRank, key->sequence};
        if (!key->sortValue.isUndefined())
            position.append(QCborValue::fromJsonValue(key->sortValue));
        map.insert(QLatin1String("k"), position);
    }
    const QByteArray payload = map.toCborValue().toCbor();
    return QString::fromLatin1(QByteArray(payload + checksum(payload)).toBase64(kBase64));
}

ListCursor ListCursor::decode(const QString &token, const QByteArray &fingerprint, qint64 nowSeconds,
                              qint64 timeoutSeconds)
{
    const QByteArray encoded = token.toLatin1();
    for (const char c : encoded) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            throw invalidCursor(QStringLiteral("it is not a cursor this server issued"));
    }
    const QByteArray raw = QByteArray::fromBase64(encoded, kBase64);
    if (raw.size() <= kChecksumBytes || checksum(raw.chopped(kChecksumBytes)) != raw.right(kChecksumBytes))
        throw invalidCursor(QStringLiteral("it is not a cursor this server issued"));
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(raw.chopped(kChecksumBytes), &parseError);
    const QCborMap map = value.toMap();
    if (parseError.error != QCborError::NoError || !value.isMap() ||
        map.value(QLatin1String("v")).toInteger() != kVersion)
        throw invalidCursor(QStringLiteral("it is not a cursor this server issued"));
    if (map.value(QLatin1String("q")).toByteArray() != fingerprint)
        throw invalidCursor(QStringLiteral("it belongs to another query"));
    const qint64 issued = map.value(QLatin1String("t")).toInteger();
    if (issued > nowSeconds + kClockSkewSeconds)
        throw invalidCursor(QStringLiteral("it was issued in the future"));
    if (nowSeconds - issued > timeoutSeconds)
        throw ScimError(400, QStringLiteral("expiredCursor"),
                        QStringLiteral("The cursor has expired: request the next page within %1 seconds of the "
                                       "previous one (cursorTimeout), or start again with an empty cursor.")
                            .arg(timeoutSeconds));
    ListCursor cursor;
    cursor.direction = map.value(QLatin1String("d")).toInteger() == 0 ? Direction::Next : Direction::Previous;
    const QCborValue position = map.value(QLatin1String("k"));
    if (position.isArray()) {
        const QCborArray array = position.toArray();
        if (array.size() < 2)
            throw invalidCursor(QStringLiteral("it is not a cursor this server issued"));
        ListKey key;
        key.typeRank = int(array.at(0).toInteger());
        key.sequence = array.at(1).toInteger();
        key.sortValue = array.size() > 2 ? array.at(2).toJsonValue() : QJsonValue(QJsonValue::Undefined);
        cursor.key = key;
    }
    return cursor;
}

} // namespace scim
