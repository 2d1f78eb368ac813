#include "models/logs/LogStringPool.h"

namespace scim {

LogStringPool::LogStringPool()
{
    m_strings.append(QString());
    m_index.insert(QString(), 0);
}

quint32 LogStringPool::intern(const QString &value)
{
    if (value.isEmpty())
        return 0;
    const auto it = m_index.constFind(value);
    if (it != m_index.constEnd())
        return *it;
    const auto index = quint32(m_strings.size());
    m_strings.append(value);
    m_index.insert(value, index);
    return index;
}

} // namespace scim
