#pragma once

#include <QTcpServer>

#include <functional>

namespace scim {

// The listening socket of an HttpServer. Hands each accepted descriptor to the server, which decides (connection
// limits) and wraps it (TLS or not) before anything is read from it.
class HttpListener : public QTcpServer
{
    Q_OBJECT

public:
    using Acceptor = std::function<void(qintptr descriptor)>;

    explicit HttpListener(Acceptor acceptor, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_acceptor(std::move(acceptor))
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_acceptor(descriptor); }

private:
    Acceptor m_acceptor;
};

} // namespace scim
