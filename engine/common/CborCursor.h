#pragma once

#include <QByteArrayView>

namespace scim {

// Reads definite-length CBOR (RFC 8949 §3) in place: heads and their arguments, and the bytes of strings, without
// copying. The one reader under JsonCbor::decodeMembers and protocol/CborResourceWriter, which walk stored rows.
class CborCursor
{
public:
    explicit CborCursor(QByteArrayView cbor)
        : m_p(reinterpret_cast<const uchar *>(cbor.data()))
        , m_end(m_p + cbor.size())
    {}

    bool atEnd() const { return m_p >= m_end; }
    quint64 remaining() const { return quint64(m_end - m_p); }
    const uchar *position() const { return m_p; }
    void setPosition(const uchar *position) { m_p = position; }
    // The major type of the next head, or -1 at the end.
    int peekMajor() const { return m_p < m_end ? *m_p >> 5 : -1; }

    // The next head: its major type, its argument (a value, a length or a count) and its additional information
    // (floats and simple values differ by it). False at the end, for an indefinite length or a reserved value.
    bool head(quint8 &major, quint64 &argument, quint8 *info = nullptr)
    {
        if (m_p >= m_end)
            return false;
        const uchar initial = *m_p++;
        major = initial >> 5;
        const uchar additional = initial & 0x1f;
        if (info)
            *info = additional;
        if (additional < 24) {
            argument = additional;
            return true;
        }
        if (additional > 27)
            return false;
        const int size = 1 << (additional - 24);
        if (m_end - m_p < size)
            return false;
        argument = 0;
        for (int i = 0; i < size; ++i)
            argument = (argument << 8) | *m_p++;
        return true;
    }

    // The next `length` bytes (a string's content).
    bool bytes(quint64 length, QByteArrayView &out)
    {
        if (remaining() < length)
            return false;
        out = QByteArrayView(m_p, qsizetype(length));
        m_p += length;
        return true;
    }

private:
    const uchar *m_p;
    const uchar *m_end;
};

} // namespace scim
