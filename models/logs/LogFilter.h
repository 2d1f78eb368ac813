#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace scim {

class LogStringPool;
struct LogEntry;

// The viewer's filter set. The same filter is applied twice: as an engine query (`q`, docs/logs.md) for history,
// and by matches() on rows in LogFilterProxyModel for live events. Both must agree.
struct LogFilter
{
    enum class Result
    {
        Any,
        Success,
        Failure
    };

    QString connection; // connection name, exact
    Result result = Result::Any;
    int statusClass = 0; // 0: any; 2, 3, 4 or 5: 2xx … 5xx
    QString action;      // exact, e.g. create-user
    QString user;        // prefix of the user name, or the user id
    QString text;        // words that must all occur (case-insensitive) in the row's text fields
    QDateTime from;      // inclusive; invalid: open
    QDateTime to;        // inclusive; invalid: open

    bool isEmpty() const;
    QString toQuery() const;
    bool matches(const LogEntry &entry, const LogStringPool &pool) const;

    // The engine's log action codes (create-user, …), offered by the action filter. Codes, not texts: they are shown
    // as the engine records them, in every language.
    static QStringList knownActions();

    QVariantMap toVariantMap() const;
    static LogFilter fromVariantMap(const QVariantMap &map);

    friend bool operator==(const LogFilter &, const LogFilter &) = default;
};

} // namespace scim
