#include "storage/sqlite/SqliteRowIds.h"

#include <QHashFunctions>

namespace scim {

quint64 SqliteRowIds::hashOfUtf8(QByteArrayView id)
{
    // Qt's hash with a fixed seed over the id's UTF-8 bytes (what SQLite stores, so loading converts nothing).
    // The table lives in one process and needs no hash that is stable across runs. 0 marks an empty slot.
    const quint64 hash = qHash(id, size_t(0x9e3779b97f4a7c15ULL));
    return hash ? hash : 1;
}

quint64 SqliteRowIds::hashOf(QStringView id)
{
    // Server-assigned ids are ASCII (UUIDs): their UTF-8 is their Latin-1, made without an allocation.
    char ascii[128];
    if (id.size() <= qsizetype(sizeof ascii)) {
        qsizetype i = 0;
        for (; i < id.size() && id[i].unicode() < 0x80; ++i)
            ascii[i] = char(id[i].unicode());
        if (i == id.size())
            return hashOfUtf8(QByteArrayView(ascii, i));
    }
    return hashOfUtf8(id.toUtf8());
}

void SqliteRowIds::insert(QStringView id, qint64 seq)
{
    insertHash(hashOf(id), seq);
}

void SqliteRowIds::insertUtf8(QByteArrayView id, qint64 seq)
{
    insertHash(hashOfUtf8(id), seq);
}

void SqliteRowIds::insertHash(quint64 hash, qint64 seq)
{
    // At most three quarters full, so a probe stays short.
    if ((m_size + 1) * 4 > qsizetype(m_slots.size()) * 3)
        grow();
    for (size_t i = slotOf(hash);; i = (i + 1) & (m_slots.size() - 1)) {
        Slot &slot = m_slots[i];
        if (slot.hash == hash) { // the same id again, or another with its hash: the newest row wins
            slot.seq = seq;
            return;
        }
        if (slot.hash == 0) {
            slot = {hash, seq};
            ++m_size;
            return;
        }
    }
}

void SqliteRowIds::remove(QStringView id)
{
    if (m_slots.empty())
        return;
    const quint64 hash = hashOf(id);
    const size_t mask = m_slots.size() - 1;
    size_t hole = slotOf(hash);
    while (m_slots[hole].hash != hash) {
        if (m_slots[hole].hash == 0)
            return;
        hole = (hole + 1) & mask;
    }
    // Backward shift: move each later entry of the run into the hole if its home slot allows, so that no probe
    // meets an empty slot before its entry (no tombstones to clean up later).
    for (size_t next = (hole + 1) & mask; m_slots[next].hash != 0; next = (next + 1) & mask) {
        const size_t home = slotOf(m_slots[next].hash);
        if (((next - home) & mask) >= ((next - hole) & mask)) {
            m_slots[hole] = m_slots[next];
            hole = next;
        }
    }
    m_slots[hole] = Slot();
    --m_size;
}

std::optional<qint64> SqliteRowIds::find(QStringView id) const
{
    if (m_slots.empty())
        return std::nullopt;
    const quint64 hash = hashOf(id);
    for (size_t i = slotOf(hash);; i = (i + 1) & (m_slots.size() - 1)) {
        const Slot &slot = m_slots[i];
        if (slot.hash == hash)
            return slot.seq;
        if (slot.hash == 0)
            return std::nullopt;
    }
}

void SqliteRowIds::clear()
{
    std::vector<Slot>().swap(m_slots);
    m_size = 0;
}

void SqliteRowIds::grow()
{
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.resize(old.empty() ? 1024 : old.size() * 2);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.hash == 0)
            continue;
        size_t i = slotOf(slot.hash);
        while (m_slots[i].hash != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

} // namespace scim
