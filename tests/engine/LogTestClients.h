#pragma once

// Clients of the engine's log features for end-to-end suites: a local HTTP receiver (log streams, back-channel
// logout) and a Server-Sent Events client (GET /api/v2/logs/stream).

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "http/HttpServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

using namespace Qt::StringLiterals;

// A local HTTP receiver: records every request and answers with the status the test chooses.
class Receiver
{
public:
    Receiver()
        : m_server([this](const scim::HttpRequest &request) {
            m_requests.append(request);
            const int status = m_statuses.isEmpty() ? m_defaultStatus : m_statuses.takeFirst();
            m_answers.append(status);
            return scim::HttpResponse::empty(status);
        })
    {}
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url(const QString &path) const { return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path); }
    void failNext(QList<int> statuses) { m_statuses = std::move(statuses); }
    void setDefaultStatus(int status) { m_defaultStatus = status; }
    const QList<scim::HttpRequest> &requests() const { return m_requests; }
    // The requests that were answered with a 2xx: what the sender may take as delivered.
    QList<scim::HttpRequest> acknowledged() const
    {
        QList<scim::HttpRequest> result;
        for (qsizetype i = 0; i < m_requests.size(); ++i) {
            if (m_answers.at(i) >= 200 && m_answers.at(i) < 300)
                result.append(m_requests.at(i));
        }
        return result;
    }

private:
    scim::HttpServer m_server;
    QList<scim::HttpRequest> m_requests;
    QList<int> m_statuses;
    QList<int> m_answers; // the status each request got
    int m_defaultStatus = 200;
};

// A Server-Sent Events client.
class SseClient
{
public:
    struct Event
    {
        QString id;
        QJsonObject data;
        qint64 receivedAtMs = 0;
    };

    void open(QNetworkAccessManager &network, const QUrl &url, const QString &adminToken,
              const QByteArray &lastEventId = {})
    {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + adminToken.toUtf8());
        request.setRawHeader("Accept", "text/event-stream");
        if (!lastEventId.isEmpty())
            request.setRawHeader("Last-Event-ID", lastEventId);
        m_reply = network.get(request);
        QObject::connect(m_reply, &QNetworkReply::readyRead, m_reply, [this] { read(); });
    }
    void close()
    {
        if (m_reply) {
            m_reply->abort();
            m_reply->deleteLater();
            m_reply = nullptr;
        }
    }
    int status() const { return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0; }
    const QList<Event> &events() const { return m_events; }

private:
    void read()
    {
        m_buffer += m_reply->readAll();
        qsizetype end;
        while ((end = m_buffer.indexOf("\n\n")) >= 0) {
            const QByteArray block = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            Event event;
            for (const QByteArray &line : block.split('\n')) {
                if (line.startsWith("id: "))
                    event.id = QString::fromLatin1(line.mid(4));
                else if (line.startsWith("data: "))
                    event.data = QJsonDocument::fromJson(line.mid(6)).object();
            }
            if (!event.id.isEmpty()) {
                event.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
                m_events.append(event);
            }
        }
    }

    QNetworkReply *m_reply = nullptr;
    QByteArray m_buffer;
    QList<Event> m_events;
};

} // namespace
