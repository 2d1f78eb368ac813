#include "http/HttpRequestParser.h"

#include <QTest>

using namespace scim;
using namespace Qt::StringLiterals;

namespace {

// What the parser made of some bytes: the requests, and the error that stopped it (0: none).
struct Parsed
{
    QList<HttpRequest> requests;
    int continues = 0;
    int errorStatus = 0;
    QString errorMessage;
};

Parsed parse(const QList<QByteArray> &pieces, qint64 maxBody = 1024)
{
    HttpRequestParser parser(maxBody);
    Parsed parsed;
    using Kind = HttpRequestParser::Event::Kind;
    for (const QByteArray &piece : pieces) {
        parser.append(piece);
        while (true) {
            const HttpRequestParser::Event event = parser.next();
            if (event.kind == Kind::Request) {
                parsed.requests.append(event.request);
            } else if (event.kind == Kind::Continue) {
                ++parsed.continues;
            } else if (event.kind == Kind::Error) {
                parsed.errorStatus = event.status;
                parsed.errorMessage = event.message;
                return parsed;
            } else {
                break;
            }
        }
    }
    return parsed;
}

Parsed parse(const QByteArray &bytes)
{
    return parse(QList<QByteArray>{bytes});
}

// Every byte on its own: framing must not depend on how the bytes arrive.
Parsed parseBytewise(const QByteArray &bytes)
{
    QList<QByteArray> pieces;
    for (const char c : bytes)
        pieces.append(QByteArray(1, c));
    return parse(pieces);
}

} // namespace

// The request parser without a socket (HttpConnection feeds it): the same bytes give the same requests and errors
// however they are split into reads, no client can make it hold more than its limits (regressions found by the fuzz
// target tests/fuzz/fuzz_http_parser.cpp, docs/fuzzing.md), and what RFC 9112 and RFC 9110 say to refuse is refused.
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
    static Outcome feed(const QByteArray &bytes, qsizetype step, qint64 maxBody = 1024 * 1024)
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
            "\r\nPUT /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n0\r\nT: 1\r\n\r\n"
            "DELETE /d HTTP/1.0\n\n";
        const QString expected = QStringLiteral("GET /a  | 100 | POST /b hello | PUT /c abc | DELETE /d ");
        QCOMPARE(summary(feed(bytes, 0)), expected);
        for (qsizetype step : {1, 2, 3, 7, 64})
            QCOMPARE(summary(feed(bytes, step)), expected);
    }

    // Found by fuzzing: a request line over the limit was accepted when it arrived in one read with its LF, and
    // refused when it arrived in pieces.
    void requestLineLimitHoldsHoweverTheLineArrives()
    {
        const QByteArray line =
            "GET /" + QByteArray(HttpRequestParser::kMaxRequestLine - 13, 'a') + " HTTP/1.1"; // one byte too long
        QCOMPARE(line.size(), HttpRequestParser::kMaxRequestLine + 1);
        const QByteArray bytes = line + "\r\nHost: x\r\n\r\n";
        QCOMPARE(summary(feed(bytes, 0)), QStringLiteral("431 Request line too long"));
        QCOMPARE(summary(feed(bytes, 1000)), QStringLiteral("431 Request line too long"));

        const QByteArray fits = line.mid(1) + "\r\nHost: x\r\n\r\n"; // exactly the limit, CRLF not counted
        QCOMPARE(feed(fits, 0).events.constFirst().kind, Kind::Request);
        QCOMPARE(feed(fits, 1).events.constFirst().kind, Kind::Request);
    }

    // Found by fuzzing (UBSan): body size + chunk size overflowed qint64 for a chunk size near 2^63.
    void hugeChunkSizeIsTooLargeNotAnOverflow()
    {
        const Outcome outcome =
            feed("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n7fffffffffffffff\r\n", 0);
        QCOMPARE(summary(outcome), QStringLiteral("413 Request body exceeds 1048576 bytes"));
    }

    // Found by fuzzing: chunk headers (chunk extensions) and trailer lines had no length limit, so a client could
    // make the server buffer any amount of data without an LF.
    void chunkHeadersAndTrailersAreBounded()
    {
        const QByteArray head = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
        const Outcome extensions = feed(head + "5;ext=" + QByteArray(100000, 'x'), 4096);
        QCOMPARE(summary(extensions), QStringLiteral("413 Chunk header exceeds 16384 bytes"));
        QVERIFY(extensions.mostBuffered <= HttpRequestParser::kMaxRequestLine + 4096);

        const Outcome trailers = feed(head + "0\r\nX-Trailer: " + QByteArray(100000, 'x'), 4096);
        QCOMPARE(summary(trailers), QStringLiteral("431 Request headers too large"));
        QVERIFY(trailers.mostBuffered <= HttpRequestParser::kMaxHeaderBytes + 4096);
    }

    // A client that trickles a line without its LF is refused at the limit, not buffered for ever.
    void unfinishedLinesAreRefusedAtTheirLimit()
    {
        const Outcome requestLine = feed("GET /" + QByteArray(100000, 'a'), 1000);
        QCOMPARE(summary(requestLine), QStringLiteral("431 Request line too long"));
        QVERIFY(requestLine.mostBuffered <= HttpRequestParser::kMaxRequestLine + 1000);

        const Outcome header = feed("GET / HTTP/1.1\r\nX-Long: " + QByteArray(100000, 'a'), 1000);
        QCOMPARE(summary(header), QStringLiteral("431 Request headers too large"));
        QVERIFY(header.mostBuffered <= HttpRequestParser::kMaxHeaderBytes + 1000);
    }

    // The header section counts all its lines (without line ends): just at the limit passes, one byte over is 431,
    // whether the bytes come at once or one by one.
    void headerSectionLimitCountsEveryLine()
    {
        const auto request = [](qsizetype headerBytes) -> QByteArray {
            // Host counts like any field: 7 bytes without its line end.
            QByteArray bytes = "GET / HTTP/1.1\r\nHost: x\r\n";
            qsizetype left = headerBytes - 7;
            for (int i = 0; left > 0; ++i) {
                const QByteArray name = "X-" + QByteArray::number(i) + ": ";
                const qsizetype value = qMin<qsizetype>(left - name.size(), 1000);
                bytes += name + QByteArray(value, 'v') + "\r\n";
                left -= name.size() + value;
            }
            return bytes + "\r\n";
        };
        const QByteArray fits = request(HttpRequestParser::kMaxHeaderBytes);
        QCOMPARE(feed(fits, 0).events.constFirst().kind, Kind::Request);
        QCOMPARE(feed(fits, 1).events.constFirst().kind, Kind::Request);
        const QByteArray over = request(HttpRequestParser::kMaxHeaderBytes + 1);
        QCOMPARE(summary(feed(over, 0)), QStringLiteral("431 Request headers too large"));
        QCOMPARE(summary(feed(over, 7)), QStringLiteral("431 Request headers too large"));
    }

    void contentLengthIsBoundedAndParsedWithoutOverflow()
    {
        QCOMPARE(summary(feed("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1025\r\n\r\n", 0, 1024)),
                 QStringLiteral("413 Request body exceeds 1024 bytes"));
        QCOMPARE(summary(feed("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 9223372036854775807\r\n\r\n", 0, 1024)),
                 QStringLiteral("413 Request body exceeds 1024 bytes"));
        QCOMPARE(summary(feed("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n", 0, 1024)),
                 QStringLiteral("400 Malformed Content-Length"));
        QCOMPARE(summary(feed("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", 0, 1024)),
                 QStringLiteral("400 Malformed Content-Length"));
        // Chunks add up: 600 + 600 crosses 1024 at the second size line, before its data is buffered.
        const QByteArray chunked = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n258\r\n" +
                                   QByteArray(600, 'x') + "\r\n258\r\n";
        QCOMPARE(summary(feed(chunked, 0, 1024)), QStringLiteral("413 Request body exceeds 1024 bytes"));
        QCOMPARE(summary(feed("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n", 0)),
                 QStringLiteral("400 Malformed chunk size"));
    }

    // Chunk data must end with a line end where its size says: otherwise the rest of the body would be read as
    // the next pipelined request.
    void chunkDataMustEndWhereItsSizeSays()
    {
        const QByteArray head = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
        const QByteArray lying = head + "3\r\nabcGET /smuggled HTTP/1.1\r\n\r\n0\r\n\r\n";
        for (qsizetype step : {0, 1})
            QCOMPARE(summary(feed(lying, step)), QStringLiteral("400 Chunk data is not followed by a line end"));
        QCOMPARE(summary(feed(head + "3\r\nabc\rX", 0)),
                 QStringLiteral("400 Chunk data is not followed by a line end"));
        // Bare LFs are tolerated here as on every other line.
        QCOMPARE(summary(feed(head + "3\nabc\n0\n\n", 0)), QStringLiteral("POST / abc"));
        QCOMPARE(summary(feed(head + "3\nabc\n0\n\n", 1)), QStringLiteral("POST / abc"));
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

    void pipelinedRequestsInAnySplit()
    {
        const QByteArray bytes = "GET /a?x=1+2&y=%22z%22 HTTP/1.1\r\nHost: scim.example.com\r\nX-Thing:  v  \r\n\r\n"
                                 "POST /b HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
                                 "PUT /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                                 "3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\nTrailer-Field: t\r\n\r\n";
        for (const Parsed &parsed : {parse(bytes), parseBytewise(bytes)}) {
            QCOMPARE(parsed.errorStatus, 0);
            QCOMPARE(parsed.requests.size(), 3);
            QCOMPARE(parsed.requests.at(0).path, u"/a"_s);
            QCOMPARE(parsed.requests.at(0).queryItem(u"x"_s), u"1 2"_s);
            QCOMPARE(parsed.requests.at(0).queryItem(u"y"_s), u"\"z\""_s);
            QCOMPARE(parsed.requests.at(0).header("x-thing"), QByteArray("v"));
            QCOMPARE(parsed.requests.at(1).body, QByteArray("hello"));
            QCOMPARE(parsed.requests.at(2).method, QByteArray("PUT"));
            QCOMPARE(parsed.requests.at(2).body, QByteArray("abcde"));
        }
    }

    void acceptedEdgeCases_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("HTTP/1.0 without Host") << QByteArray("GET / HTTP/1.0\r\n\r\n");
        QTest::newRow("empty Host") << QByteArray("GET / HTTP/1.1\r\nHost:\r\n\r\n");
        QTest::newRow("Host with port and IPv6") << QByteArray("GET / HTTP/1.1\r\nHost: [::1]:8443\r\n\r\n");
        QTest::newRow("equal Content-Lengths")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nab");
        QTest::newRow("equal Content-Length list")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2, 2\r\n\r\nab");
        QTest::newRow("bare LF line endings") << QByteArray("GET / HTTP/1.1\nHost: h\n\n");
        QTest::newRow("tab inside a value") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-A: a\tb\r\n\r\n");
        QTest::newRow("absolute-form target") << QByteArray("GET https://h/x HTTP/1.1\r\nHost: h\r\n\r\n");
        QTest::newRow("obs-text in a value") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-A: caf\xc3\xa9\r\n\r\n");
        QTest::newRow("stray CRLF before a request") << QByteArray("\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n");
    }

    void acceptedEdgeCases()
    {
        QFETCH(QByteArray, raw);
        const Parsed parsed = parse(raw);
        QVERIFY2(parsed.errorStatus == 0, qPrintable(parsed.errorMessage));
        QCOMPARE(parsed.requests.size(), 1);
    }

    // Each is refused with its status and nothing reaches the application (RFC 9112 and RFC 9110).
    void refusedRequests_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("HTTP/1.1 without Host")
            << QByteArray("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n") << 400 << u"without a Host"_s;
        QTest::newRow("two Host headers")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400 << u"More than one Host"_s;
        QTest::newRow("invalid Host") << QByteArray("GET / HTTP/1.1\r\nHost: a b/c\r\n\r\n") << 400
                                      << u"Invalid Host"_s;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-A : 1\r\n\r\n") << 400
                                            << u"Whitespace between a header field name and its colon"_s;
        QTest::newRow("tab before colon") << QByteArray("GET / HTTP/1.1\r\nHost\t: h\r\n\r\n") << 400
                                          << u"Whitespace between a header field name and its colon"_s;
        QTest::newRow("NUL in a value") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-A: a\0b\r\n\r\n", 37) << 400
                                        << u"NUL in a header field value"_s;
        QTest::newRow("CR in a value") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-A: a\rb\r\n\r\n") << 400
                                       << u"CR in a header field value"_s;
        QTest::newRow("other control in a value") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-A: a\x01"
                                                                "b\r\n\r\n")
                                                  << 400 << u"Control character"_s;
        QTest::newRow("conflicting Content-Lengths")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc") << 400
            << u"Conflicting Content-Length"_s;
        QTest::newRow("conflicting Content-Length list")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2, 3\r\n\r\nabc") << 400
            << u"Conflicting Content-Length"_s;
        QTest::newRow("signed Content-Length")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: +2\r\n\r\nab") << 400
            << u"Malformed Content-Length"_s;
        QTest::newRow("Content-Length with Transfer-Encoding")
            << QByteArray(
                   "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
            << 400 << u"Content-Length and Transfer-Encoding"_s;
        QTest::newRow("chunked twice")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n") << 400
            << u"Malformed Transfer-Encoding"_s;
        QTest::newRow("Transfer-Encoding in HTTP/1.0")
            << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 400 << u"HTTP/1.0"_s;
        QTest::newRow("unknown transfer coding")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n") << 501
            << u"Unsupported transfer encoding"_s;
        QTest::newRow("obsolete line folding")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-A: a\r\n b\r\n\r\n") << 400 << u"folding"_s;
        QTest::newRow("chunk size with 0x")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0x3\r\nabc\r\n0\r\n\r\n")
            << 400 << u"Malformed chunk size"_s;
        QTest::newRow("chunk data without CRLF")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcXY0\r\n\r\n") << 400
            << u"not followed by a line end"_s;
        QTest::newRow("chunk size overflow")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n")
            << 413 << u"Request body exceeds"_s;
        QTest::newRow("header name with a slash")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX/A: 1\r\n\r\n") << 400 << u"Malformed header field name"_s;
        QTest::newRow("target without a slash")
            << QByteArray("GET users HTTP/1.1\r\nHost: h\r\n\r\n") << 400 << u"Malformed request target"_s;
        QTest::newRow("control character in the target")
            << QByteArray("GET /a\x01 HTTP/1.1\r\nHost: h\r\n\r\n") << 400 << u"Malformed request target"_s;
        QTest::newRow("lower-case version")
            << QByteArray("GET / http/1.1\r\nHost: h\r\n\r\n") << 400 << u"Malformed request line"_s;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505 << u"Only HTTP/1.0 and HTTP/1.1"_s;
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: h\r\n\r\n") << 400
                                    << u"Malformed request line"_s;
    }

    void refusedRequests()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        QFETCH(QString, message);
        for (const Parsed &parsed : {parse(raw), parseBytewise(raw)}) {
            QCOMPARE(parsed.errorStatus, status);
            QVERIFY2(parsed.errorMessage.contains(message), qPrintable(parsed.errorMessage));
            QVERIFY(parsed.requests.isEmpty());
        }
    }

    void limits()
    {
        // The request line and the header section are bounded before their end arrives.
        QCOMPARE(parse(QByteArray("GET /") + QByteArray(HttpRequestParser::kMaxRequestLine + 1, 'a')).errorStatus, 431);
        QByteArray headers = "GET / HTTP/1.1\r\nHost: h\r\n";
        for (int i = 0; i <= HttpRequestParser::kMaxHeaderFields; ++i)
            headers += "X-" + QByteArray::number(i) + ": 1\r\n";
        QCOMPARE(parse(headers + "\r\n").errorStatus, 431);
        QCOMPARE(parse(QByteArray("GET / HTTP/1.1\r\nX-Long: ") + QByteArray(HttpRequestParser::kMaxHeaderBytes, 'a'))
                     .errorStatus,
                 431);
        // The body limit from Content-Length alone, and from the chunk sizes.
        QCOMPARE(parse(QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1025\r\n\r\n")).errorStatus, 413);
        QCOMPARE(parse(QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n") +
                       QByteArray(1024, 'a') + "\r\n1\r\n")
                     .errorStatus,
                 413);
        // A chunk-size line is bounded too.
        QCOMPARE(parse(QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n1;") +
                       QByteArray(HttpRequestParser::kMaxRequestLine, 'x'))
                     .errorStatus,
                 413);
    }

    void expectContinueAndKeepAlive()
    {
        using Kind = HttpRequestParser::Event::Kind;
        HttpRequestParser parser(1024);
        parser.append("PUT /x HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nExpect: 100-continue\r\n"
                      "Connection: close\r\n\r\n");
        QCOMPARE(parser.next().kind, Kind::Continue);
        QCOMPARE(parser.next().kind, Kind::NeedMoreData);
        QVERIFY(!parser.inHeaderSection());
        parser.append("ok");
        const HttpRequestParser::Event event = parser.next();
        QCOMPARE(event.kind, Kind::Request);
        QVERIFY(!event.keepAlive);
        QCOMPARE(event.request.body, QByteArray("ok"));
        QVERIFY(parser.isIdle());
        parser.append("GET");
        QCOMPARE(parser.next().kind, Kind::NeedMoreData);
        QVERIFY(parser.inHeaderSection());
    }

    void nothingAfterAnError()
    {
        using Kind = HttpRequestParser::Event::Kind;
        HttpRequestParser parser(1024);
        parser.append("GET /x HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n");
        const HttpRequestParser::Event error = parser.next();
        QCOMPARE(error.kind, Kind::Error);
        QCOMPARE(error.request.path, u"/x"_s); // what was parsed, for the error's dialect
        parser.append("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        QCOMPARE(parser.next().kind, Kind::NeedMoreData);
        QCOMPARE(parser.bufferedBytes(), 0);
    }
};

QTEST_GUILESS_MAIN(HttpParserTest)
#include "tst_http_parser.moc"
