#include "protocol/schema/CustomSchemaValidator.h"

#include "common/Limits.h"
#include "protocol/schema/ScimConstants.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace scim {

namespace {

using Def = AttributeDefinition;

const QStringList &knownCharacteristics()
{
    static const QStringList names{
        QStringLiteral("name"),           QStringLiteral("type"),
        QStringLiteral("multiValued"),    QStringLiteral("description"),
        QStringLiteral("required"),       QStringLiteral("caseExact"),
        QStringLiteral("mutability"),     QStringLiteral("returned"),
        QStringLiteral("uniqueness"),     QStringLiteral("canonicalValues"),
        QStringLiteral("referenceTypes"), QStringLiteral("subAttributes"),
    };
    return names;
}

const QStringList &referenceTypeNames()
{
    static const QStringList names{QStringLiteral("User"), QStringLiteral("Group"), QStringLiteral("external"),
                                   QStringLiteral("uri")};
    return names;
}

template <typename Enum>
std::optional<Enum> enumNamed(const QString &text, std::initializer_list<Enum> candidates, QString (*nameOf)(Enum))
{
    for (Enum candidate : candidates) {
        if (nameOf(candidate) == text)
            return candidate;
    }
    return std::nullopt;
}

QString quotedList(const QStringList &names)
{
    return QLatin1Char('"') + names.join(QStringLiteral("\", \"")) + QLatin1Char('"');
}

class Checker
{
public:
    QList<CustomSchemaIssue> issues;

    void fail(const QString &attribute, const QString &characteristic, const QString &message)
    {
        issues.append({attribute, characteristic, message});
    }

    std::optional<bool> boolean(const QJsonObject &json, const QString &key, const QString &attribute)
    {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            return false;
        if (!value.isBool()) {
            fail(attribute, key, QStringLiteral("'%1' of attribute '%2' must be true or false.").arg(key, attribute));
            return std::nullopt;
        }
        return value.toBool();
    }

    QStringList strings(const QJsonObject &json, const QString &key, const QString &attribute)
    {
        const QJsonValue value = json.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        QStringList result;
        bool ok = value.isArray();
        for (const QJsonValue &item : value.toArray()) {
            ok = ok && item.isString() && !item.toString().trimmed().isEmpty();
            result.append(item.toString());
        }
        if (!ok)
            fail(attribute, key,
                 QStringLiteral("'%1' of attribute '%2' must be an array of non-empty strings.").arg(key, attribute));
        return ok ? result : QStringList();
    }

    // Reads one attribute (top-level when `parent` is empty). `siblings` holds the folded names seen so far.
    std::optional<Def> attribute(const QJsonValue &value, const QString &parent, int index, QSet<QString> &siblings)
    {
        const QString position = parent.isEmpty() ? QStringLiteral("attributes[%1]").arg(index)
                                                  : QStringLiteral("%1.subAttributes[%2]").arg(parent).arg(index);
        if (!value.isObject()) {
            fail(position, QStringLiteral("attribute"), QStringLiteral("%1 must be an object.").arg(position));
            return std::nullopt;
        }
        const QJsonObject json = value.toObject();
        const QJsonValue nameValue = json.value(QStringLiteral("name"));
        const QString name = nameValue.toString();
        static const QRegularExpression grammar(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$"));
        // `$ref` is RFC 7643's own sub-attribute name for the URI of a referenced resource.
        const bool isRef = !parent.isEmpty() && name == QLatin1String("$ref");
        QString path = parent.isEmpty() ? name : parent + QLatin1Char('.') + name;
        const qsizetype before = issues.size();
        if (!nameValue.isString() || name.isEmpty()) {
            fail(position, QStringLiteral("name"), QStringLiteral("%1 needs a 'name'.").arg(position));
            path = position;
        } else if ((!isRef && !grammar.match(name).hasMatch()) || name.size() > Limits::kMaxAttributeNameLength) {
            fail(path, QStringLiteral("name"),
                 QStringLiteral("Attribute name '%1' must start with a letter and contain only letters, digits, '-' "
                                "and '_' (at most %2 characters).")
                     .arg(name)
                     .arg(Limits::kMaxAttributeNameLength));
        } else if (siblings.contains(name.toCaseFolded())) {
            fail(path, QStringLiteral("name"),
                 QStringLiteral("Attribute name '%1' is used twice%2; names are case-insensitive.")
                     .arg(name, parent.isEmpty() ? QString() : QStringLiteral(" in '%1'").arg(parent)));
        }
        siblings.insert(name.toCaseFolded());

        for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
            if (!knownCharacteristics().contains(it.key()))
                fail(path, it.key(),
                     QStringLiteral("Attribute '%1' has an unknown characteristic '%2'; RFC 7643 §7 defines %3.")
                         .arg(path, it.key(), knownCharacteristics().join(QStringLiteral(", "))));
        }

        Def def;
        def.name = name;
        def.canonicalValuesEnforced = true;
        const QJsonValue description = json.value(QStringLiteral("description"));
        if (!description.isUndefined() && !description.isNull() &&
            (!description.isString() || description.toString().size() > Limits::kMaxSchemaDescriptionLength))
            fail(path, QStringLiteral("description"),
                 QStringLiteral("The description of '%1' must be a string of at most %2 characters.")
                     .arg(path)
                     .arg(Limits::kMaxSchemaDescriptionLength));
        def.description = description.toString();

        const QJsonValue typeValue = json.value(QStringLiteral("type"));
        static const std::initializer_list<Def::Type> types{
            Def::Type::String,   Def::Type::Boolean, Def::Type::Decimal,   Def::Type::Integer,
            Def::Type::DateTime, Def::Type::Binary,  Def::Type::Reference, Def::Type::Complex};
        QStringList typeNames;
        for (Def::Type type : types)
            typeNames.append(Def::typeName(type));
        const std::optional<Def::Type> type = enumNamed(typeValue.toString(), types, &Def::typeName);
        if (!type) {
            fail(path, QStringLiteral("type"),
                 typeValue.isUndefined()
                     ? QStringLiteral("Attribute '%1' needs a 'type' (one of %2).").arg(path, quotedList(typeNames))
                     : QStringLiteral("The type of '%1' must be one of %2.").arg(path, quotedList(typeNames)));
        }
        def.type = type.value_or(Def::Type::String);
        def.multiValued = boolean(json, QStringLiteral("multiValued"), path).value_or(false);
        def.required = boolean(json, QStringLiteral("required"), path).value_or(false);
        def.caseExact = boolean(json, QStringLiteral("caseExact"), path).value_or(false);

        auto characteristic = [&](const QString &key, auto candidates, auto nameOf, auto fallback) {
            const QJsonValue raw = json.value(key);
            if (raw.isUndefined())
                return fallback;
            QStringList names;
            for (auto candidate : candidates)
                names.append(nameOf(candidate));
            const auto parsed = enumNamed(raw.toString(), candidates, nameOf);
            if (!raw.isString() || !parsed) {
                fail(path, key, QStringLiteral("The %1 of '%2' must be one of %3.").arg(key, path, quotedList(names)));
                return fallback;
            }
            return *parsed;
        };
        def.mutability = characteristic(
            QStringLiteral("mutability"),
            std::initializer_list<Def::Mutability>{Def::Mutability::ReadOnly, Def::Mutability::ReadWrite,
                                                   Def::Mutability::Immutable, Def::Mutability::WriteOnly},
            &Def::mutabilityName, Def::Mutability::ReadWrite);
        def.returned =
            characteristic(QStringLiteral("returned"),
                           std::initializer_list<Def::Returned>{Def::Returned::Always, Def::Returned::Never,
                                                                Def::Returned::Default, Def::Returned::Request},
                           &Def::returnedName, Def::Returned::Default);
        def.uniqueness = characteristic(QStringLiteral("uniqueness"),
                                        std::initializer_list<Def::Uniqueness>{
                                            Def::Uniqueness::None, Def::Uniqueness::Server, Def::Uniqueness::Global},
                                        &Def::uniquenessName, Def::Uniqueness::None);
        def.canonicalValues = strings(json, QStringLiteral("canonicalValues"), path);
        def.referenceTypes = strings(json, QStringLiteral("referenceTypes"), path);

        if (def.mutability == Def::Mutability::WriteOnly && def.returned != Def::Returned::Never)
            fail(path, QStringLiteral("returned"),
                 QStringLiteral("'%1' is writeOnly, so its returned must be \"never\" (RFC 7643 §7).").arg(path));
        if (def.uniqueness != Def::Uniqueness::None) {
            if (!parent.isEmpty())
                fail(path, QStringLiteral("uniqueness"),
                     QStringLiteral("Uniqueness applies to top-level attributes only; '%1' is a sub-attribute.")
                         .arg(path));
            else if (def.multiValued || def.type == Def::Type::Complex || def.type == Def::Type::Boolean)
                fail(path, QStringLiteral("uniqueness"),
                     QStringLiteral("Uniqueness \"%1\" needs a single-valued attribute that is not complex or "
                                    "boolean; '%2' is not.")
                         .arg(Def::uniquenessName(def.uniqueness), path));
        }
        if (!def.canonicalValues.isEmpty()) {
            if (def.type != Def::Type::String)
                fail(path, QStringLiteral("canonicalValues"),
                     QStringLiteral("canonicalValues apply to string attributes; '%1' is %2.")
                         .arg(path, Def::typeName(def.type)));
            if (def.canonicalValues.size() > Limits::kMaxCanonicalValues)
                fail(path, QStringLiteral("canonicalValues"),
                     QStringLiteral("'%1' has more than %2 canonical values.")
                         .arg(path)
                         .arg(Limits::kMaxCanonicalValues));
            QSet<QString> seen;
            for (const QString &canonical : std::as_const(def.canonicalValues)) {
                const QString key = def.caseExact ? canonical : canonical.toCaseFolded();
                if (seen.contains(key))
                    fail(path, QStringLiteral("canonicalValues"),
                         QStringLiteral("'%1' lists the canonical value '%2' twice.").arg(path, canonical));
                seen.insert(key);
            }
        }
        if (def.type == Def::Type::Reference) {
            if (def.referenceTypes.isEmpty())
                fail(path, QStringLiteral("referenceTypes"),
                     QStringLiteral("Reference attribute '%1' needs referenceTypes (any of %2).")
                         .arg(path, quotedList(referenceTypeNames())));
            for (const QString &reference : std::as_const(def.referenceTypes)) {
                if (!referenceTypeNames().contains(reference))
                    fail(path, QStringLiteral("referenceTypes"),
                         QStringLiteral("'%1' is not a reference type this service knows for '%2'; use any of %3.")
                             .arg(reference, path, quotedList(referenceTypeNames())));
            }
        } else if (!def.referenceTypes.isEmpty()) {
            fail(path, QStringLiteral("referenceTypes"),
                 QStringLiteral("referenceTypes apply to reference attributes; '%1' is %2.")
                     .arg(path, Def::typeName(def.type)));
        }
        if (isRef && def.type != Def::Type::Reference)
            fail(path, QStringLiteral("type"), QStringLiteral("A '$ref' sub-attribute must be of type reference."));

        const QJsonValue subs = json.value(QStringLiteral("subAttributes"));
        if (def.type == Def::Type::Complex) {
            if (!parent.isEmpty()) {
                fail(path, QStringLiteral("type"),
                     QStringLiteral("'%1' is a sub-attribute and cannot be complex (RFC 7643 §2.3.8).").arg(path));
            } else if (!subs.isArray() || subs.toArray().isEmpty()) {
                fail(path, QStringLiteral("subAttributes"),
                     QStringLiteral("Complex attribute '%1' needs at least one sub-attribute.").arg(path));
            } else if (subs.toArray().size() > Limits::kMaxSchemaAttributes) {
                fail(path, QStringLiteral("subAttributes"),
                     QStringLiteral("'%1' has more than %2 sub-attributes.")
                         .arg(path)
                         .arg(Limits::kMaxSchemaAttributes));
            } else {
                QSet<QString> subNames;
                const QJsonArray array = subs.toArray();
                for (int i = 0; i < array.size(); ++i) {
                    if (std::optional<Def> sub = attribute(array.at(i), path, i, subNames))
                        def.subAttributes.append(*sub);
                }
            }
        } else if (!subs.isUndefined() && !subs.isNull() && !(subs.isArray() && subs.toArray().isEmpty())) {
            fail(path, QStringLiteral("subAttributes"),
                 QStringLiteral("Only complex attributes have sub-attributes; '%1' is %2.")
                     .arg(path, Def::typeName(def.type)));
        }
        if (issues.size() != before)
            return std::nullopt;
        return def;
    }
};

bool urnsOverlap(QStringView a, QStringView b)
{
    auto below = [](QStringView longer, QStringView prefix) {
        return longer.size() > prefix.size() && longer.left(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0 &&
               (longer.at(prefix.size()) == QLatin1Char(':') || longer.at(prefix.size()) == QLatin1Char('.'));
    };
    return a.compare(b, Qt::CaseInsensitive) == 0 || below(a, b) || below(b, a);
}

} // namespace

bool CustomSchemaValidator::isReservedUrn(QStringView urn)
{
    static const QStringList reservedPrefixes{QStringLiteral("urn:ietf:params:scim:schemas:core:"),
                                              QStringLiteral("urn:ietf:params:scim:api:")};
    for (const QString &prefix : reservedPrefixes) {
        if (urn.startsWith(prefix, Qt::CaseInsensitive))
            return true;
    }
    return urnsOverlap(urn, Urn::enterpriseUser());
}

CustomSchemaValidator::Result CustomSchemaValidator::validate(const QJsonObject &declaration,
                                                              const QList<CustomSchema> &others)
{
    Checker check;
    for (auto it = declaration.constBegin(); it != declaration.constEnd(); ++it) {
        if (it.key() != QLatin1String("resource_type") && it.key() != QLatin1String("schema"))
            check.fail(
                {}, it.key(),
                QStringLiteral("Unknown property '%1'; a declaration has 'resource_type' and 'schema'.").arg(it.key()));
    }
    CustomSchema custom;
    const QString resourceType = declaration.value(QStringLiteral("resource_type")).toString();
    if (resourceType == QLatin1String("User") || resourceType == QLatin1String("Group"))
        custom.resourceType = resourceType;
    else
        check.fail({}, QStringLiteral("resource_type"),
                   QStringLiteral("'resource_type' must be \"User\" or \"Group\"."));

    const QJsonValue schemaValue = declaration.value(QStringLiteral("schema"));
    if (!schemaValue.isObject()) {
        check.fail({}, QStringLiteral("schema"),
                   QStringLiteral("'schema' must be an RFC 7643 schema object with 'id' and 'attributes'."));
        return {std::nullopt, check.issues};
    }
    const QJsonObject schema = schemaValue.toObject();
    static const QStringList schemaKeys{QStringLiteral("id"),          QStringLiteral("name"),
                                        QStringLiteral("description"), QStringLiteral("attributes"),
                                        QStringLiteral("schemas"),     QStringLiteral("meta")};
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
        if (!schemaKeys.contains(it.key()))
            check.fail({}, it.key(),
                       QStringLiteral("Unknown schema property '%1'; a schema has id, name, description and "
                                      "attributes.")
                           .arg(it.key()));
    }

    // RFC 8141 URN, minus the characters that cannot live in one path segment of the declaration API.
    static const QRegularExpression urnPattern(
        QStringLiteral("^urn:[A-Za-z0-9][A-Za-z0-9-]{0,30}[A-Za-z0-9]:[A-Za-z0-9()+,\\-.:=@;$_!*'%]+$"),
        QRegularExpression::CaseInsensitiveOption);
    const QJsonValue idValue = schema.value(QStringLiteral("id"));
    const QString id = idValue.toString();
    if (!idValue.isString() || id.isEmpty()) {
        check.fail({}, QStringLiteral("id"), QStringLiteral("The schema needs an 'id': its URN."));
    } else if (!urnPattern.match(id).hasMatch() || id.size() > Limits::kMaxSchemaUrnLength ||
               id.endsWith(QLatin1Char(':')) || id.endsWith(QLatin1Char('.'))) {
        check.fail({}, QStringLiteral("id"),
                   QStringLiteral("'%1' is not a URN such as urn:example:params:scim:schemas:extension:acme:2.0:User "
                                  "(RFC 8141; no '/', '?' or '#'; at most %2 characters).")
                       .arg(id)
                       .arg(Limits::kMaxSchemaUrnLength));
    } else if (isReservedUrn(id)) {
        check.fail({}, QStringLiteral("id"),
                   QStringLiteral("'%1' is reserved: core, enterprise and API message URNs (RFC 7643, RFC 7644) cannot "
                                  "be declared.")
                       .arg(id));
    } else {
        for (const CustomSchema &other : others) {
            if (other.schema.id.compare(id, Qt::CaseInsensitive) == 0) {
                check.fail(
                    {}, QStringLiteral("id"),
                    QStringLiteral("A schema '%1' is already declared for this connection.").arg(other.schema.id));
            } else if (urnsOverlap(id, other.schema.id)) {
                check.fail({}, QStringLiteral("id"),
                           QStringLiteral("'%1' and the declared '%2' overlap: one is the other followed by ':' or "
                                          "'.', so attribute paths would be ambiguous.")
                               .arg(id, other.schema.id));
            }
        }
    }
    custom.schema.id = id;
    for (const QString &key : {QStringLiteral("name"), QStringLiteral("description")}) {
        const QJsonValue value = schema.value(key);
        if (!value.isUndefined() && !value.isNull() &&
            (!value.isString() || value.toString().size() > Limits::kMaxSchemaDescriptionLength))
            check.fail({}, key,
                       QStringLiteral("The schema's '%1' must be a string of at most %2 characters.")
                           .arg(key)
                           .arg(Limits::kMaxSchemaDescriptionLength));
    }
    custom.schema.name = schema.value(QStringLiteral("name")).toString();
    custom.schema.description = schema.value(QStringLiteral("description")).toString();

    const QJsonValue attributes = schema.value(QStringLiteral("attributes"));
    if (!attributes.isArray()) {
        check.fail({}, QStringLiteral("attributes"), QStringLiteral("The schema needs an 'attributes' array."));
    } else if (attributes.toArray().size() > Limits::kMaxSchemaAttributes) {
        check.fail({}, QStringLiteral("attributes"),
                   QStringLiteral("A schema may declare at most %1 attributes.").arg(Limits::kMaxSchemaAttributes));
    } else {
        QSet<QString> names;
        const QJsonArray array = attributes.toArray();
        for (int i = 0; i < array.size(); ++i) {
            if (std::optional<Def> def = check.attribute(array.at(i), {}, i, names))
                custom.schema.attributes.append(*def);
        }
    }
    if (!check.issues.isEmpty())
        return {std::nullopt, check.issues};
    return {custom, {}};
}

} // namespace scim
