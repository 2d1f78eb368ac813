#include "protocol/ListQuery.h"

#include "common/HttpRequest.h"
#include "protocol/schema/ScimError.h"
#include "protocol/validation/AttributeProjection.h"

#include <QJsonArray>

namespace scim {

namespace {

qsizetype parseIndex(const QJsonValue &value, const QString &name)
{
    if (value.isDouble())
        return qsizetype(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qsizetype parsed = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return parsed;
    }
    throw ScimError::invalidValue(QStringLiteral("'%1' must be an integer").arg(name));
}

QStringList stringList(const QJsonValue &value, const QString &name)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString())
        return {value.toString()};
    if (!value.isArray())
        throw ScimError::invalidValue(QStringLiteral("'%1' must be an array of strings").arg(name));
    QStringList result;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            throw ScimError::invalidValue(QStringLiteral("'%1' must be an array of strings").arg(name));
        result.append(item.toString());
    }
    return result;
}

// sortOrder: absent, "ascending" or "descending" (any case).
bool isDescending(const QString &order)
{
    if (order.isEmpty() || order.compare(QLatin1String("ascending"), Qt::CaseInsensitive) == 0)
        return false;
    if (order.compare(QLatin1String("descending"), Qt::CaseInsensitive) == 0)
        return true;
    throw ScimError::invalidValue(QStringLiteral("sortOrder must be 'ascending' or 'descending'"));
}

QString stringValue(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

} // namespace

ListQuery ListQuery::fromUrl(const HttpRequest &request, const ResourceType *type)
{
    ListQuery query;
    query.filter = request.queryItem(QStringLiteral("filter"));
    query.sortBy = request.queryItem(QStringLiteral("sortBy"));
    query.descending = isDescending(request.queryItem(QStringLiteral("sortOrder")));
    if (request.hasQueryItem(QStringLiteral("startIndex"))) {
        query.startIndex =
            parseIndex(QJsonValue(request.queryItem(QStringLiteral("startIndex"))), QStringLiteral("startIndex"));
        query.startIndexGiven = true;
    }
    if (request.hasQueryItem(QStringLiteral("count"))) {
        query.count = parseIndex(QJsonValue(request.queryItem(QStringLiteral("count"))), QStringLiteral("count"));
        query.countGiven = true;
    }
    if (request.hasQueryItem(QStringLiteral("cursor")))
        query.cursor = request.queryItem(QStringLiteral("cursor"));
    if (type) {
        query.attributes = AttributeProjection::parseList(request.queryItem(QStringLiteral("attributes")), *type);
        query.excludedAttributes =
            AttributeProjection::parseList(request.queryItem(QStringLiteral("excludedAttributes")), *type);
    }
    return query;
}

ListQuery ListQuery::fromBody(const QJsonObject &body, const ResourceType *type)
{
    ListQuery query;
    const QJsonValue filter = body.value(QStringLiteral("filter"));
    if (!filter.isUndefined() && !filter.isNull() && !filter.isString())
        throw ScimError::invalidValue(QStringLiteral("'filter' must be a string"));
    query.filter = filter.toString();
    query.sortBy = stringValue(body, QStringLiteral("sortBy"));
    query.descending = isDescending(stringValue(body, QStringLiteral("sortOrder")));
    if (body.contains(QStringLiteral("startIndex"))) {
        query.startIndex = parseIndex(body.value(QStringLiteral("startIndex")), QStringLiteral("startIndex"));
        query.startIndexGiven = true;
    }
    if (body.contains(QStringLiteral("count"))) {
        query.count = parseIndex(body.value(QStringLiteral("count")), QStringLiteral("count"));
        query.countGiven = true;
    }
    if (body.contains(QStringLiteral("cursor"))) {
        const QJsonValue cursor = body.value(QStringLiteral("cursor"));
        if (!cursor.isString() && !cursor.isNull())
            throw ScimError(400, QStringLiteral("invalidCursor"), QStringLiteral("'cursor' must be a string"));
        query.cursor = cursor.toString();
    }
    const QStringList attributes = stringList(body.value(QStringLiteral("attributes")), QStringLiteral("attributes"));
    const QStringList excluded =
        stringList(body.value(QStringLiteral("excludedAttributes")), QStringLiteral("excludedAttributes"));
    if (type) {
        query.attributes = AttributeProjection::parseList(attributes.join(QLatin1Char(',')), *type);
        query.excludedAttributes = AttributeProjection::parseList(excluded.join(QLatin1Char(',')), *type);
    } else {
        query.attributes = attributes;
        query.excludedAttributes = excluded;
    }
    return query;
}

} // namespace scim
