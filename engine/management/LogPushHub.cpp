#include "management/LogPushHub.h"

#include "common/ResponseStream.h"
#include "requestlog/LogStore.h"
#include "requestlog/LogEventJson.h"
#include "requestlog/LogId.h"
#include "storage/StoreError.h"

#include <QJsonDocument>
#include <QTimerEvent>

namespace scim {

namespace {
constexpr int kChunk = 500;
constexpr qint64 kMaxBuffered = 1024 * 1024; // per client; a slow reader is paused, not buffered without bound
} // namespace

LogPushHub::LogPushHub(LogStore &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

LogPushHub::~LogPushHub()
{
    for (Subscriber &subscriber : m_subscribers) {
        if (subscriber.stream)
            subscriber.stream->close();
    }
}

void LogPushHub::subscribe(ResponseStream *stream, qint64 fromKey)
{
    m_subscribers.append(Subscriber{stream, fromKey});
    connect(
        stream, &ResponseStream::closed, this, [this] { prune(); }, Qt::QueuedConnection);
    connect(stream, &ResponseStream::drained, this, [this, stream] {
        for (Subscriber &subscriber : m_subscribers) {
            if (subscriber.stream == stream)
                pump(subscriber);
        }
    });
    stream->write(QByteArrayLiteral("retry: 1000\n\n"));
    if (!m_keepAlive.isActive())
        m_keepAlive.start(kKeepAliveMs, this);
    pump(m_subscribers.last());
}

void LogPushHub::eventsStored()
{
    for (Subscriber &subscriber : m_subscribers)
        pump(subscriber);
}

void LogPushHub::pump(Subscriber &subscriber)
{
    ResponseStream *stream = subscriber.stream;
    if (!stream || !stream->isOpen())
        return;
    try {
        while (stream->pendingBytes() < kMaxBuffered) {
            const QList<LogRow> rows = m_database.after(subscriber.cursor, kChunk);
            QByteArray out;
            for (const LogRow &row : rows) {
                out += QByteArrayLiteral("id: ") + LogId::fromKey(row.key).toLatin1() +
                       QByteArrayLiteral("\nevent: log\ndata: ") +
                       QJsonDocument(LogEventJson::render(row)).toJson(QJsonDocument::Compact) +
                       QByteArrayLiteral("\n\n");
            }
            if (!rows.isEmpty()) {
                subscriber.cursor = rows.constLast().key;
                stream->write(out);
            }
            if (rows.size() < kChunk)
                break;
        }
    } catch (const StoreError &error) {
        qWarning("logs: push failed: %s", qUtf8Printable(error.message()));
        stream->close();
    }
}

void LogPushHub::prune()
{
    m_subscribers.removeIf(
        [](const Subscriber &subscriber) { return !subscriber.stream || !subscriber.stream->isOpen(); });
    if (m_subscribers.isEmpty())
        m_keepAlive.stop();
}

void LogPushHub::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_keepAlive.timerId())
        return QObject::timerEvent(event);
    for (const Subscriber &subscriber : std::as_const(m_subscribers)) {
        if (subscriber.stream && subscriber.stream->isOpen())
            subscriber.stream->write(QByteArrayLiteral(": keep-alive\n\n"));
    }
}

} // namespace scim
