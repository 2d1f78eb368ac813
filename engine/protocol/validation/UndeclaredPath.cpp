#include "protocol/validation/UndeclaredPath.h"

#include "protocol/schema/ResourceType.h"

#include <QRegularExpression>

namespace scim {

namespace {

bool isCoreUrn(QStringView key)
{
    return key.startsWith(u"urn:ietf:params:scim:schemas:core:", Qt::CaseInsensitive) ||
           key.startsWith(u"urn:ietf:params:scim:api:", Qt::CaseInsensitive);
}

// `urn` followed by ':' or '.' and a name: the rest, else a null string.
QString below(const QString &key, const QString &urn)
{
    if (key.size() > urn.size() + 1 && key.startsWith(urn, Qt::CaseInsensitive) &&
        (key.at(urn.size()) == QLatin1Char(':') || key.at(urn.size()) == QLatin1Char('.')))
        return key.mid(urn.size() + 1);
    return {};
}

UndeclaredPath attributePath(const QString &urn, const QString &rest)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$"));
    UndeclaredPath path;
    const qsizetype dot = rest.indexOf(QLatin1Char('.'));
    const QString attribute = dot < 0 ? rest : rest.left(dot);
    const QString sub = dot < 0 ? QString() : rest.mid(dot + 1);
    if (!name.match(attribute).hasMatch() || (dot >= 0 && !name.match(sub).hasMatch()))
        return path; // not an attribute name: nothing to keep
    path.kind = UndeclaredPath::Kind::Attribute;
    path.schemaUrn = urn;
    path.attribute = attribute;
    path.subAttribute = sub;
    return path;
}

} // namespace

QString UndeclaredPath::toString() const
{
    if (kind == Kind::WholeExtension)
        return schemaUrn;
    QString text = schemaUrn + QLatin1Char(':') + attribute;
    if (!subAttribute.isEmpty())
        text += QLatin1Char('.') + subAttribute;
    return text;
}

UndeclaredPath UndeclaredPath::classify(const QString &key, const ResourceType &type, const QStringList &listedSchemas,
                                        bool objectValue, bool patchPath)
{
    UndeclaredPath core;
    core.attribute = key;
    if (!key.startsWith(u"urn:", Qt::CaseInsensitive) || isCoreUrn(key))
        return core;
    // Under a declared extension: the extension's own spelling of the URN.
    for (const ResourceType::Extension &ext : type.extensions()) {
        if (const QString rest = below(key, ext.schema.id); !rest.isNull())
            return attributePath(ext.schema.id, rest);
    }
    QString longest;
    for (const QString &listed : listedSchemas) {
        if (listed.compare(key, Qt::CaseInsensitive) == 0) {
            UndeclaredPath whole;
            whole.kind = Kind::WholeExtension;
            whole.schemaUrn = key;
            return whole;
        }
        if (!below(key, listed).isNull() && listed.size() > longest.size() && !isCoreUrn(listed))
            longest = listed;
    }
    if (!longest.isEmpty())
        return attributePath(key.left(longest.size()), key.mid(longest.size() + 1));
    const qsizetype colon = key.lastIndexOf(QLatin1Char(':'));
    const QString last = key.mid(colon + 1);
    if (objectValue && (!patchPath || last.compare(type.name(), Qt::CaseInsensitive) == 0)) {
        UndeclaredPath whole;
        whole.kind = Kind::WholeExtension;
        whole.schemaUrn = key;
        return whole;
    }
    // `urn:…:2.0:User.costCenter`: the resource type's name, a dot, the attribute.
    const QString typePrefix = type.name() + QLatin1Char('.');
    if (last.startsWith(typePrefix, Qt::CaseInsensitive))
        return attributePath(key.left(colon + 1 + type.name().size()), last.mid(typePrefix.size()));
    // `urn:a:b` has no attribute after its namespace: at least urn, NID, NSS and the name.
    if (key.count(QLatin1Char(':')) < 3)
        return core;
    return attributePath(key.left(colon), last);
}

} // namespace scim
