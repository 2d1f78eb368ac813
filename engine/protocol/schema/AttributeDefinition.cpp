#include "protocol/schema/AttributeDefinition.h"

#include <QJsonArray>

namespace scim {

const AttributeDefinition *AttributeDefinition::subAttribute(QStringView subName) const
{
    for (const AttributeDefinition &sub : subAttributes) {
        if (sub.name.compare(subName, Qt::CaseInsensitive) == 0)
            return &sub;
    }
    return nullptr;
}

QJsonObject AttributeDefinition::toJson() const
{
    QJsonObject json{
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), typeName(type)},
        {QStringLiteral("multiValued"), multiValued},
        {QStringLiteral("description"), description},
        {QStringLiteral("required"), required},
        {QStringLiteral("caseExact"), caseExact},
        {QStringLiteral("mutability"), mutabilityName(mutability)},
        {QStringLiteral("returned"), returnedName(returned)},
        {QStringLiteral("uniqueness"), uniquenessName(uniqueness)},
    };
    if (!canonicalValues.isEmpty())
        json.insert(QStringLiteral("canonicalValues"), QJsonArray::fromStringList(canonicalValues));
    if (!referenceTypes.isEmpty())
        json.insert(QStringLiteral("referenceTypes"), QJsonArray::fromStringList(referenceTypes));
    if (!subAttributes.isEmpty()) {
        QJsonArray subs;
        for (const AttributeDefinition &sub : subAttributes)
            subs.append(sub.toJson());
        json.insert(QStringLiteral("subAttributes"), subs);
    }
    return json;
}

AttributeDefinition AttributeDefinition::fromJson(const QJsonObject &json)
{
    AttributeDefinition def;
    def.name = json.value(QStringLiteral("name")).toString();
    def.description = json.value(QStringLiteral("description")).toString();
    def.multiValued = json.value(QStringLiteral("multiValued")).toBool();
    def.required = json.value(QStringLiteral("required")).toBool();
    def.caseExact = json.value(QStringLiteral("caseExact")).toBool();
    const QString type = json.value(QStringLiteral("type")).toString();
    for (Type candidate : {Type::String, Type::Boolean, Type::Decimal, Type::Integer, Type::DateTime, Type::Binary,
                           Type::Reference, Type::Complex}) {
        if (typeName(candidate) == type)
            def.type = candidate;
    }
    const QString mutability = json.value(QStringLiteral("mutability")).toString();
    for (Mutability candidate :
         {Mutability::ReadOnly, Mutability::ReadWrite, Mutability::Immutable, Mutability::WriteOnly}) {
        if (mutabilityName(candidate) == mutability)
            def.mutability = candidate;
    }
    const QString returned = json.value(QStringLiteral("returned")).toString();
    for (Returned candidate : {Returned::Always, Returned::Never, Returned::Default, Returned::Request}) {
        if (returnedName(candidate) == returned)
            def.returned = candidate;
    }
    const QString uniqueness = json.value(QStringLiteral("uniqueness")).toString();
    for (Uniqueness candidate : {Uniqueness::None, Uniqueness::Server, Uniqueness::Global}) {
        if (uniquenessName(candidate) == uniqueness)
            def.uniqueness = candidate;
    }
    for (const QJsonValue &value : json.value(QStringLiteral("canonicalValues")).toArray())
        def.canonicalValues.append(value.toString());
    for (const QJsonValue &value : json.value(QStringLiteral("referenceTypes")).toArray())
        def.referenceTypes.append(value.toString());
    for (const QJsonValue &sub : json.value(QStringLiteral("subAttributes")).toArray())
        def.subAttributes.append(fromJson(sub.toObject()));
    return def;
}

QString AttributeDefinition::typeName(Type type)
{
    switch (type) {
    case Type::String:
        return QStringLiteral("string");
    case Type::Boolean:
        return QStringLiteral("boolean");
    case Type::Decimal:
        return QStringLiteral("decimal");
    case Type::Integer:
        return QStringLiteral("integer");
    case Type::DateTime:
        return QStringLiteral("dateTime");
    case Type::Binary:
        return QStringLiteral("binary");
    case Type::Reference:
        return QStringLiteral("reference");
    case Type::Complex:
        return QStringLiteral("complex");
    }
    return {};
}

QString AttributeDefinition::mutabilityName(Mutability mutability)
{
    switch (mutability) {
    case Mutability::ReadOnly:
        return QStringLiteral("readOnly");
    case Mutability::ReadWrite:
        return QStringLiteral("readWrite");
    case Mutability::Immutable:
        return QStringLiteral("immutable");
    case Mutability::WriteOnly:
        return QStringLiteral("writeOnly");
    }
    return {};
}

QString AttributeDefinition::returnedName(Returned returned)
{
    switch (returned) {
    case Returned::Always:
        return QStringLiteral("always");
    case Returned::Never:
        return QStringLiteral("never");
    case Returned::Default:
        return QStringLiteral("default");
    case Returned::Request:
        return QStringLiteral("request");
    }
    return {};
}

QString AttributeDefinition::uniquenessName(Uniqueness uniqueness)
{
    switch (uniqueness) {
    case Uniqueness::None:
        return QStringLiteral("none");
    case Uniqueness::Server:
        return QStringLiteral("server");
    case Uniqueness::Global:
        return QStringLiteral("global");
    }
    return {};
}

} // namespace scim
