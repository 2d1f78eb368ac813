#include "requestlog/LogBlock.h"

#include "requestlog/LogId.h"

#include <cstring>

namespace scim {

namespace {
constexpr char kVersion = 1;
constexpr int kMaxListedConnections = 16;
const QByteArray kBasePath = QByteArrayLiteral("/scim/v2/connections/");

// The encoder's buffers are std::string: its inline appends cost a fraction of QByteArray's.
void appendVarint(std::string &out, quint64 value)
{
    while (value >= 0x80) {
        out.push_back(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.push_back(char(value));
}

quint64 zigzag(qint64 value)
{
    return (quint64(value) << 1) ^ quint64(value >> 63);
}

qint64 unzigzag(quint64 value)
{
    return qint64(value >> 1) ^ -qint64(value & 1);
}

// Appends the UTF-8 form of `text` prefixed by its length (shifted left by `shift` bits, or'ed with `flags`).
void appendText(std::string &out, QStringView text, int shift = 0, quint64 flags = 0)
{
    const char16_t *chars = text.utf16();
    const qsizetype size = text.size();
    bool ascii = true;
    for (qsizetype i = 0; i < size && ascii; ++i)
        ascii = chars[i] < 0x80;
    if (ascii) {
        appendVarint(out, (quint64(size) << shift) | flags);
        const size_t at = out.size();
        out.resize(at + size_t(size));
        char *to = out.data() + at;
        for (qsizetype i = 0; i < size; ++i)
            to[i] = char(chars[i]);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    appendVarint(out, (quint64(utf8.size()) << shift) | flags);
    out.append(utf8.constData(), size_t(utf8.size()));
}

void appendBytes(std::string &out, QByteArrayView bytes)
{
    appendVarint(out, quint64(bytes.size()));
    out.append(bytes.data(), size_t(bytes.size()));
}

// 64-bit FNV-1a: stored in Bloom filters, so it must never change (unlike qHash).
quint64 stableHash(QByteArrayView bytes)
{
    quint64 hash = 14695981039346656037ULL;
    for (const char c : bytes) {
        hash ^= quint8(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

std::array<int, 3> bloomBits(QByteArrayView userId)
{
    const quint64 hash = stableHash(userId);
    const quint32 h1 = quint32(hash);
    const quint32 h2 = quint32(hash >> 32) | 1;
    constexpr quint32 bits = LogBlock::kUserFilterBytes * 8;
    return {int(h1 % bits), int((h1 + h2) % bits), int((h1 + 2 * h2) % bits)};
}

class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_at(data.data())
        , m_end(data.data() + data.size())
    {}
    bool ok() const { return m_ok; }
    quint64 varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_at >= m_end)
                break;
            const quint8 byte = quint8(*m_at++);
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        m_ok = false;
        return 0;
    }
    QByteArrayView bytes(quint64 size)
    {
        if (quint64(m_end - m_at) < size) {
            m_ok = false;
            return {};
        }
        const QByteArrayView view(m_at, qsizetype(size));
        m_at += size;
        return view;
    }
    char byte()
    {
        if (m_at >= m_end) {
            m_ok = false;
            return 0;
        }
        return *m_at++;
    }

private:
    const char *m_at;
    const char *m_end;
    bool m_ok = true;
};

QString text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

QByteArray blob(QByteArrayView bytes)
{
    return bytes.isEmpty() ? QByteArray() : bytes.toByteArray();
}
} // namespace

QByteArray LogBlock::Event::path() const
{
    if (!pathRelative)
        return fields[Path].toByteArray();
    return kBasePath + fields[ConnectionId] + fields[Path];
}

LogRow LogBlock::Event::toRow() const
{
    LogRow row;
    row.key = key;
    row.dateMs = dateMs;
    row.status = status;
    row.durationUs = durationUs;
    row.type = text(fields[Type]);
    row.description = text(fields[Description]);
    row.connectionId = text(fields[ConnectionId]);
    row.connectionName = text(fields[Connection]);
    row.strategy = text(fields[Strategy]);
    row.action = text(fields[Action]);
    row.method = text(fields[Method]);
    row.tokenId = text(fields[TokenId]);
    row.ip = text(fields[Ip]);
    row.userAgent = text(fields[UserAgent]);
    row.headers = blob(fields[Headers]);
    row.userId = text(fields[UserId]);
    row.userName = text(fields[UserName]);
    row.path = QString::fromUtf8(path());
    row.query = blob(fields[Query]);
    row.requestBody = blob(fields[RequestBody]);
    row.responseBody = blob(fields[ResponseBody]);
    row.extra = blob(fields[Extra]);
    return row;
}

void LogBlock::Encoder::begin(qint64 key, qint64 dateMs)
{
    if (m_count == 0) {
        m_firstKey = key;
        m_lastKey = key;
        m_minDateMs = dateMs;
        m_maxDateMs = dateMs;
        m_users.fill(0, kUserFilterBytes);
    }
    Q_ASSERT(key >= m_lastKey);
    appendVarint(m_events, quint64(key - m_lastKey));
    appendVarint(m_events, zigzag(dateMs - LogId::milliseconds(key)));
    m_lastKey = key;
    m_minDateMs = qMin(m_minDateMs, dateMs);
    m_maxDateMs = qMax(m_maxDateMs, dateMs);
    ++m_count;
}

quint32 LogBlock::Encoder::intern(int field, const QString &value)
{
    // The same text as the previous event's (by content: the writer's texts may be views into its batch).
    QString &last = m_lastText[field];
    if (m_count > 1 && value.size() == last.size() &&
        (value.constData() == last.constData() || QStringView(value) == QStringView(last)))
        return m_lastIndex[field];
    m_scratch.clear(); // keeps its capacity
    appendText(m_scratch, value);
    Reader reader(QByteArrayView(m_scratch.data(), qsizetype(m_scratch.size()))); // skip the length prefix
    const QByteArrayView utf8 = reader.bytes(reader.varint());
    if (field == ConnectionId)
        noteConnection(utf8);
    last = value;
    return intern(field, utf8);
}

quint32 LogBlock::Encoder::intern(int field, QByteArrayView value)
{
    // fromRawData: look up without copying; only a new text is copied into the dictionary.
    const QByteArray key = QByteArray::fromRawData(value.data(), value.size());
    auto it = m_dictionary.constFind(key);
    quint32 index;
    if (it != m_dictionary.constEnd()) {
        index = *it;
    } else {
        index = m_stringCount++;
        m_dictionary.insert(value.toByteArray(), index);
        appendBytes(m_strings, value);
    }
    m_lastIndex[field] = index;
    return index;
}

void LogBlock::Encoder::noteUser(QByteArrayView userId)
{
    if (userId.isEmpty())
        return;
    for (const int bit : bloomBits(userId))
        m_users[bit / 8] = char(quint8(m_users.at(bit / 8)) | (1u << (bit % 8)));
}

void LogBlock::Encoder::noteConnection(QByteArrayView connectionId)
{
    if (m_connections.size() > kMaxListedConnections)
        return;
    for (const QByteArray &known : std::as_const(m_connections)) {
        if (known == connectionId)
            return;
    }
    m_connections.append(connectionId.toByteArray());
}

void LogBlock::Encoder::add(const LogRow &row)
{
    begin(row.key, row.dateMs);
    appendVarint(m_events, quint64(qMax(0, row.status)));
    appendVarint(m_events, quint64(qMax<qint64>(0, row.durationUs)));
    const QString *texts[] = {&row.type,     &row.description, &row.connectionId, &row.connectionName,
                              &row.strategy, &row.action,      &row.method,       &row.tokenId,
                              &row.ip,       &row.userAgent};
    for (int field = 0; field < Headers; ++field)
        appendVarint(m_events, intern(field, *texts[field]));
    if (m_count > 1 && row.headers.size() == m_lastHeaders.size() &&
        (row.headers.constData() == m_lastHeaders.constData() || row.headers == m_lastHeaders)) {
        appendVarint(m_events, m_lastIndex[Headers]);
    } else {
        appendVarint(m_events, intern(Headers, QByteArrayView(row.headers)));
        m_lastHeaders = row.headers;
    }

    const size_t userAt = m_events.size();
    appendText(m_events, row.userId);
    {
        Reader reader(QByteArrayView(m_events.data() + userAt, qsizetype(m_events.size() - userAt)));
        noteUser(reader.bytes(reader.varint()));
    }
    appendText(m_events, row.userName);
    // The path mostly starts with the connection's base path, which the block already holds: keep only the rest.
    const qsizetype baseSize = kBasePath.size() + row.connectionId.size();
    if (!row.connectionId.isEmpty() && row.path.startsWith(QLatin1String(kBasePath)) &&
        QStringView(row.path).sliced(kBasePath.size()).startsWith(row.connectionId))
        appendText(m_events, QStringView(row.path).sliced(baseSize), 1, 1);
    else
        appendText(m_events, row.path, 1, 0);
    appendBytes(m_events, row.query);
    appendBytes(m_events, row.requestBody);
    appendBytes(m_events, row.responseBody);
    appendBytes(m_events, row.extra);
}

bool LogBlock::Encoder::isFull() const
{
    return m_count >= kMaxEvents || qsizetype(m_events.size() + m_strings.size()) >= kMaxBytes;
}

QByteArray LogBlock::Encoder::connections() const
{
    if (m_connections.size() > kMaxListedConnections)
        return QByteArrayLiteral("*");
    return m_connections.join(' ');
}

QByteArray LogBlock::Encoder::data() const
{
    std::string head;
    head.push_back(kVersion);
    appendVarint(head, m_stringCount);
    std::string middle;
    appendVarint(middle, quint64(m_count));
    appendVarint(middle, quint64(m_firstKey));
    QByteArray out;
    out.reserve(qsizetype(head.size() + m_strings.size() + middle.size() + m_events.size()));
    out.append(head.data(), qsizetype(head.size()));
    out.append(m_strings.data(), qsizetype(m_strings.size()));
    out.append(middle.data(), qsizetype(middle.size()));
    out.append(m_events.data(), qsizetype(m_events.size()));
    return out;
}

void LogBlock::Encoder::clear()
{
    m_count = 0;
    m_stringCount = 0;
    m_strings.clear();
    m_events.clear();
    m_connections.clear();
    m_dictionary.clear();
    m_lastText = {};
    m_lastHeaders = QByteArray();
}

bool LogBlock::decode(QByteArrayView data, std::vector<Event> &events)
{
    events.clear();
    Reader reader(data);
    if (reader.byte() != kVersion)
        return false;
    const quint64 stringCount = reader.varint();
    if (!reader.ok() || stringCount > quint64(data.size()))
        return false;
    std::vector<QByteArrayView> strings(stringCount);
    for (QByteArrayView &string : strings)
        string = reader.bytes(reader.varint());
    const quint64 count = reader.varint();
    qint64 key = qint64(reader.varint());
    if (!reader.ok() || count > quint64(data.size()))
        return false;
    events.resize(count);
    for (Event &event : events) {
        key += qint64(reader.varint());
        event.key = key;
        event.dateMs = LogId::milliseconds(key) + unzigzag(reader.varint());
        event.status = int(reader.varint());
        event.durationUs = qint64(reader.varint());
        for (int field = 0; field < kInternedFields; ++field) {
            const quint64 index = reader.varint();
            if (index >= stringCount)
                return false;
            event.fields[field] = strings[index];
        }
        event.fields[UserId] = reader.bytes(reader.varint());
        event.fields[UserName] = reader.bytes(reader.varint());
        const quint64 path = reader.varint();
        event.pathRelative = path & 1;
        event.fields[Path] = reader.bytes(path >> 1);
        for (const int field : {Query, RequestBody, ResponseBody, Extra})
            event.fields[field] = reader.bytes(reader.varint());
        if (!reader.ok())
            return false;
    }
    return true;
}

bool LogBlock::usersMayContain(QByteArrayView filter, QByteArrayView userId)
{
    if (filter.size() != kUserFilterBytes)
        return true;
    for (const int bit : bloomBits(userId)) {
        if (!(quint8(filter.at(bit / 8)) & (1u << (bit % 8))))
            return false;
    }
    return true;
}

bool LogBlock::connectionsMayContain(QByteArrayView connections, QByteArrayView connectionId)
{
    if (connections == "*")
        return true;
    qsizetype from = 0;
    while (from <= connections.size()) {
        qsizetype end = connections.indexOf(' ', from);
        if (end < 0)
            end = connections.size();
        if (connections.sliced(from, end - from) == connectionId)
            return true;
        from = end + 1;
    }
    return false;
}

} // namespace scim
