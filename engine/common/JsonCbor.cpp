#include "common/JsonCbor.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonArray>

#include <algorithm>

namespace scim {

namespace {

constexpr quint8 kText = 3;
constexpr quint8 kArray = 4;
constexpr quint8 kMap = 5;

} // namespace

void JsonCbor::appendHead(QByteArray &out, quint8 majorType, quint64 value)
{
    const char type = char(majorType << 5);
    if (value < 24) {
        out.append(char(type | char(value)));
    } else if (value <= 0xff) {
        out.append(char(type | 24));
        out.append(char(value));
    } else if (value <= 0xffff) {
        out.append(char(type | 25));
        out.append(char(value >> 8));
        out.append(char(value));
    } else if (value <= 0xffffffffu) {
        out.append(char(type | 26));
        for (int shift = 24; shift >= 0; shift -= 8)
            out.append(char(value >> shift));
    } else {
        out.append(char(type | 27));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char(value >> shift));
    }
}

bool JsonCbor::appendText(QByteArray &out, QStringView text)
{
    // Stored strings are nearly always ASCII, whose UTF-8 is one byte per character.
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        const QByteArray utf8 = text.toUtf8();
        appendHead(out, kText, quint64(utf8.size()));
        out.append(utf8);
        return text.isValidUtf16();
    }
    appendHead(out, kText, quint64(text.size()));
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *bytes = out.data() + start;
    for (const QChar c : text)
        *bytes++ = char(c.unicode());
    return true;
}

void JsonCbor::appendText(QByteArray &out, QLatin1StringView text)
{
    if (std::any_of(text.begin(), text.end(), [](char c) { return uchar(c) >= 0x80; })) {
        appendText(out, QStringView(QString(text)));
        return;
    }
    appendHead(out, kText, quint64(text.size()));
    out.append(text.data(), text.size());
}

bool JsonCbor::appendValue(QByteArray &out, const QJsonValue &value)
{
    bool valid = true;
    switch (value.type()) {
    case QJsonValue::String:
        valid = appendText(out, value.toString());
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? char(0xf5) : char(0xf4));
        break;
    case QJsonValue::Null:
        out.append(char(0xf6));
        break;
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        appendHead(out, kMap, quint64(object.size()));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            valid &= appendText(out, it.key());
            valid &= appendValue(out, it.value());
        }
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        appendHead(out, kArray, quint64(array.size()));
        for (const QJsonValue &element : array)
            valid &= appendValue(out, element);
        break;
    }
    default: // numbers (integer or double) exactly as QCborValue encodes them; undefined never occurs in JSON
        out.append(QCborValue::fromJsonValue(value).toCbor());
        break;
    }
    return valid;
}

std::optional<QByteArray> JsonCbor::encode(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(1024);
    if (!appendValue(out, object))
        return std::nullopt;
    return out;
}

QJsonObject JsonCbor::decode(const QByteArray &cbor)
{
    return QCborValue::fromCbor(cbor).toMap().toJsonObject();
}

} // namespace scim
