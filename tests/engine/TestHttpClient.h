#pragma once

// A deliberately small HTTP/1.1 client for the suites that drive an engine process (in another process, so blocking
// waits are fine): keep-alive on one socket, an optional source address (127.0.0.2 is another client to the engine),
// optional TLS, and raw bytes for what no real client sends.

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <memory>
#include <optional>

namespace {

struct TestResponse
{
    int status = 0; // 0: no (complete) response
    QByteArray head;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class TestHttpClient
{
public:
    struct Options
    {
        QHostAddress source; // null: any
        bool tls = false;
        QList<QSslCertificate> trusted; // TLS: the CAs to trust; empty: accept any certificate
        QSsl::SslProtocol protocol = QSsl::SecureProtocols;
    };

    explicit TestHttpClient(quint16 port)
        : m_port(port)
    {}
    TestHttpClient(quint16 port, Options options)
        : m_port(port)
        , m_options(std::move(options))
    {}

    // Connects (and, with TLS, finishes the handshake). False and error() when it could not.
    bool open(int timeoutMs = 10000)
    {
        if (m_options.tls) {
            auto *ssl = new QSslSocket;
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setProtocol(m_options.protocol);
            if (m_options.trusted.isEmpty())
                configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
            else
                configuration.setCaCertificates(m_options.trusted);
            configuration.setAllowedNextProtocols({QByteArrayLiteral("h2"), QByteArrayLiteral("http/1.1")});
            ssl->setSslConfiguration(configuration);
            ssl->setPeerVerifyName(QStringLiteral("127.0.0.1"));
            m_socket.reset(ssl);
        } else {
            m_socket = std::make_unique<QTcpSocket>();
        }
        if (!m_options.source.isNull() && !m_socket->bind(m_options.source)) {
            m_error = m_socket->errorString();
            return false;
        }
        if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.get())) {
            ssl->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
            if (!ssl->waitForEncrypted(timeoutMs)) {
                m_error = ssl->errorString();
                return false;
            }
            return true;
        }
        m_socket->connectToHost(QHostAddress::LocalHost, m_port);
        if (!m_socket->waitForConnected(timeoutMs)) {
            m_error = m_socket->errorString();
            return false;
        }
        return true;
    }

    QTcpSocket *socket() const { return m_socket.get(); }
    QSslSocket *sslSocket() const { return qobject_cast<QSslSocket *>(m_socket.get()); }
    QString error() const { return m_error; }

    bool send(const QByteArray &bytes)
    {
        if (!m_socket && !open())
            return false;
        m_socket->write(bytes);
        while (m_socket->bytesToWrite() > 0) {
            if (!m_socket->waitForBytesWritten(10000))
                return false;
        }
        return true;
    }

    // The next complete response (Content-Length framing), or status 0 when none came within the time.
    TestResponse read(int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (true) {
            if (std::optional<TestResponse> response = take())
                return *response;
            if (!m_socket || timer.elapsed() > timeoutMs)
                return {};
            if (m_socket->bytesAvailable() == 0 &&
                !m_socket->waitForReadyRead(int(qMax<qint64>(1, timeoutMs - timer.elapsed())))) {
                if (m_socket->state() != QAbstractSocket::ConnectedState) {
                    m_buffer += m_socket->readAll();
                    if (std::optional<TestResponse> response = take())
                        return *response;
                    return {};
                }
                continue;
            }
            m_buffer += m_socket->readAll();
        }
    }

    TestResponse request(const QByteArray &method, const QString &target, const QByteArray &token = {},
                         const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QByteArray out = method + ' ' + target.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        if (!token.isEmpty())
            out += "Authorization: Bearer " + token + "\r\n";
        for (const auto &[name, value] : headers)
            out += name + ": " + value + "\r\n";
        if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
            out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        if (!send(out + "\r\n" + body))
            return {};
        return read();
    }

    // True when the server closed the connection within the time (whatever it sent before is in `received`).
    bool waitForClose(int timeoutMs, QByteArray *received = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_socket->state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs)
            m_socket->waitForReadyRead(int(qMax<qint64>(1, timeoutMs - timer.elapsed())));
        m_buffer += m_socket->readAll();
        // Appended: the caller may already hold what it read from socket() itself.
        if (received)
            *received += m_buffer;
        m_buffer.clear();
        return m_socket->state() != QAbstractSocket::ConnectedState;
    }

private:
    std::optional<TestResponse> take()
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        TestResponse response;
        response.head = m_buffer.left(end);
        response.status = m_buffer.mid(9, 3).toInt();
        if (response.status == 100) {
            m_buffer.remove(0, end + 4);
            return take();
        }
        const qsizetype length = response.header("content-length").toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return std::nullopt;
        response.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        return response;
    }

    quint16 m_port;
    Options m_options;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace
