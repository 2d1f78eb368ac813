#include "http/HttpRequestParser.h"

#include <QTest>

using namespace scim;

// The request parser without a socket (HttpConnection feeds it): the same bytes give the same requests and errors
// however they are split into reads, and no client can make it hold more than its limits. The regressions here
// were found by the fuzz target tests/fuzz/fuzz_http_parser.cpp (docs/fuzzing.md).
class HttpParserTest : public QObject
{
    Q_OBJECT

private:
    using Kind = HttpRequestParser::Event::Kind;

    struct Outcome
    {
        QList<HttpRequestParser::Event> events; // everything but NeedMoreData
        qsizetype mostBuffered = 0;
    };

    // Feeds `bytes` in pieces of `step` bytes (0: all at once) and collects the events.
    static Outcome parse(const QByteArray &bytes, qsizetype step, qint64 maxBody = 1024 * 1024)
    {
        HttpRequestParser parser(maxBody);
        Outcome outcome;
        const qsizetype size = step > 0 ? step : qMax<qsizetype>(1, bytes.size());
        for (qsizetype at = 0; at < bytes.size(); at += size) {
            parser.append(bytes.mid(at, size));
            for (HttpRequestParser::Event event = parser.next(); event.kind != Kind::NeedMoreData;
                 event = parser.next())
                outcome.events.append(event);
            outcome.mostBuffered = qMax(outcome.mostBuffered, parser.bufferedBytes());
        }
        return outcome;
    }

    static QString summary(const Outcome &outcome)
    {
        QStringList parts;
        for (const HttpRequestParser::Event &event : outcome.events) {
            if (event.kind == Kind::Error)
                parts << QStringLiteral("%1 %2").arg(event.status).arg(event.message);
            else if (event.kind == Kind::Continue)
                parts << QStringLiteral("100");
            else
                parts << QString::fromLatin1(event.request.method) + QLatin1Char(' ') + event.request.path +
                             QLatin1Char(' ') + QString::fromLatin1(event.request.body);
        }
        return parts.join(QStringLiteral(" | "));
    }

private Q_SLOTS:
    void pipelinedRequestsDoNotDependOnHowTheBytesArrive()
    {
        const QByteArray bytes =
            "GET /a?x=1+2 HTTP/1.1\r\nHost: x\r\n\r\n"
            "POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\nhello"
            "\r\nPUT /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n0\r\nT: 1\r\n\r\n"
            "DELETE /d HTTP/1.0\n\n";
        const QString expected = QStringLiteral("GET /a  | 100 | POST /b hello | PUT /c abc | DELETE /d ");
        QCOMPARE(summary(parse(bytes, 0)), expected);
        for (qsizetype step : {1, 2, 3, 7, 64})
            QCOMPARE(summary(parse(bytes, step)), expected);
    }

    // Found by fuzzing: a request line over the limit was accepted when it arrived in one read with its LF, and
    // refused when it arrived in pieces.
    void requestLineLimitHoldsHoweverTheLineArrives()
    {
        const QByteArray line =
            "GET /" + QByteArray(HttpRequestParser::kMaxRequestLine - 13, 'a') + " HTTP/1.1"; // one byte too long
        QCOMPARE(line.size(), HttpRequestParser::kMaxRequestLine + 1);
        const QByteArray bytes = line + "\r\nHost: x\r\n\r\n";
        QCOMPARE(summary(parse(bytes, 0)), QStringLiteral("431 Request line too long"));
        QCOMPARE(summary(parse(bytes, 1000)), QStringLiteral("431 Request line too long"));

        const QByteArray fits = line.mid(1) + "\r\nHost: x\r\n\r\n"; // exactly the limit, CRLF not counted
        QCOMPARE(parse(fits, 0).events.constFirst().kind, Kind::Request);
        QCOMPARE(parse(fits, 1).events.constFirst().kind, Kind::Request);
    }

    // Found by fuzzing (UBSan): body size + chunk size overflowed qint64 for a chunk size near 2^63.
    void hugeChunkSizeIsTooLargeNotAnOverflow()
    {
        const Outcome outcome =
            parse("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n7fffffffffffffff\r\n", 0);
        QCOMPARE(summary(outcome), QStringLiteral("413 Request body exceeds 1048576 bytes"));
    }

    // Found by fuzzing: chunk headers (chunk extensions) and trailer lines had no length limit, so a client could
    // make the server buffer any amount of data without an LF.
    void chunkHeadersAndTrailersAreBounded()
    {
        const QByteArray head = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        const Outcome extensions = parse(head + "5;ext=" + QByteArray(100000, 'x'), 4096);
        QCOMPARE(summary(extensions), QStringLiteral("413 Chunk header exceeds 16384 bytes"));
        QVERIFY(extensions.mostBuffered <= HttpRequestParser::kMaxRequestLine + 4096);

        const Outcome trailers = parse(head + "0\r\nX-Trailer: " + QByteArray(100000, 'x'), 4096);
        QCOMPARE(summary(trailers), QStringLiteral("431 Request headers too large"));
        QVERIFY(trailers.mostBuffered <= HttpRequestParser::kMaxHeaderBytes + 4096);
    }

    // A client that trickles a line without its LF is refused at the limit, not buffered for ever.
    void unfinishedLinesAreRefusedAtTheirLimit()
    {
        const Outcome requestLine = parse("GET /" + QByteArray(100000, 'a'), 1000);
        QCOMPARE(summary(requestLine), QStringLiteral("431 Request line too long"));
        QVERIFY(requestLine.mostBuffered <= HttpRequestParser::kMaxRequestLine + 1000);

        const Outcome header = parse("GET / HTTP/1.1\r\nX-Long: " + QByteArray(100000, 'a'), 1000);
        QCOMPARE(summary(header), QStringLiteral("431 Request headers too large"));
        QVERIFY(header.mostBuffered <= HttpRequestParser::kMaxHeaderBytes + 1000);
    }

    // The header section counts all its lines (without line ends): just at the limit passes, one byte over is 431,
    // whether the bytes come at once or one by one.
    void headerSectionLimitCountsEveryLine()
    {
        const auto request = [](qsizetype headerBytes) -> QByteArray {
            QByteArray bytes = "GET / HTTP/1.1\r\n";
            qsizetype left = headerBytes;
            for (int i = 0; left > 0; ++i) {
                const QByteArray name = "X-" + QByteArray::number(i) + ": ";
                const qsizetype value = qMin<qsizetype>(left - name.size(), 1000);
                bytes += name + QByteArray(value, 'v') + "\r\n";
                left -= name.size() + value;
            }
            return bytes + "\r\n";
        };
        const QByteArray fits = request(HttpRequestParser::kMaxHeaderBytes);
        QCOMPARE(parse(fits, 0).events.constFirst().kind, Kind::Request);
        QCOMPARE(parse(fits, 1).events.constFirst().kind, Kind::Request);
        const QByteArray over = request(HttpRequestParser::kMaxHeaderBytes + 1);
        QCOMPARE(summary(parse(over, 0)), QStringLiteral("431 Request headers too large"));
        QCOMPARE(summary(parse(over, 7)), QStringLiteral("431 Request headers too large"));
    }

    void contentLengthIsBoundedAndParsedWithoutOverflow()
    {
        QCOMPARE(summary(parse("POST / HTTP/1.1\r\nContent-Length: 1025\r\n\r\n", 0, 1024)),
                 QStringLiteral("413 Request body exceeds 1024 bytes"));
        QCOMPARE(summary(parse("POST / HTTP/1.1\r\nContent-Length: 9223372036854775807\r\n\r\n", 0, 1024)),
                 QStringLiteral("413 Request body exceeds 1024 bytes"));
        QCOMPARE(summary(parse("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n", 0, 1024)),
                 QStringLiteral("400 Malformed Content-Length"));
        QCOMPARE(summary(parse("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 0, 1024)),
                 QStringLiteral("400 Malformed Content-Length"));
        // Chunks add up: 600 + 600 crosses 1024 at the second size line, before its data is buffered.
        const QByteArray chunked =
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n258\r\n" + QByteArray(600, 'x') + "\r\n258\r\n";
        QCOMPARE(summary(parse(chunked, 0, 1024)), QStringLiteral("413 Request body exceeds 1024 bytes"));
        QCOMPARE(summary(parse("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n", 0)),
                 QStringLiteral("400 Malformed chunk size"));
    }

    // Chunk data must end with a line end where its size says: otherwise the rest of the body would be read as
    // the next pipelined request.
    void chunkDataMustEndWhereItsSizeSays()
    {
        const QByteArray head = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        const QByteArray lying = head + "3\r\nabcGET /smuggled HTTP/1.1\r\n\r\n0\r\n\r\n";
        for (qsizetype step : {0, 1})
            QCOMPARE(summary(parse(lying, step)), QStringLiteral("400 Chunk data is not followed by a line end"));
        QCOMPARE(summary(parse(head + "3\r\nabc\rX", 0)),
                 QStringLiteral("400 Chunk data is not followed by a line end"));
        // Bare LFs are tolerated here as on every other line.
        QCOMPARE(summary(parse(head + "3\nabc\n0\n\n", 0)), QStringLiteral("POST / abc"));
        QCOMPARE(summary(parse(head + "3\nabc\n0\n\n", 1)), QStringLiteral("POST / abc"));
    }

    void nothingIsParsedAfterAnError()
    {
        HttpRequestParser parser(1024);
        parser.append("GET / HTTP/2.0\r\n\r\nGET / HTTP/1.1\r\n\r\n");
        const HttpRequestParser::Event error = parser.next();
        QCOMPARE(error.kind, Kind::Error);
        QCOMPARE(error.status, 505);
        parser.append("GET / HTTP/1.1\r\n\r\n");
        QCOMPARE(parser.next().kind, Kind::NeedMoreData);
        QCOMPARE(parser.bufferedBytes(), 0);
    }
};

QTEST_GUILESS_MAIN(HttpParserTest)
#include "tst_http_parser.moc"
