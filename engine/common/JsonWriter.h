#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace scim {

// Compact JSON text, byte for byte what QJsonDocument::toJson(QJsonDocument::Compact) writes, at a fraction of
// its cost: Qt 6.4's writer re-encodes every string through intermediate buffers, which made serialising a
// response the largest single cost of a SCIM read.
class JsonWriter
{
public:
    static QByteArray compact(const QJsonObject &object);
    static QByteArray compact(const QJsonArray &array);
    // Appends `text` as a JSON string (quoted and escaped as compact() writes it).
    static void appendString(QByteArray &out, const QString &text);
};

} // namespace scim
