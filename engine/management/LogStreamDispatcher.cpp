#include "management/LogStreamDispatcher.h"

#include "requestlog/LogEventJson.h"
#include "requestlog/LogStore.h"
#include "storage/StoreError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace scim {

LogStreamDispatcher::LogStreamDispatcher(LogStore &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_network(new QNetworkAccessManager(this))
    , m_loop(
          database, this, [this] { wake(); }, "logs")
{}

bool LogStreamDispatcher::acceptsScimEvents(const QJsonArray &filters)
{
    if (filters.isEmpty())
        return true;
    for (const QJsonValue &filter : filters) {
        const QJsonObject object = filter.toObject();
        if (object.value(QStringLiteral("type")).toString() == QLatin1String("category") &&
            object.value(QStringLiteral("name")).toString() == QLatin1String("scim.event"))
            return true;
    }
    return false;
}

QByteArray LogStreamDispatcher::format(const QList<QJsonObject> &events, const QString &contentFormat)
{
    if (contentFormat == QLatin1String("JSONARRAY")) {
        QJsonArray array;
        for (const QJsonObject &event : events)
            array.append(event);
        return QJsonDocument(array).toJson(QJsonDocument::Compact);
    }
    if (contentFormat == QLatin1String("JSONOBJECT") && events.size() == 1)
        return QJsonDocument(events.constFirst()).toJson(QJsonDocument::Compact);
    QByteArray lines; // JSONLINES
    for (const QJsonObject &event : events)
        lines += QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n';
    return lines;
}

QNetworkRequest LogStreamDispatcher::sinkRequest(const LogStreamRecord &stream)
{
    QNetworkRequest request{QUrl(stream.sink.value(QStringLiteral("httpEndpoint")).toString())};
    request.setHeader(
        QNetworkRequest::ContentTypeHeader,
        stream.sink.value(QStringLiteral("httpContentType")).toString(QStringLiteral("application/json")).toUtf8());
    const QString authorization = stream.sink.value(QStringLiteral("httpAuthorization")).toString();
    if (!authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization.toUtf8());
    for (const QJsonValue &value : stream.sink.value(QStringLiteral("httpCustomHeaders")).toArray()) {
        const QJsonObject header = value.toObject();
        request.setRawHeader(header.value(QStringLiteral("header")).toString().toUtf8(),
                             header.value(QStringLiteral("value")).toString().toUtf8());
    }
    request.setTransferTimeout(15000);
    return request;
}

QJsonObject LogStreamDispatcher::testEvent(const LogStreamRecord &stream)
{
    // Shaped like a recorded event so that the receiver's parsing is tested too; recognisable by its action.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return {{QStringLiteral("log_id"), QStringLiteral("000000000000000000000000")},
            {QStringLiteral("date"), now},
            {QStringLiteral("type"), QStringLiteral("sscim")},
            {QStringLiteral("description"), QStringLiteral("Test event for log stream %1").arg(stream.name)},
            {QStringLiteral("client_name"), QStringLiteral("SCIM")},
            {QStringLiteral("details"),
             QJsonObject{{QStringLiteral("action"), QStringLiteral("test-event")},
                         {QStringLiteral("log_stream_id"), stream.id},
                         {QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                                                 {QStringLiteral("path"), QString()},
                                                                 {QStringLiteral("body"), QJsonValue::Null}}},
                         {QStringLiteral("response"), QJsonObject{{QStringLiteral("statusCode"), 200}}}}}};
}

void LogStreamDispatcher::sendTest(const LogStreamRecord &stream, DeliveryTest::Done done)
{
    const QString contentFormat =
        stream.sink.value(QStringLiteral("httpContentFormat")).toString(QStringLiteral("JSONLINES"));
    DeliveryTest::post(*m_network, sinkRequest(stream), format({testEvent(stream)}, contentFormat), this, {},
                       std::move(done));
}

void LogStreamDispatcher::reset(const QString &streamId)
{
    invalidate();
    m_loop.reset(streamId);
}

void LogStreamDispatcher::changedElsewhere(const QString &streamId)
{
    m_loop.forgetBackoff(streamId);
    invalidate();
    wake();
}

void LogStreamDispatcher::setEnabled(bool enabled)
{
    m_enabled = enabled;
    // A new leader starts from the cursors the previous one saved (at least once: a batch delivered but not yet
    // acknowledged in the database is delivered again).
    m_loop.clear();
    invalidate();
    if (enabled)
        wake();
}

void LogStreamDispatcher::wake()
{
    if (!m_enabled || m_activeStreams == 0)
        return; // the common case: no streams, and events are stored many times a second
    QList<LogStreamRecord> streams;
    try {
        streams = m_database.logStreams();
        // "scim-set" streams share the table; SetStreamDispatcher delivers those.
        streams.removeIf([](const LogStreamRecord &stream) { return stream.type != QLatin1String("http"); });
        m_activeStreams = int(std::count_if(streams.cbegin(), streams.cend(), [](const LogStreamRecord &stream) {
            return stream.status == QLatin1String("active");
        }));
    } catch (const StoreError &error) {
        qWarning("logs: cannot read log streams: %s", qUtf8Printable(error.message()));
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const LogStreamRecord &stream : std::as_const(streams)) {
        if (m_loop.isDue(stream, now))
            deliver(stream);
    }
}

void LogStreamDispatcher::deliver(LogStreamRecord stream)
{
    const QString contentFormat =
        stream.sink.value(QStringLiteral("httpContentFormat")).toString(QStringLiteral("JSONLINES"));
    const int take = contentFormat == QLatin1String("JSONOBJECT") ? 1 : kBatchSize;
    QList<LogRow> rows;
    try {
        rows = m_database.after(stream.cursor, take);
    } catch (const StoreError &error) {
        qWarning("logs: cannot read events for stream %s: %s", qUtf8Printable(stream.id),
                 qUtf8Printable(error.message()));
        return;
    }
    if (rows.isEmpty())
        return;
    const qint64 lastKey = rows.constLast().key;
    if (!acceptsScimEvents(stream.filters)) {
        // Nothing we record is in the stream's categories: move on without sending.
        stream.cursor = lastKey;
        m_database.saveLogStream(stream);
        return;
    }
    QList<QJsonObject> events;
    events.reserve(rows.size());
    for (const LogRow &row : std::as_const(rows))
        events.append(LogEventJson::render(row));

    const QNetworkRequest request = sinkRequest(stream);
    const quint64 generation = m_loop.start(stream.id);
    QNetworkReply *reply = m_network->post(request, format(events, contentFormat));
    const QString id = stream.id;
    const int count = int(events.size());
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, lastKey, count, generation] {
        reply->deleteLater();
        if (!m_loop.answered(id, generation))
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = status >= 200 && status < 300;
        finished(id, lastKey, count, ok, status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString());
    });
}

void LogStreamDispatcher::finished(const QString &streamId, qint64 lastKey, int events, bool ok, const QString &reason)
{
    const StreamDeliveryLoop::Result result = m_loop.finish(streamId, lastKey, ok, reason);
    switch (result.outcome) {
    case StreamDeliveryLoop::Outcome::Gone:
        return;
    case StreamDeliveryLoop::Outcome::Delivered:
        Q_EMIT batchDelivered(streamId, result.stream.cursor, events);
        return;
    case StreamDeliveryLoop::Outcome::Suspended:
        invalidate(); // one active stream fewer
        [[fallthrough]];
    case StreamDeliveryLoop::Outcome::Failed:
        Q_EMIT deliveryFailed(streamId, reason, result.stream.failures);
        return;
    }
}

} // namespace scim
