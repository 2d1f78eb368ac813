#include "models/mapping/MappingPreview.h"

#include "models/mapping/MappingModel.h"
#include "models/mapping/MappingRules.h"

#include <QFile>
#include <QJsonDocument>

namespace scim {

namespace {

QJsonObject loadSample(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

MappingPreview::MappingPreview(MappingModel *mapping, QObject *parent)
    : QObject(parent)
    , m_mapping(mapping)
{
    connect(m_mapping, &MappingModel::mapChanged, this, &MappingPreview::refresh);
}

QJsonObject MappingPreview::oktaSample()
{
    return loadSample(QStringLiteral(":/samples/okta-user.json"));
}

QJsonObject MappingPreview::entraSample()
{
    return loadSample(QStringLiteral(":/samples/entra-user.json"));
}

void MappingPreview::setConnection(const QString &name, const QString &strategy)
{
    m_connectionName = name;
    m_strategy = strategy;
    refresh();
}

void MappingPreview::setPayload(const QJsonObject &payload)
{
    m_payload = payload;
    m_payloadError.clear();
    refresh();
}

bool MappingPreview::setPayloadText(const QString &text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        m_payloadError =
            error.error != QJsonParseError::NoError
                ? tr("The payload is not JSON: %1 at offset %2.").arg(error.errorString()).arg(error.offset)
                : tr("The payload must be a JSON object (a SCIM User).");
        refresh();
        return false;
    }
    m_payload = document.object();
    m_payloadError.clear();
    refresh();
    return true;
}

void MappingPreview::refresh()
{
    m_profile = {};
    m_unmapped.clear();
    m_error = m_payloadError;
    const MappingRules *rules = m_mapping->rules();
    if (m_error.isEmpty() && !rules)
        m_error = tr("The connection's schemas have not loaded yet.");
    if (m_error.isEmpty()) {
        const MappingRules::Projection projection =
            rules->project(m_payload, m_mapping->pairs(), m_mapping->userIdAttribute(), m_connectionName, m_strategy);
        m_profile = projection.profile;
        m_unmapped = projection.unmapped;
        if (!projection.error.isEmpty())
            //: %1: the engine's own reason (English, as the engine reports it to IdPs)
            m_error = tr("The payload is not a valid SCIM User: %1").arg(projection.error);
    }
    Q_EMIT updated();
}

} // namespace scim
