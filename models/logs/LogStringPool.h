#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace scim {

// Interned strings for log rows: connection names, actions, methods, paths and users repeat across millions of
// events, so each row stores 32-bit indices into this pool instead of strings. Index 0 is the empty string. The
// pool only grows, so an index handed out stays valid for the pool's lifetime.
class LogStringPool
{
public:
    LogStringPool();

    quint32 intern(const QString &value);
    const QString &at(quint32 index) const { return m_strings.at(qsizetype(index)); }
    qsizetype size() const { return m_strings.size(); }

private:
    QStringList m_strings;
    QHash<QString, quint32> m_index;
};

} // namespace scim
