#include "FaultProxy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

FaultProxy::FaultProxy(const QUrl &upstream, Fault fault, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
    , m_fault(fault)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            m_buffers.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                m_busy.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FaultProxy::~FaultProxy()
{
    // The sockets are the server's children; they must not call back into members already destroyed.
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
    }
    m_server.close();
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FaultProxy::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void FaultProxy::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // One request at a time per connection, as HTTP/1.1 clients without pipelining send them.
    if (m_busy.value(socket))
        return;
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() < 3) {
        socket->disconnectFromHost();
        return;
    }
    Request request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
        request.headers.append({name, value});
    }
    if (buffer.size() < end + 4 + length)
        return;
    request.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    m_busy.insert(socket, true);
    forward(socket, request);
}

void FaultProxy::forward(QTcpSocket *socket, const Request &request)
{
    QUrl url = m_upstream;
    const QUrl target = QUrl::fromEncoded(request.target);
    url.setPath(target.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    QUrlQuery query(target);
    if (m_fault == Fault::IgnoresExcludedAttributes) {
        for (const auto &[key, value] : query.queryItems()) {
            if (key.compare(QLatin1String("excludedAttributes"), Qt::CaseInsensitive) == 0)
                query.removeAllQueryItems(key);
        }
    }
    url.setQuery(query);

    QNetworkRequest upstream(url);
    upstream.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    static const QList<QByteArray> hopByHop{"host",   "content-length",   "connection", "keep-alive", "accept-encoding",
                                            "expect", "transfer-encoding"};
    for (const auto &[name, value] : request.headers) {
        if (!hopByHop.contains(name.toLower()))
            upstream.setRawHeader(name, value);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(upstream, request.method, request.body);
    connect(reply, &QNetworkReply::finished, this, [this, socket, reply, request, query] {
        reply->deleteLater();
        if (!m_buffers.contains(socket))
            return;
        int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QByteArray body = reply->readAll();
        const QString path = QUrl::fromEncoded(request.target).path();
        QJsonDocument document = QJsonDocument::fromJson(body);

        switch (m_fault) {
        case Fault::None:
        case Fault::IgnoresExcludedAttributes:
            break;
        case Fault::CreateAnswers200:
            if (request.method == "POST" && path.endsWith(QLatin1String("/Users")) && status == 201)
                status = 200;
            break;
        case Fault::WrongScimType:
            if (document.object().value(QStringLiteral("scimType")) == QJsonValue(QStringLiteral("invalidFilter"))) {
                QJsonObject error = document.object();
                error.insert(QStringLiteral("scimType"), QStringLiteral("invalidSyntax"));
                document = QJsonDocument(error);
                body = document.toJson(QJsonDocument::Compact);
            }
            break;
        case Fault::CaseSensitiveUserName: {
            static const QRegularExpression eq(QStringLiteral("^userName eq \"(.*)\"$"),
                                               QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch match =
                eq.match(query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded));
            if (request.method == "GET" && path.endsWith(QLatin1String("/Users")) && match.hasMatch() &&
                status == 200) {
                QJsonObject list = document.object();
                QJsonArray kept;
                for (const QJsonValue &resource : list.value(QStringLiteral("Resources")).toArray()) {
                    if (resource.toObject().value(QStringLiteral("userName")).toString() == match.captured(1))
                        kept.append(resource);
                }
                list.insert(QStringLiteral("Resources"), kept);
                list.insert(QStringLiteral("totalResults"), kept.size());
                list.insert(QStringLiteral("itemsPerPage"), kept.size());
                body = QJsonDocument(list).toJson(QJsonDocument::Compact);
            }
            break;
        }
        }

        const QByteArray engineOrigin = m_upstream.toString(QUrl::RemovePath | QUrl::RemoveQuery).toUtf8();
        const QByteArray ownOrigin = origin().toUtf8();
        body.replace(engineOrigin, ownOrigin);
        QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' +
                              reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray() + "\r\n";
        static const QList<QByteArray> dropped{"content-length", "transfer-encoding", "connection", "content-encoding"};
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            if (dropped.contains(name.toLower()))
                continue;
            QByteArray rewritten = value;
            rewritten.replace(engineOrigin, ownOrigin);
            response += name + ": " + rewritten + "\r\n";
        }
        if (status != 204 && status != 304)
            response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        response += "\r\n";
        if (status != 204 && status != 304)
            response += body;
        socket->write(response);
        ++m_served;
        m_busy.insert(socket, false);
        if (!m_buffers.value(socket).isEmpty())
            readFrom(socket);
    });
}
