#pragma once

#include <QJsonObject>
#include <QString>

namespace scim {

// One reason a schema declaration is refused: the attribute it concerns (`badge` or `badge.number`; empty for the
// schema itself), the characteristic or field at fault (`type`, `uniqueness`, `id`, …) and a sentence saying why.
struct CustomSchemaIssue
{
    QString attribute;
    QString characteristic;
    QString message;

    QJsonObject toJson() const
    {
        QJsonObject json{{QStringLiteral("characteristic"), characteristic}, {QStringLiteral("message"), message}};
        if (!attribute.isEmpty())
            json.insert(QStringLiteral("attribute"), attribute);
        return json;
    }
};

} // namespace scim
