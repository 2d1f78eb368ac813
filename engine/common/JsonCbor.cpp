#include "common/JsonCbor.h"

#include "common/CborCursor.h"

#include <QByteArrayView>
#include <QCborMap>
#include <QCborValue>
#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace scim {

namespace {

constexpr quint8 kBytes = 2;
constexpr quint8 kText = 3;
constexpr quint8 kArray = 4;
constexpr quint8 kMap = 5;
constexpr quint8 kTag = 6;
constexpr quint8 kSimple = 7;
constexpr int kMaxDepth = 64;

// Walks CBOR as the writers above produce it (definite lengths). Anything else in the walk (indefinite lengths,
// tags or non-text keys in a wanted value, duplicate keys, text that is not UTF-8 in a wanted value, truncation)
// makes it give up, and the caller decodes the whole document with Qt instead. Members stepped over are not
// validated: in a document Qt would reject for bad UTF-8 there, the wanted members are still returned.
class CborWalker
{
public:
    CborWalker(const char *begin, const char *end)
        : m_cursor(QByteArrayView(begin, end))
    {}

    bool head(quint8 &major, quint64 &argument) { return m_cursor.head(major, argument); }
    bool text(quint64 length, QByteArrayView &out) { return m_cursor.bytes(length, out); }

    bool skip(int depth = 0)
    {
        quint8 major = 0;
        quint64 argument = 0;
        if (depth > kMaxDepth || !head(major, argument))
            return false;
        switch (major) {
        case kBytes:
        case kText: {
            QByteArrayView ignored;
            return text(argument, ignored);
        }
        case kArray:
            for (quint64 i = 0; i < argument; ++i) {
                if (!skip(depth + 1))
                    return false;
            }
            return true;
        case kMap:
            for (quint64 i = 0; i < argument; ++i) {
                if (!skip(depth + 1) || !skip(depth + 1))
                    return false;
            }
            return true;
        case kTag:
            return skip(depth + 1);
        default: // integers and simple values: the head was all of it
            return true;
        }
    }

    // The value starting here as QCborValue::toJsonValue() gives it. Strings, booleans, null and containers of
    // them are built directly; numbers and the rare rest go through QCborValue.
    bool value(QJsonValue &out, int depth = 0)
    {
        const uchar *start = m_cursor.position();
        quint8 major = 0;
        quint64 argument = 0;
        if (depth > kMaxDepth || !head(major, argument))
            return false;
        switch (major) {
        case kText: {
            QByteArrayView bytes;
            if (!text(argument, bytes))
                return false;
            const bool ascii = std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
            if (ascii)
                out = QString::fromLatin1(bytes);
            else if (bytes.isValidUtf8())
                out = QString::fromUtf8(bytes);
            else
                return false;
            return true;
        }
        case kArray: {
            QJsonArray array;
            for (quint64 i = 0; i < argument; ++i) {
                QJsonValue element;
                if (!value(element, depth + 1))
                    return false;
                array.append(element);
            }
            out = array;
            return true;
        }
        case kMap: {
            QJsonObject object;
            for (quint64 i = 0; i < argument; ++i) {
                quint8 keyMajor = 0;
                quint64 keyLength = 0;
                QByteArrayView key;
                if (!head(keyMajor, keyLength) || keyMajor != kText || !text(keyLength, key) || !key.isValidUtf8())
                    return false;
                const QString name = QString::fromUtf8(key);
                QJsonValue member;
                if (object.contains(name) || !value(member, depth + 1))
                    return false;
                object.insert(name, member);
            }
            out = object;
            return true;
        }
        case kTag:
            return false;
        case kSimple:
            if (*start == 0xf4 || *start == 0xf5) {
                out = *start == 0xf5;
                return true;
            }
            if (*start == 0xf6) {
                out = QJsonValue(QJsonValue::Null);
                return true;
            }
            break;
        default:
            if (argument > quint64(std::numeric_limits<qint64>::max()))
                return false; // an integer beyond qint64, or a huge length
            break;
        }
        // Integers, floating point, byte strings, other simple values: exactly as Qt converts them.
        m_cursor.setPosition(start);
        if (!skip(depth))
            return false;
        out = QCborValue::fromCbor(
                  QByteArray::fromRawData(reinterpret_cast<const char *>(start), m_cursor.position() - start))
                  .toJsonValue();
        return true;
    }

private:
    CborCursor m_cursor;
};

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

QJsonObject JsonCbor::decodeMembers(const QByteArray &cbor, const QList<QByteArray> &keys)
{
    CborWalker walker(cbor.constData(), cbor.constData() + cbor.size());
    QJsonObject result;
    quint8 major = 0;
    quint64 count = 0;
    bool ok = walker.head(major, count) && major == kMap;
    for (quint64 i = 0; ok && i < count; ++i) {
        quint8 keyMajor = 0;
        quint64 keyLength = 0;
        QByteArrayView key;
        ok = walker.head(keyMajor, keyLength) && keyMajor == kText && walker.text(keyLength, key);
        if (!ok)
            break;
        const bool wanted = std::any_of(keys.begin(), keys.end(),
                                        [key](const QByteArray &name) { return QByteArrayView(name) == key; });
        if (!wanted) {
            ok = walker.skip();
            continue;
        }
        const QString name = QString::fromUtf8(key);
        QJsonValue value;
        ok = !result.contains(name) && walker.value(value);
        if (ok)
            result.insert(name, value);
    }
    if (ok)
        return result;
    // Not what our writers produce: Qt decodes it whole, and the wanted members are taken from that.
    const QJsonObject whole = decode(cbor);
    result = QJsonObject();
    for (auto it = whole.constBegin(); it != whole.constEnd(); ++it) {
        if (keys.contains(it.key().toUtf8()))
            result.insert(it.key(), it.value());
    }
    return result;
}

} // namespace scim
