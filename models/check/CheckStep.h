#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace scim {

// One request of a check, as written in its check file (docs/conformance.md, "Check files"). Strings may hold
// {{templates}}; they are expanded when the step runs.
struct CheckStep
{
    QString name;
    QString method;      // upper case
    QString path;        // below the base URL (ids spliced in are percent-encoded)
    QString url;         // instead of path: a URI reference resolved against the base URL (meta.location values)
    QJsonObject query;   // parameter -> value template (null: the name alone, as Entra's aadOptscim062020)
    QJsonObject headers; // header -> value template
    QJsonValue body = QJsonValue::Undefined;
    std::optional<QString> rawBody; // sent byte for byte (malformed JSON on purpose)
    QString contentType;            // empty: application/scim+json when there is a body
    QString auth;                   // "token" (default), "none" or "invalid"
    QStringList requirements;       // capabilities; the step is left out when one is missing
    QString scope;                  // the scope this request needs; empty: derived from method and path
    QJsonObject expect;             // checked by CheckExpectation; validated when the file is loaded
};

} // namespace scim
