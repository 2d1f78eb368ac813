#include "models/mapping/RealUsersPreview.h"

#include "models/api/ManagementClient.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace scim {

RealUsersPreview::RealUsersPreview(ManagementClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

RealUsersPreview::~RealUsersPreview()
{
    cancel();
}

void RealUsersPreview::start(const QString &connectionId, const QJsonObject &file, qint64 sampleSize)
{
    cancel();
    m_buffer.clear();
    m_result = {};
    m_done = 0;
    m_total = 0;
    QJsonObject body = file;
    if (sampleSize > 0)
        body.insert(QStringLiteral("sample_size"), sampleSize);
    m_reply = m_client->openMappingPreview(connectionId, body);
    connect(m_reply, &QNetworkReply::readyRead, this, &RealUsersPreview::readLines);
    connect(m_reply, &QNetworkReply::finished, this, &RealUsersPreview::onFinished);
}

void RealUsersPreview::cancel()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort(); // the engine stops computing when the client goes away
    reply->deleteLater();
}

void RealUsersPreview::readLines()
{
    if (!m_reply)
        return;
    if (m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return; // an error body is read whole when the reply finishes
    m_buffer += m_reply->readAll();
    qsizetype newline = 0;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QJsonObject line = QJsonDocument::fromJson(m_buffer.left(newline)).object();
        m_buffer.remove(0, newline + 1);
        if (line.contains(QStringLiteral("progress"))) {
            const QJsonObject progress = line.value(QStringLiteral("progress")).toObject();
            m_done = progress.value(QStringLiteral("done")).toInteger();
            m_total = progress.value(QStringLiteral("total")).toInteger();
            Q_EMIT progressChanged(m_done, m_total);
        } else if (line.contains(QStringLiteral("result"))) {
            m_result = line.value(QStringLiteral("result")).toObject();
        }
    }
}

void RealUsersPreview::onFinished()
{
    if (!m_reply)
        return;
    readLines();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && !m_result.isEmpty()) {
        m_done = m_total = usersExamined();
        Q_EMIT progressChanged(m_done, m_total);
        Q_EMIT finished();
        return;
    }
    ApiResult failure;
    failure.status = status;
    failure.networkFailure = status == 0;
    if (status == 0) {
        failure.errorMessage = reply->errorString();
    } else if (status != 200) {
        const QJsonObject error = QJsonDocument::fromJson(reply->readAll()).object();
        failure.errorMessage = error.value(QStringLiteral("message")).toString();
        failure.errorCode = error.value(QStringLiteral("errorCode")).toString();
    } else {
        failure.status = 500;
        failure.errorMessage = tr("the answer ended before the result");
    }
    Q_EMIT failed(failure.describe(tr("The preview on real users failed: %1.")));
}

qint64 RealUsersPreview::usersExamined() const
{
    return m_result.value(QStringLiteral("users_examined")).toInteger();
}

qint64 RealUsersPreview::profilesChanged() const
{
    return m_result.value(QStringLiteral("profiles_changed")).toInteger();
}

bool RealUsersPreview::sampled() const
{
    return m_result.value(QStringLiteral("sampled")).toBool();
}

QList<RealUsersPreview::AttributeCounts> RealUsersPreview::attributes() const
{
    QList<AttributeCounts> list;
    for (const QJsonValue &value : m_result.value(QStringLiteral("attributes")).toArray()) {
        const QJsonObject object = value.toObject();
        list.append({object.value(QStringLiteral("attribute")).toString(),
                     object.value(QStringLiteral("appearing")).toInteger(),
                     object.value(QStringLiteral("disappearing")).toInteger(),
                     object.value(QStringLiteral("changing")).toInteger()});
    }
    return list;
}

QJsonArray RealUsersPreview::examples() const
{
    return m_result.value(QStringLiteral("examples")).toArray();
}

} // namespace scim
