// The HTTP/1.1 request parser (http/HttpRequestParser), bytes in, pipelined. The same bytes are fed at once, in
// chunks of pseudo-random sizes and (for short inputs) one byte at a time: a streaming parser must report the
// same requests and errors however the bytes arrive. Small limits let short inputs reach every limit; the parser
// must never hold more unparsed bytes than the limits allow.
#include "FuzzSupport.h"

#include "http/HttpRequestParser.h"

#include <QStringList>

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

// Appends one chunk and collects the events up to the next need for data.
// `bound`: the most unparsed bytes the parser may hold, the largest of its limits and a line end.
bool feed(HttpRequestParser &parser, const QByteArray &chunk, qsizetype bound, QStringList &events)
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
            FUZZ_CHECK(event.request.body.size() <= kMaxBody, describe(event));
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
                  std::max({qint64(kMaxRequestLine), qint64(kMaxHeaderBytes), kMaxBody}) + 2, events))
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
    HttpRequestParser real(1024 * 1024);
    QStringList ignored;
    feed(real, input, 1024 * 1024 + 2, ignored);

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
