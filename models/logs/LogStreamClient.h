#pragma once

#include "models/logs/LogEventId.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

namespace scim {

class ManagementClient;

// The live tail of the engine's log: Server-Sent Events from GET /api/v2/logs/stream, resumed after the last
// received id on every reconnect; while the stream is unavailable, checkpoint polling (GET /api/v2/logs?from=&take=)
// takes over and the stream is retried in the background. Only events newer than lastId() are delivered, so
// overlapping replays never produce duplicates, and every resume starts at lastId(), so there are no gaps.
class LogStreamClient : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        Connecting, // opening the stream
        Streaming,  // events arrive as they are recorded
        Polling     // the stream is unavailable: checkpoint polling
    };
    Q_ENUM(State)

    explicit LogStreamClient(ManagementClient *client, QObject *parent = nullptr);
    ~LogStreamClient() override;

    // Delivers every event after `after` (null: after the oldest retained event), then follows.
    void start(const LogEventId &after);
    void stop();
    State state() const { return m_state; }
    LogEventId lastId() const { return m_lastId; }

    void setPollInterval(int ms) { m_pollIntervalMs = ms; }
    void setStreamRetryInterval(int ms) { m_streamRetryMs = ms; }
    void setStallTimeout(int ms);
    // Polling only (tests, or engines without the push channel).
    void setStreamEnabled(bool enabled) { m_streamEnabled = enabled; }

Q_SIGNALS:
    void eventsReceived(const QList<QJsonObject> &events);
    void stateChanged(scim::LogStreamClient::State state);

private:
    void setState(State state);
    void openStream();
    void closeStream();
    void readStream();
    void streamFinished();
    void dispatch(QList<QJsonObject> &batch);
    void poll();
    void startPolling();
    void deliver(QList<QJsonObject> &events);

    ManagementClient *m_client;
    State m_state = State::Stopped;
    LogEventId m_lastId;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    QByteArray m_eventData;
    QByteArray m_eventName;
    bool m_receivedStreamData = false;
    bool m_polling = false;
    bool m_pollInFlight = false;
    bool m_streamEnabled = true;
    int m_pollIntervalMs = 500;
    int m_streamRetryMs = 3000;
    QTimer *m_pollTimer;
    QTimer *m_retryTimer;
    QTimer *m_stallTimer;
    quint64 m_generation = 0;
};

} // namespace scim
