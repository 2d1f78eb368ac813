#include "models/logs/LogStreamClient.h"

#include "models/api/ManagementClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace scim {

namespace {
constexpr int kPollPageSize = 100; // the checkpoint maximum
constexpr int kQuickReconnectMs = 200;
} // namespace

LogStreamClient::LogStreamClient(ManagementClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pollTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
    , m_stallTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    m_stallTimer->setSingleShot(true);
    // The engine sends a keep-alive every 15 s: silence for longer means a dead connection that TCP has not noticed.
    m_stallTimer->setInterval(40000);
    connect(m_pollTimer, &QTimer::timeout, this, &LogStreamClient::poll);
    connect(m_retryTimer, &QTimer::timeout, this, &LogStreamClient::openStream);
    connect(m_stallTimer, &QTimer::timeout, this, [this] {
        if (m_reply)
            m_reply->abort();
    });
}

LogStreamClient::~LogStreamClient()
{
    closeStream();
}

void LogStreamClient::setStallTimeout(int ms)
{
    m_stallTimer->setInterval(ms);
}

void LogStreamClient::start(const LogEventId &after)
{
    stop();
    ++m_generation;
    m_lastId = after;
    if (m_streamEnabled)
        openStream();
    else
        startPolling();
}

void LogStreamClient::stop()
{
    ++m_generation;
    closeStream();
    m_pollTimer->stop();
    m_retryTimer->stop();
    m_polling = false;
    m_pollInFlight = false;
    setState(State::Stopped);
}

void LogStreamClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void LogStreamClient::closeStream()
{
    m_stallTimer->stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void LogStreamClient::openStream()
{
    if (!m_client->hasEndpoint())
        return;
    closeStream();
    m_buffer.clear();
    m_eventData.clear();
    m_eventName.clear();
    m_receivedStreamData = false;
    if (!m_polling)
        setState(State::Connecting);
    // "0" asks for everything from the oldest retained event.
    m_reply = m_client->openLogStream(m_lastId.isNull() ? QStringLiteral("0") : m_lastId.toString());
    connect(m_reply, &QNetworkReply::readyRead, this, &LogStreamClient::readStream);
    connect(m_reply, &QNetworkReply::finished, this, &LogStreamClient::streamFinished);
    m_stallTimer->start();
}

void LogStreamClient::readStream()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 || !m_reply->header(QNetworkRequest::ContentTypeHeader)
                              .toString()
                              .startsWith(QLatin1StringView("text/event-stream"))) {
        // Not a stream (an older engine answers 404, a proxy may answer HTML): let finished() fall back.
        m_reply->readAll();
        return;
    }
    m_stallTimer->start();
    if (!m_receivedStreamData) {
        m_receivedStreamData = true;
        // The stream replays everything after lastId(): polling is no longer needed.
        m_polling = false;
        m_pollTimer->stop();
        m_retryTimer->stop();
        setState(State::Streaming);
    }
    m_buffer += m_reply->readAll();
    QList<QJsonObject> batch;
    qsizetype start = 0;
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        QByteArrayView line(m_buffer.constData() + start, newline - start);
        start = newline + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            dispatch(batch);
            continue;
        }
        if (line.startsWith(':'))
            continue; // comment (keep-alive)
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView field = colon < 0 ? line : line.first(colon);
        QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
        if (field == "data") {
            if (!m_eventData.isEmpty())
                m_eventData += '\n';
            m_eventData += value;
        } else if (field == "event") {
            m_eventName = value.toByteArray();
        }
        // `id` is also in the event's log_id, which is what resumes are based on.
    }
    m_buffer.remove(0, start);
    deliver(batch);
}

void LogStreamClient::dispatch(QList<QJsonObject> &batch)
{
    if (!m_eventData.isEmpty() && (m_eventName.isEmpty() || m_eventName == "log")) {
        const QJsonDocument document = QJsonDocument::fromJson(m_eventData);
        if (document.isObject())
            batch.append(document.object());
    }
    m_eventData.clear();
    m_eventName.clear();
}

void LogStreamClient::deliver(QList<QJsonObject> &events)
{
    QList<QJsonObject> fresh;
    fresh.reserve(events.size());
    for (QJsonObject &event : events) {
        const LogEventId id = LogEventId::fromString(event.value(QLatin1StringView("log_id")).toString());
        if (id.isNull() || id <= m_lastId)
            continue; // already delivered by an earlier connection or poll
        m_lastId = id;
        fresh.append(std::move(event));
    }
    if (!fresh.isEmpty())
        Q_EMIT eventsReceived(fresh);
}

void LogStreamClient::streamFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const bool wasStreaming = m_receivedStreamData;
    closeStream();
    if (m_state == State::Stopped)
        return;
    if (wasStreaming) {
        // The stream ended (engine restart, proxy timeout): resume right away, poll meanwhile.
        startPolling();
        m_retryTimer->start(kQuickReconnectMs);
        return;
    }
    startPolling();
    m_retryTimer->start(m_streamRetryMs);
}

void LogStreamClient::startPolling()
{
    if (!m_polling) {
        m_polling = true;
        setState(State::Polling);
    }
    if (!m_pollInFlight && !m_pollTimer->isActive())
        poll();
}

void LogStreamClient::poll()
{
    if (!m_polling || m_pollInFlight || !m_client->hasEndpoint())
        return;
    m_pollInFlight = true;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), m_lastId.isNull() ? QStringLiteral("0") : m_lastId.toString());
    query.addQueryItem(QStringLiteral("take"), QString::number(kPollPageSize));
    const quint64 generation = m_generation;
    m_client->listLogs(query, this, [this, generation](const ApiResult &result) {
        if (generation != m_generation)
            return;
        m_pollInFlight = false;
        int received = 0;
        if (result.ok()) {
            QList<QJsonObject> events;
            const QJsonArray array = result.array();
            received = int(array.size());
            events.reserve(array.size());
            for (const QJsonValue &value : array)
                events.append(value.toObject());
            deliver(events);
        }
        if (m_polling)
            m_pollTimer->start(received >= kPollPageSize ? 0 : m_pollIntervalMs);
    });
}

} // namespace scim
