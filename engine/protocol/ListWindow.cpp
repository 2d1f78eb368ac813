#include "protocol/ListWindow.h"

#include "common/Limits.h"

#include <algorithm>

namespace scim {

ListWindow::ListWindow(const ListOrder &order, Mode mode, qsizetype capacity)
    : m_order(order)
    , m_mode(mode)
    , m_capacity(capacity)
    , m_keepRows(capacity <= 2 * qsizetype(Limits::kMaxResults) + 1)
{}

ListWindow ListWindow::atIndex(const ListOrder &order, qsizetype startIndex, qsizetype count)
{
    const qsizetype skip = std::max<qsizetype>(0, startIndex - 1);
    ListWindow window(order, Mode::Index, count > 0 ? skip + count : 0);
    window.m_skip = skip;
    window.m_count = count;
    return window;
}

ListWindow ListWindow::atCursor(const ListOrder &order, const ListCursor &cursor, qsizetype count)
{
    ListWindow window(order, cursor.direction == ListCursor::Direction::Next ? Mode::After : Mode::Before, count + 1);
    window.m_count = count;
    window.m_anchor = cursor.key;
    return window;
}

bool ListWindow::further(const ListKey &a, const ListKey &b) const
{
    // Index and "after" pages keep the smallest keys, "before" pages the largest.
    return m_mode == Mode::Before ? m_order.compare(a, b) < 0 : m_order.compare(a, b) > 0;
}

void ListWindow::offer(const ListKey &key, const StoredResource &resource)
{
    if (m_capacity <= 0)
        return;
    if (m_anchor) {
        const int order = m_order.compare(key, *m_anchor);
        if ((m_mode == Mode::After && order <= 0) || (m_mode == Mode::Before && order >= 0))
            return;
    }
    const auto heapOrder = [this](const Entry &a, const Entry &b) { return further(b.key, a.key); };
    if (qsizetype(m_heap.size()) == m_capacity) {
        // The heap's front is the entry furthest from the anchor: the first to give way.
        if (!further(m_heap.front().key, key))
            return;
        std::pop_heap(m_heap.begin(), m_heap.end(), heapOrder);
        m_heap.pop_back();
    }
    Entry entry{key, resource};
    if (!m_keepRows)
        entry.resource.data = QJsonObject();
    m_heap.push_back(std::move(entry));
    std::push_heap(m_heap.begin(), m_heap.end(), heapOrder);
}

QList<ListWindow::Entry> ListWindow::take()
{
    std::sort(m_heap.begin(), m_heap.end(),
              [this](const Entry &a, const Entry &b) { return m_order.compare(a.key, b.key) < 0; });
    QList<Entry> page;
    auto first = m_heap.begin();
    auto last = m_heap.end();
    switch (m_mode) {
    case Mode::Index:
        first += std::min<qsizetype>(m_skip, qsizetype(m_heap.size()));
        break;
    case Mode::After:
        m_hasMore = qsizetype(m_heap.size()) > m_count;
        if (m_hasMore)
            last = first + m_count;
        break;
    case Mode::Before:
        m_hasMore = qsizetype(m_heap.size()) > m_count;
        if (m_hasMore)
            first = last - m_count;
        break;
    }
    page.reserve(last - first);
    for (auto it = first; it != last; ++it)
        page.append(std::move(*it));
    m_heap.clear();
    return page;
}

} // namespace scim
