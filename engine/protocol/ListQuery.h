#pragma once

#include "common/Limits.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace scim {

class ResourceType;
struct HttpRequest;

// What a list or search request asks for (RFC 7644 §3.4.2, RFC 9865 cursors), from the URL (GET) or a
// SearchRequest body (POST .search). Bad values are SCIM errors.
struct ListQuery
{
    QString filter;
    QString sortBy;
    bool descending = false;
    qsizetype startIndex = 1;
    qsizetype count = Limits::kDefaultCount;
    bool startIndexGiven = false;
    bool countGiven = false;
    // RFC 9865: a `cursor` parameter, even an empty one, asks for cursor paging.
    std::optional<QString> cursor;
    QStringList attributes;
    QStringList excludedAttributes;

    // With `type`, attributes are resolved against it; without (root .search), they are kept as given.
    static ListQuery fromUrl(const HttpRequest &request, const ResourceType *type);
    static ListQuery fromBody(const QJsonObject &body, const ResourceType *type);
};

} // namespace scim
