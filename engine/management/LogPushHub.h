#pragma once

#include <QBasicTimer>
#include <QList>
#include <QObject>
#include <QPointer>

namespace scim {

class ResponseStream;
class LogStore;

// Server-Sent Events for GET /api/v2/logs/stream: each subscriber has its own cursor into the log database,
// replays from it and then follows new events as the writer stores them. Reading from the database (not from
// memory) is what makes reconnect-with-last-id exact: no gap, no repeat.
class LogPushHub : public QObject
{
    Q_OBJECT

public:
    static constexpr int kKeepAliveMs = 15000;

    explicit LogPushHub(LogStore &database, QObject *parent = nullptr);
    ~LogPushHub() override;

    void subscribe(ResponseStream *stream, qint64 fromKey);
    void eventsStored();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Subscriber
    {
        QPointer<ResponseStream> stream;
        qint64 cursor = 0;
    };
    void pump(Subscriber &subscriber);
    void prune();

    LogStore &m_database;
    QList<Subscriber> m_subscribers;
    QBasicTimer m_keepAlive;
};

} // namespace scim
