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

// The request parser on its own, bytes in (no socket): RFC 9112 framing and the requests it must refuse.
class HttpParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
            << u"not followed by CRLF"_s;
        QTest::newRow("chunk size overflow")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n")
            << 400 << u"Malformed chunk size"_s;
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
                       QByteArray(HttpRequestParser::kMaxChunkLine, 'x'))
                     .errorStatus,
                 400);
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
