#include "models/check/CheckSchemaConformance.h"

#include "models/check/CheckCapabilities.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace scim {

namespace {

QJsonValue member(const QJsonObject &object, const QString &name)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue::Undefined;
}

QJsonObject findAttribute(const QJsonArray &attributes, const QString &name)
{
    for (const QJsonValue &value : attributes) {
        const QJsonObject attribute = value.toObject();
        if (member(attribute, QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return attribute;
    }
    return {};
}

// xsd:dateTime as RFC 7643 §2.3.5 asks: date, "T", time, optional fraction, optional zone.
bool isDateTime(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?$"));
    return pattern.match(text).hasMatch();
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(CheckSchemaConformance)

public:
    QStringList problems;

    void checkValue(const QString &where, const QJsonObject &definition, const QJsonValue &value)
    {
        const QString type = member(definition, QStringLiteral("type")).toString();
        bool ok = true;
        if (type == QLatin1String("string") || type == QLatin1String("reference") || type == QLatin1String("binary")) {
            ok = value.isString();
        } else if (type == QLatin1String("dateTime")) {
            ok = value.isString();
            if (ok && !isDateTime(value.toString())) {
                problems.append(
                    tr("%1 is \"%2\", which is not an xsd:dateTime (RFC 7643 §2.3.5).").arg(where, value.toString()));
                return;
            }
        } else if (type == QLatin1String("boolean")) {
            ok = value.isBool();
        } else if (type == QLatin1String("integer")) {
            ok = value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
        } else if (type == QLatin1String("decimal")) {
            ok = value.isDouble();
        } else if (type == QLatin1String("complex")) {
            ok = value.isObject();
            if (ok)
                checkComplex(where, member(definition, QStringLiteral("subAttributes")).toArray(), value.toObject());
        }
        if (!ok)
            problems.append(
                tr("%1 is a JSON %2, but /Schemas declares it with type %3.").arg(where, jsonTypeName(value), type));
    }

    void checkAttribute(const QString &where, const QJsonObject &definition, const QJsonValue &value)
    {
        if (value.isNull())
            return;
        if (member(definition, QStringLiteral("returned")).toString() == QLatin1String("never"))
            problems.append(tr("%1 is returned, but /Schemas declares it with returned \"never\".").arg(where));
        const bool multiValued = member(definition, QStringLiteral("multiValued")).toBool();
        if (multiValued) {
            if (!value.isArray()) {
                problems.append(tr("%1 is a JSON %2, but /Schemas declares it multi-valued (an array).")
                                    .arg(where, jsonTypeName(value)));
                return;
            }
            const QJsonArray values = value.toArray();
            for (qsizetype i = 0; i < values.size(); ++i)
                checkValue(where + QLatin1Char('.') + QString::number(i), definition, values.at(i));
            return;
        }
        if (value.isArray()) {
            problems.append(tr("%1 is an array, but /Schemas declares it single-valued.").arg(where));
            return;
        }
        checkValue(where, definition, value);
    }

    void checkComplex(const QString &where, const QJsonArray &subAttributes, const QJsonObject &object)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonObject definition = findAttribute(subAttributes, it.key());
            const QString path = where + QLatin1Char('.') + it.key();
            if (definition.isEmpty()) {
                problems.append(tr("%1 is not a declared sub-attribute.").arg(path));
                continue;
            }
            checkAttribute(path, definition, it.value());
        }
    }

    void checkAttributes(const QString &prefix, const QJsonArray &attributes, const QJsonObject &object,
                         const QStringList &skip)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            // URN keys are extensions, checked against their own schema.
            if (skip.contains(it.key(), Qt::CaseInsensitive) ||
                (prefix.isEmpty() && it.key().startsWith(QLatin1String("urn:"), Qt::CaseInsensitive)))
                continue;
            const QJsonObject definition = findAttribute(attributes, it.key());
            const QString path = prefix + it.key();
            if (definition.isEmpty()) {
                problems.append(tr("%1 is not declared in the resource's schemas.").arg(path));
                continue;
            }
            checkAttribute(path, definition, it.value());
        }
        for (const QJsonValue &value : attributes) {
            const QJsonObject definition = value.toObject();
            const QString name = member(definition, QStringLiteral("name")).toString();
            if (member(definition, QStringLiteral("required")).toBool() && member(object, name).isUndefined())
                problems.append(tr("%1 is missing, but /Schemas declares it required.").arg(prefix + name));
        }
    }

    void checkMeta(const QJsonValue &meta)
    {
        if (meta.isUndefined())
            return;
        if (!meta.isObject()) {
            problems.append(tr("meta is a JSON %1, not an object (RFC 7643 §3.1).").arg(jsonTypeName(meta)));
            return;
        }
        const QJsonObject object = meta.toObject();
        for (const QString &name : {QStringLiteral("created"), QStringLiteral("lastModified")}) {
            const QJsonValue value = member(object, name);
            if (!value.isUndefined() && !(value.isString() && isDateTime(value.toString())))
                problems.append(tr("meta.%1 is not an xsd:dateTime string (RFC 7643 §3.1).").arg(name));
        }
        for (const QString &name :
             {QStringLiteral("resourceType"), QStringLiteral("location"), QStringLiteral("version")}) {
            const QJsonValue value = member(object, name);
            if (!value.isUndefined() && !value.isString())
                problems.append(
                    tr("meta.%1 is a JSON %2, not a string (RFC 7643 §3.1).").arg(name, jsonTypeName(value)));
        }
    }
};

} // namespace

QStringList CheckSchemaConformance::violations(const QJsonObject &resource, const CheckCapabilities &capabilities)
{
    Checker checker;
    const QJsonValue schemasValue = member(resource, QStringLiteral("schemas"));
    if (!schemasValue.isArray() || schemasValue.toArray().isEmpty()) {
        checker.problems.append(tr("schemas is missing or not a non-empty array (RFC 7643 §3)."));
        return checker.problems;
    }
    const QJsonValue id = member(resource, QStringLiteral("id"));
    if (!id.isString() || id.toString().isEmpty())
        checker.problems.append(tr("id is missing or not a non-empty string (RFC 7643 §3.1)."));
    const QJsonValue externalId = member(resource, QStringLiteral("externalId"));
    if (!externalId.isUndefined() && !externalId.isString())
        checker.problems.append(
            tr("externalId is a JSON %1, not a string (RFC 7643 §3.1).").arg(jsonTypeName(externalId)));
    checker.checkMeta(member(resource, QStringLiteral("meta")));

    // Top-level keys of a URN in "schemas" are extensions; everything else belongs to the core schema(s).
    QStringList urns;
    QJsonArray coreAttributes;
    bool allKnown = true;
    for (const QJsonValue &value : schemasValue.toArray()) {
        const QString urn = value.toString();
        urns.append(urn);
        const QJsonObject schema = capabilities.schema(urn);
        if (schema.isEmpty()) {
            allKnown = false;
            continue;
        }
        // An extension URN in "schemas" without its object carries no data; the rest are the core schema.
        if (member(resource, urn).isUndefined() && !urn.contains(QLatin1String(":extension:"), Qt::CaseInsensitive)) {
            for (const QJsonValue &attribute : member(schema, QStringLiteral("attributes")).toArray())
                coreAttributes.append(attribute);
        }
    }
    // Without the server's schemas there is nothing to hold the attributes to.
    if (!capabilities.hasSchemas())
        return checker.problems;
    const QStringList common{QStringLiteral("schemas"), QStringLiteral("id"), QStringLiteral("externalId"),
                             QStringLiteral("meta")};
    QStringList skip = common + urns;
    if (allKnown || !coreAttributes.isEmpty())
        checker.checkAttributes(QString(), coreAttributes, resource, skip);
    for (const QString &urn : urns) {
        const QJsonValue extension = member(resource, urn);
        if (extension.isUndefined())
            continue;
        const QJsonObject schema = capabilities.schema(urn);
        if (!extension.isObject()) {
            checker.problems.append(tr("%1 is a JSON %2, not an object.").arg(urn, jsonTypeName(extension)));
            continue;
        }
        if (schema.isEmpty()) {
            checker.problems.append(tr("%1 is not a schema listed by /Schemas.").arg(urn));
            continue;
        }
        checker.checkAttributes(urn + QLatin1Char(':'), member(schema, QStringLiteral("attributes")).toArray(),
                                extension.toObject(), {});
    }
    for (auto it = resource.begin(); it != resource.end(); ++it) {
        if (it.key().startsWith(QLatin1String("urn:"), Qt::CaseInsensitive) &&
            !urns.contains(it.key(), Qt::CaseInsensitive))
            checker.problems.append(tr("%1 is present but not listed in schemas (RFC 7643 §3).").arg(it.key()));
    }
    return checker.problems;
}

} // namespace scim
