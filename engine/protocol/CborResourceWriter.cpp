#include "protocol/CborResourceWriter.h"

#include "common/CborCursor.h"
#include "common/JsonWriter.h"
#include "protocol/schema/ResourceType.h"
#include "protocol/schema/Schema.h"
#include "protocol/validation/AttributeProjection.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>
#include <numeric>

namespace scim {

namespace {

constexpr quint8 kUnsigned = 0;
constexpr quint8 kNegative = 1;
constexpr quint8 kText = 3;
constexpr quint8 kArray = 4;
constexpr quint8 kMap = 5;
constexpr quint8 kSimple = 7;
constexpr int kMaxDepth = 512;

int compareKeys(QByteArrayView a, QByteArrayView b)
{
    const int common = std::memcmp(a.data(), b.data(), size_t(std::min(a.size(), b.size())));
    if (common != 0)
        return common;
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

// A top-level attribute written in place of (or merged with) the stored one.
struct Insertion
{
    QByteArray key;
    QByteArray json;
    bool meta = false;
};

class Transcoder
{
public:
    Transcoder(QByteArrayView cbor, QByteArray &out)
        : m_cursor(cbor)
        , m_out(out)
    {}

    bool atEnd() const { return m_cursor.atEnd(); }

    bool head(quint8 &major, quint64 &value)
    {
        quint8 info = 0;
        if (!m_cursor.head(major, value, &info))
            return false;
        // Floats (major 7 with a payload) are left to the general path: its number formatting decides.
        return major != kSimple || info < 24;
    }

    bool text(quint64 length, QByteArrayView &bytes) { return m_cursor.bytes(length, bytes); }

    // A map's count or an array's length, bounded by the bytes left (each element takes at least one).
    bool count(quint64 value) const { return value <= m_cursor.remaining(); }

    bool key(QByteArrayView &bytes)
    {
        quint8 major;
        quint64 length;
        if (!head(major, length) || major != kText || !text(length, bytes))
            return false;
        return std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
    }

    bool peekIsMap() const { return m_cursor.peekMajor() == kMap; }

    // One value as JSON; maps checked against `extension` for attributes hidden by default.
    bool value(int depth, const Schema *extension = nullptr)
    {
        if (depth > kMaxDepth)
            return false;
        quint8 major;
        quint64 argument;
        if (!head(major, argument))
            return false;
        switch (major) {
        case kUnsigned:
        case kNegative: {
            if (argument > quint64(std::numeric_limits<qint64>::max()))
                return false; // QCborValue makes these doubles
            const qint64 number = major == kUnsigned ? qint64(argument) : -1 - qint64(argument);
            char digits[24];
            const auto result = std::to_chars(digits, digits + sizeof digits, number);
            m_out.append(digits, result.ptr - digits);
            return true;
        }
        case kText: {
            QByteArrayView bytes;
            if (!text(argument, bytes))
                return false;
            appendString(bytes);
            return true;
        }
        case kArray: {
            if (!count(argument))
                return false;
            m_out.append('[');
            for (quint64 i = 0; i < argument; ++i) {
                if (i)
                    m_out.append(',');
                if (!value(depth + 1))
                    return false;
            }
            m_out.append(']');
            return true;
        }
        case kMap: {
            if (!count(argument))
                return false;
            m_out.append('{');
            QByteArrayView previous;
            for (quint64 i = 0; i < argument; ++i) {
                QByteArrayView name;
                if (!key(name) || (i && compareKeys(previous, name) >= 0))
                    return false;
                previous = name;
                if (extension && hidden(*extension, name))
                    return false;
                if (i)
                    m_out.append(',');
                appendString(name);
                m_out.append(':');
                if (!value(depth + 1))
                    return false;
            }
            m_out.append('}');
            return true;
        }
        case kSimple:
            switch (argument) {
            case 20:
                m_out.append("false", 5);
                return true;
            case 21:
                m_out.append("true", 4);
                return true;
            case 22:
                m_out.append("null", 4);
                return true;
            default: // undefined and unassigned simple values
                return false;
            }
        default: // byte strings and tags: JSON has no such value
            return false;
        }
    }

    // Writes `"location":…` into the stored meta map at its place in key order.
    bool meta(const QByteArray &location)
    {
        quint8 major;
        quint64 entries;
        if (!head(major, entries) || major != kMap || !count(entries))
            return false;
        static const QByteArrayView kLocation("location");
        m_out.append('{');
        bool written = false;
        bool any = false;
        QByteArrayView previous;
        for (quint64 i = 0; i < entries; ++i) {
            QByteArrayView name;
            if (!key(name) || (i && compareKeys(previous, name) >= 0))
                return false;
            previous = name;
            const int order = compareKeys(kLocation, name);
            if (order == 0)
                return false;
            if (order < 0 && !written) {
                if (any)
                    m_out.append(',');
                m_out.append(location);
                any = written = true;
            }
            if (any)
                m_out.append(',');
            appendString(name);
            m_out.append(':');
            if (!value(2))
                return false;
            any = true;
        }
        if (!written) {
            if (any)
                m_out.append(',');
            m_out.append(location);
        }
        m_out.append('}');
        return true;
    }

    static bool hidden(const Schema &schema, QByteArrayView name)
    {
        const QString attribute = QString::fromLatin1(name);
        const AttributeDefinition *def = schema.attribute(attribute);
        return def && AttributeProjection::hidesByDefault(*def);
    }

    // ASCII or UTF-8 text as a JSON string, escaped exactly as JsonWriter escapes it.
    void appendString(QByteArrayView bytes)
    {
        const qsizetype start = m_out.size();
        m_out.resize(start + bytes.size() * 6 + 2);
        char *cursor = m_out.data() + start;
        *cursor++ = '"';
        for (const char c : bytes) {
            const uchar unit = uchar(c);
            if (unit >= 0x20 && unit != '"' && unit != '\\') {
                *cursor++ = c;
                continue;
            }
            *cursor++ = '\\';
            switch (unit) {
            case '"':
                *cursor++ = '"';
                break;
            case '\\':
                *cursor++ = '\\';
                break;
            case '\b':
                *cursor++ = 'b';
                break;
            case '\f':
                *cursor++ = 'f';
                break;
            case '\n':
                *cursor++ = 'n';
                break;
            case '\r':
                *cursor++ = 'r';
                break;
            case '\t':
                *cursor++ = 't';
                break;
            default:
                *cursor++ = 'u';
                *cursor++ = '0';
                *cursor++ = '0';
                *cursor++ = char('0' + (unit >> 4));
                *cursor++ = "0123456789abcdef"[unit & 0xf];
                break;
            }
        }
        *cursor++ = '"';
        m_out.resize(cursor - m_out.constData());
    }

private:
    CborCursor m_cursor;
    QByteArray &m_out;
};

bool hiddenAtTop(const ResourceType &type, const QString &name)
{
    const AttributeDefinition *def = type.attribute(type.coreSchema(), name);
    return def && AttributeProjection::hidesByDefault(*def);
}

} // namespace

std::optional<QByteArray> CborResourceWriter::render(QByteArrayView cbor, const ResourceType &type,
                                                     const QString &location,
                                                     const QList<QPair<QString, QByteArray>> &computed)
{
    QList<Insertion> insertions;
    insertions.reserve(computed.size() + 1);
    for (const auto &[name, json] : computed) {
        if (hiddenAtTop(type, name))
            return std::nullopt;
        insertions.append({name.toLatin1(), json, false});
    }
    const QString metaName = QStringLiteral("meta");
    if (hiddenAtTop(type, metaName))
        return std::nullopt;
    QByteArray locationMember = QByteArrayLiteral("\"location\":");
    JsonWriter::appendString(locationMember, location);
    insertions.append({metaName.toLatin1(), '{' + locationMember + '}', true});
    std::sort(insertions.begin(), insertions.end(),
              [](const Insertion &a, const Insertion &b) { return compareKeys(a.key, b.key) < 0; });

    QByteArray out;
    out.reserve(cbor.size() * 2 + location.size() + 256 +
                std::accumulate(computed.begin(), computed.end(), qsizetype(0),
                                [](qsizetype sum, const auto &entry) { return sum + entry.second.size(); }));
    Transcoder reader(cbor, out);
    quint8 major;
    quint64 entries;
    if (!reader.head(major, entries) || major != kMap || !reader.count(entries))
        return std::nullopt;
    out.append('{');
    bool first = true;
    const auto separate = [&out, &first] {
        if (!first)
            out.append(',');
        first = false;
    };
    const auto insert = [&](const Insertion &insertion) {
        separate();
        reader.appendString(insertion.key);
        out.append(':');
        out.append(insertion.json);
    };
    qsizetype next = 0;
    QByteArrayView previous;
    char16_t wide[256];
    for (quint64 i = 0; i < entries; ++i) {
        QByteArrayView name;
        if (!reader.key(name) || (i && compareKeys(previous, name) >= 0))
            return std::nullopt;
        previous = name;
        while (next < insertions.size() && compareKeys(insertions.at(next).key, name) < 0)
            insert(insertions.at(next++));
        if (next < insertions.size() && compareKeys(insertions.at(next).key, name) == 0) {
            const Insertion &insertion = insertions.at(next++);
            if (insertion.meta) {
                separate();
                reader.appendString(name);
                out.append(':');
                if (!reader.meta(locationMember))
                    return std::nullopt;
            } else {
                insert(insertion);
                // The stored value is replaced: read past it without writing it.
                const qsizetype mark = out.size();
                if (!reader.value(1))
                    return std::nullopt;
                out.truncate(mark);
            }
            continue;
        }
        // The same check as the general path's "is the default projection the identity?".
        QStringView attribute;
        QString longName;
        if (name.size() <= qsizetype(std::size(wide))) {
            std::copy(name.begin(), name.end(), wide);
            attribute = QStringView(wide, name.size());
        } else {
            longName = QString::fromLatin1(name);
            attribute = longName;
        }
        const Schema *extension = type.extensionSchema(attribute);
        if (!extension) {
            const AttributeDefinition *def = type.attribute(type.coreSchema(), attribute);
            if (def && AttributeProjection::hidesByDefault(*def))
                return std::nullopt;
        }
        separate();
        reader.appendString(name);
        out.append(':');
        if (!reader.value(1, extension && reader.peekIsMap() ? extension : nullptr))
            return std::nullopt;
    }
    while (next < insertions.size())
        insert(insertions.at(next++));
    if (!reader.atEnd())
        return std::nullopt;
    out.append('}');
    return out;
}

} // namespace scim
