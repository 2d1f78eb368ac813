#pragma once

#include "requestlog/LogRecord.h"
#include "requestlog/LogRow.h"

#include <QJsonArray>
#include <QJsonValue>

namespace scim {

// Turns a captured request into a stored row: the action and description, secrets removed, bodies bounded.
// Runs on the log writer's thread.
class LogRowBuilder
{
public:
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;
    static constexpr int kMaxLoggedMembers = 1000;

    static LogRow build(const LogRecord &record);

    // The action name for a request below a connection's base path (see docs/logs.md).
    static QString action(const QByteArray &method, const QString &subPath, int status);
    static QString describe(const QString &action);
    // Replaces every `password` member (and PATCH values whose path is password) by "[redacted]".
    static QJsonValue redact(const QJsonValue &value);
    // The body as it is logged: JSON text (redacted, bounded), or empty for no body.
    static QByteArray loggedBody(const QByteArray &body, bool groupWrite);
    // One entry per Bulk sub-operation, from the BulkResponse: method, bulkId, status, location, action, user_id.
    static QJsonArray bulkOperations(const QByteArray &responseBody);
};

} // namespace scim
