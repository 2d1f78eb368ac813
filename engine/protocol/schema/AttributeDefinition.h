#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace scim {

// One attribute of a SCIM schema (RFC 7643 §7). The same definitions drive validation, comparison,
// filtering, `returned` handling, PATCH and the generated /Schemas document.
struct AttributeDefinition
{
    enum class Type
    {
        String,
        Boolean,
        Decimal,
        Integer,
        DateTime,
        Binary,
        Reference,
        Complex
    };
    enum class Mutability
    {
        ReadOnly,
        ReadWrite,
        Immutable,
        WriteOnly
    };
    enum class Returned
    {
        Always,
        Never,
        Default,
        Request
    };
    enum class Uniqueness
    {
        None,
        Server,
        Global
    };

    QString name;
    Type type = Type::String;
    bool multiValued = false;
    QString description;
    bool required = false;
    bool caseExact = false;
    Mutability mutability = Mutability::ReadWrite;
    Returned returned = Returned::Default;
    Uniqueness uniqueness = Uniqueness::None;
    QStringList canonicalValues;
    QStringList referenceTypes;
    QList<AttributeDefinition> subAttributes;
    // RFC 7643 calls canonicalValues suggestions; the core schemas keep them so (IdPs send other email types),
    // attributes an admin declares (docs/schemas.md) accept only them. Not part of the /Schemas document.
    bool canonicalValuesEnforced = false;

    // Case-insensitive lookup (attribute names are case-insensitive, RFC 7643 §2.1).
    const AttributeDefinition *subAttribute(QStringView subName) const;
    bool isComplex() const { return type == Type::Complex; }

    QJsonObject toJson() const;
    // The inverse of toJson(): reads a definition as /Schemas renders it (a client building a schema tree
    // or a ResourceType from a remote engine's discovery document). Unknown enum names keep the defaults.
    static AttributeDefinition fromJson(const QJsonObject &json);

    static QString typeName(Type type);
    static QString mutabilityName(Mutability mutability);
    static QString returnedName(Returned returned);
    static QString uniquenessName(Uniqueness uniqueness);
};

} // namespace scim
