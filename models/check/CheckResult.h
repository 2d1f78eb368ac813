#pragma once

#include "models/check/CheckExchange.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace scim {

// The outcome of one check, shaped for a table row: the definition's labels, a status, one readable detail and
// every request/response the check made.
struct CheckResult
{
    enum class Status
    {
        Pending,
        Running,
        Passed,
        Failed,
        Skipped
    };

    QString id;
    QString profile;
    QString title;
    QString reference;
    QString group; // the "group" of its check file, for grouping rows
    QString sourceFile;
    Status status = Status::Pending;
    QString detail;
    // Set when the check was skipped because the token lacks a scope.
    QString missingScope;
    QList<CheckExchange> exchanges;
    // Index into exchanges of the request that decided the result (the failing one); -1: none.
    int decisiveExchange = -1;
    qint64 durationMs = 0;

    bool isFinished() const
    {
        return status == Status::Passed || status == Status::Failed || status == Status::Skipped;
    }
    static QString statusName(Status status);
    // {id, profile, title, reference, status, detail, request, response, exchanges, duration_ms}
    QJsonObject toJson() const;
};

} // namespace scim

Q_DECLARE_METATYPE(scim::CheckResult)
