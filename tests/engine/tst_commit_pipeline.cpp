#include "RawHttp.h"
#include "common/BatchListener.h"
#include "common/ResponseStream.h"
#include "common/RetryBackoff.h"
#include "http/HttpServer.h"
#include "server/CommitPipeline.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <array>

using namespace scim;

namespace {

// Records what the pipeline tells its listeners, and what a rolled-back batch's requests were answered.
class RecordingListener : public BatchListener
{
public:
    void batchBegan() override { calls.append(QStringLiteral("began")); }
    void batchCommitted() override { calls.append(QStringLiteral("committed")); }
    void batchDiscarded() override { calls.append(QStringLiteral("discarded")); }
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
            if (m_onHandle)
                m_onHandle(request);
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
        m_onHandle = nullptr;
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

    // With a read-ahead (PostgreSQL: one round trip for a batch's GETs) the requests that arrive together are seen
    // together before any is handled, and are then handled and answered as without one; more than a batch holds
    // are read ahead and committed in batches of kMaxBatchSize.
    void readAheadSeesTheBatchBeforeItIsHandled()
    {
        m_pipeline->setTransaction([this] { m_events.append(QStringLiteral("begin")); },
                                   [this] {
                                       m_events.append(QStringLiteral("commit"));
                                       return true;
                                   });
        m_pipeline->setReadAhead([this](const QList<HttpRequest> &requests) {
            QStringList paths;
            for (const HttpRequest &request : requests)
                paths.append(request.path);
            m_events.append(QStringLiteral("read ahead ") + paths.join(QLatin1Char(' ')));
        });
        QTcpSocket socket;
        connectTo(socket);
        socket.write("GET /1 HTTP/1.1\r\nHost: x\r\n\r\nPOST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"
                     "GET /3 HTTP/1.1\r\nHost: x\r\n\r\n");
        const QList<RawResponse> responses = readResponses(socket, 3);
        QCOMPARE(responses.size(), 3);
        QCOMPARE(responses.at(0).body, QByteArray("GET /1 0"));
        QCOMPARE(responses.at(1).body, QByteArray("POST /2 0"));
        QCOMPARE(responses.at(2).body, QByteArray("GET /3 0"));
        QCOMPARE(m_events, (QStringList{QStringLiteral("read ahead /1 /2 /3"), QStringLiteral("begin"),
                                        QStringLiteral("handle /1"), QStringLiteral("handle /2"),
                                        QStringLiteral("handle /3"), QStringLiteral("commit")}));

        // More than a batch holds, from three clients at once (each may have 32 answers outstanding): read ahead
        // and committed at most kMaxBatchSize at a time, answered in order.
        m_events.clear();
        constexpr int kClients = 3;
        constexpr int kEach = 30;
        std::array<QTcpSocket, kClients> clients;
        for (int c = 0; c < kClients; ++c) {
            connectTo(clients[c]);
            QByteArray burst;
            for (int i = 0; i < kEach; ++i)
                burst += "GET /" + QByteArray::number(c) + "-" + QByteArray::number(i) + " HTTP/1.1\r\nHost: x\r\n\r\n";
            clients[c].write(burst);
        }
        for (int c = 0; c < kClients; ++c) {
            const QList<RawResponse> answers = readResponses(clients[c], kEach);
            QCOMPARE(answers.size(), kEach);
            for (int i = 0; i < kEach; ++i)
                QCOMPARE(answers.at(i).body, "GET /" + QByteArray::number(c) + "-" + QByteArray::number(i) + " 0");
        }
        const int count = kClients * kEach;
        const QStringList readAheads = m_events.filter(QRegularExpression(QStringLiteral("^read ahead")));
        QVERIFY2(readAheads.size() >= 2, qPrintable(m_events.join(QLatin1Char('\n'))));
        qsizetype seen = 0;
        for (const QString &event : readAheads) {
            const qsizetype paths = event.count(QLatin1Char('/'));
            QVERIFY(paths >= 1 && paths <= CommitPipeline::kMaxBatchSize);
            seen += paths;
        }
        QCOMPARE(seen, qsizetype(count));
        QCOMPARE(m_events.count(QStringLiteral("commit")), readAheads.size());
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

    // A deadlock with another instance aborts the batch's transaction: nobody has been answered, so the batch is
    // rolled back and its requests handled again in a new one; each client gets one answer, from the run that
    // committed, and the listeners forget what the aborted run produced.
    void abortedBatchRunsAgainAndAnswersOnce()
    {
        int abortsLeft = 2;
        bool aborted = false;
        m_pipeline->setTransaction(
            [this, &aborted] {
                aborted = false;
                m_events.append(QStringLiteral("begin"));
            },
            [this] {
                m_events.append(QStringLiteral("commit"));
                return true;
            });
        m_pipeline->setRetry([&aborted] { return aborted; }, [this] { m_events.append(QStringLiteral("rollback")); });
        m_onHandle = [&](const HttpRequest &request) {
            if (request.path == QLatin1String("/y") && abortsLeft > 0) {
                --abortsLeft;
                aborted = true;
            }
        };
        RecordingListener listener;
        m_pipeline->addListener(&listener);
        QTcpSocket socket;
        connectTo(socket);
        socket.write("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\nPOST /y HTTP/1.1\r\nHost: "
                     "x\r\nContent-Length: 0\r\n\r\n");
        const QList<RawResponse> responses = readResponses(socket, 2);
        QCOMPARE(responses.size(), 2);
        QCOMPARE(responses.at(0).status, 200);
        QCOMPARE(responses.at(1).status, 200);
        QTest::qWait(50);
        QCOMPARE(socket.readAll(), QByteArray()); // nothing answered twice
        const QStringList run{QStringLiteral("begin"), QStringLiteral("handle /x"), QStringLiteral("handle /y")};
        QCOMPARE(m_events, run + QStringList{QStringLiteral("rollback")} + run +
                               QStringList{QStringLiteral("rollback")} + run + QStringList{QStringLiteral("commit")});
        QCOMPARE(listener.calls,
                 (QStringList{QStringLiteral("began"), QStringLiteral("discarded"), QStringLiteral("began"),
                              QStringLiteral("discarded"), QStringLiteral("began"), QStringLiteral("committed")}));
        // The same requests, so the same transaction ids in every run.
        QCOMPARE(m_transactions, (QList<quint64>{1, 2, 1, 2, 1, 2}));
    }

    // Bounded: a batch aborted on every run is rolled back and answered 503 (retry later), never 500.
    void batchAbortedOnEveryRunIsAnswered503()
    {
        bool aborted = false;
        int runs = 0;
        m_pipeline->setTransaction(
            [&] {
                aborted = false;
                ++runs;
            },
            [] { return true; });
        m_pipeline->setRetry([&aborted] { return aborted; }, [] {});
        m_onHandle = [&aborted](const HttpRequest &) { aborted = true; };
        RecordingListener listener;
        m_pipeline->addListener(&listener);
        QTcpSocket socket;
        connectTo(socket);
        socket.write("POST /z HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
        const QList<RawResponse> responses = readResponses(socket, 1);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.at(0).status, 503);
        QCOMPARE(runs, RetryBackoff::kMaxAttempts);
        QCOMPARE(listener.calls.constLast(), QStringLiteral("rolled back"));
        QCOMPARE(listener.calls.count(QStringLiteral("discarded")), RetryBackoff::kMaxAttempts - 1);
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

    std::function<void(const HttpRequest &)> m_onHandle;
    std::unique_ptr<CommitPipeline> m_pipeline;
    std::unique_ptr<HttpServer> m_server;
    QStringList m_events;
    QList<quint64> m_transactions;
};

QTEST_GUILESS_MAIN(CommitPipelineTest)
#include "tst_commit_pipeline.moc"
