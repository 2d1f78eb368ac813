#pragma once

#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace scim {

// The open body of a streamed response (Server-Sent Events): the handler writes chunks as they become available
// and learns through closed() when the client went away or the server shuts down. Owned by its connection.
class HttpStream : public QObject
{
    Q_OBJECT

public:
    explicit HttpStream(QTcpSocket *socket, QObject *parent = nullptr);

    bool isOpen() const { return m_open; }
    void write(const QByteArray &bytes);
    // Bytes handed to write() that the kernel has not taken yet; producers wait for drained() above a limit.
    qint64 pendingBytes() const;
    void close();

    // Used by the connection.
    void markClosed();

Q_SIGNALS:
    void drained();
    void closed();
    void closeRequested();

private:
    QPointer<QTcpSocket> m_socket;
    bool m_open = true;
};

} // namespace scim
