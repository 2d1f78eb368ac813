#include "models/overview/ActivityStats.h"

#include "models/api/ManagementClient.h"

#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

namespace scim {

namespace {
QDateTime parseDate(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

// Log ids are fixed-width decimal strings: string order is recording order.
bool countedBefore(const QString &logId, const QString &countedUpTo)
{
    if (logId.isEmpty() || countedUpTo.isEmpty())
        return false;
    return logId.size() != countedUpTo.size() ? logId.size() < countedUpTo.size() : logId <= countedUpTo;
}

QDateTime floorTo(const QDateTime &at, qint64 seconds)
{
    const qint64 secs = at.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(secs - secs % seconds, Qt::UTC);
}
} // namespace

ActivityStats::ActivityStats(ManagementClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

QList<ActivityStats::Bucket> ActivityStats::buckets(const QJsonArray &array)
{
    QList<Bucket> list;
    list.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject bucket = value.toObject();
        list.append(Bucket{parseDate(bucket.value(QLatin1String("start"))),
                           bucket.value(QLatin1String("success")).toInt(),
                           bucket.value(QLatin1String("failure")).toInt()});
    }
    return list;
}

void ActivityStats::advance(QList<Bucket> &list, const QDateTime &at, qint64 seconds, int keep)
{
    const QDateTime start = floorTo(at, seconds);
    if (list.isEmpty()) {
        list.append(Bucket{start, 0, 0});
    } else {
        // A clock far ahead (a laptop woken after a day) must not append thousands of buckets.
        if (list.constLast().start.secsTo(start) > seconds * keep) {
            list.clear();
            list.append(Bucket{start.addSecs(-seconds * (keep - 1)), 0, 0});
        }
        while (list.constLast().start < start)
            list.append(Bucket{list.constLast().start.addSecs(seconds), 0, 0});
    }
    while (list.size() > keep)
        list.removeFirst();
}

void ActivityStats::clear()
{
    ++m_generation;
    m_connections.clear();
    m_minutes.clear();
    m_success = m_failure = 0;
    m_hoursCountedUpTo.clear();
    m_minutesCountedUpTo.clear();
    m_loaded = false;
    Q_EMIT refreshed();
    Q_EMIT minutesChanged();
}

void ActivityStats::refresh()
{
    if (!m_client->hasEndpoint())
        return;
    const int generation = ++m_generation;
    QUrlQuery hours;
    hours.addQueryItem(QStringLiteral("interval"), QStringLiteral("hour"));
    hours.addQueryItem(QStringLiteral("by_connection"), QStringLiteral("true"));
    m_client->getStats({}, hours, this, [this, generation](const ApiResult &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            Q_EMIT errorOccurred(result.describe(tr("Could not load the request statistics: %1.")));
            return;
        }
        const QJsonObject json = result.object();
        const QJsonObject totals = json.value(QLatin1String("totals")).toObject();
        m_success = totals.value(QLatin1String("success")).toInt();
        m_failure = totals.value(QLatin1String("failure")).toInt();
        m_connections.clear();
        for (const QJsonValue &value : json.value(QLatin1String("connections")).toArray()) {
            const QJsonObject entry = value.toObject();
            const QJsonObject connectionTotals = entry.value(QLatin1String("totals")).toObject();
            Connection connection;
            connection.hours = buckets(entry.value(QLatin1String("buckets")).toArray());
            connection.success = connectionTotals.value(QLatin1String("success")).toInt();
            connection.failure = connectionTotals.value(QLatin1String("failure")).toInt();
            connection.lastRequest = entry.value(QLatin1String("last_request")).toObject();
            connection.lastFailure = entry.value(QLatin1String("last_failure")).toObject();
            m_connections.insert(entry.value(QLatin1String("connection_id")).toString(), connection);
        }
        m_hoursCountedUpTo =
            json.value(QLatin1String("last_request")).toObject().value(QLatin1String("log_id")).toString();
        m_loaded = true;
        Q_EMIT refreshed();
    });
    QUrlQuery minutes;
    minutes.addQueryItem(QStringLiteral("interval"), QStringLiteral("minute"));
    m_client->getStats({}, minutes, this, [this, generation](const ApiResult &result) {
        if (generation != m_generation || !result.ok())
            return;
        m_minutes = buckets(result.object().value(QLatin1String("buckets")).toArray());
        m_minutesCountedUpTo =
            result.object().value(QLatin1String("last_request")).toObject().value(QLatin1String("log_id")).toString();
        advance(m_minutes, QDateTime::currentDateTimeUtc(), 60, kMinutes);
        Q_EMIT minutesChanged();
    });
}

void ActivityStats::tick()
{
    if (m_minutes.isEmpty())
        return;
    const QDateTime before = m_minutes.constLast().start;
    advance(m_minutes, QDateTime::currentDateTimeUtc(), 60, kMinutes);
    if (m_minutes.constLast().start != before)
        Q_EMIT minutesChanged();
}

void ActivityStats::addEvents(const QList<QJsonObject> &events)
{
    QSet<QString> changed;
    bool minutesTouched = false;
    for (const QJsonObject &event : events) {
        const QString type = event.value(QLatin1String("type")).toString();
        // Only requests are counted, as the engine counts them (revoke-sessions events are not requests).
        if (type != QLatin1String("sscim") && type != QLatin1String("fscim"))
            continue;
        const bool failed = type == QLatin1String("fscim");
        // Events the last reload already counted (the push channel may deliver them after the answer) count once.
        const QString logId = event.value(QLatin1String("log_id")).toString();
        const QDateTime date = parseDate(event.value(QLatin1String("date")));
        if (!date.isValid())
            continue;
        advance(m_minutes, qMax(date, QDateTime::currentDateTimeUtc()), 60, kMinutes);
        const QDateTime minute = floorTo(date, 60);
        if (!countedBefore(logId, m_minutesCountedUpTo)) {
            for (Bucket &bucket : m_minutes) {
                if (bucket.start == minute) {
                    (failed ? bucket.failure : bucket.success) += 1;
                    minutesTouched = true;
                }
            }
        }
        if (countedBefore(logId, m_hoursCountedUpTo))
            continue;
        (failed ? m_failure : m_success) += 1;
        const QString connectionId = event.value(QLatin1String("connection_id")).toString();
        if (connectionId.isEmpty())
            continue;
        Connection &connection = m_connections[connectionId];
        advance(connection.hours, date, 3600, 24);
        (failed ? connection.hours.last().failure : connection.hours.last().success) += 1;
        (failed ? connection.failure : connection.success) += 1;
        const QJsonObject details = event.value(QLatin1String("details")).toObject();
        QJsonObject last{{QStringLiteral("log_id"), event.value(QLatin1String("log_id"))},
                         {QStringLiteral("date"), event.value(QLatin1String("date"))},
                         {QStringLiteral("status"),
                          details.value(QLatin1String("response")).toObject().value(QLatin1String("statusCode"))},
                         {QStringLiteral("action"), details.value(QLatin1String("action"))}};
        connection.lastRequest = last;
        if (failed) {
            last.insert(QStringLiteral("description"), event.value(QLatin1String("description")));
            connection.lastFailure = last;
        }
        changed.insert(connectionId);
    }
    if (minutesTouched)
        Q_EMIT minutesChanged();
    for (const QString &id : std::as_const(changed))
        Q_EMIT connectionChanged(id);
}

} // namespace scim
