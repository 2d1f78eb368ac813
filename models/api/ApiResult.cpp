#include "models/api/ApiResult.h"

#include <QCoreApplication>

namespace scim {

QString ApiResult::describe(const QString &action) const
{
    QString advice;
    if (certificateUntrusted())
        advice = QCoreApplication::translate(
            "ApiResult", "Review the engine's certificate with Engine › Connect to engine… before trusting it.");
    else if (networkFailure)
        advice =
            QStringLiteral("Check that the engine is running and reachable; the console reconnects automatically.");
    else if (status == 401)
        advice = QStringLiteral("The admin token was rejected: use Engine › Connect to engine… to enter a valid one.");
    else if (status == 404)
        advice = QStringLiteral("It may have been deleted elsewhere: refresh the list (F5).");
    else if (status == 409)
        advice = QStringLiteral("Resolve the conflict and try again.");
    else if (status >= 500)
        advice = QStringLiteral("The engine failed; see its log and try again.");
    else
        advice = QStringLiteral("Correct the input and try again.");
    const QString reason = errorMessage.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                           : status > 0           ? QStringLiteral("%1 (HTTP %2)").arg(errorMessage).arg(status)
                                                  : errorMessage;
    return QStringLiteral("Could not %1: %2. %3").arg(action, reason, advice);
}

} // namespace scim
