#pragma once

#include "requestlog/LogRow.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <array>
#include <string>
#include <vector>

namespace scim {

// Many log events in one compact blob. The writer stores each batch as a few blocks instead of one SQLite row and
// two index entries per event: per-event B-tree inserts were most of what logging cost a busy engine
// (docs/logs.md, "Storage"). Texts that repeat from event to event (connection, headers, user agent, description,
// action...) are stored once per block. The `logs` virtual table (LogBlockTable) reads blocks back as rows.
class LogBlock
{
public:
    // The first kInternedFields are stored once per block and referenced by index; the rest inline.
    enum Field
    {
        Type,
        Description,
        ConnectionId,
        Connection,
        Strategy,
        Action,
        Method,
        TokenId,
        Ip,
        UserAgent,
        Headers,
        UserId,
        UserName,
        Path, // without "/scim/v2/connections/{connection_id}" when it starts so (see Event::pathRelative)
        Query,
        RequestBody,
        ResponseBody,
        Extra,
        FieldCount
    };
    static constexpr int kInternedFields = Headers + 1;
    static constexpr int kMaxEvents = 1024;
    static constexpr qsizetype kMaxBytes = 1024 * 1024;
    // 16,384 bits: about 0.5 % false positives with 1,024 distinct users in a block.
    static constexpr int kUserFilterBytes = 2048;

    // A decoded event: views into the block's bytes, which must outlive it.
    struct Event
    {
        qint64 key = 0;
        qint64 dateMs = 0;
        int status = 0;
        qint64 durationUs = 0;
        bool pathRelative = false;
        std::array<QByteArrayView, FieldCount> fields;

        QByteArray path() const;
        LogRow toRow() const;
    };

    // Appends events (in key order) and hands out the finished block with its search summary.
    class Encoder
    {
    public:
        void add(const LogRow &row); // rows in ascending key order
        bool isFull() const;
        bool isEmpty() const { return m_count == 0; }
        int count() const { return m_count; }
        qint64 firstKey() const { return m_firstKey; }
        qint64 lastKey() const { return m_lastKey; }
        qint64 minDateMs() const { return m_minDateMs; }
        qint64 maxDateMs() const { return m_maxDateMs; }
        // Space-separated distinct connection ids, or "*" when there are too many to list.
        QByteArray connections() const;
        // A Bloom filter of the user ids (kUserFilterBytes), to skip blocks when searching one user's events.
        const QByteArray &users() const { return m_users; }
        QByteArray data() const;
        void clear();

    private:
        quint32 intern(int field, const QString &value);
        quint32 intern(int field, QByteArrayView value);
        void begin(qint64 key, qint64 dateMs);
        void noteUser(QByteArrayView userId);
        void noteConnection(QByteArrayView connectionId);

        int m_count = 0;
        qint64 m_firstKey = 0;
        qint64 m_lastKey = 0;
        qint64 m_minDateMs = 0;
        qint64 m_maxDateMs = 0;
        quint32 m_stringCount = 0;
        std::string m_strings;
        std::string m_events;
        QByteArray m_users;
        QList<QByteArray> m_connections;
        QHash<QByteArray, quint32> m_dictionary;
        // The previous value per interned field: the writer's texts are usually the very same shared strings.
        std::array<QString, kInternedFields> m_lastText;
        std::array<quint32, kInternedFields> m_lastIndex{};
        QByteArray m_lastHeaders;
        std::string m_scratch;
    };

    // Decodes a block; false when the bytes are not a valid block.
    static bool decode(QByteArrayView data, std::vector<Event> &events);
    static bool usersMayContain(QByteArrayView filter, QByteArrayView userId);
    static bool connectionsMayContain(QByteArrayView connections, QByteArrayView connectionId);
};

} // namespace scim
