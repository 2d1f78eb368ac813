#include "common/JsonWriter.h"

#include <QCborValue>
#include <QJsonValue>
#include <QLocale>

namespace scim {

namespace {

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

char *escapeUnit(char *cursor, char16_t unit)
{
    *cursor++ = '\\';
    *cursor++ = 'u';
    for (int shift = 12; shift >= 0; shift -= 4)
        *cursor++ = hexDigit((unit >> shift) & 0xf);
    return cursor;
}

void appendString(QByteArray &out, const QString &text)
{
    // Written through a raw cursor into space reserved for the worst case (6 bytes per UTF-16 unit): appending
    // byte by byte costs a capacity check per character.
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6 + 2);
    char *cursor = out.data() + start;
    *cursor++ = '"';
    const char16_t *src = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t unit = *src++;
        if (unit < 0x80) {
            if (unit >= 0x20 && unit != u'"' && unit != u'\\') {
                *cursor++ = char(unit);
                continue;
            }
            switch (unit) {
            case u'"':
                *cursor++ = '\\';
                *cursor++ = '"';
                break;
            case u'\\':
                *cursor++ = '\\';
                *cursor++ = '\\';
                break;
            case u'\b':
                *cursor++ = '\\';
                *cursor++ = 'b';
                break;
            case u'\f':
                *cursor++ = '\\';
                *cursor++ = 'f';
                break;
            case u'\n':
                *cursor++ = '\\';
                *cursor++ = 'n';
                break;
            case u'\r':
                *cursor++ = '\\';
                *cursor++ = 'r';
                break;
            case u'\t':
                *cursor++ = '\\';
                *cursor++ = 't';
                break;
            default:
                cursor = escapeUnit(cursor, unit);
                break;
            }
        } else if (unit < 0x800) {
            *cursor++ = char(0xc0 | (unit >> 6));
            *cursor++ = char(0x80 | (unit & 0x3f));
        } else if (!QChar::isSurrogate(unit)) {
            *cursor++ = char(0xe0 | (unit >> 12));
            *cursor++ = char(0x80 | ((unit >> 6) & 0x3f));
            *cursor++ = char(0x80 | (unit & 0x3f));
        } else if (QChar::isHighSurrogate(unit) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t ucs4 = QChar::surrogateToUcs4(unit, *src++);
            *cursor++ = char(0xf0 | (ucs4 >> 18));
            *cursor++ = char(0x80 | ((ucs4 >> 12) & 0x3f));
            *cursor++ = char(0x80 | ((ucs4 >> 6) & 0x3f));
            *cursor++ = char(0x80 | (ucs4 & 0x3f));
        } else {
            cursor = escapeUnit(cursor, unit); // an unpaired surrogate has no UTF-8 form; Qt escapes it too
        }
    }
    *cursor++ = '"';
    out.resize(cursor - out.constData());
}

void appendValue(QByteArray &out, const QJsonValue &value);

void appendObject(QByteArray &out, const QJsonObject &object)
{
    out.append('{');
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out.append(',');
        first = false;
        appendString(out, it.key());
        out.append(':');
        appendValue(out, it.value());
    }
    out.append('}');
}

void appendArray(QByteArray &out, const QJsonArray &array)
{
    out.append('[');
    bool first = true;
    for (const QJsonValue &element : array) {
        if (!first)
            out.append(',');
        first = false;
        appendValue(out, element);
    }
    out.append(']');
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? QByteArrayView("true") : QByteArrayView("false"));
        break;
    case QJsonValue::Double: {
        // QJsonValue keeps integers and doubles apart internally; QCborValue exposes which one this is.
        const QCborValue number = QCborValue::fromJsonValue(value);
        if (number.isInteger()) {
            out.append(QByteArray::number(number.toInteger()));
        } else {
            const double d = number.toDouble();
            out.append(qIsFinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest)
                                    : QByteArrayLiteral("null"));
        }
        break;
    }
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        break;
    case QJsonValue::Array:
        appendArray(out, value.toArray());
        break;
    default: // Null; Undefined cannot be stored in an object or array
        out.append("null", 4);
        break;
    }
}

} // namespace

QByteArray JsonWriter::compact(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(1024);
    appendObject(out, object);
    return out;
}

QByteArray JsonWriter::compact(const QJsonArray &array)
{
    QByteArray out;
    out.reserve(1024);
    appendArray(out, array);
    return out;
}

void JsonWriter::appendString(QByteArray &out, const QString &text)
{
    scim::appendString(out, text);
}

} // namespace scim
