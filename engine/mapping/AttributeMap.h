#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace scim {

// A connection's attribute map: which SCIM attribute feeds which profile attribute, plus the attribute
// whose value identifies the user towards the connection (`user_id_attribute`). Its JSON form is the body of
// PATCH …/scim-configuration, which is also the import/export file format (docs/mapping.md).
struct AttributeMap
{
    struct Entry
    {
        QString scim;
        QString auth0;
    };

    QList<Entry> entries;
    QString userIdAttribute;

    static AttributeMap fromJson(const QJsonArray &mapping, const QString &userIdAttribute);
    QJsonArray mappingJson() const;
};

} // namespace scim
