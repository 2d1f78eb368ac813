#pragma once

#include <QByteArray>
#include <QObject>

namespace scim {

// The open body of a streamed response (Server-Sent Events), as the layers above the transport see it: the
// handler writes chunks as they become available and learns through closed() when the client went away or the
// server shuts down. The HTTP layer provides the implementation on a socket.
class ResponseStream : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual bool isOpen() const = 0;
    virtual void write(const QByteArray &bytes) = 0;
    // Bytes handed to write() that the transport has not taken yet; producers wait for drained() above a limit.
    virtual qint64 pendingBytes() const = 0;
    virtual void close() = 0;

Q_SIGNALS:
    void drained();
    void closed();
};

} // namespace scim
