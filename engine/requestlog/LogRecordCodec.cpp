#include "requestlog/LogRecordCodec.h"

#include <QJsonDocument>

#include <cstring>

namespace scim {

namespace {
struct Fixed
{
    qint64 key;
    qint64 dateMs;
    qint64 durationNs;
    qint32 status;
    quint8 kind;
    quint8 protocol; // 0 none, 4 IPv4, 6 IPv6
    quint8 padding[2];
    quint8 address[16];
};

template <typename T> void appendPod(QByteArray &out, const T &value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

void appendString(QByteArray &out, const QString &text)
{
    appendPod(out, qint32(text.size()));
    out.append(reinterpret_cast<const char *>(text.constData()), text.size() * qsizetype(sizeof(QChar)));
}

void appendBytes(QByteArray &out, const QByteArray &bytes)
{
    appendPod(out, qint32(bytes.size()));
    out.append(bytes);
}

class Reader
{
public:
    explicit Reader(QByteArrayView in)
        : m_in(in)
    {}
    template <typename T> bool pod(T &value)
    {
        if (m_in.size() - m_at < qsizetype(sizeof value))
            return false;
        std::memcpy(&value, m_in.data() + m_at, sizeof value);
        m_at += sizeof value;
        return true;
    }
    bool string(QString &text)
    {
        qint32 size = 0;
        if (!pod(size) || size < 0 || (m_in.size() - m_at) / qsizetype(sizeof(QChar)) < size)
            return false;
        // Strings come before the odd-sized byte arrays and each record is padded to 8 bytes, so string data
        // is always 2-byte aligned, as fromRawData needs.
        text = QString::fromRawData(reinterpret_cast<const QChar *>(m_in.data() + m_at), size);
        m_at += size * qsizetype(sizeof(QChar));
        return true;
    }
    bool bytes(QByteArray &bytes)
    {
        qint32 size = 0;
        if (!pod(size) || size < 0 || m_in.size() - m_at < size)
            return false;
        bytes = size == 0 ? QByteArray() : QByteArray::fromRawData(m_in.data() + m_at, size);
        m_at += size;
        return true;
    }
    qsizetype position() const { return m_at; }

private:
    QByteArrayView m_in;
    qsizetype m_at = 0;
};
} // namespace

void LogRecordCodec::append(QByteArray &out, const LogRecord &record)
{
    Fixed fixed{};
    fixed.key = record.key;
    fixed.dateMs = record.dateMs;
    fixed.durationNs = record.durationNs;
    fixed.status = record.status;
    fixed.kind = quint8(record.kind);
    bool isIpv4 = false;
    const quint32 ipv4 = record.peer.toIPv4Address(&isIpv4);
    if (isIpv4) {
        fixed.protocol = 4;
        std::memcpy(fixed.address, &ipv4, sizeof ipv4);
    } else if (record.peer.protocol() == QAbstractSocket::IPv6Protocol) {
        fixed.protocol = 6;
        const Q_IPV6ADDR ipv6 = record.peer.toIPv6Address();
        std::memcpy(fixed.address, &ipv6, sizeof fixed.address);
    }
    appendPod(out, fixed);
    for (const QString *text : {&record.connectionId, &record.connectionName, &record.strategy, &record.subPath,
                                &record.tokenId, &record.userId, &record.userName})
        appendString(out, *text);
    appendPod(out, qint32(record.query.size()));
    for (const auto &[name, value] : record.query) {
        appendString(out, name);
        appendString(out, value);
    }
    const QByteArray extra =
        record.extra.isEmpty() ? QByteArray() : QJsonDocument(record.extra).toJson(QJsonDocument::Compact);
    for (const QByteArray *bytes : {&record.method, &record.headers, &record.requestBody, &record.responseBody, &extra})
        appendBytes(out, *bytes);
    // Keep the next record's strings 2-byte aligned for fromRawData (and its fixed part 8-byte aligned).
    out.append((8 - out.size() % 8) % 8, '\0');
}

bool LogRecordCodec::next(QByteArrayView &in, LogRecord &record)
{
    Reader reader(in);
    Fixed fixed{};
    if (!reader.pod(fixed))
        return false;
    record.key = fixed.key;
    record.dateMs = fixed.dateMs;
    record.durationNs = fixed.durationNs;
    record.status = fixed.status;
    record.kind = LogRecord::Kind(fixed.kind);
    // `record` is reused from record to record, and clients repeat: keep the address object when unchanged.
    if (fixed.protocol == 4) {
        quint32 ipv4 = 0;
        std::memcpy(&ipv4, fixed.address, sizeof ipv4);
        bool isIpv4 = false;
        if (record.peer.protocol() != QAbstractSocket::IPv4Protocol || record.peer.toIPv4Address(&isIpv4) != ipv4)
            record.peer = QHostAddress(ipv4);
    } else if (fixed.protocol == 6) {
        const QHostAddress address(fixed.address);
        if (record.peer != address)
            record.peer = address;
    } else if (!record.peer.isNull()) {
        record.peer = QHostAddress();
    }
    for (QString *text : {&record.connectionId, &record.connectionName, &record.strategy, &record.subPath,
                          &record.tokenId, &record.userId, &record.userName}) {
        if (!reader.string(*text))
            return false;
    }
    qint32 pairs = 0;
    if (!reader.pod(pairs) || pairs < 0)
        return false;
    record.query.clear();
    for (qint32 i = 0; i < pairs; ++i) {
        QString name;
        QString value;
        if (!reader.string(name) || !reader.string(value))
            return false;
        record.query.append({name, value});
    }
    QByteArray extra;
    for (QByteArray *bytes : {&record.method, &record.headers, &record.requestBody, &record.responseBody, &extra}) {
        if (!reader.bytes(*bytes))
            return false;
    }
    record.extra = extra.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(extra).object();
    qsizetype end = reader.position();
    end += (8 - end % 8) % 8;
    in = in.sliced(qMin(end, in.size()));
    return true;
}

} // namespace scim
