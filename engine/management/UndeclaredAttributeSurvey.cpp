#include "management/UndeclaredAttributeSurvey.h"

#include "protocol/schema/AttributeDefinition.h"
#include "protocol/schema/ResourceType.h"
#include "protocol/schema/ScimDateTime.h"
#include "storage/Store.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace scim {

namespace {

using Def = AttributeDefinition;

// Enough values to infer a type from without holding every user's data in memory.
constexpr int kSampleValues = 200;
constexpr int kExamples = 3;

// The narrowest type of one simple value.
Def::Type simpleType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return Def::Type::Boolean;
    case QJsonValue::Double:
        return std::trunc(value.toDouble()) == value.toDouble() ? Def::Type::Integer : Def::Type::Decimal;
    case QJsonValue::String: {
        const QString text = value.toString();
        static const QRegularExpression url(QStringLiteral("^https?://[^\\s]+$"),
                                            QRegularExpression::CaseInsensitiveOption);
        if (ScimDateTime::parse(text) && text.contains(QLatin1Char('T')))
            return Def::Type::DateTime;
        if (url.match(text).hasMatch())
            return Def::Type::Reference;
        return Def::Type::String;
    }
    default:
        return Def::Type::String;
    }
}

// The type both `a` and `b` fit: the same, integer widened to decimal, anything else to string.
Def::Type widen(std::optional<Def::Type> a, Def::Type b)
{
    if (!a || *a == b)
        return b;
    const auto numeric = [](Def::Type type) { return type == Def::Type::Integer || type == Def::Type::Decimal; };
    if (numeric(*a) && numeric(b))
        return Def::Type::Decimal;
    return Def::Type::String;
}

QJsonObject definitionJson(const QString &name, Def::Type type, bool multiValued)
{
    Def def;
    def.name = name;
    def.type = type;
    def.multiValued = multiValued;
    if (type == Def::Type::Reference)
        def.referenceTypes = {QStringLiteral("external")};
    QJsonObject json = def.toJson();
    json.remove(QStringLiteral("subAttributes"));
    return json;
}

} // namespace

UndeclaredAttributeSurvey::UndeclaredAttributeSurvey(Store &store, const ResourceType &users,
                                                     const ResourceType &groups)
    : m_store(store)
    , m_users(users)
    , m_groups(groups)
{}

QJsonObject UndeclaredAttributeSurvey::inferDefinition(const QString &name, const QJsonArray &values)
{
    bool multiValued = false;
    bool complex = false;
    std::optional<Def::Type> type;
    QStringList subOrder;
    QHash<QString, QJsonArray> subValues;
    auto take = [&](const QJsonValue &value) {
        if (value.isObject()) {
            complex = true;
            const QJsonObject object = value.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (!subValues.contains(it.key()))
                    subOrder.append(it.key());
                subValues[it.key()].append(it.value());
            }
        } else if (!value.isNull() && !value.isUndefined()) {
            type = widen(type, simpleType(value));
        }
    };
    for (const QJsonValue &value : values) {
        if (value.isArray()) {
            multiValued = true;
            for (const QJsonValue &element : value.toArray())
                take(element);
        } else {
            take(value);
        }
    }
    if (!complex)
        return definitionJson(name, type.value_or(Def::Type::String), multiValued);

    // Sub-attributes cannot be complex (RFC 7643 §2.3.8): nested objects and arrays become strings to edit.
    QJsonObject json = definitionJson(name, Def::Type::Complex, multiValued);
    QJsonArray subs;
    static const QRegularExpression grammar(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$"));
    for (const QString &sub : std::as_const(subOrder)) {
        if (!grammar.match(sub).hasMatch() && sub != QLatin1String("$ref"))
            continue;
        std::optional<Def::Type> subType;
        for (const QJsonValue &value : subValues.value(sub)) {
            if (!value.isNull() && !value.isUndefined())
                subType = widen(subType, value.isObject() || value.isArray() ? Def::Type::String : simpleType(value));
        }
        Def::Type resolved = subType.value_or(Def::Type::String);
        if (sub == QLatin1String("$ref"))
            resolved = Def::Type::Reference;
        subs.append(definitionJson(sub, resolved, false));
    }
    json.insert(QStringLiteral("subAttributes"), subs);
    return json;
}

void UndeclaredAttributeSurvey::survey(const QString &connectionId, const ResourceType &type)
{
    const QList<StoredResource> resources = m_store.allResources(connectionId, type.name());
    m_scanned.insert(type.name(), resources.size());
    for (const StoredResource &resource : resources) {
        for (auto it = resource.data.constBegin(); it != resource.data.constEnd(); ++it) {
            if (!it.key().startsWith(u"urn:", Qt::CaseInsensitive) || !it.value().isObject())
                continue;
            const Schema *schema = type.schema(it.key());
            if (schema == &type.coreSchema())
                continue;
            const QJsonObject object = it.value().toObject();
            for (auto attribute = object.constBegin(); attribute != object.constEnd(); ++attribute) {
                if (schema && schema->attribute(attribute.key()))
                    continue;
                const QString urn = schema ? schema->id : it.key();
                const QString key =
                    QString(type.name() + QLatin1Char('|') + urn + QLatin1Char('|') + attribute.key()).toCaseFolded();
                Seen &seen = m_seen[key];
                if (seen.resources == 0) {
                    seen.resourceType = type.name();
                    seen.schemaUrn = urn;
                    seen.schemaDeclared = schema != nullptr;
                    seen.attribute = attribute.key();
                }
                ++seen.resources;
                if (seen.values.size() < kSampleValues)
                    seen.values.append(attribute.value());
            }
        }
    }
}

QJsonObject UndeclaredAttributeSurvey::run(const QString &connectionId)
{
    m_seen.clear();
    m_scanned.clear();
    survey(connectionId, m_users);
    survey(connectionId, m_groups);
    QList<Seen> found = m_seen.values();
    std::sort(found.begin(), found.end(), [](const Seen &a, const Seen &b) {
        if (a.resourceType != b.resourceType)
            return a.resourceType == QLatin1String("User"); // Users first
        if (a.schemaUrn.compare(b.schemaUrn, Qt::CaseInsensitive) != 0)
            return a.schemaUrn.compare(b.schemaUrn, Qt::CaseInsensitive) < 0;
        return a.attribute.compare(b.attribute, Qt::CaseInsensitive) < 0;
    });
    QJsonArray attributes;
    for (const Seen &seen : std::as_const(found)) {
        QJsonArray examples;
        for (const QJsonValue &value : seen.values) {
            if (examples.size() >= kExamples)
                break;
            if (!examples.contains(value))
                examples.append(value);
        }
        attributes.append(QJsonObject{
            {QStringLiteral("resource_type"), seen.resourceType},
            {QStringLiteral("schema"), seen.schemaUrn},
            {QStringLiteral("schema_declared"), seen.schemaDeclared},
            {QStringLiteral("attribute"), seen.attribute},
            {QStringLiteral("path"), QString(seen.schemaUrn + QLatin1Char(':') + seen.attribute)},
            {QStringLiteral("resources"), qint64(seen.resources)},
            {QStringLiteral("definition"), inferDefinition(seen.attribute, seen.values)},
            {QStringLiteral("examples"), examples},
        });
    }
    const QJsonObject scanned{{QStringLiteral("User"), qint64(m_scanned.value(QStringLiteral("User")))},
                              {QStringLiteral("Group"), qint64(m_scanned.value(QStringLiteral("Group")))}};
    return QJsonObject{{QStringLiteral("attributes"), attributes}, {QStringLiteral("scanned"), scanned}};
}

} // namespace scim
