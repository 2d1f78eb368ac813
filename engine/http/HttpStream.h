#pragma once

#include "common/ResponseStream.h"

#include <QPointer>

class QTcpSocket;

namespace scim {

// A streamed response body on a client socket. Owned by its connection.
class HttpStream : public ResponseStream
{
    Q_OBJECT

public:
    explicit HttpStream(QTcpSocket *socket, QObject *parent = nullptr);

    bool isOpen() const override { return m_open; }
    void write(const QByteArray &bytes) override;
    qint64 pendingBytes() const override;
    void close() override;

    // Used by the connection.
    void markClosed();

Q_SIGNALS:
    void closeRequested();

private:
    QPointer<QTcpSocket> m_socket;
    bool m_open = true;
};

} // namespace scim
