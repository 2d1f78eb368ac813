// The HTTP/1.1 request parser (http/HttpRequestParser), bytes in, pipelined. The same bytes are fed at once, in
// chunks of pseudo-random sizes and (for short inputs) one byte at a time: a streaming parser must report the
// same requests and errors however the bytes arrive. Small limits let short inputs reach every limit; the parser
// must never hold more unparsed bytes than the limits allow. Independently of the parser, a small reference reading
// of the first request's header section (strictViolation) finds the RFC 9112 / RFC 9110 violations the engine must
// refuse; when it finds one, the parser must answer the request with an error, never hand it to the application.
#include "FuzzSupport.h"

#include "http/HttpRequestParser.h"

#include <QStringList>

#include <algorithm>
#include <cctype>

using scim::HttpRequestParser;

namespace {

constexpr qint64 kMaxBody = 512;
constexpr qsizetype kMaxRequestLine = 128;
constexpr qsizetype kMaxHeaderBytes = 256;

QString describe(const HttpRequestParser::Event &event)
{
    using Kind = HttpRequestParser::Event::Kind;
    switch (event.kind) {
    case Kind::NeedMoreData:
        return QStringLiteral("need-more");
    case Kind::Continue:
        return QStringLiteral("100-continue");
    case Kind::Error:
        return QStringLiteral("error %1 %2").arg(event.status).arg(event.message);
    case Kind::Request:
        break;
    }
    const scim::HttpRequest &request = event.request;
    QStringList parts{QStringLiteral("request"), QString::fromLatin1(request.method.toPercentEncoding()), request.path,
                      event.keepAlive ? QStringLiteral("keep-alive") : QStringLiteral("close")};
    for (const auto &[name, value] : request.query)
        parts << QStringLiteral("q:%1=%2").arg(name, value);
    for (const auto &[name, value] : request.headers)
        parts << QStringLiteral("h:%1=%2").arg(QString::fromLatin1(name.toPercentEncoding()),
                                               QString::fromLatin1(value.toPercentEncoding()));
    parts << QStringLiteral("body:") + QString::fromLatin1(request.body.toPercentEncoding());
    return parts.join(QLatin1Char(' '));
}

// The reference for the strict checks, deliberately written apart from the parser: the first reason RFC 9112 /
// RFC 9110 §5 gives to refuse the header section of the first request in `input`, or an empty string when there is
// none or the header section is incomplete. Only what a request smuggler or a header injector would use is judged;
// the parser may refuse more (limits, malformed request lines, unknown codings).
QString strictViolation(const QByteArray &input)
{
    const auto isOws = [](char c) { return c == ' ' || c == '\t'; };
    const auto trimmed = [&](QByteArray bytes) {
        while (!bytes.isEmpty() && isOws(bytes.front()))
            bytes.remove(0, 1);
        while (!bytes.isEmpty() && isOws(bytes.back()))
            bytes.chop(1);
        return bytes;
    };
    QList<QByteArray> lines = input.split('\n');
    lines.removeLast(); // what follows the last LF is not a complete line
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    qsizetype at = 0;
    while (at < lines.size() && lines.at(at).isEmpty())
        ++at; // empty lines before a request are skipped (RFC 9112 §2.2)
    if (at == lines.size())
        return {};
    const QList<QByteArray> requestLine = lines.at(at++).split(' ');
    if (requestLine.size() != 3 || (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0"))
        return {}; // a malformed request line is the parser's business
    const bool http10 = requestLine.at(2) == "HTTP/1.0";
    int hosts = 0;
    QByteArray host;
    QList<QByteArray> contentLengths;
    bool transferEncoding = false;
    for (;; ++at) {
        if (at == lines.size())
            return {}; // the header section has not ended
        const QByteArray &line = lines.at(at);
        if (line.isEmpty())
            break;
        if (isOws(line.front()))
            return QStringLiteral("obsolete line folding");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return QStringLiteral("a field line without a name and colon");
        const QByteArray name = line.left(colon).toLower();
        if (isOws(name.back()))
            return QStringLiteral("whitespace between the field name and its colon");
        const QByteArray value = trimmed(line.mid(colon + 1));
        for (const char c : value) {
            if ((uchar(c) < 0x20 && c != '\t') || uchar(c) == 0x7f)
                return QStringLiteral("a control character (NUL, CR, …) in a field value");
        }
        if (name == "host") {
            ++hosts;
            host = value;
        } else if (name == "content-length") {
            contentLengths.append(value);
        } else if (name == "transfer-encoding") {
            transferEncoding = true;
        }
    }
    if (hosts > 1)
        return QStringLiteral("more than one Host");
    if (hosts == 0 && !http10)
        return QStringLiteral("HTTP/1.1 without Host");
    for (const char c : std::as_const(host)) {
        if (!std::isalnum(uchar(c)) && !QByteArrayView("-._~!$&'()*+,;=%:[]").contains(c))
            return QStringLiteral("an invalid Host");
    }
    if (transferEncoding && http10)
        return QStringLiteral("Transfer-Encoding in HTTP/1.0");
    if (transferEncoding && !contentLengths.isEmpty())
        return QStringLiteral("Transfer-Encoding and Content-Length together");
    if (!contentLengths.isEmpty()) {
        QList<qint64> values;
        for (const QByteArray &field : std::as_const(contentLengths)) {
            for (const QByteArray &element : field.split(',')) {
                const QByteArray digits = trimmed(element);
                if (digits.isEmpty())
                    continue;
                bool ok = std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
                const qint64 value = ok ? digits.toLongLong(&ok) : -1;
                if (!ok)
                    return QStringLiteral("a malformed Content-Length");
                values.append(value);
            }
        }
        if (values.isEmpty())
            return QStringLiteral("an empty Content-Length");
        if (values.count(values.constFirst()) != values.size())
            return QStringLiteral("conflicting Content-Lengths");
    }
    return {};
}

// Appends one chunk and collects the events up to the next need for data.
// `bound`: the most unparsed bytes the parser may hold, the largest of its limits and a line end; `maxBody`: the
// body limit the parser was made with.
bool feed(HttpRequestParser &parser, const QByteArray &chunk, qsizetype bound, qint64 maxBody, QStringList &events)
{
    parser.append(chunk);
    for (;;) {
        const HttpRequestParser::Event event = parser.next();
        using Kind = HttpRequestParser::Event::Kind;
        if (event.kind == Kind::NeedMoreData) {
            // What a client can make the server buffer before it answers.
            FUZZ_CHECK(parser.bufferedBytes() <= bound,
                       QStringLiteral("%1 bytes buffered, limit %2").arg(parser.bufferedBytes()).arg(bound));
            return true;
        }
        if (event.kind == Kind::Request) {
            FUZZ_CHECK(event.request.body.size() <= maxBody, describe(event));
            FUZZ_CHECK(!event.request.method.isEmpty() && event.request.method == event.request.method.toUpper(),
                       describe(event));
        }
        if (event.kind == Kind::Error)
            FUZZ_CHECK(event.status >= 400 && event.status < 600, describe(event));
        events << describe(event);
        if (event.kind == Kind::Error) {
            // The connection stops reading after an error; the parser must stay silent.
            parser.append(QByteArrayLiteral("GET / HTTP/1.1\r\n\r\n"));
            FUZZ_CHECK(parser.next().kind == Kind::NeedMoreData, QStringLiteral("event after an error"));
            return false;
        }
    }
}

// maxChunk 0: all at once.
QStringList parseInChunks(const QByteArray &input, quint32 seed, qsizetype maxChunk)
{
    HttpRequestParser parser(kMaxBody, kMaxRequestLine, kMaxHeaderBytes);
    QStringList events;
    quint32 state = seed | 1;
    for (qsizetype at = 0; at < input.size();) {
        state ^= state << 13; // xorshift: reproducible chunk sizes from the input itself
        state ^= state >> 17;
        state ^= state << 5;
        const qsizetype size =
            maxChunk <= 1 ? (maxChunk == 1 ? 1 : input.size()) : 1 + qsizetype(state % quint32(maxChunk));
        if (!feed(parser, input.mid(at, size),
                  std::max({qint64(kMaxRequestLine), qint64(kMaxHeaderBytes), kMaxBody}) + 2, kMaxBody, events))
            break;
        at += size;
    }
    return events;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = scim::fuzz::bytes(data, size);

    // The real limits: nothing to compare, but nothing may crash either.
    constexpr qint64 kRealMaxBody = 1024 * 1024;
    HttpRequestParser real(kRealMaxBody);
    QStringList realEvents;
    feed(real, input, kRealMaxBody + 2, kRealMaxBody, realEvents);
    // A request the strict reading refuses never reaches the application (not even as "100 Continue").
    const QString violation = strictViolation(input);
    if (!violation.isEmpty()) {
        FUZZ_CHECK(!realEvents.isEmpty() && realEvents.constFirst().startsWith(QLatin1String("error ")),
                   QStringLiteral("%1, but the parser gave: %2")
                       .arg(violation, realEvents.value(0, QStringLiteral("nothing"))));
    }

    const QStringList whole = parseInChunks(input, 0, 0);
    const QStringList chunked = parseInChunks(input, quint32(qHash(input)), 32);
    FUZZ_CHECK(chunked == whole, QStringLiteral("at once:\n  %1\nin chunks:\n  %2")
                                     .arg(whole.join(QStringLiteral("\n  ")), chunked.join(QStringLiteral("\n  "))));
    if (input.size() <= 1024) {
        const QStringList bytewise = parseInChunks(input, 0, 1);
        FUZZ_CHECK(bytewise == whole,
                   QStringLiteral("at once:\n  %1\nbyte by byte:\n  %2")
                       .arg(whole.join(QStringLiteral("\n  ")), bytewise.join(QStringLiteral("\n  "))));
    }
    return 0;
}
