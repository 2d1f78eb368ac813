#pragma once

#include "protocol/schema/AttributeDefinition.h"

namespace scim {

// Fluent construction of attribute definitions, so the schema tables read like RFC 7643 §8.7.
class AttributeBuilder
{
public:
    using Type = AttributeDefinition::Type;
    using Mutability = AttributeDefinition::Mutability;
    using Returned = AttributeDefinition::Returned;
    using Uniqueness = AttributeDefinition::Uniqueness;

    AttributeBuilder(const QString &name, Type type, const QString &description)
    {
        m_def.name = name;
        m_def.type = type;
        m_def.description = description;
    }

    AttributeBuilder &multiValued()
    {
        m_def.multiValued = true;
        return *this;
    }
    AttributeBuilder &required()
    {
        m_def.required = true;
        return *this;
    }
    AttributeBuilder &caseExact()
    {
        m_def.caseExact = true;
        return *this;
    }
    AttributeBuilder &mutability(Mutability value)
    {
        m_def.mutability = value;
        return *this;
    }
    AttributeBuilder &returned(Returned value)
    {
        m_def.returned = value;
        return *this;
    }
    AttributeBuilder &uniqueness(Uniqueness value)
    {
        m_def.uniqueness = value;
        return *this;
    }
    AttributeBuilder &canonical(const QStringList &values)
    {
        m_def.canonicalValues = values;
        return *this;
    }
    AttributeBuilder &references(const QStringList &types)
    {
        m_def.referenceTypes = types;
        return *this;
    }
    AttributeBuilder &sub(const QList<AttributeDefinition> &subs)
    {
        m_def.subAttributes = subs;
        return *this;
    }

    operator AttributeDefinition() const { return m_def; }

private:
    AttributeDefinition m_def;
};

} // namespace scim
