#pragma once

#include "protocol/ListCursor.h"
#include "protocol/ListOrder.h"
#include "storage/StorageTypes.h"

#include <QList>

#include <vector>

namespace scim {

// Picks one page out of resources that arrive in any order (a filtered scan, index lookups), keeping only as
// many as the page needs in a bounded heap: the `count` from `startIndex` (index paging), or the `count` after
// or before a cursor's key plus one to tell whether more follow. Memory stays O(startIndex + count) or
// O(count), never O(matches).
class ListWindow
{
public:
    struct Entry
    {
        ListKey key;
        StoredResource resource; // without `data` unless keepsRows()
    };

    static ListWindow atIndex(const ListOrder &order, qsizetype startIndex, qsizetype count);
    static ListWindow atCursor(const ListOrder &order, const ListCursor &cursor, qsizetype count);

    // Deep index pages would hold many rows: they keep keys and ids only and the caller re-reads the page.
    bool keepsRows() const { return m_keepRows; }
    void offer(const ListKey &key, const StoredResource &resource);
    // The page in list order; hasMore(): resources beyond the page in the walk's direction.
    QList<Entry> take();
    bool hasMore() const { return m_hasMore; }

private:
    enum class Mode
    {
        Index,
        After,
        Before
    };

    ListWindow(const ListOrder &order, Mode mode, qsizetype capacity);
    // True when `a` should leave the heap before `b` (it is further from the page's anchor).
    bool further(const ListKey &a, const ListKey &b) const;

    ListOrder m_order;
    Mode m_mode;
    qsizetype m_capacity;
    qsizetype m_skip = 0;  // index paging: entries before startIndex
    qsizetype m_count = 0; // the page size
    std::optional<ListKey> m_anchor;
    bool m_keepRows = true;
    bool m_hasMore = false;
    std::vector<Entry> m_heap;
};

} // namespace scim
