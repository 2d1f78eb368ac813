#include "storage/Store.h"

#include "common/JsonCbor.h"

#include <QJsonDocument>

#include <algorithm>

namespace scim {

namespace {
bool matches(const StoredResource &resource, const QString &text)
{
    return text.isEmpty() || resource.uniqueKey.contains(text, Qt::CaseInsensitive) ||
           resource.externalId.contains(text, Qt::CaseInsensitive);
}
} // namespace

std::optional<StoredResource> Store::resourceForRead(const QString &connectionId, const QString &type,
                                                     const QString &id, QByteArray &cbor)
{
    cbor.clear();
    return resource(connectionId, type, id);
}

QList<StoredResource> Store::resourcesByAttributeForRead(const QString &connectionId, const QString &type,
                                                         IndexedAttribute attribute, const QString &value,
                                                         QList<QByteArray> &cbor)
{
    QList<StoredResource> found = resourcesByAttribute(connectionId, type, attribute, value);
    cbor = QList<QByteArray>(found.size());
    return found;
}

std::optional<StoredResource> Store::resourceById(const QString &type, const QString &id)
{
    for (const Connection &connection : connections()) {
        if (std::optional<StoredResource> found = resource(connection.id, type, id))
            return found;
    }
    return std::nullopt;
}

QList<EncodedResource> Store::encodedResourcesAfter(const QString &connectionId, const QString &type,
                                                    qint64 afterSequence, qsizetype limit)
{
    QList<EncodedResource> result;
    for (const StoredResource &resource : resourcesAfter(connectionId, type, afterSequence, limit)) {
        const std::optional<QByteArray> cbor = JsonCbor::encode(resource.data);
        result.append(EncodedResource{resource.id, resource.sequence, resource.uniqueKey,
                                      cbor ? *cbor : QJsonDocument(resource.data).toJson(QJsonDocument::Compact)});
    }
    return result;
}

QList<StoredResource> Store::searchResources(const QString &connectionId, const QString &type, const QString &text,
                                             qsizetype offset, qsizetype limit)
{
    QList<StoredResource> result;
    qsizetype skipped = 0;
    const QList<Connection> all =
        connectionId.isEmpty() ? connections() : QList<Connection>{Connection{connectionId, {}, {}, {}, {}, {}}};
    for (const Connection &connection : all) {
        for (StoredResource &resource : allResources(connection.id, type)) {
            if (!matches(resource, text))
                continue;
            if (skipped++ < offset)
                continue;
            if (result.size() >= limit)
                return result;
            result.append(std::move(resource));
        }
    }
    return result;
}

qsizetype Store::countSearchResources(const QString &connectionId, const QString &type, const QString &text)
{
    return searchResources(connectionId, type, text, 0, std::numeric_limits<qsizetype>::max()).size();
}

QList<Membership> Store::membersAfter(const QString &groupId, const QString &afterMemberId, qsizetype limit)
{
    QList<Membership> all = members(groupId);
    std::sort(all.begin(), all.end(), [](const Membership &a, const Membership &b) { return a.memberId < b.memberId; });
    QList<Membership> result;
    for (const Membership &member : std::as_const(all)) {
        if (member.memberId <= afterMemberId && !afterMemberId.isEmpty())
            continue;
        if (result.size() >= limit)
            break;
        result.append(member);
    }
    return result;
}

} // namespace scim
