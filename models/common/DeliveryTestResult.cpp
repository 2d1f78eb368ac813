#include "models/common/DeliveryTestResult.h"

namespace scim {

bool DeliveryTestResult::delivered(const QJsonObject &outcome)
{
    return outcome.value(QStringLiteral("delivered")).toBool();
}

QString DeliveryTestResult::describe(const QJsonObject &outcome)
{
    const int status = outcome.value(QStringLiteral("status")).toInt();
    const qint64 ms = qint64(outcome.value(QStringLiteral("duration_ms")).toDouble());
    const QString body = outcome.value(QStringLiteral("body")).toString().left(300).simplified();
    QString text;
    if (status == 0)
        //: %1: the network error, %2: milliseconds
        text = tr("Not delivered: %1 (after %2 ms).").arg(outcome.value(QStringLiteral("error")).toString()).arg(ms);
    else if (delivered(outcome))
        //: %1: HTTP status code, %2: milliseconds
        text = tr("Delivered: the receiver answered HTTP %1 in %2 ms.").arg(status).arg(ms);
    else
        //: %1: HTTP status code, %2: milliseconds
        text = tr("Not delivered: the receiver answered HTTP %1 in %2 ms.").arg(status).arg(ms);
    if (!body.isEmpty())
        //: %1: the sentence above, %2: the start of the receiver's answer
        text = tr("%1 Its answer: %2").arg(text, body);
    return text;
}

} // namespace scim
