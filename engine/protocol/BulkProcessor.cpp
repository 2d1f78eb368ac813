#include "protocol/BulkProcessor.h"

#include "common/HttpRequest.h"
#include "common/Limits.h"
#include "protocol/ResourceRenderer.h"
#include "protocol/ScimMessages.h"
#include "protocol/schema/ScimConstants.h"
#include "protocol/schema/ScimError.h"
#include "storage/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace scim {

namespace {

const QString kBulkIdPrefix = QStringLiteral("bulkId:");

// Every `bulkId:x` a value refers to (in strings anywhere inside it).
void collectBulkReferences(const QJsonValue &value, QSet<QString> &out)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.startsWith(kBulkIdPrefix))
            out.insert(text.mid(kBulkIdPrefix.size()));
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectBulkReferences(item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            collectBulkReferences(it.value(), out);
    }
}

QJsonValue resolveBulkReferences(const QJsonValue &value, const QHash<QString, QString> &ids)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.startsWith(kBulkIdPrefix))
            return ids.value(text.mid(kBulkIdPrefix.size()), text);
        return value;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(resolveBulkReferences(item, ids));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = resolveBulkReferences(it.value(), ids);
        return object;
    }
    return value;
}

} // namespace

BulkProcessor::BulkProcessor(const ResourceRenderer &renderer, Dispatch dispatch)
    : m_renderer(renderer)
    , m_dispatch(std::move(dispatch))
{}

HttpResponse BulkProcessor::run(const ScimContext &ctx)
{
    const QJsonObject body = ScimMessages::parseBody(ctx.request);
    const QJsonArray schemas = body.value(QStringLiteral("schemas")).toArray();
    if (!schemas.contains(QJsonValue(Urn::bulkRequest())))
        throw ScimError::invalidSyntax(
            QStringLiteral("A bulk request must carry the schema %1").arg(Urn::bulkRequest()));
    const QJsonValue operationsValue = body.value(QStringLiteral("Operations"));
    if (!operationsValue.isArray())
        throw ScimError::invalidSyntax(QStringLiteral("A bulk request needs an 'Operations' array"));
    const QJsonArray operations = operationsValue.toArray();
    if (operations.size() > Limits::kMaxBulkOperations)
        throw ScimError(413, QStringLiteral("tooLarge"),
                        QStringLiteral("The bulk request has %1 operations; maxOperations is %2")
                            .arg(operations.size())
                            .arg(Limits::kMaxBulkOperations));
    int failOnErrors = 0; // 0: process everything
    if (body.contains(QStringLiteral("failOnErrors"))) {
        const QJsonValue value = body.value(QStringLiteral("failOnErrors"));
        if (!value.isDouble() || value.toDouble() < 1 || value.toDouble() != double(int(value.toDouble())))
            throw ScimError::invalidValue(QStringLiteral("'failOnErrors' must be a positive integer"));
        failOnErrors = value.toInt();
    }

    struct Pending
    {
        int index;
        QString method;
        QString bulkId;
        QString path;
        QJsonValue data;
        QString version;
        QSet<QString> references;
    };
    QList<Pending> pending;
    QSet<QString> declaredBulkIds;
    QList<QJsonObject> results(operations.size());
    for (int i = 0; i < operations.size(); ++i) {
        const QJsonObject operation = operations.at(i).toObject();
        Pending item{i,
                     operation.value(QStringLiteral("method")).toString().toUpper(),
                     operation.value(QStringLiteral("bulkId")).toString(),
                     operation.value(QStringLiteral("path")).toString(),
                     operation.value(QStringLiteral("data")),
                     operation.value(QStringLiteral("version")).toString(),
                     {}};
        collectBulkReferences(item.data, item.references);
        const qsizetype marker = item.path.indexOf(kBulkIdPrefix);
        if (marker >= 0)
            item.references.insert(item.path.mid(marker + kBulkIdPrefix.size()).section(QLatin1Char('/'), 0, 0));
        if (item.method == QLatin1String("POST") && !item.bulkId.isEmpty())
            declaredBulkIds.insert(item.bulkId);
        pending.append(item);
    }

    auto failure = [](const Pending &item, const ScimError &error) {
        QJsonObject result{{QStringLiteral("method"), item.method},
                           {QStringLiteral("status"), QString::number(error.status())},
                           {QStringLiteral("response"), error.toJson()}};
        if (!item.bulkId.isEmpty())
            result.insert(QStringLiteral("bulkId"), item.bulkId);
        return result;
    };

    QHash<QString, QString> createdIds; // bulkId → id
    int errors = 0;
    bool stopped = false;
    // Run whatever has its references resolved; repeat until nothing more can run (RFC 7644 §3.7.1).
    while (!pending.isEmpty() && !stopped) {
        bool progressed = false;
        for (qsizetype i = 0; i < pending.size() && !stopped;) {
            const Pending item = pending.at(i);
            bool ready = true;
            for (const QString &reference : item.references) {
                if (!createdIds.contains(reference) && declaredBulkIds.contains(reference))
                    ready = false;
            }
            if (!ready) {
                ++i;
                continue;
            }
            pending.removeAt(i);
            progressed = true;
            results[item.index] = runOperation(ctx, item.method, item.bulkId, item.path, item.data, item.version,
                                               createdIds, declaredBulkIds);
            const int status = results[item.index].value(QStringLiteral("status")).toString().toInt();
            if (status >= 400 && failOnErrors > 0 && ++errors >= failOnErrors)
                stopped = true;
        }
        if (!progressed) {
            // Whatever is left waits on each other: a circular reference.
            for (const Pending &item : std::as_const(pending)) {
                results[item.index] = failure(
                    item, ScimError(409, QStringLiteral("invalidValue"),
                                    QStringLiteral("Circular bulkId reference involving '%1'")
                                        .arg(QStringList(item.references.values()).join(QStringLiteral("', '")))));
            }
            pending.clear();
        }
    }

    QJsonArray responses;
    for (const QJsonObject &result : std::as_const(results)) {
        if (!result.isEmpty())
            responses.append(result);
    }
    return ScimMessages::json(200, QJsonObject{{QStringLiteral("schemas"), QJsonArray{Urn::bulkResponse()}},
                                               {QStringLiteral("Operations"), responses}});
}

QJsonObject BulkProcessor::runOperation(const ScimContext &ctx, const QString &method, const QString &bulkId,
                                        const QString &path, const QJsonValue &data, const QString &version,
                                        QHash<QString, QString> &createdIds, const QSet<QString> &declaredBulkIds)
{
    QJsonObject result{{QStringLiteral("method"), method}};
    if (!bulkId.isEmpty())
        result.insert(QStringLiteral("bulkId"), bulkId);
    auto fail = [&result](const ScimError &error) {
        result.insert(QStringLiteral("status"), QString::number(error.status()));
        result.insert(QStringLiteral("response"), error.toJson());
        return result;
    };
    static const QStringList methods{QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
                                     QStringLiteral("DELETE")};
    if (!methods.contains(method))
        return fail(
            ScimError::invalidSyntax(QStringLiteral("Bulk operation method must be POST, PUT, PATCH or DELETE")));
    if (method == QLatin1String("POST") && bulkId.isEmpty())
        return fail(ScimError::invalidSyntax(QStringLiteral("A bulk POST needs a 'bulkId'")));
    if (!path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1String("/Bulk"), Qt::CaseInsensitive))
        return fail(
            ScimError::invalidPath(QStringLiteral("Bulk operation path must be a resource path such as /Users")));

    QString resolvedPath = path;
    for (auto it = createdIds.constBegin(); it != createdIds.constEnd(); ++it)
        resolvedPath.replace(kBulkIdPrefix + it.key(), it.value());
    if (resolvedPath.contains(kBulkIdPrefix))
        return fail(ScimError(409, QStringLiteral("invalidValue"),
                              QStringLiteral("Unknown or failed bulkId in path '%1'").arg(path)));
    const QJsonValue resolvedData = resolveBulkReferences(data, createdIds);
    QSet<QString> unresolved;
    collectBulkReferences(resolvedData, unresolved);
    if (!unresolved.isEmpty()) {
        const QString first = *unresolved.constBegin();
        return fail(ScimError(409, QStringLiteral("invalidValue"),
                              declaredBulkIds.contains(first)
                                  ? QStringLiteral("bulkId '%1' refers to an operation that failed").arg(first)
                                  : QStringLiteral("bulkId '%1' is not defined in this request").arg(first)));
    }

    HttpRequest request;
    request.method = method.toLatin1();
    request.path = resolvedPath;
    request.peer = ctx.request.peer;
    request.headers = {{"content-type", "application/scim+json"}};
    if (!version.isEmpty())
        request.headers.append({"if-match", version.toUtf8()});
    if (resolvedData.isObject())
        request.body = QJsonDocument(resolvedData.toObject()).toJson(QJsonDocument::Compact);
    const ScimContext sub{request, ctx.connectionId, ctx.token, ctx.info, ctx.transactionId, ctx.schemas};
    HttpResponse response;
    try {
        if (method != QLatin1String("DELETE") && !resolvedData.isObject())
            throw ScimError::invalidSyntax(QStringLiteral("Bulk %1 needs a 'data' object").arg(method));
        response = m_dispatch(sub, resolvedPath.split(QLatin1Char('/'), Qt::SkipEmptyParts));
    } catch (const ScimError &error) {
        return fail(error);
    } catch (const StoreError &error) {
        if (error.kind() != StoreError::Kind::Conflict)
            throw;
        return fail(ScimError::uniqueness(QStringLiteral("A resource with the same unique value exists")));
    }
    result.insert(QStringLiteral("status"), QString::number(response.status));
    if (response.status >= 400) {
        result.insert(QStringLiteral("response"), QJsonDocument::fromJson(response.body).object());
        return result;
    }
    const QByteArray etagValue = response.header("ETag");
    if (!etagValue.isEmpty())
        result.insert(QStringLiteral("version"), QString::fromLatin1(etagValue));
    const QJsonObject resource = QJsonDocument::fromJson(response.body).object();
    QString location = resource.value(QStringLiteral("meta")).toObject().value(QStringLiteral("location")).toString();
    if (location.isEmpty() && method != QLatin1String("DELETE"))
        location = m_renderer.connectionBase(ctx.connectionId) + resolvedPath;
    if (!location.isEmpty())
        result.insert(QStringLiteral("location"), location);
    if (method == QLatin1String("POST"))
        createdIds.insert(bulkId, resource.value(QStringLiteral("id")).toString());
    return result;
}

} // namespace scim
