#include "models/logs/LogEntry.h"

#include "models/logs/LogStringPool.h"

#include <QDateTime>

#include <cmath>

namespace scim {

namespace {
QString text(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}
} // namespace

LogEntry LogEntry::fromJson(const QJsonObject &event, LogStringPool &pool)
{
    LogEntry entry;
    entry.id = LogEventId::fromString(text(event, QLatin1StringView("log_id")));
    entry.dateMs = QDateTime::fromString(text(event, QLatin1StringView("date")), Qt::ISODateWithMs).toMSecsSinceEpoch();
    const QJsonValue duration = event.value(QLatin1StringView("duration_ms"));
    if (duration.isDouble())
        entry.durationMs = float(duration.toDouble());
    const QJsonObject details = event.value(QLatin1StringView("details")).toObject();
    const QJsonObject request = details.value(QLatin1StringView("request")).toObject();
    const QJsonObject response = details.value(QLatin1StringView("response")).toObject();
    entry.status = quint16(response.value(QLatin1StringView("statusCode")).toInt());
    const QString type = text(event, QLatin1StringView("type"));
    entry.failure = type.isEmpty() ? entry.status >= 400 : type != QLatin1StringView("sscim");
    entry.connection = pool.intern(text(event, QLatin1StringView("connection")));
    QString connectionId = text(event, QLatin1StringView("connection_id"));
    if (connectionId.isEmpty())
        connectionId = text(details, QLatin1StringView("connection_id"));
    entry.connectionId = pool.intern(connectionId);
    entry.action = pool.intern(text(details, QLatin1StringView("action")));
    entry.method = pool.intern(text(request, QLatin1StringView("method")));
    const QString userId = text(event, QLatin1StringView("user_id"));
    entry.userId = pool.intern(userId);
    entry.userName = pool.intern(text(event, QLatin1StringView("user_name")));
    entry.ip = pool.intern(text(event, QLatin1StringView("ip")));
    const QString path = text(request, QLatin1StringView("path"));
    if (!userId.isEmpty() && path.size() > userId.size() + 1 && path.endsWith(userId) &&
        path.at(path.size() - userId.size() - 1) == u'/') {
        entry.pathEndsWithUserId = true;
        entry.path = pool.intern(path.left(path.size() - userId.size() - 1));
    } else {
        entry.path = pool.intern(path);
    }
    return entry;
}

QString LogEntry::pathString(const LogStringPool &pool) const
{
    if (pathEndsWithUserId)
        return pool.at(path) + u'/' + pool.at(userId);
    return pool.at(path);
}

QString LogEntry::userString(const LogStringPool &pool) const
{
    return userName ? pool.at(userName) : pool.at(userId);
}

QString LogEntry::dateString() const
{
    return QDateTime::fromMSecsSinceEpoch(dateMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject LogEntry::toSummaryJson(const LogStringPool &pool) const
{
    QJsonObject out{
        {QStringLiteral("log_id"), id.toString()},
        {QStringLiteral("date"), dateString()},
        {QStringLiteral("type"), failure ? QStringLiteral("fscim") : QStringLiteral("sscim")},
        {QStringLiteral("connection"), pool.at(connection)},
        {QStringLiteral("connection_id"), pool.at(connectionId)},
        {QStringLiteral("action"), pool.at(action)},
        {QStringLiteral("method"), pool.at(method)},
        {QStringLiteral("path"), pathString(pool)},
        {QStringLiteral("status"), int(status)},
        {QStringLiteral("user_id"), pool.at(userId)},
        {QStringLiteral("user_name"), pool.at(userName)},
        {QStringLiteral("ip"), pool.at(ip)},
    };
    if (durationMs >= 0)
        out.insert(QStringLiteral("duration_ms"), std::round(double(durationMs) * 1000.0) / 1000.0);
    return out;
}

} // namespace scim
