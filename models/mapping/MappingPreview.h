#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace scim {

class MappingModel;

// The live preview of the mapping editor: a sample SCIM User payload and the profile the map being edited
// (not yet saved) would produce from it, with the attributes the map leaves out. It projects with the engine's
// own code through MappingRules, and recomputes on every change of the map.
class MappingPreview : public QObject
{
    Q_OBJECT

public:
    explicit MappingPreview(MappingModel *mapping, QObject *parent = nullptr);

    // Built-in realistic payloads: an Okta Workforce and a Microsoft Entra ID user POST body.
    static QJsonObject oktaSample();
    static QJsonObject entraSample();

    void setConnection(const QString &name, const QString &strategy);
    void setPayload(const QJsonObject &payload);
    // Parses pasted or opened JSON; on a parse error the previous profile is cleared and error() says why.
    bool setPayloadText(const QString &text);

    QJsonObject payload() const { return m_payload; }
    QJsonObject profile() const { return m_profile; }
    QStringList unmapped() const { return m_unmapped; }
    QString error() const { return m_error; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void updated();

private:
    MappingModel *m_mapping;
    QString m_connectionName;
    QString m_strategy;
    QJsonObject m_payload;
    QJsonObject m_profile;
    QStringList m_unmapped;
    QString m_error;
    QString m_payloadError;
};

} // namespace scim
