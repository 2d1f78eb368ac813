#include "models/check/CheckResult.h"

#include <QJsonArray>

namespace scim {

QString CheckResult::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Running:
        return QStringLiteral("running");
    case Status::Passed:
        return QStringLiteral("passed");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QJsonObject CheckResult::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("profile"), profile},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("reference"), reference},
                       {QStringLiteral("status"), statusName(status)},
                       {QStringLiteral("detail"), detail},
                       {QStringLiteral("duration_ms"), durationMs}};
    if (!sourceFile.isEmpty())
        object.insert(QStringLiteral("file"), sourceFile);
    if (!group.isEmpty())
        object.insert(QStringLiteral("group"), group);
    if (!missingScope.isEmpty())
        object.insert(QStringLiteral("missing_scope"), missingScope);
    // request/response: the exchange that decided the result, else the last one.
    const int decisive =
        decisiveExchange >= 0 && decisiveExchange < exchanges.size() ? decisiveExchange : int(exchanges.size()) - 1;
    if (decisive >= 0) {
        object.insert(QStringLiteral("request"), exchanges.at(decisive).requestJson());
        object.insert(QStringLiteral("response"), exchanges.at(decisive).responseJson());
    } else {
        object.insert(QStringLiteral("request"), QJsonValue::Null);
        object.insert(QStringLiteral("response"), QJsonValue::Null);
    }
    QJsonArray steps;
    for (const CheckExchange &exchange : exchanges) {
        steps.append(QJsonObject{{QStringLiteral("step"), exchange.stepName},
                                 {QStringLiteral("request"), exchange.requestJson()},
                                 {QStringLiteral("response"), exchange.responseJson()},
                                 {QStringLiteral("elapsed_ms"), exchange.elapsedMs}});
    }
    object.insert(QStringLiteral("exchanges"), steps);
    return object;
}

} // namespace scim
