#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

// What the fuzz targets share: a check that stops the run with a message (libFuzzer then saves the input as a
// crash), the bytes as Qt types, and the stored resources the targets evaluate against.
namespace scim::fuzz {

[[noreturn]] void fail(const char *condition, const char *file, int line, const QString &detail);

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input as the engine sees text from the network: UTF-8, invalid sequences replaced.
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A JSON object as compact text, for messages and comparisons that show the difference.
QString compact(const QJsonObject &object);

// Users and groups in their stored (canonical) form, as ResourceValidator makes them plus an id: varied enough
// that filters, PATCH value filters and mappings find something to match.
const QList<QJsonObject> &sampleUsers();
const QList<QJsonObject> &sampleGroups();

} // namespace scim::fuzz

// An invariant of the code under test; a failure is a finding like a sanitizer report.
#define FUZZ_CHECK(condition, detail)                                                                                  \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::scim::fuzz::fail(#condition, __FILE__, __LINE__, (detail));                                              \
    } while (false)
