#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringView>

#include <optional>

namespace scim {

// JSON objects stored as CBOR (RFC 8949). The writer appends bytes directly: QJsonDocument::toJson escapes
// and converts every string, and QCborStreamWriter goes through a QIODevice; on the write path either cost
// more than the rest of a row's encoding. decode() reads anything either writer produced.
class JsonCbor
{
public:
    // Empty when a string holds an unpaired UTF-16 surrogate, which CBOR text (UTF-8) cannot carry.
    static std::optional<QByteArray> encode(const QJsonObject &object);
    static QJsonObject decode(const QByteArray &cbor);
    // Only the members of the top-level map named in `keys` (UTF-8, compared exactly), as decode() gives them; the
    // other members are stepped over without being decoded. For readers that need a few attributes of many
    // resources (the mapping preview).
    static QJsonObject decodeMembers(const QByteArray &cbor, const QList<QByteArray> &keys);

    // Building blocks for callers that write a map without building a QJsonObject first. They return false
    // when a string was not valid UTF-16 (an unpaired surrogate, written as U+FFFD, as QCborValue does).
    static void appendHead(QByteArray &out, quint8 majorType, quint64 value);
    static bool appendText(QByteArray &out, QStringView text);
    static void appendText(QByteArray &out, QLatin1StringView text);
    static bool appendValue(QByteArray &out, const QJsonValue &value);
};

} // namespace scim
