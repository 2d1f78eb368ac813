#include "models/check/CheckJsonPath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace scim {

namespace {

std::optional<QJsonValue> resolveParts(const QJsonValue &value, const QStringList &parts, qsizetype from)
{
    if (from >= parts.size())
        return value;
    if (value.isArray()) {
        bool isIndex = false;
        const qsizetype index = parts.at(from).toLongLong(&isIndex);
        const QJsonArray array = value.toArray();
        if (!isIndex || index < 0 || index >= array.size())
            return std::nullopt;
        return resolveParts(array.at(index), parts, from + 1);
    }
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    // Longest key first, so "…:enterprise:2.0:User" is one key and not "…:enterprise:2" then "0:User".
    for (qsizetype last = parts.size() - 1; last >= from; --last) {
        const QString key = parts.mid(from, last - from + 1).join(QLatin1Char('.'));
        auto it = object.constFind(key);
        if (it == object.constEnd()) {
            for (auto candidate = object.begin(); candidate != object.end(); ++candidate) {
                if (candidate.key().compare(key, Qt::CaseInsensitive) == 0) {
                    it = candidate;
                    break;
                }
            }
        }
        if (it == object.constEnd())
            continue;
        if (auto found = resolveParts(*it, parts, last + 1))
            return found;
    }
    return std::nullopt;
}

} // namespace

std::optional<QJsonValue> CheckJsonPath::resolve(const QJsonValue &root, const QString &path)
{
    if (path.isEmpty() || path == QLatin1String("$"))
        return root;
    return resolveParts(root, path.split(QLatin1Char('.')), 0);
}

} // namespace scim
