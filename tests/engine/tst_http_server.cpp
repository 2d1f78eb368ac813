#include "RawHttp.h"
#include "http/HttpServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace scim;
using namespace Qt::StringLiterals;

// The HTTP/1.1 layer on its own: framing, limits, keep-alive, pipelining and shutdown, over real sockets on
// 127.0.0.1. (Group commit is the commit pipeline's: engine_commit_pipeline.)
class HttpServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_seen.clear();
        m_server = std::make_unique<HttpServer>([this](const HttpRequest &request) {
            m_seen.append(request);
            return echo(request);
        });
        m_server->setMaxBodySize(1024);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    }

    void cleanup() { m_server.reset(); }

    void pipelinedRequestsAreAnsweredInOrderOnOneConnection()
    {
        QTcpSocket socket;
        connectTo(socket);
        socket.write("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n"
                     "POST /c HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
        const QList<RawResponse> responses = readResponses(socket, 3);
        QCOMPARE(responses.size(), 3);
        QCOMPARE(responses.at(0).body, QByteArray("GET /a 0"));
        QCOMPARE(responses.at(1).body, QByteArray("GET /b 0"));
        QCOMPARE(responses.at(2).body, QByteArray("POST /c 5"));
        QVERIFY(responses.at(2).headers.contains("Connection: keep-alive"));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }

    void queryIsDecodedAndHeaderNamesLowerCased()
    {
        QTcpSocket socket;
        connectTo(socket);
        socket.write("GET /Users?filter=userName%20eq%20%22a%2Bb%22&x=1+2 HTTP/1.1\r\nHost: x\r\nX-Custom-Header: "
                     "Value\r\n\r\n");
        QCOMPARE(readResponses(socket, 1).size(), 1);
        QCOMPARE(m_seen.size(), 1);
        QCOMPARE(m_seen.at(0).queryItem(QStringLiteral("FILTER")), QStringLiteral("userName eq \"a+b\""));
        QCOMPARE(m_seen.at(0).queryItem(QStringLiteral("x")), QStringLiteral("1 2"));
        QCOMPARE(m_seen.at(0).header("x-custom-header"), QByteArray("Value"));
    }

    void oversizedBodyIsRefusedFromTheHeadersAlone()
    {
        QTcpSocket socket;
        connectTo(socket);
        // Only the headers are sent: the 413 must not wait for a body that never comes.
        socket.write("POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: 4096\r\n\r\n");
        const QList<RawResponse> responses = readResponses(socket, 1);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.at(0).status, 413);
        QVERIFY(m_seen.isEmpty());
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

    void chunkedBodyIsReassembled()
    {
        QTcpSocket socket;
        connectTo(socket);
        socket.write("POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n "
                     "world\r\n0\r\n\r\n");
        const QList<RawResponse> responses = readResponses(socket, 1);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.at(0).body, QByteArray("POST /chunked 11"));
        QCOMPARE(m_seen.at(0).body, QByteArray("hello world"));
    }

    void chunkedBodyOverTheLimitIsRefused()
    {
        QTcpSocket socket;
        connectTo(socket);
        socket.write("POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n800\r\n");
        const QList<RawResponse> responses = readResponses(socket, 1);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.at(0).status, 413);
    }

    void expectContinueGetsInterimResponse()
    {
        QTcpSocket socket;
        connectTo(socket);
        socket.write("PUT /x HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n");
        QTRY_VERIFY(socket.bytesAvailable() >= 25);
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
        socket.write("abc");
        const QList<RawResponse> responses = readResponses(socket, 1);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.at(0).body, QByteArray("PUT /x 3"));
    }

    void http10ClosesAfterTheResponse()
    {
        QTcpSocket socket;
        connectTo(socket);
        socket.write("GET /old HTTP/1.0\r\n\r\n");
        const QList<RawResponse> responses = readResponses(socket, 1);
        QCOMPARE(responses.size(), 1);
        QVERIFY(responses.at(0).headers.contains("Connection: close"));
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

    void connectionCloseHeaderIsHonoured()
    {
        QTcpSocket socket;
        connectTo(socket);
        socket.write("GET /bye HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QCOMPARE(readResponses(socket, 1).size(), 1);
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

    void malformedRequests_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage request line") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("unsupported version") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("bad content-length")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -3\r\n\r\n") << 400;
        QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n") << 400;
        QTest::newRow("unknown transfer coding")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
    }

    void malformedRequests()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        QTcpSocket socket;
        connectTo(socket);
        socket.write(raw);
        const QList<RawResponse> responses = readResponses(socket, 1);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.at(0).status, status);
        QVERIFY(m_seen.isEmpty());
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

    // A client that sends faster than it reads is held back: the server stops parsing its requests while answers
    // pile up, and catches up once the client reads.
    void clientThatDoesNotReadIsPaused()
    {
        m_server = std::make_unique<HttpServer>([this](const HttpRequest &request) {
            m_seen.append(request);
            HttpResponse response = HttpResponse::empty(200);
            response.body = QByteArray(64 * 1024, 'x');
            return response;
        });
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
        QTcpSocket socket;
        socket.setReadBufferSize(64 * 1024); // what is not read stays in the kernel, as with a slow client
        connectTo(socket);
        const int total = 1000;
        QByteArray requests;
        for (int i = 0; i < total; ++i)
            requests += "GET /" + QByteArray::number(i) + " HTTP/1.1\r\nHost: x\r\n\r\n";
        socket.write(requests);
        QTest::qWait(500);
        const qsizetype handledWhileNotReading = m_seen.size();
        QVERIFY2(handledWhileNotReading > 0 && handledWhileNotReading < total / 2,
                 qPrintable(QString::number(handledWhileNotReading)));
        QByteArray received;
        int answered = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000 && answered < total) {
            QTest::qWait(5);
            received += socket.readAll();
            const QList<RawResponse> complete = parseResponses(received);
            for (const RawResponse &response : complete) {
                QCOMPARE(response.body.size(), 64 * 1024);
                received.remove(0, response.headers.size() + 4 + response.body.size());
            }
            answered += int(complete.size());
        }
        QCOMPARE(answered, total);
        QCOMPARE(m_seen.size(), total);
        QCOMPARE(m_seen.last().path, u"/999"_s);
    }

    void errorRendererChoosesTheBodyDialect()
    {
        m_server->setErrorRenderer([](int status, const QString &message, const HttpRequest &request) {
            HttpResponse response = HttpResponse::empty(status);
            response.body = (request.path.startsWith(QLatin1String("/scim")) ? "scim:" : "api:") + message.toUtf8();
            return response;
        });
        QTcpSocket socket;
        connectTo(socket);
        socket.write("POST /scim/x HTTP/1.1\r\nHost: x\r\nContent-Length: 999999\r\n\r\n");
        const QList<RawResponse> responses = readResponses(socket, 1);
        QCOMPARE(responses.size(), 1);
        QVERIFY(responses.at(0).body.startsWith("scim:"));
    }

    void shutdownFinishesInFlightRequestThenStops()
    {
        QSignalSpy done(m_server.get(), &HttpServer::shutdownComplete);
        QTcpSocket idle;
        connectTo(idle);
        QTcpSocket busy;
        connectTo(busy);
        busy.write("POST /late HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nab");
        QTRY_VERIFY(busy.bytesToWrite() == 0);
        QTest::qWait(50);
        m_server->shutdown();
        QVERIFY(!m_server->isListening());
        QTRY_COMPARE(idle.state(), QAbstractSocket::UnconnectedState); // idle connections close at once
        QCOMPARE(done.count(), 0);                                     // the in-flight one keeps it alive
        busy.write("cd");
        const QList<RawResponse> responses = readResponses(busy, 1);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.at(0).body, QByteArray("POST /late 4"));
        QVERIFY(responses.at(0).headers.contains("Connection: close"));
        QTRY_COMPARE(done.count(), 1);
    }

private:
    void connectTo(QTcpSocket &socket)
    {
        socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QVERIFY(socket.waitForConnected(5000));
    }

    std::unique_ptr<HttpServer> m_server;
    QList<HttpRequest> m_seen;
};

QTEST_GUILESS_MAIN(HttpServerTest)
#include "tst_http_server.moc"
