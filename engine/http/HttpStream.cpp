#include "http/HttpStream.h"

#include <QTcpSocket>

namespace scim {

HttpStream::HttpStream(QTcpSocket *socket, QObject *parent)
    : ResponseStream(parent)
    , m_socket(socket)
{
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_open && m_socket && m_socket->bytesToWrite() == 0)
            Q_EMIT drained();
    });
}

void HttpStream::write(const QByteArray &bytes)
{
    if (m_open && m_socket)
        m_socket->write(bytes);
}

qint64 HttpStream::pendingBytes() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void HttpStream::close()
{
    if (m_open)
        Q_EMIT closeRequested();
}

void HttpStream::markClosed()
{
    if (!m_open)
        return;
    m_open = false;
    Q_EMIT closed();
}

} // namespace scim
