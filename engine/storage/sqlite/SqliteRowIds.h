#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <optional>
#include <vector>

namespace scim {

// Which row of `resources` (its `seq`) holds each resource id, in memory: 16 bytes a resource instead of a descent
// of the `resources_by_id` index. At a million users that index is 50 MB of leaf pages that SQLite's page cache
// cannot keep beside the table's, so each lookup by id read two pages from the file; with this it reads one.
//
// It keeps a 64-bit hash of the id, not the id: an entry is a hint that SqliteStore checks against the row it
// names (`WHERE seq = ? AND id = ?`). A stale entry (a rolled-back insert whose seq went to another row, a
// connection's resources deleted by cascade) or two ids with one hash cost a fallback to the index, never a wrong
// answer, so the hints need no rollback handling. Open addressing with linear probing and backward-shift deletion.
class SqliteRowIds
{
public:
    void insert(QStringView id, qint64 seq);
    void insertUtf8(QByteArrayView id, qint64 seq); // the same, from SQLite's UTF-8 text without a conversion
    void remove(QStringView id);
    std::optional<qint64> find(QStringView id) const;
    void clear();

    qsizetype size() const { return m_size; }
    qsizetype bytes() const { return qsizetype(m_slots.capacity() * sizeof(Slot)); }

private:
    struct Slot
    {
        quint64 hash = 0; // 0: empty
        qint64 seq = 0;
    };

    static quint64 hashOf(QStringView id);
    static quint64 hashOfUtf8(QByteArrayView id);
    void insertHash(quint64 hash, qint64 seq);
    size_t slotOf(quint64 hash) const { return size_t(hash & (m_slots.size() - 1)); }
    void grow();

    std::vector<Slot> m_slots;
    qsizetype m_size = 0;
};

} // namespace scim
