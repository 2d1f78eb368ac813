#pragma once

// Raw HTTP/1.1 responses read from a socket, for the suites that talk to a server over real sockets, and the
// answer their test servers give.

#include "common/HttpRequest.h"
#include "common/HttpResponse.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QTcpSocket>
#include <QTest>

namespace {

// "METHOD path body-size", so a test sees which request an answer belongs to.
[[maybe_unused]] scim::HttpResponse echo(const scim::HttpRequest &request)
{
    scim::HttpResponse response = scim::HttpResponse::empty(200);
    response.body = request.method + ' ' + request.path.toUtf8() + ' ' + QByteArray::number(request.body.size());
    return response;
}

// Reads complete HTTP/1.1 responses (status line, headers, Content-Length body) from a socket.
struct RawResponse
{
    int status = 0;
    QByteArray headers;
    QByteArray body;
};

QList<RawResponse> parseResponses(QByteArray data)
{
    QList<RawResponse> responses;
    while (true) {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        RawResponse response;
        response.headers = data.left(end);
        response.status = data.mid(9, 3).toInt();
        qsizetype length = 0;
        for (const QByteArray &line : response.headers.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (data.size() < end + 4 + length)
            break;
        response.body = data.mid(end + 4, length);
        data.remove(0, end + 4 + length);
        responses.append(response);
    }
    return responses;
}

QList<RawResponse> readResponses(QTcpSocket &socket, int expected, int timeoutMs = 5000)
{
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    // The server lives on this thread too, so wait by spinning the event loop, never by blocking.
    while (parseResponses(data).size() < expected && timer.elapsed() < timeoutMs) {
        QTest::qWait(5);
        data += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
    }
    data += socket.readAll();
    return parseResponses(data);
}

} // namespace
