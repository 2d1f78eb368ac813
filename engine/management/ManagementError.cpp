#include "management/ManagementError.h"

#include "common/HttpResponse.h"

namespace scim {

QJsonObject ManagementError::toJson() const
{
    QJsonObject json{{QStringLiteral("statusCode"), m_status},
                     {QStringLiteral("error"), errorName(m_status)},
                     {QStringLiteral("message"), m_message}};
    if (!m_errorCode.isEmpty())
        json.insert(QStringLiteral("errorCode"), m_errorCode);
    if (!m_details.isEmpty())
        json.insert(QStringLiteral("details"), m_details);
    return json;
}

QString ManagementError::errorName(int status)
{
    return QString::fromLatin1(HttpResponse::reasonPhrase(status));
}

} // namespace scim
