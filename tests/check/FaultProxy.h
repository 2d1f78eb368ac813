#pragma once

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A deliberately wrong SCIM server for the runner's tests: an HTTP/1.1 server on 127.0.0.1 that forwards every
// request to a real scim-engine and breaks one rule of RFC 7644 on the way (or none). The engine's own URLs in
// bodies and Location headers are rewritten to the proxy's, so the server the runner sees is consistent.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Fault
    {
        None,
        CreateAnswers200,          // POST /Users answers 200 instead of 201
        WrongScimType,             // an invalid filter is reported with scimType invalidSyntax
        IgnoresExcludedAttributes, // excludedAttributes is dropped before the request reaches the engine
        CaseSensitiveUserName,     // userName eq "…" matches only the exact case
    };

    FaultProxy(const QUrl &upstream, Fault fault, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    QString origin() const;
    int requestsServed() const { return m_served; }

private:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };

    void readFrom(QTcpSocket *socket);
    void forward(QTcpSocket *socket, const Request &request);

    QUrl m_upstream;
    Fault m_fault;
    QTcpServer m_server;
    QNetworkAccessManager m_network;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, bool> m_busy;
    int m_served = 0;
};
