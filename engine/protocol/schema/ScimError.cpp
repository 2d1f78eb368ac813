#include "protocol/schema/ScimError.h"

#include "protocol/schema/ScimConstants.h"

#include <QJsonArray>

namespace scim {

ScimError::ScimError(int status, QString scimType, QString detail)
    : m_status(status)
    , m_scimType(std::move(scimType))
    , m_detail(std::move(detail))
{}

QJsonObject ScimError::toJson() const
{
    QJsonObject json{
        {QStringLiteral("schemas"), QJsonArray{Urn::error()}},
        {QStringLiteral("status"), QString::number(m_status)},
        {QStringLiteral("detail"), m_detail},
    };
    if (!m_scimType.isEmpty())
        json.insert(QStringLiteral("scimType"), m_scimType);
    return json;
}

} // namespace scim
