#include "models/logs/LogFilter.h"

#include "models/logs/LogEntry.h"
#include "models/logs/LogStringPool.h"

#include <QStringList>

namespace scim {

namespace {

// A value the engine's query parser reads as one token; anything else is quoted (quotes and backslashes dropped).
QString term(const QString &value)
{
    static const QString plain = QStringLiteral("-_.@+");
    bool simple = !value.isEmpty();
    for (const QChar c : value) {
        if (!c.isLetterOrNumber() && !plain.contains(c)) {
            simple = false;
            break;
        }
    }
    if (simple)
        return value;
    QString quoted = value;
    quoted.remove(u'"');
    quoted.remove(u'\\');
    return u'"' + quoted + u'"';
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QStringList words(const QString &text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

} // namespace

bool LogFilter::isEmpty() const
{
    return *this == LogFilter();
}

QString LogFilter::toQuery() const
{
    QStringList parts;
    if (!connection.isEmpty())
        parts << QStringLiteral("connection:") + term(connection);
    if (result != Result::Any)
        parts << (result == Result::Success ? QStringLiteral("type:sscim") : QStringLiteral("type:fscim"));
    if (statusClass >= 1 && statusClass <= 5)
        parts << QStringLiteral("status:[%1 TO %2]").arg(statusClass * 100).arg(statusClass * 100 + 99);
    if (!action.isEmpty())
        parts << QStringLiteral("action:") + term(action);
    if (!user.isEmpty()) {
        const QString value = term(user);
        // A quoted value cannot carry a prefix wildcard: quoted users match exactly.
        const QString prefix = value.startsWith(u'"') ? value : value + u'*';
        parts << QStringLiteral("(user_name:%1 OR user_id:%2)").arg(prefix, value);
    }
    for (const QString &word : words(text)) {
        QString cleaned = word;
        cleaned.remove(u'"');
        cleaned.remove(u'\\');
        if (!cleaned.isEmpty())
            parts << term(cleaned);
    }
    if (from.isValid() || to.isValid())
        parts << QStringLiteral("date:[%1 TO %2]")
                     .arg(from.isValid() ? isoUtc(from) : QStringLiteral("*"),
                          to.isValid() ? isoUtc(to) : QStringLiteral("*"));
    return parts.join(QStringLiteral(" AND "));
}

bool LogFilter::matches(const LogEntry &entry, const LogStringPool &pool) const
{
    if (!connection.isEmpty() && pool.at(entry.connection) != connection)
        return false;
    if (result == Result::Success && entry.failure)
        return false;
    if (result == Result::Failure && !entry.failure)
        return false;
    if (statusClass != 0 && entry.status / 100 != statusClass)
        return false;
    if (!action.isEmpty() && pool.at(entry.action) != action)
        return false;
    if (!user.isEmpty() && !pool.at(entry.userName).startsWith(user, Qt::CaseInsensitive) &&
        pool.at(entry.userId) != user)
        return false;
    if (from.isValid() && entry.dateMs < from.toMSecsSinceEpoch())
        return false;
    if (to.isValid() && entry.dateMs > to.toMSecsSinceEpoch())
        return false;
    if (!text.isEmpty()) {
        const QString path = entry.pathString(pool);
        const QString id = entry.id.toString();
        const QString type = entry.failure ? QStringLiteral("fscim") : QStringLiteral("sscim");
        const QString *fields[] = {&pool.at(entry.connection),
                                   &pool.at(entry.userName),
                                   &pool.at(entry.userId),
                                   &pool.at(entry.action),
                                   &pool.at(entry.ip),
                                   &path,
                                   &id,
                                   &type};
        for (const QString &word : words(text)) {
            bool found = false;
            for (const QString *field : fields) {
                if (field->contains(word, Qt::CaseInsensitive)) {
                    found = true;
                    break;
                }
            }
            if (!found)
                return false;
        }
    }
    return true;
}

QStringList LogFilter::knownActions()
{
    return {QStringLiteral("create-user"),
            QStringLiteral("get-user"),
            QStringLiteral("list-users"),
            QStringLiteral("replace-user"),
            QStringLiteral("patch-user"),
            QStringLiteral("delete-user"),
            QStringLiteral("create-group"),
            QStringLiteral("get-group"),
            QStringLiteral("list-groups"),
            QStringLiteral("replace-group"),
            QStringLiteral("patch-group"),
            QStringLiteral("delete-group"),
            QStringLiteral("search"),
            QStringLiteral("bulk"),
            QStringLiteral("get-service-provider-config"),
            QStringLiteral("get-resource-types"),
            QStringLiteral("get-schemas"),
            QStringLiteral("auth-failed"),
            QStringLiteral("revoke-sessions"),
            QStringLiteral("unknown")};
}

QVariantMap LogFilter::toVariantMap() const
{
    return {{QStringLiteral("connection"), connection},
            {QStringLiteral("result"), int(result)},
            {QStringLiteral("statusClass"), statusClass},
            {QStringLiteral("action"), action},
            {QStringLiteral("user"), user},
            {QStringLiteral("text"), text},
            {QStringLiteral("from"), from},
            {QStringLiteral("to"), to}};
}

LogFilter LogFilter::fromVariantMap(const QVariantMap &map)
{
    LogFilter filter;
    filter.connection = map.value(QStringLiteral("connection")).toString();
    filter.result = Result(qBound(0, map.value(QStringLiteral("result")).toInt(), 2));
    filter.statusClass = map.value(QStringLiteral("statusClass")).toInt();
    filter.action = map.value(QStringLiteral("action")).toString();
    filter.user = map.value(QStringLiteral("user")).toString();
    filter.text = map.value(QStringLiteral("text")).toString();
    filter.from = map.value(QStringLiteral("from")).toDateTime();
    filter.to = map.value(QStringLiteral("to")).toDateTime();
    return filter;
}

} // namespace scim
