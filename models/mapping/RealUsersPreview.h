#pragma once

#include "models/api/ApiResult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

namespace scim {

class ManagementClient;

// "Preview on real users": asks the engine what the edited (unsaved) map would do to the stored users of the
// connection (POST …/scim-configuration/mapping-preview, docs/mapping.md) and follows its progress lines.
class RealUsersPreview : public QObject
{
    Q_OBJECT

public:
    struct AttributeCounts
    {
        QString attribute;
        qint64 appearing = 0;
        qint64 disappearing = 0;
        qint64 changing = 0;
    };

    explicit RealUsersPreview(ManagementClient *client, QObject *parent = nullptr);
    ~RealUsersPreview() override;

    // `file` is the editor's {user_id_attribute, mapping}; `sampleSize` 0 examines every user.
    void start(const QString &connectionId, const QJsonObject &file, qint64 sampleSize);
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    // The engine's answer once finished() was emitted.
    QJsonObject result() const { return m_result; }
    qint64 usersExamined() const;
    qint64 profilesChanged() const;
    bool sampled() const;
    QList<AttributeCounts> attributes() const;
    QJsonArray examples() const;

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    void finished();
    // A whole translated sentence for the admin.
    void failed(const QString &message);

private:
    void readLines();
    void onFinished();

    ManagementClient *m_client;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QJsonObject m_result;
};

} // namespace scim
