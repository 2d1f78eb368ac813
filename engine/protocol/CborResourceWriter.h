#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace scim {

class ResourceType;

// A plain GET's body (no attributes/excludedAttributes) written straight from the stored CBOR: the bytes
// JsonWriter::compact() would write for the decoded resource with the computed attributes inserted and
// meta.location set, without building a QJsonObject. A cache miss at a million users then costs little more
// than SQLite's lookup.
//
// It renders only what it can render exactly; everything else returns nullopt and the caller takes the general
// path (decode, render, project): a float (number formatting), a map whose keys are not ASCII and strictly
// ascending (QJsonObject's order), CBOR that JSON has no value for, an attribute returned "never" or "request",
// a stored meta that is not an object or already holds a location.
class CborResourceWriter
{
public:
    // `computed`: top-level attributes as compact JSON (a user's groups, a group's members) that replace stored
    // values of the same name.
    static std::optional<QByteArray> render(QByteArrayView cbor, const ResourceType &type, const QString &location,
                                            const QList<QPair<QString, QByteArray>> &computed);
};

} // namespace scim
