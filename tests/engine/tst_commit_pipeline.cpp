#include "RawHttp.h"
#include "common/BatchListener.h"
#include "common/ResponseStream.h"
#include "http/HttpServer.h"
#include "server/CommitPipeline.h"

#include <QTcpSocket>
#include <QTest>

using namespace scim;

namespace {

// Records what the pipeline tells its listeners, and what a rolled-back batch's requests were answered.
class RecordingListener : public BatchListener
{
public:
    void batchBegan() override { calls.append(QStringLiteral("began")); }
    void batchCommitted() override { calls.append(QStringLiteral("committed")); }
    void batchRolledBack(const std::function<HttpResponse(quint64)> &answerOf) override
    {
        calls.append(QStringLiteral("rolled back"));
        for (quint64 id = 1; id <= 3; ++id)
            answers.append(answerOf(id));
    }

    QStringList calls;
    QList<HttpResponse> answers;
};

} // namespace

// Group commit (server/CommitPipeline) on the real HTTP server over real sockets: requests that arrive together
// share one batch, responses wait for its commit, a failed commit turns them into the same 503, and the
// listeners hear each outcome.
class CommitPipelineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_events.clear();
        m_transactions.clear();
        m_pipeline = std::make_unique<CommitPipeline>([this](const HttpRequest &request, quint64 transactionId) {
            m_events.append(QStringLiteral("handle ") + request.path);
            m_transactions.append(transactionId);
            HttpResponse response = echo(request);
            if (request.path == QLatin1String("/stream")) {
                response.stream = [](ResponseStream *stream) {
                    stream->write("streamed");
                    stream->close();
                };
            }
            return response;
        });
        m_server = std::make_unique<HttpServer>([this](const HttpRequest &request, const HttpResponder &responder) {
            m_pipeline->handle(request, responder);
        });
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    }

    void cleanup()
    {
        m_server.reset();
        m_pipeline.reset();
    }

    void burstSharesOneBatchAndResponsesWaitForTheCommit()
    {
        m_pipeline->setTransaction([this] { m_events.append(QStringLiteral("begin")); },
                                   [this] {
                                       m_events.append(QStringLiteral("commit"));
                                       return true;
                                   });
        QTcpSocket socket;
        connectTo(socket);
        socket.write(
            "GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\n\r\n");
        const QList<RawResponse> responses = readResponses(socket, 3);
        QCOMPARE(responses.size(), 3);
        QCOMPARE(m_events,
                 (QStringList{QStringLiteral("begin"), QStringLiteral("handle /1"), QStringLiteral("handle /2"),
                              QStringLiteral("handle /3"), QStringLiteral("commit")}));
    }

    void failedCommitTurnsHeldResponsesInto503()
    {
        m_pipeline->setTransaction([] {}, [] { return false; });
        QTcpSocket socket;
        connectTo(socket);
        socket.write("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\nPOST /b HTTP/1.1\r\nHost: "
                     "x\r\nContent-Length: 0\r\n\r\n");
        const QList<RawResponse> responses = readResponses(socket, 2);
        QCOMPARE(responses.size(), 2);
        QCOMPARE(responses.at(0).status, 503);
        QCOMPARE(responses.at(1).status, 503);
    }

    void listenersHearTheOutcomeAndTheAnswersGiven()
    {
        bool fail = false;
        m_pipeline->setTransaction([] {}, [&fail] { return !fail; });
        m_pipeline->setErrorRenderer([](int status, const QString &message, const HttpRequest &request) {
            HttpResponse response = HttpResponse::empty(status);
            response.body = request.path.toUtf8() + ": " + message.toUtf8();
            return response;
        });
        RecordingListener listener;
        m_pipeline->addListener(&listener);
        QTcpSocket socket;
        connectTo(socket);
        socket.write("GET /ok HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(readResponses(socket, 1).size(), 1);
        QCOMPARE(listener.calls, (QStringList{QStringLiteral("began"), QStringLiteral("committed")}));

        fail = true;
        socket.write("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\nPOST /y HTTP/1.1\r\nHost: "
                     "x\r\nContent-Length: 0\r\n\r\n");
        const QList<RawResponse> responses = readResponses(socket, 2);
        QCOMPARE(responses.size(), 2);
        QCOMPARE(listener.calls.mid(2), (QStringList{QStringLiteral("began"), QStringLiteral("rolled back")}));
        // One body, one place: the listener learns exactly what each client got, by transaction id.
        QCOMPARE(m_transactions, (QList<quint64>{1, 2, 3}));
        QCOMPARE(listener.answers.at(0).status, 503); // request 1 was committed earlier: not in this batch
        QCOMPARE(listener.answers.at(1).body, responses.at(0).body);
        QCOMPARE(listener.answers.at(2).body, responses.at(1).body);
        QCOMPARE(responses.at(0).body, QByteArray("/x: The change could not be saved; please retry"));
    }

    void interimAndStreamedAnswersWaitForTheHeldOnesBeforeThem()
    {
        QTcpSocket socket;
        connectTo(socket);
        // A held answer, then a request with Expect: 100-continue: its 100 must not overtake the first answer.
        socket.write("GET /first HTTP/1.1\r\nHost: x\r\n\r\nPUT /x HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nExpect: "
                     "100-continue\r\n\r\n");
        QByteArray data;
        QTRY_VERIFY((data += socket.readAll()).contains("100 Continue"));
        QVERIFY(data.indexOf("GET /first 0") < data.indexOf("100 Continue"));
        socket.write("abcGET /stream HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY((data += socket.readAll()).contains("streamed"));
        QVERIFY(data.contains("PUT /x 3"));
        QVERIFY(data.indexOf("PUT /x 3") < data.indexOf("streamed"));
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

private:
    void connectTo(QTcpSocket &socket)
    {
        socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QVERIFY(socket.waitForConnected(5000));
    }

    std::unique_ptr<CommitPipeline> m_pipeline;
    std::unique_ptr<HttpServer> m_server;
    QStringList m_events;
    QList<quint64> m_transactions;
};

QTEST_GUILESS_MAIN(CommitPipelineTest)
#include "tst_commit_pipeline.moc"
