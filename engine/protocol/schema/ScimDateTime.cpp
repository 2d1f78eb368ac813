#include "protocol/schema/ScimDateTime.h"

#include <QDateTime>
#include <QRegularExpression>

namespace scim {

ScimDateTime::ScimDateTime(qint64 msecs, int subMsecNanos)
    : m_msecs(msecs)
    , m_subMsecNanos(subMsecNanos)
{}

std::optional<ScimDateTime> ScimDateTime::parse(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})"
                                                           "(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?)?"
                                                           "(?:([Zz])|([+-])(\\d{2}):?(\\d{2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;

    auto number = [&match](int group) { return match.capturedView(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    // Pad the fraction to nine digits: the first three are milliseconds, the next six the remainder.
    const QString fraction = match.captured(7).left(9).leftJustified(9, QLatin1Char('0'));
    const QTime time(number(4), number(5), number(6), QStringView(fraction).left(3).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    int offsetSeconds = 0;
    if (match.hasCaptured(9)) {
        const int hours = number(10);
        const int minutes = number(11);
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (match.capturedView(9) == u"-" ? -1 : 1);
    }
    const QDateTime dateTime(date, time, Qt::OffsetFromUTC, offsetSeconds);
    if (!dateTime.isValid())
        return std::nullopt;
    return ScimDateTime(dateTime.toMSecsSinceEpoch(), QStringView(fraction).mid(3).toInt());
}

} // namespace scim
