#include "models/api/ApiResult.h"

namespace scim {

QString ApiResult::describe(const QString &failure) const
{
    QString advice;
    if (networkFailure)
        advice = tr("Check that the engine is running and reachable; the console reconnects automatically.");
    else if (status == 401)
        advice = tr("The admin token was rejected: use Engine › Connect to engine… to enter a valid one.");
    else if (status == 404)
        advice = tr("It may have been deleted elsewhere: refresh the list (F5).");
    else if (status == 409)
        advice = tr("Resolve the conflict and try again.");
    else if (status >= 500)
        advice = tr("The engine failed; see its log and try again.");
    else
        advice = tr("Correct the input and try again.");
    // The engine's message stays as it sent it (English protocol text); only the frame around it is translated.
    const QString reason = errorMessage.isEmpty() ? tr("HTTP %1").arg(status)
                           : status > 0           ? tr("%1 (HTTP %2)").arg(errorMessage).arg(status)
                                                  : errorMessage;
    return failure.arg(reason) + u' ' + advice;
}

} // namespace scim
