#include "models/schemas/SampleResource.h"

#include <QJsonArray>

namespace scim {

namespace {

const QString kName = QStringLiteral("name");
const QString kSampleId = QStringLiteral("2819c223-7f76-453a-919d-413861904646");

} // namespace

bool SampleResource::isIncluded(const QJsonObject &attribute, bool asSent)
{
    return asSent || (attribute.value(QStringLiteral("returned")).toString() != QLatin1String("never") &&
                      attribute.value(QStringLiteral("mutability")).toString() != QLatin1String("writeOnly"));
}

QJsonValue SampleResource::singleValue(const QJsonObject &attribute, bool asSent)
{
    const QString type = attribute.value(QStringLiteral("type")).toString(QStringLiteral("string"));
    const QString name = attribute.value(kName).toString();
    if (type == QLatin1String("boolean"))
        return true;
    if (type == QLatin1String("integer"))
        return 42;
    if (type == QLatin1String("decimal"))
        return 12.5;
    if (type == QLatin1String("dateTime"))
        return QStringLiteral("2026-01-15T09:30:00Z");
    if (type == QLatin1String("reference")) {
        const QJsonArray types = attribute.value(QStringLiteral("referenceTypes")).toArray();
        if (types.contains(QStringLiteral("User")))
            return QString(QStringLiteral("https://scim.example.com/scim/v2/Users/") + kSampleId);
        if (types.contains(QStringLiteral("Group")))
            return QString(QStringLiteral("https://scim.example.com/scim/v2/Groups/") + kSampleId);
        return QString(QStringLiteral("https://example.com/") + name);
    }
    if (type == QLatin1String("complex")) {
        QJsonObject object;
        for (const QJsonValue &sub : attribute.value(QStringLiteral("subAttributes")).toArray()) {
            if (isIncluded(sub.toObject(), asSent))
                object.insert(sub.toObject().value(kName).toString(), singleValue(sub.toObject(), asSent));
        }
        return object;
    }
    const QJsonArray canonical = attribute.value(QStringLiteral("canonicalValues")).toArray();
    if (!canonical.isEmpty())
        return canonical.first();
    return QStringLiteral("%1 example").arg(name);
}

QJsonValue SampleResource::sampleValue(const QJsonObject &attribute, bool asSent)
{
    const QJsonValue value = singleValue(attribute, asSent);
    return attribute.value(QStringLiteral("multiValued")).toBool() ? QJsonValue(QJsonArray{value}) : value;
}

QJsonObject SampleResource::build(const QJsonObject &schema, const QString &resourceType, bool asSent)
{
    const bool isGroup = resourceType == QLatin1String("Group");
    const QString urn = schema.value(QStringLiteral("id")).toString();
    QJsonObject extension;
    for (const QJsonValue &attribute : schema.value(QStringLiteral("attributes")).toArray()) {
        const QString name = attribute.toObject().value(kName).toString();
        if (!name.isEmpty() && isIncluded(attribute.toObject(), asSent))
            extension.insert(name, sampleValue(attribute.toObject(), asSent));
    }
    const QString core = isGroup ? QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group")
                                 : QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
    const bool isCore = urn.compare(core, Qt::CaseInsensitive) == 0;
    // A core schema's attributes are the resource's own; the fixed ones below read better than "userName example".
    QJsonObject resource = isCore ? extension : QJsonObject();
    resource.insert(QStringLiteral("schemas"),
                    extension.isEmpty() || isCore ? QJsonArray{core} : QJsonArray{core, urn});
    resource.insert(QStringLiteral("id"), kSampleId);
    if (isGroup) {
        resource.insert(QStringLiteral("displayName"), QStringLiteral("Engineering"));
    } else {
        resource.insert(QStringLiteral("userName"), QStringLiteral("ada.lovelace@example.com"));
        resource.insert(kName, QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Ada")},
                                           {QStringLiteral("familyName"), QStringLiteral("Lovelace")}});
        resource.insert(QStringLiteral("active"), true);
    }
    if (!extension.isEmpty() && !isCore)
        resource.insert(urn, extension);
    resource.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("resourceType"), resourceType}});
    return resource;
}

} // namespace scim
